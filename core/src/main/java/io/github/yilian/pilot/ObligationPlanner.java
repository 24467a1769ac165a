package io.github.yilian.pilot;

import io.github.yilian.common.DateRange;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out a group's obligation instances P1–P14 up to a horizon (seed 001, 三, 四(二), 五): every
 * instance whose window has started by the horizon, in due-date order.
 *
 * <p>Per activity held (begun) by the horizon: P7 on the day before its first day; P8 from its first
 * day, due the report period after its last day ("结束后5日内"); P9 and P14 over its days. The horizon
 * is at most {@link io.github.yilian.common.SupportedRange#MAX_HORIZON_YEARS} years after the
 * programme start (checked by {@link PilotSchedule}), so a schedule holds at most about 400 quarters,
 * 100 work years and 4 instances per activity.
 */
final class ObligationPlanner {

  static final String PHASE_1 = "phase 1";
  private static final Comparator<ObligationInstance> SCHEDULE_ORDER =
      Comparator.comparing(ObligationInstance::getDue)
          .thenComparing(ObligationInstance::getObligation)
          .thenComparing(ObligationInstance::getSubject);

  private final CollaborationProgramme programme;

  ObligationPlanner(CollaborationProgramme programme) {
    this.programme = programme;
  }

  /** The subject of a P6 instance: "2012-Q2". */
  static String quarterName(int year, int quarter) {
    return year + "-Q" + quarter;
  }

  List<ObligationInstance> plan(GroupRecord record, LocalDate horizon) {
    List<ObligationInstance> instances = new ArrayList<>();
    LocalDate start = programme.getStart();
    instances.add(phase1(Obligation.P1, programme.getFirstActivityDue(), 1));
    instances.add(phase1(Obligation.P2, programme.getPhase1().getEnd(), programme.getMinPhase1Activities()));
    instances.add(phase1(Obligation.P3, programme.getExperienceReportDue(), 1));
    instances.add(phase1(Obligation.P4, programme.getPolicyDraftDue(), 1));
    instances.add(phase1(Obligation.P5, programme.getPolicyMeasuresDue(), 1));
    addQuarters(instances, horizon);
    addWorkYears(instances, start, horizon);
    int members = record.getGroup().getMembers().size();
    int expertsAndLiaisons = record.getGroup().getGuidingExperts().size() + 1;
    for (Activity activity : record.getActivities()) {
      LocalDate first = activity.getDate();
      if (activity.getKind().isGroupActivity() && !first.isAfter(horizon)) {
        LocalDate last = activity.getLastDay();
        LocalDate dayBefore = first.minusDays(1);
        instances.add(perActivity(Obligation.P7, activity, DateRange.of(dayBefore, dayBefore), 1));
        instances.add(
            perActivity(Obligation.P8, activity, DateRange.of(first, last.plusDays(programme.getActivityReportDays())), 1));
        instances.add(perActivity(Obligation.P9, activity, activity.getDays(), members));
        instances.add(perActivity(Obligation.P14, activity, activity.getDays(), expertsAndLiaisons));
      }
    }
    instances.sort(SCHEDULE_ORDER);
    return instances;
  }

  /** P6: one instance per calendar quarter of phase 2 that has started by the horizon. */
  private void addQuarters(List<ObligationInstance> instances, LocalDate horizon) {
    LocalDate from = programme.getPhase2Start();
    while (!from.isAfter(horizon)) {
      LocalDate quarterEnd = from.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
      int year = from.getYear();
      int quarter = from.get(IsoFields.QUARTER_OF_YEAR);
      instances.add(
          builder(Obligation.P6, quarterName(year, quarter), DateRange.of(from, quarterEnd), programme.getMinActivitiesPerQuarter())
              .year(year)
              .quarter(quarter)
              .build());
      from = quarterEnd.plusDays(1);
    }
  }

  /** P10, P11 for every work year of the programme; P12, P13 for every work year of phase 2. */
  private void addWorkYears(List<ObligationInstance> instances, LocalDate start, LocalDate horizon) {
    LocalDate phase2 = programme.getPhase2Start();
    for (DateRange year = programme.workYearContaining(start);
        !year.getStart().isAfter(horizon);
        year = programme.workYearContaining(year.getEnd().plusDays(1))) {
      int named = year.getStart().getYear();
      LocalDate planFrom = later(year.getStart(), start);
      instances.add(workYear(Obligation.P10, named, planFrom, planFrom.plusDays(programme.getWorkPlanDays()), 1));
      LocalDate after = year.getEnd().plusDays(1);
      if (!after.isAfter(horizon)) {
        instances.add(workYear(Obligation.P11, named, after, year.getEnd().plusDays(programme.getWorkSummaryDays()), 1));
      }
      LocalDate phase2From = later(year.getStart(), phase2);
      if (!phase2From.isAfter(year.getEnd()) && !phase2From.isAfter(horizon)) {
        instances.add(
            workYear(Obligation.P12, named, phase2From, year.getEnd(), programme.getMinInterGroupExchangesPerYear()));
        instances.add(workYear(Obligation.P13, named, phase2From, year.getEnd(), 1));
      }
    }
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private ObligationInstance phase1(Obligation obligation, LocalDate due, int required) {
    return builder(obligation, PHASE_1, DateRange.of(programme.getStart(), due), required).build();
  }

  private static ObligationInstance workYear(Obligation obligation, int year, LocalDate from, LocalDate due, int required) {
    return builder(obligation, String.valueOf(year), DateRange.of(from, due), required).year(year).build();
  }

  private static ObligationInstance perActivity(Obligation obligation, Activity activity, DateRange window, int required) {
    return builder(obligation, activity.getId(), window, required).build();
  }

  private static ImmutableObligationInstance.Builder builder(
      Obligation obligation, String subject, DateRange window, int required) {
    return ObligationInstance.builder().obligation(obligation).subject(subject).window(window).required(required);
  }
}
