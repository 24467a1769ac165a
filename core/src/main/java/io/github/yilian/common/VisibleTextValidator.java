package io.github.yilian.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * Enforces {@link NotBlank} in Yilian's models: a text is blank unless it has a visible character.
 *
 * <p>Hibernate Validator's own check trims only ASCII space and control characters, so a name of
 * one ideographic space ({@code U+3000}, common in Chinese input), a no-break space or a
 * zero-width space would pass. Here white space and space separators of every kind, control
 * characters and format characters do not count. {@link ModelValidator} uses this validator for its
 * own models only; an application's validators are not affected.
 *
 * <p>Hibernate Validator creates and calls it; users do not.
 */
public final class VisibleTextValidator implements ConstraintValidator<NotBlank, CharSequence> {

  /** Creates the validator; called by Hibernate Validator. */
  public VisibleTextValidator() {}

  @Override
  public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
    return text == null || hasVisibleCharacter(text);
  }

  /**
   * Checks whether a text has a character a reader sees, without a stream: models call it through
   * {@link ModelValidator#isVisible(CharSequence)} in their plain checks.
   *
   * @param text the text, not null
   * @return true if some code point is neither white space, a space separator, a control nor a
   *     format character
   */
  static boolean hasVisibleCharacter(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; ) {
      int c = Character.codePointAt(text, i);
      // '!' to '~' and the CJK unified ideographs are visible: the usual first characters of an id
      // and of a Chinese text, answered without a table look-up
      if (c > ' ' && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF || !invisible(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || type == Character.CONTROL
        || type == Character.FORMAT;
  }
}
