package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * How an expert's 3-year term is counted (seed 000, section 二(四)); the spec reads a cohort term by default.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TermKind implements Named {
  /**
   * One term for the whole group: terms run back to back from the group's first term start, and a
   * member appointed mid-term serves until the cohort term ends. The default.
   */
  COHORT("统一聘期", "cohort term"),
  /** Each appointment runs its own term from the appointment date. */
  ROLLING("个人聘期", "rolling term");

  private final BilingualText name;

  TermKind(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
