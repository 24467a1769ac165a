package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * How far the sharing of test and imaging results has come (seed 003, attachment item 8).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ResultSharing implements Named {
  /** No platform and no sharing. */
  NONE("未共享", "none"),
  /** A platform exists. */
  PLATFORM("有平台", "platform"),
  /** A platform exists and results are shared. */
  PLATFORM_AND_SHARING("有平台并建立共享", "platform and sharing");

  private final BilingualText name;

  ResultSharing(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
