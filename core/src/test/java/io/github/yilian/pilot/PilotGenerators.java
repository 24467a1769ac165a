package io.github.yilian.pilot;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.yilian.common.DateRange;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/** QuickTheories generators for the pilot package, so every property builds its models one way. */
final class PilotGenerators {

  /** Ids with characters iCalendar must escape, and Chinese text. */
  private static final String[] ID_STYLES = {"a", "活动", "x,y;z\\", "line\nbreak "};

  /** How many days after the programme start activities, documents and the date fall within. */
  private static final int SPAN_DAYS = 1500;

  /** A programme, a group's record under it, and a date to schedule or judge up to. */
  record Scenario(CollaborationProgramme programme, GroupRecord record, LocalDate date) {

    PilotSchedule schedule() {
      return PilotSchedule.of(programme);
    }
  }

  private PilotGenerators() {}

  /**
   * Random programmes with records of up to 24 activities and 12 documents over about 4 years, and
   * a date from the programme start to about 4 years on: long enough for phase 2, several quarters
   * and work-year ends, with about one activity a quarter so counts are met as often as missed.
   *
   * @return a generator of scenarios
   */
  static Gen<Scenario> scenarios() {
    return longs().all().map(seed -> scenario(new SplittableRandom(seed)));
  }

  /**
   * A random activity of the fixtures' group, to add to a scenario, dated within the scenario's
   * span so that it can change what the scenario is judged on.
   *
   * @param scenario the scenario the activity is for
   * @param seed the seed of the activity
   * @return an activity with an id not used by {@link #scenarios()}
   */
  static Activity extraActivity(Scenario scenario, long seed) {
    return activity(new SplittableRandom(seed), "extra", scenario.programme().getStart().minusDays(20), SPAN_DAYS);
  }

  static Scenario scenario(SplittableRandom random) {
    CollaborationProgramme programme = programme(random);
    LocalDate start = programme.getStart();
    List<Activity> activities = new ArrayList<>();
    int count = random.nextInt(25);
    for (int i = 0; i < count; i++) {
      activities.add(activity(random, ID_STYLES[random.nextInt(ID_STYLES.length)] + i, start.minusDays(20), SPAN_DAYS));
    }
    List<Submission> submissions = new ArrayList<>();
    int documents = random.nextInt(13);
    for (int i = 0; i < documents; i++) {
      DocumentKind kind = DocumentKind.values()[random.nextInt(DocumentKind.values().length)];
      LocalDate date = start.plusDays(random.nextInt(SPAN_DAYS));
      submissions.add(
          kind.isAnnual()
              ? Submission.ofYear(kind, start.getYear() + random.nextInt(-1, 6), date)
              : Submission.of(kind, date));
    }
    GroupRecord record =
        GroupRecord.builder().group(PilotFixtures.GROUP).activities(activities).submissions(submissions).build();
    return new Scenario(programme, record, start.plusDays(random.nextInt(SPAN_DAYS)));
  }

  static CollaborationProgramme programme(SplittableRandom random) {
    LocalDate start = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(8000));
    LocalDate phase1End = start.plusDays(random.nextInt(30, 400));
    return CollaborationProgramme.builder()
        .phase1(DateRange.of(start, phase1End))
        .firstActivityDue(start.plusDays(random.nextInt(30)))
        .minPhase1Activities(random.nextInt(1, 5))
        .experienceReportDue(start.plusDays(random.nextInt(500)))
        .policyDraftDue(start.plusDays(random.nextInt(500)))
        .policyMeasuresDue(start.plusDays(random.nextInt(500)))
        .phase2Start(phase1End.plusDays(random.nextInt(1, 100)))
        .minActivitiesPerQuarter(random.nextInt(1, 3))
        .activityReportDays(random.nextInt(1, 11))
        .workPlanDays(random.nextInt(1, 61))
        .workSummaryDays(random.nextInt(1, 61))
        .minInterGroupExchangesPerYear(random.nextInt(1, 3))
        .workYearStart(Month.of(random.nextInt(1, 13)))
        .build();
  }

  private static Activity activity(SplittableRandom random, String id, LocalDate from, int days) {
    ActivityKind kind = ActivityKind.values()[random.nextInt(ActivityKind.values().length)];
    LocalDate date = from.plusDays(random.nextInt(days));
    Activity.Builder builder = Activity.builder().id(id).date(date).kind(kind);
    List<PilotCity> members = List.copyOf(PilotFixtures.GROUP.getMembers());
    if (kind.isGroupActivity()) {
      builder.host(members.get(random.nextInt(members.size())));
    }
    for (PilotCity city : members) {
      builder.putHealthBureauHeads(city, random.nextInt(4) == 0 ? 0 : random.nextInt(1, 3));
    }
    if (random.nextBoolean()) {
      builder.planSubmitted(date.plusDays(random.nextInt(-6, 3)));
    }
    if (random.nextBoolean()) {
      builder.reportSubmitted(date.plusDays(random.nextInt(12)));
    }
    return builder.build();
  }
}
