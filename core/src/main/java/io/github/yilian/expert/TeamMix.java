package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * How {@link CompositionPolicy} reads 领域 in "每组由不同领域的专家组成" (each team is made of experts
 * from different 领域, seed 000, section 二(三)). The same section lists the experts' sectors
 * (卫生健康部门、医保部门、财政部门、高校、科研院所、医疗机构) and their fields of expertise (行政管理、政策研究、
 * 医保支付、服务体系、医院管理); 领域 can mean either.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TeamMix implements Named {
  /** Different sectors: the number of different sectors among the members. The default. */
  SECTORS("不同单位类别", "different sectors"),
  /**
   * Different fields of expertise: the largest number of members who can each stand for a different
   * field, so one expert of two fields does not mix a team alone.
   */
  FIELDS("不同专业领域", "different fields of expertise"),
  /** Both: the team must reach the minimum in sectors and in fields of expertise. */
  SECTORS_AND_FIELDS("单位类别与专业领域均不同", "different sectors and fields of expertise");

  private final BilingualText name;

  TeamMix(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  /**
   * Checks whether this reading counts sectors.
   *
   * @return true for {@link #SECTORS} and {@link #SECTORS_AND_FIELDS}
   */
  public boolean countsSectors() {
    return this != FIELDS;
  }

  /**
   * Checks whether this reading counts fields of expertise.
   *
   * @return true for {@link #FIELDS} and {@link #SECTORS_AND_FIELDS}
   */
  public boolean countsFields() {
    return this != SECTORS;
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
