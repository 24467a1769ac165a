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
                    .endsWith(schedule.get(i).getTitle().getEnglish());
              }
            });
  }
}
