package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One period of a recurring target judged on its own (seed 002: "每半年至少听取一次", "每年至少"):
 * the calendar year or half-year, its value with the facts as they stood at its end (or as of the
 * date while it runs), its status and gap. A period that has ended and was missed stays missed
 * whatever comes later.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeriodResult {

  private final Target target;
  private final DateRange period;
  private final boolean ended;
  private final Threshold threshold;
  private final @Nullable Measured value;
  private final TargetStatus status;
  private final long gap;

  PeriodResult(Target target, DateRange period, boolean ended, Threshold threshold, @Nullable Measured value,
      TargetStatus status, long gap) {
    this.target = target;
    this.period = period;
    this.ended = ended;
    this.threshold = threshold;
    this.value = value;
    this.status = status;
    this.gap = gap;
  }

  /**
   * Returns the period.
   *
   * @return the calendar year or half-year
   */
  public DateRange getPeriod() {
    return period;
  }

  /**
   * Tells whether the period has ended by the "as of" date; a period still running is judged with
   * the facts so far.
   *
   * @return true if its last day is on or before the "as of" date
   */
  public boolean isEnded() {
    return ended;
  }

  /**
   * Returns the value measured in the period.
   *
   * @return the value, or empty when there is no data or the target does not apply
   */
  public Optional<Measured> getValue() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the period's status.
   *
   * @return {@link TargetStatus#MET}, {@link TargetStatus#MISSED}, {@link TargetStatus#NOT_YET_DUE}
   *     (running, not met yet), {@link TargetStatus#NO_DATA} or {@link TargetStatus#NOT_APPLICABLE}
   */
  public TargetStatus getStatus() {
    return status;
  }

  /**
   * Returns how far the period's value is from the threshold.
   *
   * @return the gap: 0 when met or not applicable; with no data, what is needed from nothing
   */
  public long getGap() {
    return gap;
  }

  /**
   * Returns the threshold the period had to reach.
   *
   * @return the recurrence's threshold
   */
  public Threshold getThreshold() {
    return threshold;
  }

  Target getTarget() {
    return target;
  }

  /**
   * Returns the period's one-line reason in Chinese and English, composed on request.
   *
   * @return the reason, such as "2023-01-01/2023-06-30: 0, missed, gap 1"
   */
  public BilingualText getReason() {
    return Reasons.period(this);
  }

  /**
   * Checks whether another object is an equal period result.
   *
   * @param obj the object to check
   * @return true if it is a result of the same target id, period, value, status and gap
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof PeriodResult other
        && target.getId().equals(other.target.getId())
        && period.equals(other.period)
        && ended == other.ended
        && threshold.equals(other.threshold)
        && Objects.equals(value, other.value)
        && status == other.status
        && gap == other.gap;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(target.getId(), period, value, status, gap);
  }

  /**
   * Returns the period's reason in English.
   *
   * @return the English reason
   */
  @Override
  public String toString() {
    return getReason().getEnglish();
  }
}
