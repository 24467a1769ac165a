package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * How the growth of member units' volume is read (criterion 11, 整体增长); the spec leaves it open.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GrowthReading implements Named {
  /** Default: the sum over member units and the three measures this year against the same sum last year. */
  POOLED("合并计算", "pooled"),
  /**
   * The mean of the measures' growth rates (outpatient, inpatient, operations), each pooled over the
   * member units that keep it; a measure no member unit keeps is left out of the mean.
   */
  MEAN_OF_RATES("各项增长率平均", "mean of rates");

  private final BilingualText name;

  GrowthReading(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
