package io.github.yilian.pilot;

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
 * English and the window and seed section in the description.
 *
 * <p>The output follows RFC 5545 to the letter: lines end in CRLF, lines longer than 75 octets of
 * UTF-8 are folded (never inside a character), and commas, semicolons, backslashes and line breaks
 * in text are escaped. {@code DTSTAMP} is given by the caller, so the same schedule always gives
 * the same file. This class is immutable and thread-safe.
 */
public final class ICalendarExport {

  private static final String CRLF = "\r\n";
  private static final int MAX_OCTETS = 75;
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ICalendarExport() {}

  /**
   * Writes the schedule of one group.
   *
   * @param topic the group's topic, named in every event, not null
   * @param instances the schedule, as {@link PilotSchedule#obligations} returns it, not null
   * @param stamp when the file is made, written as every event's {@code DTSTAMP} in UTC to the
   *     second, not null
   * @param uidDomain the domain that makes every event's {@code UID} globally unique, such as
   *     {@code "pilot.example.org"}, not blank
   * @return the iCalendar text, lines ending in CRLF
   * @throws IllegalArgumentException if {@code uidDomain} is blank
   * @throws NullPointerException if an argument is null
   */
  public static String write(ReformTopic topic, List<ObligationInstance> instances, Instant stamp, String uidDomain) {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(instances, "instances");
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(uidDomain, "uidDomain");
    if (uidDomain.isBlank()) {
      throw new IllegalArgumentException("uidDomain must not be blank: \"" + uidDomain + "\"");
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
    Obligation obligation = instance.getObligation();
    LocalDate due = instance.getDue();
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + text(topic.name() + "-" + obligation.name() + "-" + instance.getSubject() + "@" + domain));
    line(out, "DTSTAMP:" + dtstamp);
    line(out, "DTSTART;VALUE=DATE:" + DATE.format(due));
    line(out, "DTEND;VALUE=DATE:" + DATE.format(due.plusDays(1)));
    line(
        out,
        "SUMMARY:"
            + text(topic.getChineseName() + " " + instance.getTitle().getChinese() + " / "
                + topic.getEnglishName() + ": " + instance.getTitle().getEnglish()));
    String window = instance.getWindow().getStart() + " – " + due;
    line(
        out,
        "DESCRIPTION:"
            + text("期限 " + due + "，时段 " + window + "，须 " + instance.getRequired() + " 项；依据 " + obligation.getSection() + "\n"
                + "due " + due + ", window " + window + ", " + instance.getRequired() + " required; seed 001 "
                + obligation.getSection()));
    line(out, "END:VEVENT");
  }

  /**
   * Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma, and line breaks as
   * {@code \n}.
   */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n");
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
