package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * What kind of activity a collaboration group holds (seed 001, 三(一)1, 三(二)1–3).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ActivityKind implements Named {
  /** 座谈会. */
  SYMPOSIUM("座谈会", "symposium"),
  /** 现场调研. */
  SITE_VISIT("现场调研", "site visit"),
  /** 专题报告会. */
  THEMATIC_LECTURE("专题报告会", "thematic lecture"),
  /** 协作组间交流活动: held jointly by several groups (三(二)2). */
  INTER_GROUP_EXCHANGE("协作组间交流活动", "inter-group exchange"),
  /** 全国协作组会议: held by the ministry, not by a member unit (三(二)3). */
  NATIONAL_MEETING("全国协作组会议", "national collaboration-group meeting");

  /**
   * Checks whether a member unit of the group hosts this kind of activity and it counts towards the
   * group's own activity obligations (P1, P2, P6) and the per-activity ones (P7, P8, P9).
   *
   * @return false only for the ministry's national meeting
   */
  public boolean isGroupActivity() {
    return this != NATIONAL_MEETING;
  }

  private final BilingualText name;

  ActivityKind(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
