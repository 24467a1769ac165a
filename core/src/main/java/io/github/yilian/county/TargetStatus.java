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
  /** No fact to judge by. */
  NO_DATA("无数据", "no data");

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
}
