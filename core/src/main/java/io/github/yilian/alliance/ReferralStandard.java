package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * How far the alliance's referral standard has come (seed 003, attachment item 6).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReferralStandard implements Named {
  /** No referral standard drafted. */
  NONE("未制订", "none"),
  /** Drafted but not implemented. */
  DRAFTED("制订未实施", "drafted, not implemented"),
  /** Drafted and implemented. */
  DRAFTED_AND_IMPLEMENTED("制订并实施", "drafted and implemented");

  private final BilingualText name;

  ReferralStandard(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
