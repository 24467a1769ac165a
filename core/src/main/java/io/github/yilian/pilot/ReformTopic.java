package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * The nine reform topics of the collaboration groups, one group per topic (seed 001, 二(一)).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReformTopic implements Named {
  /** 完善规划调控机制. */
  PLANNING_AND_REGULATION("完善规划调控机制", "planning and regulation"),
  /** 推进管办分开. */
  SEPARATING_MANAGEMENT_FROM_OPERATION("推进管办分开", "separating management from operation"),
  /** 政事分开. */
  SEPARATING_GOVERNMENT_FROM_INSTITUTIONS("政事分开", "separating government from institutions"),
  /** 医药分开. */
  SEPARATING_MEDICINE_FROM_PHARMACY("医药分开", "separating medical care from drug sales"),
  /** 健全医疗服务监管体系. */
  MEDICAL_SERVICE_SUPERVISION("健全医疗服务监管体系", "medical-service supervision"),
  /** 建立公立医院与基层医疗卫生机构的分工协作机制. */
  DIVISION_OF_LABOUR_WITH_PRIMARY_CARE("分工协作机制", "division of labour between public hospitals and primary care"),
  /** 改革人事分配制度. */
  PERSONNEL_AND_PAY_REFORM("改革人事分配制度", "personnel and pay reform"),
  /** 加快形成多元化办医格局. */
  DIVERSIFIED_OWNERSHIP("多元化办医格局", "diversified hospital ownership"),
  /** 推进医院信息化建设. */
  HOSPITAL_INFORMATISATION("推进医院信息化建设", "hospital informatisation");

  private final BilingualText name;

  ReformTopic(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
