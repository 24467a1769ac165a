package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * How a member unit's staff member trained at the lead unit (seed 003, section 三(三)).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TrainingKind implements Named {
  /** Advanced study (进修). */
  ADVANCED_STUDY("进修", "advanced study"),
  /** Working alongside the lead unit's staff. */
  SHADOWING("跟班学习", "shadowing"),
  /** A short course to take up a technique. */
  SHORT_COURSE("短期学习", "short course");

  private final BilingualText name;

  TrainingKind(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
