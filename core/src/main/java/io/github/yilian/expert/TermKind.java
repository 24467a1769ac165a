package io.github.yilian.expert;

/**
 * How an expert's 3-year term is counted (seed 000, section 二(四)); the spec reads a cohort term by default.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TermKind {
  /**
   * One term for the whole group: terms run back to back from the group's first term start, and a
   * member appointed mid-term serves until the cohort term ends. The default.
   */
  COHORT("统一聘期", "cohort term"),
  /** Each appointment runs its own term from the appointment date. */
  ROLLING("个人聘期", "rolling term");

  private final String chineseName;
  private final String englishName;

  TermKind(String chineseName, String englishName) {
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
