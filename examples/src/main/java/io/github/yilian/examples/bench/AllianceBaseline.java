package io.github.yilian.examples.bench;

import io.github.yilian.alliance.Grade;
import io.github.yilian.alliance.OutreachKind;
import io.github.yilian.alliance.PartyActivityKind;
import io.github.yilian.alliance.ProjectStatus;
import io.github.yilian.alliance.ReferralStandard;
import io.github.yilian.alliance.ResultSharing;
import io.github.yilian.alliance.TrainingKind;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plain Java a developer would write for seed 003's Haikou rubric (综合绩效考核细则) with its
 * default readings, over an alliance's raw facts for a year: the benchmarks' baseline for
 * {@link AllianceBenchmark}.
 *
 * <p>The same rules as {@code HaikouAllianceRubric2021.rubric()}: plain loops, hash sets for the
 * distinct days, persons and patients, exact {@code long} growth; no validation, no reasons, no
 * observations. {@link AllianceBenchmark} checks, when it sets up, that it agrees with Yilian on
 * every criterion's points and counted quantity, the total, the grade and the funding.
 */
final class AllianceBaseline {

  /** The criteria in the rubric's order, as the baseline's result lists them. */
  static final int CRITERIA = 11;

  /** The quantity of growth when the base year has no volume: there is no rate. */
  static final long NO_RATE = Long.MIN_VALUE;

  private AllianceBaseline() {}

  /** An outreach visit: the day and the member unit visited. */
  record Visit(LocalDate date, String unit, OutreachKind kind) {}

  /** A trainee's stay at the lead department, from its first to its last day. */
  record Stay(String person, String unit, TrainingKind kind, LocalDate start, LocalDate end) {}

  /** A patient referred between two units of the alliance. */
  record Transfer(String patient, LocalDate date, String from, String to) {}

  /** A research project declared with a member unit. */
  record Project(String unit, String title, ProjectStatus status) {}

  /** A party-building activity. */
  record Activity(LocalDate date, PartyActivityKind kind) {}

  /**
   * A member unit's volumes, outpatient visits, inpatient admissions and operations, in the year before
   * and this year; -1 for a measure the unit does not keep.
   */
  record Volumes(String unit, long[] previous, long[] current) {}

  /** An alliance's facts for one year, as a request delivers them. */
  record Facts(
      int year,
      boolean charter,
      List<LocalDate> meetings,
      List<LocalDate> conferences,
      List<Visit> visits,
      List<Stay> stays,
      ReferralStandard standard,
      List<Transfer> referrals,
      ResultSharing sharing,
      List<Project> projects,
      List<Activity> activities,
      List<Volumes> volumes) {}

  /**
   * The assessment: per criterion the points and the counted quantity (growth in hundredths of a
   * percent, truncated, or {@link #NO_RATE}), the total, the grade and the funding in yuan.
   */
  record Result(int[] points, long[] quantities, int total, Grade grade, long funding) {}

  /** Scores a year's facts with the Haikou rubric. */
  static Result assess(Facts facts) {
    int[] points = new int[CRITERIA];
    long[] quantities = new long[CRITERIA];

    quantities[0] = facts.charter() ? 1 : 0;
    points[0] = facts.charter() ? 5 : 0;

    int meetings = facts.meetings().size();
    quantities[1] = meetings;
    points[1] = 5 - Math.min(Math.max(0, 12 - meetings), 5);

    quantities[2] = facts.conferences().isEmpty() ? 0 : 1;
    points[2] = facts.conferences().isEmpty() ? 0 : 5;

    Set<LocalDate> days = new HashSet<>();
    for (Visit visit : facts.visits()) {
      days.add(visit.date());
    }
    quantities[3] = days.size();
    points[3] = Math.min(20, days.size());

    Set<String> persons = new HashSet<>();
    for (Stay stay : facts.stays()) {
      persons.add(stay.person());
    }
    quantities[4] = persons.size();
    points[4] = Math.min(10, persons.size());

    int standard = facts.standard().ordinal();
    quantities[5] = standard;
    points[5] = standard == 2 ? 5 : standard == 1 ? 2 : 0;

    Set<String> patients = new HashSet<>();
    for (Transfer transfer : facts.referrals()) {
      patients.add(transfer.patient());
    }
    quantities[6] = patients.size();
    points[6] = Math.min(10, patients.size());

    int sharing = facts.sharing().ordinal();
    quantities[7] = sharing;
    points[7] = sharing == 2 ? 5 : sharing == 1 ? 2 : 0;

    int approved = 0;
    for (Project project : facts.projects()) {
      if (project.status() == ProjectStatus.APPROVED) {
        approved++;
      }
    }
    int declared = facts.projects().size() - approved;
    quantities[8] = facts.projects().size();
    points[8] = Math.min(15, approved * 5 + declared * 3);

    int activities = facts.activities().size();
    quantities[9] = activities;
    points[9] = Math.min(10, activities * 2);

    growth(facts.volumes(), points, quantities);

    int total = 0;
    for (int p : points) {
      total += p;
    }
    Grade grade = total > 90 ? Grade.EXCELLENT : total > 80 ? Grade.GOOD : total > 60 ? Grade.PASS : Grade.FAIL;
    long funding = total > 90 ? 1_500_000 : total > 80 ? 1_000_000 : total > 60 ? 500_000 : 0;
    return new Result(points, quantities, total, grade, funding);
  }

  /** Pooled growth: 5 points at 5 %, 1 more per further whole point, at most 10. */
  private static void growth(List<Volumes> volumes, int[] points, long[] quantities) {
    long previous = 0;
    long current = 0;
    for (Volumes unit : volumes) {
      for (int m = 0; m < 3; m++) {
        if (unit.previous()[m] >= 0) {
          previous += unit.previous()[m];
          current += unit.current()[m];
        }
      }
    }
    if (previous == 0) {
      quantities[10] = NO_RATE;
      points[10] = 0;
      return;
    }
    long rise = 100 * (current - previous);
    quantities[10] = rise * 100 / previous;
    points[10] = rise < 5 * previous ? 0 : (int) Math.min(10, 5 + (rise - 5 * previous) / previous);
  }
}
