package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * The forms of the party-building alliance's activities (seed 003, section 二(六)).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PartyActivityKind implements Named {
  /** Studying political theory together. */
  THEORY_STUDY("政治理论联学", "joint theory study"),
  /** Sharing strong resources. */
  RESOURCE_SHARING("优势资源联享", "resource sharing"),
  /** Running practical activities together. */
  JOINT_PRACTICE("实践活动联办", "joint practice"),
  /** Building the party-member team together. */
  TEAM_BUILDING("党员队伍联建", "team building");

  private final BilingualText name;

  PartyActivityKind(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
