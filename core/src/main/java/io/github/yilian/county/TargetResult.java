package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "where does this unit stand on this target as of this date": the measured value,
 * the threshold and deadline that apply, the status, the gap and a bilingual reason.
 *
 * <p>For a target with deadlines, the deadline that applies is the first on or after the date (the
 * last once all have passed). For a recurring target, every period of the evaluation window (the
 * calendar year of the "as of" date) that has started by the date is judged on its own
 * ({@link #getPeriods()}); the status is the worst of them: {@link TargetStatus#MISSED} if any
 * period that ended was missed (a missed period stays missed), else {@link TargetStatus#MET} if all
 * that ended were met, and while none has ended the status of the period running. The value, gap and
 * deadline are those of the period that decides the status (the first missed one, or the latest
 * one met).
 *
 * <p>A unit the target does not apply to has the status {@link TargetStatus#NOT_APPLICABLE}, no
 * value and no gap. With no data the gap is what is needed from nothing (no unit qualifies, the count
 * is 0, the answer is no). The reason is composed on request.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TargetResult {

  private final Target target;
  private final Unit unit;
  private final LocalDate asOf;
  private final LocalDate deadline;
  private final @Nullable DateRange period;
  private final Threshold threshold;
  private final @Nullable Measured value;
  private final TargetStatus status;
  private final long gap;
  private final List<PeriodResult> periods;

  /**
   * Creates a result; the tracker passes the periods as an unmodifiable list it hands over, so they
   * are not copied.
   */
  TargetResult(Target target, Unit unit, LocalDate asOf, LocalDate deadline, @Nullable DateRange period,
      Threshold threshold, @Nullable Measured value, TargetStatus status, long gap, List<PeriodResult> periods) {
    this.target = target;
    this.unit = unit;
    this.asOf = asOf;
    this.deadline = deadline;
    this.period = period;
    this.threshold = threshold;
    this.value = value;
    this.status = status;
    this.gap = gap;
    this.periods = periods;
  }

  /**
   * Returns the target.
   *
   * @return the target
   */
  public Target getTarget() {
    return target;
  }

  /**
   * Returns the rule id, the target's id.
   *
   * @return the rule id, such as "T8"
   */
  public String getRuleId() {
    return target.getId();
  }

  /**
   * Returns the unit judged.
   *
   * @return the unit
   */
  public Unit getUnit() {
    return unit;
  }

  /**
   * Tells whether this is a unit's own part in a share target judged above it (seed 002 三(二)15,
   * "以县为单位"): a county's communities that are tight for T1 and T2, its primary-care units for
   * T7, the county itself for T8 and T10, judged against the target's threshold.
   *
   * @return true if the unit lies below the target's level
   */
  public boolean isOwnPart() {
    // asked here, not when the result is made: a dashboard makes a result for each of its cells
    // without reading its unit
    return unit.getLevel() != target.getLevel();
  }

  /**
   * Returns the date the result is as of.
   *
   * @return the "as of" date
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Returns the calendar year or half-year that decides the status of a recurring target.
   *
   * @return the period, whose end is the deadline; empty for a target with deadlines
   */
  public Optional<DateRange> getPeriod() {
    return Optional.ofNullable(period);
  }

  /**
   * Returns every period of the window judged on its own, for a recurring target.
   *
   * @return the periods of the "as of" date's calendar year that have started by that date, oldest
   *     first (the last may still be running); empty for a target with deadlines, and when no
   *     period of the window is judged (before the first day, or before the first full period
   *     after the start indicator's first yes)
   */
  public List<PeriodResult> getPeriods() {
    return periods;
  }

  /**
   * Returns the deadline that applies: the milestone's deadline or the end of the deciding period.
   *
   * @return the deadline
   */
  public LocalDate getDeadline() {
    return deadline;
  }

  /**
   * Returns the threshold that applies.
   *
   * @return the threshold
   */
  public Threshold getThreshold() {
    return threshold;
  }

  /**
   * Returns the measured value: on the deadline when the target was met then, else as of the date;
   * for a recurring target, the deciding period's value.
   *
   * @return the value, or empty when there is no data or the target does not apply
   */
  public Optional<Measured> getValue() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public TargetStatus getStatus() {
    return status;
  }

  /**
   * Returns the gap: how many more qualifying units (or events) the value needs to meet the
   * threshold, or how many it has too many for an "at most" threshold.
   *
   * @return the gap: 0 exactly when the target is met (or does not apply); with no data, and before
   *     the first period of a recurring target, what is needed from nothing, such as
   *     {@code ceil(30 % × 10) = 3} counties
   */
  public long getGap() {
    return gap;
  }

  /**
   * Returns why the unit has this status, in Chinese and English, such as "T8 P1: share of counties
   * paid by global budget 2/5 (40.0 %), threshold ≥ 50 % by 2023-12-31: missed, gap 1 county".
   *
   * @return the reason, composed on request
   */
  public BilingualText getReason() {
    return Reasons.result(this);
  }

  /**
   * Checks whether another object is an equal result.
   *
   * @param obj the object to check
   * @return true if it is a result of the same target, unit, date, period, value, status, gap and
   *     periods
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof TargetResult other
        && target.equals(other.target)
        && unit.equals(other.unit)
        && asOf.equals(other.asOf)
        && deadline.equals(other.deadline)
        && Objects.equals(period, other.period)
        && threshold.equals(other.threshold)
        && Objects.equals(value, other.value)
        && status == other.status
        && gap == other.gap
        && periods.equals(other.periods);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(target.getId(), unit.getId(), asOf, deadline, value, status, gap);
  }

  /**
   * Returns a one-line summary in English.
   *
   * @return the English reason
   */
  @Override
  public String toString() {
    return getReason().getEnglish();
  }
}
