package io.github.yilian.expert;

/**
 * A field an expert has long worked in (seed 000, section 二(三)).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Expertise {
  /** Administration (行政管理). */
  ADMINISTRATION("行政管理", "administration"),
  /** Policy research (政策研究). */
  POLICY_RESEARCH("政策研究", "policy research"),
  /** Insurance payment (医保支付). */
  INSURANCE_PAYMENT("医保支付", "insurance payment"),
  /** Service system (服务体系). */
  SERVICE_SYSTEM("服务体系", "service system"),
  /** Hospital management (医院管理). */
  HOSPITAL_MANAGEMENT("医院管理", "hospital management");

  private final String chineseName;
  private final String englishName;

  Expertise(String chineseName, String englishName) {
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
