package io.github.yilian.county;

/**
 * Where a unit stands on a target as of a date; at and after a deadline the status is judged with
 * the facts as they stood on the deadline.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TargetStatus {
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

  private final String chineseName;
  private final String englishName;

  TargetStatus(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the name in Chinese, such as "已达标"
   */
  public String getChineseName() {
    return chineseName;
  }

  /**
   * Returns the English name.
   *
   * @return the name in English, such as "met"
   */
  public String getEnglishName() {
    return englishName;
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
