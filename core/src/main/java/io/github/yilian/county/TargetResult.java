package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "where does this unit stand on this target as of this date": the measured value,
 * the threshold and deadline that apply, the status, the gap and a bilingual reason.
 *
 * <p>For a target with deadlines, the deadline that applies is the first on or after the date (the
 * last once all have passed). For a recurring target, the period judged is the latest one that has
 * ended by the date, or the current one if none has. The reason is composed on request.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TargetResult {

  private final Target target;
  private final Unit unit;
  private final LocalDate asOf;
  private final LocalDate deadline;
  private final Optional<DateRange> period;
  private final Threshold threshold;
  private final Optional<Measured> value;
  private final TargetStatus status;

  TargetResult(Target target, Unit unit, LocalDate asOf, LocalDate deadline, Optional<DateRange> period,
      Threshold threshold,
      Optional<Measured> value, TargetStatus status) {
    this.target = target;
    this.unit = unit;
    this.asOf = asOf;
    this.deadline = deadline;
    this.period = period;
    this.threshold = threshold;
    this.value = value;
    this.status = status;
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
   * Returns the date the result is as of.
   *
   * @return the "as of" date
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Returns the calendar year or half-year judged for a recurring target.
   *
   * @return the period, whose end is the deadline; empty for a target with deadlines
   */
  public Optional<DateRange> getPeriod() {
    return period;
  }

  /**
   * Returns the deadline that applies: the milestone's deadline or the end of the period judged.
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
   * Returns the measured value: on the deadline when the target was met then, else as of the date.
   *
   * @return the value, or empty when there is no data
   */
  public Optional<Measured> getValue() {
    return value;
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
   * @return the gap, 0 when the value meets the threshold or there is no data
   */
  public long getGap() {
    return value.map(threshold::gap).orElse(0L);
  }

  /**
   * Returns why the unit has this status, in Chinese and English, such as "T8 … 2/5 (40.0 %),
   * threshold ≥ 50 % by 2023-12-31: missed, gap 1 (county)".
   *
   * @return the reason
   */
  public BilingualText getReason() {
    String what = target.getId() + " " + unit.getId() + ": ";
    String gapEn = getGap() == 0 ? "" : ", gap " + getGap()
        + target.getCountedLevel().map(l -> " (" + l.getEnglishName() + ")").orElse("");
    String gapZh = getGap() == 0 ? "" : ",差 " + getGap()
        + target.getCountedLevel().map(l -> " 个" + l.getChineseName()).orElse("");
    return BilingualText.of(
        what + target.getName().getChinese() + " " + value.map(Measured::toChinese).orElse("无数据")
            + ",目标 " + threshold.toChinese() + ",截止 " + deadline
            + ":" + status.getChineseName() + gapZh,
        what + target.getName().getEnglish() + " " + value.map(Measured::toString).orElse("no data")
            + ", threshold " + threshold + " by " + deadline
            + ": " + status.getEnglishName() + gapEn);
  }

  /**
   * Checks whether another object is an equal result.
   *
   * @param obj the object to check
   * @return true if it is a result of the same target, unit, date, period, value and status
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof TargetResult other
        && target.equals(other.target)
        && unit.equals(other.unit)
        && asOf.equals(other.asOf)
        && deadline.equals(other.deadline)
        && period.equals(other.period)
        && threshold.equals(other.threshold)
        && value.equals(other.value)
        && status == other.status;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(target.getId(), unit.getId(), asOf, deadline, value, status);
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
