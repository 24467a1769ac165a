package io.github.yilian.examples.bench;

import io.github.yilian.pilot.Activity;
import io.github.yilian.pilot.ActivityKind;
import io.github.yilian.pilot.CollaborationGroup;
import io.github.yilian.pilot.GroupRecord;
import io.github.yilian.pilot.ObligationInstance;
import io.github.yilian.pilot.PilotCity;
import io.github.yilian.pilot.PilotProgramme2011;
import io.github.yilian.pilot.PilotSchedule;
import io.github.yilian.pilot.ReformTopic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Schedule and compliance of the nine 2011 collaboration groups over 15 years: each group has 6
 * members and an activity a month (180 activities), judged as of the end of 2026.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PilotBenchmark {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

  private final PilotSchedule schedule = PilotSchedule.of(PilotProgramme2011.programme());
  private final List<GroupRecord> records = new ArrayList<>();

  /** Builds the nine groups' records. */
  public PilotBenchmark() {
    for (ReformTopic topic : ReformTopic.values()) {
      List<PilotCity> members = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        members.add(PilotCity.of(topic.name() + i, "省" + i));
      }
      GroupRecord.Builder record =
          GroupRecord.builder()
              .group(
                  CollaborationGroup.builder()
                      .topic(topic)
                      .addLeadUnits(members.get(0), members.get(1))
                      .addAllParticipants(members.subList(2, 6))
                      .addGuidingExperts("甲", "乙")
                      .build());
      LocalDate date = LocalDate.of(2011, 11, 15);
      for (int i = 0; date.isBefore(AS_OF); i++, date = date.plusMonths(1)) {
        Activity.Builder activity =
            Activity.builder()
                .id("a" + i)
                .date(date)
                .kind(i % 12 == 6 ? ActivityKind.INTER_GROUP_EXCHANGE : ActivityKind.SYMPOSIUM)
                .host(members.get(i % 6))
                .planSubmitted(date.minusDays(7))
                .reportSubmitted(date.plusDays(i % 7));
        members.forEach(city -> activity.putHealthBureauHeads(city, 1));
        record.addActivities(activity.build());
      }
      records.add(record.build());
    }
  }

  /**
   * Lays out the nine schedules up to the end of 2026.
   *
   * @return the number of instances
   */
  @Benchmark
  public int schedule() {
    int instances = 0;
    for (GroupRecord record : records) {
      List<ObligationInstance> list = schedule.obligations(record, AS_OF);
      instances += list.size();
    }
    return instances;
  }

  /**
   * Judges the nine groups as of the end of 2026.
   *
   * @return the number of instances met on time
   */
  @Benchmark
  public long compliance() {
    long met = 0;
    for (GroupRecord record : records) {
      met += schedule.compliance(record, AS_OF).getMetOnTime();
    }
    return met;
  }
}
