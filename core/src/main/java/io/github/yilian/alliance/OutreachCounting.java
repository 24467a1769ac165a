package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * How outreach visits are counted (criterion 4, 每天只算1次); the spec leaves it open.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OutreachCounting implements Named {
  /** Default: one per distinct calendar date across the whole alliance. */
  PER_DAY("按日计", "per day"),
  /** One per distinct (date, member unit). */
  PER_DAY_AND_MEMBER("按日和成员单位计", "per day and member unit");

  private final BilingualText name;

  OutreachCounting(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
