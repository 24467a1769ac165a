package io.github.yilian.expert;

/**
 * The sector an expert works in (seed 000, section 二(三)); a team mixes sectors.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Sector {
  /** Health administration (卫生健康部门). */
  HEALTH_ADMINISTRATION("卫生健康部门", "health administration"),
  /** Medical insurance administration (医保部门). */
  MEDICAL_INSURANCE("医保部门", "medical insurance"),
  /** Finance administration (财政部门). */
  FINANCE("财政部门", "finance"),
  /** A university (高校). */
  UNIVERSITY("高校", "university"),
  /** A research institute (科研院所). */
  RESEARCH_INSTITUTE("科研院所", "research institute"),
  /** A medical institution (医疗机构). */
  MEDICAL_INSTITUTION("医疗机构", "medical institution");

  private final String chineseName;
  private final String englishName;

  Sector(String chineseName, String englishName) {
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
