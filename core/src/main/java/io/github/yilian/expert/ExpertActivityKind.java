package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * What an expert does in the expert-group capacity (seed 000, sections 五(三) and 六(二)).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ExpertActivityKind implements Named {
  /** A research visit (调研活动). */
  RESEARCH_VISIT("调研活动", "research visit"),
  /** A research project taken on (承接课题). */
  PROJECT("承接课题", "project"),
  /** An article published (发表文章). */
  ARTICLE("发表文章", "article"),
  /** A media interview (接受采访). */
  MEDIA_INTERVIEW("接受采访", "media interview"),
  /** A commercial engagement (商业性活动, 七(五)). */
  COMMERCIAL_ENGAGEMENT("商业性活动", "commercial engagement"),
  /** Other related work (其他相关工作, 七(三)). */
  OTHER("其他相关工作", "other related work");

  private final BilingualText name;

  ExpertActivityKind(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
