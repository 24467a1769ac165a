package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * A field an expert has long worked in (seed 000, section 二(三)).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Expertise implements Named {
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

  private final BilingualText name;

  Expertise(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
