package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * How research projects are counted (criterion 9: "有申报 1 项得 3 分，有申报并立项 1 项得 5 分，最高 15 分
 * （每个成员单位每年至少 1 项）", seed 003, attachment item 9); the spec leaves it open.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ResearchCounting implements Named {
  /** Default: every project scores by its status (declared 3, approved 5), up to the cap. */
  PER_PROJECT("按项目计", "per project"),
  /**
   * Points per member unit: each member unit scores its best project (approved 5, else declared 3),
   * up to the cap; further projects of a unit add nothing.
   */
  PER_MEMBER_UNIT("按成员单位计", "per member unit");

  private final BilingualText name;

  ResearchCounting(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
