package io.github.yilian.pilot;

import io.github.yilian.common.DateRange;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out a group's obligation instances P1–P13 up to a horizon (seed 001, 三, 四(二), 五): every
 * instance whose window has started by the horizon, in due-date order.
 */
final class ObligationPlanner {

  private static final String PHASE_1 = "phase 1";
  private static final Comparator<ObligationInstance> SCHEDULE_ORDER =
      Comparator.comparing(ObligationInstance::getDue)
          .thenComparing(ObligationInstance::getObligation)
          .thenComparing(ObligationInstance::getSubject);

  private final CollaborationProgramme programme;

  ObligationPlanner(CollaborationProgramme programme) {
    this.programme = programme;
  }

  List<ObligationInstance> plan(GroupRecord record, LocalDate horizon) {
    List<ObligationInstance> instances = new ArrayList<>();
    LocalDate start = programme.getStart();
    instances.add(instance(Obligation.P1, PHASE_1, start, programme.getFirstActivityDue(), 1));
    instances.add(
        instance(Obligation.P2, PHASE_1, start, programme.getPhase1().getEnd(), programme.getMinPhase1Activities()));
    instances.add(instance(Obligation.P3, PHASE_1, start, programme.getExperienceReportDue(), 1));
    instances.add(instance(Obligation.P4, PHASE_1, start, programme.getPolicyDraftDue(), 1));
    instances.add(instance(Obligation.P5, PHASE_1, start, programme.getPolicyMeasuresDue(), 1));
    addQuarters(instances, horizon);
    addWorkYears(instances, horizon);
    int members = record.getGroup().getMembers().size();
    for (Activity activity : record.getActivities()) {
      LocalDate date = activity.getDate();
      if (activity.getKind().isGroupActivity() && !date.isAfter(horizon)) {
        String id = activity.getId();
        instances.add(instance(Obligation.P7, id, date.minusDays(1), date.minusDays(1), 1));
        instances.add(instance(Obligation.P8, id, date, date.plusDays(programme.getActivityReportDays()), 1));
        instances.add(instance(Obligation.P9, id, date, date, members));
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
      String quarter = from.getYear() + "-Q" + from.get(IsoFields.QUARTER_OF_YEAR);
      instances.add(instance(Obligation.P6, quarter, from, quarterEnd, programme.getMinActivitiesPerQuarter()));
      from = quarterEnd.plusDays(1);
    }
  }

  /** P10, P11 for every work year of the programme; P12, P13 for every work year of phase 2. */
  private void addWorkYears(List<ObligationInstance> instances, LocalDate horizon) {
    LocalDate start = programme.getStart();
    LocalDate phase2 = programme.getPhase2Start();
    for (DateRange year = programme.workYearOf(start);
        !year.getStart().isAfter(horizon);
        year = programme.workYearOf(year.getEnd().plusDays(1))) {
      String name = String.valueOf(year.getStart().getYear());
      LocalDate planFrom = later(year.getStart(), start);
      instances.add(instance(Obligation.P10, name, planFrom, planFrom.plusDays(programme.getWorkPlanDays()), 1));
      LocalDate after = year.getEnd().plusDays(1);
      if (!after.isAfter(horizon)) {
        instances.add(instance(Obligation.P11, name, after, year.getEnd().plusDays(programme.getWorkSummaryDays()), 1));
      }
      LocalDate phase2From = later(year.getStart(), phase2);
      if (!phase2From.isAfter(year.getEnd()) && !phase2From.isAfter(horizon)) {
        instances.add(
            instance(Obligation.P12, name, phase2From, year.getEnd(), programme.getMinInterGroupExchangesPerYear()));
        instances.add(instance(Obligation.P13, name, phase2From, year.getEnd(), 1));
      }
    }
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static ObligationInstance instance(
      Obligation obligation, String subject, LocalDate from, LocalDate due, int required) {
    return ObligationInstance.builder()
        .obligation(obligation)
        .subject(subject)
        .window(DateRange.of(from, due))
        .required(required)
        .build();
  }
}
