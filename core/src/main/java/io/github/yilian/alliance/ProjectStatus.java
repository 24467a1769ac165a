package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * Where a research project stands; an approved project was declared first (seed 003, attachment item 9).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ProjectStatus implements Named {
  /** Declared, not (yet) approved. */
  DECLARED("已申报", "declared"),
  /** Declared and approved. */
  APPROVED("已立项", "approved");

  private final BilingualText name;

  ProjectStatus(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
