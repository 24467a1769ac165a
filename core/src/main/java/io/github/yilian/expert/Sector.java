package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * The sector an expert works in (seed 000, section 二(三)); a team mixes sectors.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Sector implements Named {
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

  private final BilingualText name;

  Sector(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
