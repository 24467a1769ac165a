package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * The kind of a primary-care member unit (seed 002 二(一)3, 二(三)9): the share targets on
 * "基层医疗卫生机构" and studios count township and community health centres, not village clinics.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum UnitKind implements Named {
  /** A township health centre (乡镇卫生院). */
  TOWNSHIP_HEALTH_CENTRE("乡镇卫生院", "township health centre"),
  /** A community health centre (社区卫生服务中心). */
  COMMUNITY_HEALTH_CENTRE("社区卫生服务中心", "community health centre"),
  /** A village clinic (村卫生室). */
  VILLAGE_CLINIC("村卫生室", "village clinic"),
  /** Any other primary-care institution, such as a community health station (社区卫生服务站). */
  OTHER("其他基层医疗卫生机构", "other primary-care institution");

  private final BilingualText name;

  UnitKind(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
