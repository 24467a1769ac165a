package io.github.yilian.pilot;

/**
 * The state of one obligation instance as of a date.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ComplianceStatus {
  /** Met on or before its due date. */
  MET("按时完成", "met"),
  /** Not met, and its due date is not yet past. */
  PENDING("未到期", "pending"),
  /** Not met, and its due date is past (for attendance, P9: missed). */
  OVERDUE("逾期", "overdue"),
  /** Met, but after its due date. */
  MET_LATE("逾期完成", "met late");

  private final String chineseName;
  private final String englishName;

  ComplianceStatus(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the name in Chinese
   */
  public String getChineseName() {
    return chineseName;
  }

  /**
   * Returns the English name.
   *
   * @return the name in English
   */
  public String getEnglishName() {
    return englishName;
  }
}
