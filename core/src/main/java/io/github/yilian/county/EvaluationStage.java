package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * The stages of the annual three-level evaluation of a county (seed 002 三(二)15): draft, county
 * self-assessment (县级自评), prefecture review (地级复核), region audit (区级审核).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EvaluationStage implements Named {
  /** Being prepared by the county. */
  DRAFT("草稿", "draft"),
  /** Submitted by the county as its self-assessment. */
  SELF_ASSESSED("县级自评", "self-assessed by the county"),
  /** Reviewed by the county's prefecture. */
  PREFECTURE_REVIEWED("地级复核", "reviewed by the prefecture"),
  /** Audited by the region; its values are the ones that count. */
  REGION_AUDITED("区级审核", "audited by the region");

  private final BilingualText name;

  EvaluationStage(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
