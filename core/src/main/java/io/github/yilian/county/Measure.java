package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * How a target's value is measured from the facts of a unit and the units under it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Measure implements Named {
  /** Yes or no: the newest fact for the unit on or before the date. */
  STATE("是否", "yes or no", Measured.Kind.YES_NO),
  /** The share of the units of the counted level under the unit whose newest fact is yes. */
  SHARE_OF_UNITS("单位占比", "share of units", Measured.Kind.SHARE),
  /** The number of units of the counted level under the unit whose newest fact is yes. */
  COUNT_OF_UNITS("单位数", "number of units", Measured.Kind.COUNT),
  /** A share the unit reports (qualifying of total): the newest share fact. */
  REPORTED_SHARE("上报占比", "reported share", Measured.Kind.SHARE),
  /** The sum of the unit's event counts in the period. */
  EVENTS("次数", "number of events", Measured.Kind.COUNT),
  /** The number of the community's secondments longer than the limit without approval. */
  OVERLONG_SECONDMENTS("超期抽调人次", "overlong secondments", Measured.Kind.COUNT);

  private final BilingualText name;
  private final Measured.Kind kind;

  Measure(String chineseName, String englishName, Measured.Kind kind) {
    this.name = BilingualText.of(chineseName, englishName);
    this.kind = kind;
  }

  @Override
  public BilingualText getName() {
    return name;
  }

  /**
   * Returns the kind of value this measure yields.
   *
   * @return the kind: a share, a count or yes/no
   */
  public Measured.Kind getKind() {
    return kind;
  }

  /** Tells whether the measure counts the units of a level under the judged unit. */
  boolean countsUnits() {
    return this == SHARE_OF_UNITS || this == COUNT_OF_UNITS;
  }
}
