package io.github.yilian.pilot;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for the pilot package, so every property builds its models one way.
 *
 * <p>They reach the edges of the supported range: programmes start anywhere from 1900-01-01 to
 * late 2200 (one in four right at either end), dates are judged up to the longest horizon
 * ({@link SupportedRange#MAX_HORIZON_YEARS} years, or 2200-12-31), report and work-plan periods
 * reach {@link CollaborationProgramme#MAX_DAYS}, minimum counts reach {@link Integer#MAX_VALUE},
 * activities last up to 4 days and ids carry characters iCalendar must escape or replace.
 */
final class PilotGenerators {

  /** Ids with characters iCalendar must escape or replace, Chinese text, and a long one. */
  private static final String[] ID_STYLES = {
    "a", "活动", "x,y;z\\", "line\nbreak ", "ctl\u0001\u007f\u0085\r", "tab\there", "😀", "long" + "長".repeat(120)
  };

  /** How many days after the programme start activities and documents fall within. */
  private static final int SPAN_DAYS = 1500;

  /** Programme starts lie up to this many days before the last supported date, so phase 2 fits. */
  private static final int ROOM_DAYS = 600;

  /** A programme, a group's record under it, and a date to schedule or judge up to. */
  record Scenario(CollaborationProgramme programme, GroupRecord record, LocalDate date) {

    PilotSchedule schedule() {
      return PilotSchedule.of(programme);
    }
  }

  private PilotGenerators() {}

  /**
   * Random programmes with records of the fixtures' {@link PilotFixtures#GROUP} holding up to 24
   * activities and 12 documents over about 4 years, and a date from the programme start to about 4
   * years on (one in ten: anywhere up to the longest horizon): long enough for phase 2, several
   * quarters and work-year ends, with about one activity a quarter so counts are met as often as
   * missed.
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
    return activity(new SplittableRandom(seed), "extra", scenario.programme().getStart(), PilotFixtures.GROUP);
  }

  /**
   * A record of {@link PilotFixtures#OTHER_GROUP} with random activities over the same span as a
   * scenario's.
   *
   * @param scenario the scenario whose programme the record is under
   * @param seed the seed of the record
   * @return a record of the other group, activity ids starting with "other"
   */
  static GroupRecord otherRecord(Scenario scenario, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Activity> activities = new ArrayList<>();
    int count = random.nextInt(13);
    for (int i = 0; i < count; i++) {
      activities.add(activity(random, "other" + i, scenario.programme().getStart(), PilotFixtures.OTHER_GROUP));
    }
    return GroupRecord.builder().group(PilotFixtures.OTHER_GROUP).activities(activities).build();
  }

  /**
   * A joint inter-group exchange of the fixtures' two groups, hosted by a member of either, dated
   * within a scenario's span.
   *
   * @param scenario the scenario the exchange is for
   * @param seed the seed of the exchange
   * @return the exchange, id "joint"
   */
  static Activity jointExchange(Scenario scenario, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<PilotCity> hosts = new ArrayList<>(PilotFixtures.GROUP.getMembers());
    hosts.addAll(PilotFixtures.OTHER_GROUP.getMembers());
    LocalDate date = clamp(scenario.programme().getStart().plusDays(random.nextInt(SPAN_DAYS)));
    Activity.Builder builder =
        Activity.builder()
            .id("joint")
            .date(date)
            .lastDay(clamp(date.plusDays(random.nextInt(3))))
            .kind(ActivityKind.INTER_GROUP_EXCHANGE)
            .heldBy(EnumSet.of(PilotFixtures.GROUP.getTopic(), PilotFixtures.OTHER_GROUP.getTopic()))
            .host(hosts.get(random.nextInt(hosts.size())))
            .liaisonPresent(random.nextBoolean());
    for (PilotCity city : hosts) {
      builder.putHealthBureauHeads(city, random.nextInt(3));
    }
    if (random.nextBoolean()) {
      builder.addAllGuidingExpertsPresent(PilotFixtures.GROUP.getGuidingExperts());
    }
    return builder.build();
  }

  static Scenario scenario(SplittableRandom random) {
    CollaborationProgramme programme = programme(random);
    LocalDate start = programme.getStart();
    List<Activity> activities = new ArrayList<>();
    int count = random.nextInt(25);
    for (int i = 0; i < count; i++) {
      activities.add(activity(random, ID_STYLES[random.nextInt(ID_STYLES.length)] + i, start, PilotFixtures.GROUP));
    }
    List<Submission> submissions = new ArrayList<>();
    int documents = random.nextInt(13);
    for (int i = 0; i < documents; i++) {
      DocumentKind kind = DocumentKind.values()[random.nextInt(DocumentKind.values().length)];
      LocalDate date = clamp(start.plusDays(random.nextInt(SPAN_DAYS)));
      int year = Math.min(SupportedRange.MAX_YEAR, Math.max(SupportedRange.MIN_YEAR, start.getYear() + random.nextInt(-1, 6)));
      submissions.add(kind.isAnnual() ? Submission.ofYear(kind, year, date) : Submission.of(kind, date));
    }
    GroupRecord record =
        GroupRecord.builder().group(PilotFixtures.GROUP).activities(activities).submissions(submissions).build();
    return new Scenario(programme, record, date(random, start));
  }

  /** A date to judge as of: mostly within the span, one in ten anywhere up to the longest horizon. */
  private static LocalDate date(SplittableRandom random, LocalDate start) {
    LocalDate last = start.plusYears(SupportedRange.MAX_HORIZON_YEARS);
    if (last.isAfter(SupportedRange.MAX_DATE)) {
      last = SupportedRange.MAX_DATE;
    }
    if (random.nextInt(10) == 0) {
      return start.plusDays(random.nextLong(ChronoUnit.DAYS.between(start, last) + 1));
    }
    return clamp(start.plusDays(random.nextInt(SPAN_DAYS)));
  }

  static CollaborationProgramme programme(SplittableRandom random) {
    long room = ChronoUnit.DAYS.between(SupportedRange.MIN_DATE, SupportedRange.MAX_DATE) - ROOM_DAYS;
    long offset =
        switch (random.nextInt(8)) {
          case 0 -> random.nextInt(30);
          case 1 -> room - random.nextInt(30);
          default -> random.nextLong(room + 1);
        };
    LocalDate start = SupportedRange.MIN_DATE.plusDays(offset);
    LocalDate phase1End = start.plusDays(random.nextInt(30, 400));
    return CollaborationProgramme.builder()
        .phase1(DateRange.of(start, phase1End))
        .firstActivityDue(start.plusDays(random.nextInt(30)))
        .minPhase1Activities(edgeOr(random, random.nextInt(1, 5), Integer.MAX_VALUE))
        .experienceReportDue(start.plusDays(random.nextInt(500)))
        .policyDraftDue(start.plusDays(random.nextInt(500)))
        .policyMeasuresDue(start.plusDays(random.nextInt(500)))
        .phase2Start(phase1End.plusDays(random.nextInt(1, 100)))
        .minActivitiesPerQuarter(edgeOr(random, random.nextInt(1, 3), Integer.MAX_VALUE))
        .activityReportDays(edgeOr(random, random.nextInt(1, 11), CollaborationProgramme.MAX_DAYS))
        .workPlanDays(edgeOr(random, random.nextInt(1, 61), CollaborationProgramme.MAX_DAYS))
        .workSummaryDays(edgeOr(random, random.nextInt(1, 61), CollaborationProgramme.MAX_DAYS))
        .minInterGroupExchangesPerYear(edgeOr(random, random.nextInt(1, 3), Integer.MAX_VALUE))
        .workYearStart(Month.of(random.nextInt(1, 13)))
        .build();
  }

  /** Mostly the ordinary value, one in twenty the edge. */
  private static int edgeOr(SplittableRandom random, int ordinary, int edge) {
    return random.nextInt(20) == 0 ? edge : ordinary;
  }

  private static LocalDate clamp(LocalDate date) {
    if (date.isBefore(SupportedRange.MIN_DATE)) {
      return SupportedRange.MIN_DATE;
    }
    return date.isAfter(SupportedRange.MAX_DATE) ? SupportedRange.MAX_DATE : date;
  }

  /**
   * An activity of a group from 20 days before the programme start to the end of the span: one to
   * four days, a random kind and host, heads, experts, liaisons, sometimes a guest city, a plan and
   * a report or not.
   */
  private static Activity activity(SplittableRandom random, String id, LocalDate start, CollaborationGroup group) {
    ActivityKind kind = ActivityKind.values()[random.nextInt(ActivityKind.values().length)];
    LocalDate date = clamp(start.minusDays(20).plusDays(random.nextInt(SPAN_DAYS)));
    LocalDate last = clamp(date.plusDays(random.nextInt(3) == 0 ? random.nextInt(1, 4) : 0));
    Activity.Builder builder = Activity.builder().id(id).date(date).lastDay(last).kind(kind);
    List<PilotCity> members = List.copyOf(group.getMembers());
    if (kind.isGroupActivity()) {
      builder.host(members.get(random.nextInt(members.size())));
    }
    for (PilotCity city : members) {
      builder.putHealthBureauHeads(city, random.nextInt(4) == 0 ? 0 : random.nextInt(1, 3));
    }
    if (random.nextInt(4) == 0) {
      builder.addGuestCities(PilotFixtures.OUTSIDER).putHealthBureauHeads(PilotFixtures.OUTSIDER, 1).addGuestRegions("江苏省");
    }
    for (String expert : group.getGuidingExperts()) {
      if (random.nextInt(4) != 0) {
        builder.addGuidingExpertsPresent(expert);
      }
    }
    builder.liaisonPresent(random.nextInt(4) != 0);
    if (random.nextBoolean()) {
      builder.planSubmitted(clamp(date.plusDays(random.nextInt(-6, 3))));
    }
    if (random.nextBoolean()) {
      builder.reportSubmitted(clamp(last.plusDays(random.nextInt(12))));
    }
    return builder.build();
  }
}
