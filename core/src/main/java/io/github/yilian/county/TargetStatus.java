package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * Where a unit stands on a target as of a date; at and after a deadline the status is judged with
 * the facts as they stood on the deadline.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TargetStatus implements Named {
  /** Met: on the deadline if it has passed, or already, before it. */
  MET("已达标", "met"),
  /** Not met yet, and the deadline (or the period's end) is still ahead. */
  NOT_YET_DUE("未到期", "not yet due"),
  /** Not met on the deadline, nor since. */
  MISSED("未达标", "missed"),
  /** Not met on the deadline, but met since. */
  MET_LATE("逾期达标", "met late"),
  /** No fact to judge by; the gap is then what is needed from nothing. */
  NO_DATA("无数据", "no data"),
  /**
   * The target does not apply to the unit (a county not paired for T19, a community with no health
   * centre for T14); left out of roll-ups, rankings, evaluations and problem lists.
   */
  NOT_APPLICABLE("不适用", "not applicable");

  private final BilingualText name;

  TargetStatus(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }

  /**
   * Tells whether the target counts as met: {@link #MET} or {@link #MET_LATE}.
   *
   * @return true if met
   */
  public boolean isMet() {
    return this == MET || this == MET_LATE;
  }

  /**
   * Tells whether the target applies to the unit: every status but {@link #NOT_APPLICABLE}.
   *
   * @return true if applicable
   */
  public boolean isApplicable() {
    return this != NOT_APPLICABLE;
  }

  /**
   * Returns the worse of two applicable statuses: {@link #MISSED} is worst, then {@link #NO_DATA},
   * {@link #NOT_YET_DUE}, {@link #MET_LATE} and {@link #MET}; {@link #NOT_APPLICABLE} yields to
   * any other.
   */
  static TargetStatus worse(TargetStatus a, TargetStatus b) {
    return a.badness() >= b.badness() ? a : b;
  }

  private int badness() {
    return switch (this) {
      case NOT_APPLICABLE -> 0;
      case MET -> 1;
      case MET_LATE -> 2;
      case NOT_YET_DUE -> 3;
      case NO_DATA -> 4;
      case MISSED -> 5;
    };
  }
}
