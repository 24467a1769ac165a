package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * How the result-sharing levels are read (criterion 8: "有平台得 2 分，建立共享得 3 分，未共享不得分", seed
 * 003, attachment item 8); the spec leaves it open.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ResultSharingReading implements Named {
  /** Default: cumulative levels, a platform 2 and a platform with sharing 2 + 3 = 5 (0 / 2 / 5). */
  CUMULATIVE("累计计分", "cumulative"),
  /**
   * "未共享不得分" read literally: a platform without sharing is not sharing and scores as no sharing
   * (0 / 0 / 5 under the Haikou points).
   */
  LITERAL("按字面计分", "literal");

  private final BilingualText name;

  ResultSharingReading(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
