package io.github.yilian.pilot;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The policy of a collaboration programme: phase 1 window, deadlines, phase 2 start, minimum
 * counts, report periods and the work year (seed 001, 三, 五). {@link PilotProgramme2011} holds the
 * seed's values; build another with {@link #builder()}.
 *
 * <p>The first-activity deadline lies in phase 1, the document deadlines lie on or after its start,
 * and phase 2 starts after phase 1 ends. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class CollaborationProgramme implements CrossFieldRules {

  CollaborationProgramme() {}

  /**
   * Returns phase 1 (第一阶段), both ends included.
   *
   * @return the window, 2011-11-01/2012-03-31 in 2011
   */
  public abstract DateRange getPhase1();

  /**
   * Returns the last day for the first activity (P1).
   *
   * @return the deadline, inside phase 1
   */
  public abstract LocalDate getFirstActivityDue();

  /**
   * Returns how many activities phase 1 needs at least (P2).
   *
   * @return the minimum, positive (3 in 2011)
   */
  @Positive
  public abstract int getMinPhase1Activities();

  /**
   * Returns the last day for the report on local practice and experience (P3).
   *
   * @return the deadline
   */
  public abstract LocalDate getExperienceReportDue();

  /**
   * Returns the last day for the draft national policy document (P4).
   *
   * @return the deadline ("2月中旬前" read as the 15th)
   */
  public abstract LocalDate getPolicyDraftDue();

  /**
   * Returns the last day for the policy measures and implementation paths (P5).
   *
   * @return the deadline ("2月底前", the last day of February)
   */
  public abstract LocalDate getPolicyMeasuresDue();

  /**
   * Returns the first day of phase 2, which is open-ended.
   *
   * @return the start, after phase 1
   */
  public abstract LocalDate getPhase2Start();

  /**
   * Returns how many activities each calendar quarter of phase 2 needs at least (P6).
   *
   * @return the minimum, positive
   */
  @Value.Default
  @Positive
  public int getMinActivitiesPerQuarter() {
    return 1;
  }

  /**
   * Returns how many calendar days after an activity its report is due (P8); a report on that day is
   * on time.
   *
   * @return the days, positive (5)
   */
  @Value.Default
  @Positive
  public int getActivityReportDays() {
    return 5;
  }

  /**
   * Returns how many days after the start of a work year (or of the programme, if later) the work
   * plan is due (P10).
   *
   * @return the days, positive (spec default 30)
   */
  @Value.Default
  @Positive
  public int getWorkPlanDays() {
    return 30;
  }

  /**
   * Returns how many days after the end of a work year its summary is due (P11).
   *
   * @return the days, positive (spec default 30)
   */
  @Value.Default
  @Positive
  public int getWorkSummaryDays() {
    return 30;
  }

  /**
   * Returns how many inter-group exchanges each work year of phase 2 needs at least (P12).
   *
   * @return the minimum, positive (spec default 1)
   */
  @Value.Default
  @Positive
  public int getMinInterGroupExchangesPerYear() {
    return 1;
  }

  /**
   * Returns the month work years start in; a work year is named by the calendar year it starts in.
   *
   * @return the month (spec default January: work years are calendar years)
   */
  @Value.Default
  public Month getWorkYearStart() {
    return Month.JANUARY;
  }

  /**
   * Returns the first day of the programme, the start of phase 1.
   *
   * @return the start date
   */
  public LocalDate getStart() {
    return getPhase1().getStart();
  }

  /**
   * Returns the work year that contains a date.
   *
   * @param date the date, not null
   * @return the work year, from its first to its last day
   */
  public DateRange workYearOf(LocalDate date) {
    LocalDate start = LocalDate.of(date.getYear(), getWorkYearStart(), 1);
    LocalDate first = start.isAfter(date) ? start.minusYears(1) : start;
    return DateRange.of(first, first.plusYears(1).minusDays(1));
  }

  /**
   * Returns a builder for a programme; the counts, report days and work year have the spec's
   * defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    if (!getPhase1().contains(getFirstActivityDue())) {
      found.add(
          "firstActivityDue",
          "{io.github.yilian.pilot.CollaborationProgramme.firstActivityOutsidePhase1}",
          Map.of("date", getFirstActivityDue(), "phase1", getPhase1()));
    }
    Map.of(
            "experienceReportDue", getExperienceReportDue(),
            "policyDraftDue", getPolicyDraftDue(),
            "policyMeasuresDue", getPolicyMeasuresDue())
        .forEach(
            (field, due) -> {
              if (due.isBefore(getStart())) {
                found.add(
                    field,
                    "{io.github.yilian.pilot.CollaborationProgramme.dueBeforeStart}",
                    Map.of("date", due, "start", getStart()));
              }
            });
    if (!getPhase2Start().isAfter(getPhase1().getEnd())) {
      found.add(
          "phase2Start",
          "{io.github.yilian.pilot.CollaborationProgramme.phase2NotAfterPhase1}",
          Map.of("date", getPhase2Start(), "end", getPhase1().getEnd()));
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link CollaborationProgramme}; every date is required. */
  public static final class Builder extends ImmutableCollaborationProgramme.Builder {
    Builder() {}
  }
}
