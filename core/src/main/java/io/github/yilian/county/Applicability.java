package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * Which units of its level a target applies to. A unit a target does not apply to gets
 * {@link TargetStatus#NOT_APPLICABLE} and is left out of roll-ups, rankings, evaluations and problem
 * lists for that target.
 *
 * <p>Whatever the applicability, a share of units does not apply to a unit with no unit to count
 * under it (a community without health centres for T14).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Applicability implements Named {
  /** Every unit of the target's level (the default). */
  EVERY_UNIT("每个单位", "every unit"),
  /**
   * Only a unit paired with a party-group member ({@link Pairing}) on the day judged: the last day
   * of a period, or the "as of" date while the period runs (seed 002 三(一)12, "包联县").
   */
  WHILE_PAIRED("包联期间", "while paired");

  private final BilingualText name;

  Applicability(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }

  /** Tells whether a target of this applicability applies to a unit (by number) on an epoch day. */
  boolean appliesTo(DataIndex data, int unit, long day) {
    return this == EVERY_UNIT || data.isPaired(unit, day);
  }
}
