package io.github.yilian.common;

/**
 * How serious a {@link Finding} is.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Severity {
  /** A rule is broken: the document's requirement is not met. */
  VIOLATION("违规", "violation"),
  /** Something needs attention before it becomes a breach, such as a deadline close at hand. */
  WARNING("提醒", "warning"),
  /** A fact worth showing that breaks no rule. */
  NOTICE("提示", "notice");

  private final String chineseName;
  private final String englishName;

  Severity(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the name in Chinese, such as "违规"
   */
  public String getChineseName() {
    return chineseName;
  }

  /**
   * Returns the English name.
   *
   * @return the name in English, such as "violation"
   */
  public String getEnglishName() {
    return englishName;
  }
}
