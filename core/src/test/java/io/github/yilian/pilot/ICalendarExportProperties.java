package io.github.yilian.pilot;

import static io.github.yilian.pilot.PilotGenerators.scenarios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ICalendarExportProperties {

  /**
   * The oracle: a text as a calendar application reads it back, line breaks as LF and every other
   * control character but tab, and every unpaired surrogate, as U+FFFD.
   */
  static String asParsed(String text) {
    StringBuilder out = new StringBuilder();
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < lines.length(); i++) {
      char c = lines.charAt(i);
      boolean lone =
          Character.isHighSurrogate(c) ? i + 1 == lines.length() || !Character.isLowSurrogate(lines.charAt(i + 1))
              : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(lines.charAt(i - 1)));
      boolean control = c != '\t' && c != '\n' && (c < 0x20 || (c >= 0x7F && c <= 0x9F));
      out.append(control || lone ? '\uFFFD' : c);
    }
    return out.toString();
  }

  @Test
  void everyScheduleParsesWithOneEventPerInstanceAndItsSummary() {
    qt().withExamples(50)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              List<ObligationInstance> schedule = s.schedule().obligations(s.record(), s.date());
              String ics = ICalendarExport.write(ReformTopic.PERSONNEL_AND_PAY_REFORM, schedule, Instant.EPOCH, "pilot.example.org");
              for (String line : ICalendarExportTest.physicalLines(ics)) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
              }
              Calendar calendar;
              try {
                calendar = ICalendarExportTest.parse(ics);
                calendar.validate();
              } catch (Exception e) {
                throw new AssertionError(e);
              }
              List<VEvent> events = ICalendarExportTest.events(calendar);
              assertThat(events).hasSize(schedule.size());
              for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).getProperty(Property.SUMMARY).getValue())
                    .endsWith(asParsed(schedule.get(i).getTitle().getEnglish()));
              }
            });
  }
}
