package io.github.yilian.pilot;

import static io.github.yilian.pilot.PilotFixtures.SCHEDULE;
import static io.github.yilian.pilot.PilotFixtures.bare;
import static io.github.yilian.pilot.PilotFixtures.date;
import static io.github.yilian.pilot.PilotFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.yilian.common.DateRange;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ICalendarExportTest {

  static final Instant STAMP = Instant.parse("2012-12-31T08:30:15.250Z");

  static Calendar parse(String ics) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents(Component.VEVENT).stream().map(VEvent.class::cast).toList();
  }

  /** Every physical line, without its CRLF; fails if a line ends in a bare LF. */
  static List<String> physicalLines(String ics) {
    assertThat(ics).endsWith("\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    return Arrays.asList(ics.split("\r\n"));
  }

  static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static ObligationInstance instance(String subject) {
    return ObligationInstance.builder()
        .obligation(Obligation.P8)
        .subject(subject)
        .window(DateRange.of(date(2012, 3, 28), date(2012, 4, 2)))
        .required(1)
        .build();
  }

  @Nested
  class Output {

    @Test
    void oneReportDeadlineGivesThisExactCalendar() {
      String ics = ICalendarExport.write(ReformTopic.SEPARATING_MEDICINE_FROM_PHARMACY, List.of(instance("a1")), STAMP, "pilot.example.org");

      assertThat(physicalLines(ics))
          .containsExactly(
              "BEGIN:VCALENDAR",
              "VERSION:2.0",
              "PRODID:-//Yilian//Pilot collaboration schedule//ZH",
              "CALSCALE:GREGORIAN",
              "BEGIN:VEVENT",
              "UID:SEPARATING_MEDICINE_FROM_PHARMACY-P8-a1@pilot.example.org",
              "DTSTAMP:20121231T083015Z",
              "DTSTART;VALUE=DATE:20120402",
              "DTEND;VALUE=DATE:20120403",
              // 8 + 12 + 4 + 12 + 3 + 2 + 3 + 3 = 47 octets, then 28 ASCII characters make 75
              "SUMMARY:医药分开 P8 活动报告（a1） / separating medical care from",
              "  drug sales: P8 activity report (a1)",
              // 12 + 6 + 10 + 3 + 6 + 10 + 3 + 10 + 3 + 3 + 1 + 3 + 3 = 73 octets: 依 (3 octets) would make 76
              "DESCRIPTION:期限2012-04-02，时段2012-03-28至2012-04-02，须1项；",
              // 1 + 18 + 2 + 14 + 2 + 32 + 2 + 4 = 75 octets
              " 依据五（二）\\ndue 2012-04-02\\, window 2012-03-28 to 2012-04-02\\, 1 r",
              " equired\\; seed 001 五(二)",
              "END:VEVENT",
              "END:VCALENDAR");
    }

    @Test
    void emptyScheduleIsAnEmptyCalendar() {
      assertThat(ICalendarExport.write(ReformTopic.PLANNING_AND_REGULATION, List.of(), STAMP, "x.org"))
          .isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Yilian//Pilot collaboration schedule//ZH\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void nationalMeetingIsDescribedAsTheMinistrys() {
      ObligationInstance p13 =
          ObligationInstance.builder().obligation(Obligation.P13).subject("2012").year(2012)
              .window(DateRange.of(date(2012, 4, 1), date(2012, 12, 31))).required(1).build();

      String unfolded = ICalendarExport.write(ReformTopic.PLANNING_AND_REGULATION, List.of(p13), STAMP, "x.org").replace("\r\n ", "");

      assertThat(unfolded)
          .contains("DESCRIPTION:期限2012-12-31，时段2012-04-01至2012-12-31，由卫生部举办，非协作组义务；依据三（二）3\\ndue 2012-12-31\\,"
              + " window 2012-04-01 to 2012-12-31\\, held by the ministry\\, not a duty of the group\\; seed 001 三(二)3\r\n");
    }

    @Test
    void nullInstanceIsNamedByItsIndex() {
      List<ObligationInstance> withNull = Arrays.asList(instance("a1"), null);

      assertThatNullPointerException()
          .isThrownBy(() -> ICalendarExport.write(ReformTopic.PLANNING_AND_REGULATION, withNull, STAMP, "x.org"))
          .withMessage("instances[1]");
    }

    @Test
    void stampOutsideTheSupportedDatesIsRejected() {
      for (Instant stamp : List.of(Instant.MIN, Instant.MAX, Instant.parse("1899-12-31T23:59:59Z"), Instant.parse("2201-01-01T00:00:00Z"))) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> ICalendarExport.write(ReformTopic.PLANNING_AND_REGULATION, List.of(), stamp, "x.org"))
            .withMessage("stamp " + stamp + " is outside the supported dates 1900-01-01 to 2200-12-31");
      }
    }

    @Test
    void stampOnTheFirstAndLastSupportedSecondIsWritten() {
      assertThat(ICalendarExport.write(ReformTopic.PLANNING_AND_REGULATION, List.of(instance("a1")), Instant.parse("1900-01-01T00:00:00Z"), "x.org"))
          .contains("DTSTAMP:19000101T000000Z\r\n");
      assertThat(ICalendarExport.write(ReformTopic.PLANNING_AND_REGULATION, List.of(instance("a1")), Instant.parse("2200-12-31T23:59:59.999Z"), "x.org"))
          .contains("DTSTAMP:22001231T235959Z\r\n");
    }

    @Test
    void dueDateWhoseNextDayHasFiveDigitsIsRejected() {
      ObligationInstance last =
          ObligationInstance.builder().obligation(Obligation.P8).subject("a1")
              .window(DateRange.of(date(9999, 12, 30), date(9999, 12, 31))).required(1).build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> ICalendarExport.write(ReformTopic.PLANNING_AND_REGULATION, List.of(instance("a0"), last), STAMP, "x.org"))
          .withMessage("instances[1] is due 9999-12-31, after the years iCalendar writes");
    }

    @Test
    void dueDateOnTheLastWritableDayIsWritten() {
      ObligationInstance last =
          ObligationInstance.builder().obligation(Obligation.P8).subject("a1")
              .window(DateRange.of(date(9999, 12, 30), date(9999, 12, 30))).required(1).build();

      assertThat(ICalendarExport.write(ReformTopic.PLANNING_AND_REGULATION, List.of(last), STAMP, "x.org"))
          .contains("DTSTART;VALUE=DATE:99991230\r\nDTEND;VALUE=DATE:99991231\r\n");
    }

    @Test
    void blankUidDomainIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ICalendarExport.write(ReformTopic.PLANNING_AND_REGULATION, List.of(), STAMP, " "))
          .withMessage("uidDomain must not be blank: \" \"");
    }
  }

  @Nested
  class Escaping {

    @Test
    void commaSemicolonBackslashAndNewlinesAreEscaped() {
      assertThat(ICalendarExport.text("a,b;c\\d\ne\r\nf\rg")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf\\ng");
    }

    @Test
    void controlCharactersBecomeTheReplacementCharacterButTabStays() {
      assertThat(ICalendarExport.text("a\u0000b\u001fc\u007fd\u0085e\u009ff\tg"))
          .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\tg");
    }

    @Test
    void carriageReturnAtTheEndIsALineBreak() {
      assertThat(ICalendarExport.text("a\r")).isEqualTo("a\\n");
      assertThat(ICalendarExport.text("\r\r\n")).isEqualTo("\\n\\n");
    }

    @Test
    void firstAndLastSurrogateAloneAreReplaced() {
      assertThat(ICalendarExport.text("\uD800")).isEqualTo("\uFFFD");
      assertThat(ICalendarExport.text("\uDFFF")).isEqualTo("\uFFFD");
      assertThat(ICalendarExport.text("\uD7FF\uE000")).isEqualTo("\uD7FF\uE000");
    }

    @Test
    void unpairedSurrogatesBecomeTheReplacementCharacterButPairsStay() {
      // U+1D800 is the pair D836 DC00: a real character, kept
      assertThat(ICalendarExport.text("x\uD800y\uDC00z😀\uD836\uDC00")).isEqualTo("x\uFFFDy\uFFFDz😀\uD836\uDC00");
    }

    @Test
    void plainTextIsUnchanged() {
      assertThat(ICalendarExport.text("活动报告 (a1)")).isEqualTo("活动报告 (a1)");
    }
  }

  @Nested
  class Folding {

    private String folded(String content) {
      StringBuilder out = new StringBuilder();
      ICalendarExport.line(out, content);
      return out.toString();
    }

    @Test
    void seventyFiveOctetsStayOnOneLine() {
      String content = "x".repeat(75);

      assertThat(folded(content)).isEqualTo(content + "\r\n");
    }

    @Test
    void seventySixOctetsFoldOnce() {
      assertThat(folded("x".repeat(76))).isEqualTo("x".repeat(75) + "\r\n x\r\n");
    }

    @Test
    void continuationLinesHoldSeventyFourOctetsAfterTheSpace() {
      assertThat(folded("x".repeat(75 + 74 + 1))).isEqualTo("x".repeat(75) + "\r\n " + "x".repeat(74) + "\r\n x\r\n");
    }

    @Test
    void chineseCharacterIsNeverSplit() {
      // 24 characters of 3 octets = 72 octets; the 25th would make 75 and fits, the 26th folds
      String content = "中".repeat(26);

      assertThat(folded(content)).isEqualTo("中".repeat(25) + "\r\n 中\r\n");
    }

    @Test
    void chineseAfterAsciiFoldsBeforeTheCharacterThatWouldCrossTheLimit() {
      String content = "x" + "中".repeat(25);

      assertThat(folded(content)).isEqualTo("x" + "中".repeat(24) + "\r\n 中\r\n");
    }

    @ParameterizedTest(name = "U+{0}: {1} octets")
    @CsvSource({"007F, 1", "0080, 2", "07FF, 2", "0800, 3", "FFFD, 3", "10000, 4", "10FFFF, 4"})
    void charactersAreCountedByTheirUtf8Length(String hex, int octets) {
      String c = Character.toString(Integer.parseInt(hex, 16));
      int perLine = 75 / octets;

      assertThat(folded(c.repeat(perLine + 1))).isEqualTo(c.repeat(perLine) + "\r\n " + c + "\r\n");
    }

    @Test
    void twoAndFourOctetCharactersAreCountedAsSuch() {
      assertThat(folded("é".repeat(38))).isEqualTo("é".repeat(37) + "\r\n é\r\n");
      assertThat(folded("😀".repeat(19))).isEqualTo("😀".repeat(18) + "\r\n 😀\r\n");
    }

    @Test
    void everyLineOfARealScheduleIsAtMost75OctetsOfValidUtf8() throws CharacterCodingException {
      GroupRecord record = record(bare("a1", date(2012, 3, 28), ActivityKind.SYMPOSIUM));
      String ics = ICalendarExport.write(ReformTopic.DIVISION_OF_LABOUR_WITH_PRIMARY_CARE, SCHEDULE.obligations(record, date(2013, 12, 31)), STAMP, "x.org");

      for (String line : physicalLines(ics)) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).as(line).isLessThanOrEqualTo(75);
        assertThat(strictUtf8(bytes)).isEqualTo(line);
      }
    }
  }

  @Nested
  class ParsedByIcal4j {

    @Test
    void controlCharactersInIdsAndDomainGiveAValidCalendar() throws Exception {
      String ics =
          ICalendarExport.write(ReformTopic.PLANNING_AND_REGULATION, List.of(instance("a\u0001\u0007b\u0000")), STAMP, "x\u0002.org");
      assertThat(ics.replace("\r\n", "")).doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

      Calendar calendar = parse(ics);
      calendar.validate();

      assertThat(events(calendar).get(0).getProperty(Property.UID).getValue())
          .isEqualTo("PLANNING_AND_REGULATION-P8-a\uFFFD\uFFFDb\uFFFD@x\uFFFD.org");
    }

    @Test
    void scheduleParsesAndValidatesWithOneEventPerInstance() throws Exception {
      GroupRecord record = record(bare("a1", date(2012, 3, 28), ActivityKind.SYMPOSIUM));
      List<ObligationInstance> schedule = SCHEDULE.obligations(record, date(2013, 4, 15));

      Calendar calendar = parse(ICalendarExport.write(ReformTopic.HOSPITAL_INFORMATISATION, schedule, STAMP, "x.org"));
      calendar.validate();

      assertThat(events(calendar)).hasSize(schedule.size());
    }

    @Test
    void summaryAndDatesRoundTrip() throws Exception {
      Calendar calendar =
          parse(ICalendarExport.write(ReformTopic.SEPARATING_MEDICINE_FROM_PHARMACY, List.of(instance("a,1;\\b\nc")), STAMP, "x.org"));
      VEvent event = events(calendar).get(0);

      assertThat(event.getProperty(Property.SUMMARY).getValue())
          .isEqualTo("医药分开 P8 活动报告（a,1;\\b\nc） / separating medical care from drug sales: P8 activity report (a,1;\\b\nc)");
      assertThat(event.getProperty(Property.DTSTART).getValue()).isEqualTo("20120402");
      assertThat(event.getProperty(Property.DTSTAMP).getValue()).isEqualTo("20121231T083015Z");
      assertThat(event.getProperty(Property.UID).getValue()).isEqualTo("SEPARATING_MEDICINE_FROM_PHARMACY-P8-a,1;\\b\nc@x.org");
    }
  }
}
