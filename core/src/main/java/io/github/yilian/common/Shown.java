package io.github.yilian.common;

/**
 * How a value a caller passed appears inside an exception message: on one line and bounded in
 * length, so that no input makes a message long or breaks a log into lines.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Shown {

  /** The most characters of a text shown in a message; longer texts are cut and their length given. */
  static final int MAX_TEXT = 100;

  private Shown() {}

  /**
   * Shows a text in double quotes, control and format characters escaped (a line feed as
   * {@code \n}, others as Unicode escapes), cut after {@value #MAX_TEXT} characters:
   * {@code "abc…" (5000 characters)}.
   *
   * @param text the text, not null
   * @return the quoted text
   */
  static String text(CharSequence text) {
    return shown(text, "\"");
  }

  /**
   * Shows a text as an element of a list: as {@link #text(CharSequence)}, without the quotes.
   *
   * @param text the text, not null
   * @return the text, on one line
   */
  static String inList(CharSequence text) {
    return shown(text, "");
  }

  /**
   * Shows the text of a value other than a text, cut after {@value #MAX_TEXT} characters: a number
   * of a million digits stays short.
   *
   * @param shown the value's text, not null
   * @return the text, or its beginning and its length
   */
  static String bounded(String shown) {
    return shown.length() <= MAX_TEXT
        ? shown
        : shown.substring(0, MAX_TEXT) + "… (" + shown.length() + " characters)";
  }

  private static String shown(CharSequence text, String quote) {
    int end = Math.min(text.length(), MAX_TEXT);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder shown = new StringBuilder(end + 32).append(quote);
    for (int i = 0; i < end; i++) {
      appendEscaped(shown, text.charAt(i));
    }
    if (end == text.length()) {
      return shown.append(quote).toString();
    }
    return shown.append('…').append(quote).append(" (").append(text.length()).append(" characters)").toString();
  }

  private static void appendEscaped(StringBuilder shown, char c) {
    switch (c) {
      case '\n' -> shown.append("\\n");
      case '\r' -> shown.append("\\r");
      case '\t' -> shown.append("\\t");
      case '"' -> shown.append("\\\"");
      case '\\' -> shown.append("\\\\");
      default -> {
        if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
            || c == '\u2028' || c == '\u2029') {
          shown.append(String.format("\\u%04x", (int) c));
        } else {
          shown.append(c);
        }
      }
    }
  }
}
