package io.github.yilian.pilot;

import io.github.yilian.common.SupportedRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Writes a group's schedule as an iCalendar file (RFC 5545) that any calendar application opens:
 * one all-day {@code VEVENT} per obligation instance, on its due date, with a summary in Chinese and
 * English and the window and seed section in the description. P13, the ministry's national
 * meeting, is an event too, described as the ministry's.
 *
 * <p>The output follows RFC 5545 to the letter: lines end in CRLF, lines longer than 75 octets of
 * UTF-8 are folded (never inside a character), and commas, semicolons, backslashes and line breaks
 * in text are escaped. Control characters, which no iCalendar text may hold, are written as U+FFFD
 * (�), as are unpaired surrogates; a tab stays. {@code DTSTAMP} is given by the caller, so the same
 * schedule always gives the same file. This class is immutable and thread-safe.
 */
public final class ICalendarExport {

  private static final String CRLF = "\r\n";
  private static final int MAX_OCTETS = 75;
  private static final int REPLACEMENT = 0xFFFD;
  /** The first due date whose DTEND (the day after) a 4-digit iCalendar DATE cannot carry. */
  private static final LocalDate TOO_LATE = LocalDate.of(9999, 12, 31);
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ICalendarExport() {}

  /**
   * Writes the schedule of one group.
   *
   * @param topic the group's topic, named in every event, not null
   * @param instances the schedule, as {@link PilotSchedule#obligations} returns it, not null and
   *     without null elements
   * @param stamp when the file is made, written as every event's {@code DTSTAMP} in UTC to the
   *     second; its UTC date in the supported range 1900-01-01 to 2200-12-31
   * @param uidDomain the domain that makes every event's {@code UID} globally unique, such as
   *     {@code "pilot.example.org"}, not blank; control characters in it are written as U+FFFD
   * @return the iCalendar text, lines ending in CRLF
   * @throws IllegalArgumentException if {@code uidDomain} is blank or {@code stamp} is outside the
   *     supported range
   * @throws NullPointerException if an argument or an element of {@code instances} is null, naming
   *     it ({@code "instances[3]"})
   */
  public static String write(ReformTopic topic, List<ObligationInstance> instances, Instant stamp, String uidDomain) {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(instances, "instances");
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(uidDomain, "uidDomain");
    for (int i = 0; i < instances.size(); i++) {
      Objects.requireNonNull(instances.get(i), "instances[" + i + "]");
    }
    if (uidDomain.isBlank()) {
      throw new IllegalArgumentException("uidDomain must not be blank: \"" + text(uidDomain) + "\"");
    }
    if (stamp.isBefore(SupportedRange.MIN_DATE.atStartOfDay(ZoneOffset.UTC).toInstant())
        || !stamp.isBefore(SupportedRange.MAX_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
      throw new IllegalArgumentException(
          "stamp " + stamp + " is outside the supported dates " + SupportedRange.MIN_DATE + " to " + SupportedRange.MAX_DATE);
    }
    for (int i = 0; i < instances.size(); i++) {
      if (!instances.get(i).getDue().isBefore(TOO_LATE)) {
        throw new IllegalArgumentException(
            "instances[" + i + "] is due " + instances.get(i).getDue() + ", after the years iCalendar writes");
      }
    }
    String dtstamp = STAMP.format(stamp.truncatedTo(ChronoUnit.SECONDS));
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Yilian//Pilot collaboration schedule//ZH");
    line(out, "CALSCALE:GREGORIAN");
    for (ObligationInstance instance : instances) {
      event(out, topic, instance, dtstamp, uidDomain);
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  private static void event(StringBuilder out, ReformTopic topic, ObligationInstance instance, String dtstamp, String domain) {
    LocalDate due = instance.getDue();
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + text(topic.name() + "-" + instance.getObligation().name() + "-" + instance.getSubject() + "@" + domain));
    line(out, "DTSTAMP:" + dtstamp);
    line(out, "DTSTART;VALUE=DATE:" + DATE.format(due));
    line(out, "DTEND;VALUE=DATE:" + DATE.format(due.plusDays(1)));
    line(out, "SUMMARY:" + text(Reasons.eventSummary(topic, instance)));
    line(out, "DESCRIPTION:" + text(Reasons.eventDescription(instance)));
    line(out, "END:VEVENT");
  }

  /**
   * Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma, and line breaks as
   * {@code \n}; every other control character (U+0000–U+001F but tab, U+007F–U+009F) and every
   * unpaired surrogate becomes U+FFFD.
   */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case ';' -> out.append("\\;");
        case ',' -> out.append("\\,");
        case '\n' -> out.append("\\n");
        case '\r' -> {
          out.append("\\n");
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            i++;
          }
        }
        default -> {
          int codePoint = value.codePointAt(i);
          if (codePoint != '\t' && (Character.isISOControl(codePoint) || isSurrogate(codePoint))) {
            out.appendCodePoint(REPLACEMENT);
          } else {
            out.appendCodePoint(codePoint);
            i += Character.charCount(codePoint) - 1;
          }
        }
      }
      i++;
    }
    return out.toString();
  }

  /** An unpaired surrogate: {@code codePointAt} returns one only when it has no partner. */
  private static boolean isSurrogate(int codePoint) {
    return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
  }

  /**
   * Appends a content line, folded (RFC 5545, 3.1): no line longer than 75 octets of UTF-8, each
   * continuation starting with a space, never splitting a character.
   */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int i = 0;
    while (i < content.length()) {
      int codePoint = content.codePointAt(i);
      int size = utf8Length(codePoint);
      if (octets + size > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append(CRLF);
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
