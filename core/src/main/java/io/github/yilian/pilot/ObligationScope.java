package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * What one instance of an {@link Obligation} is for: phase 1 as a whole, a calendar quarter of
 * phase 2, a work year, or one activity. It decides how an instance is found in a
 * {@link GroupCompliance} ({@link GroupCompliance#phase1}, {@link GroupCompliance#quarter},
 * {@link GroupCompliance#workYear}, {@link GroupCompliance#activity}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ObligationScope implements Named {
  /** Once for the programme: P1 to P5. */
  PHASE_1("第一阶段", "phase 1"),
  /** Once a calendar quarter of phase 2: P6. */
  QUARTER("季度", "quarter"),
  /** Once a work year: P10 to P13. */
  WORK_YEAR("工作年度", "work year"),
  /** Once for each group activity: P7, P8, P9 and P14. */
  ACTIVITY("活动", "activity");

  private final BilingualText name;

  ObligationScope(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
