package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * The three measures of a member unit's specialty volume that the results criterion compares with
 * the year before: outpatient visits, inpatient admissions and operations (门诊量、住院量和手术量, seed
 * 003, attachment item 11).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum VolumeMeasure implements Named {
  /** Outpatient visits (门诊量). */
  OUTPATIENT_VISITS("门诊量", "outpatient visits"),
  /** Inpatient admissions (住院量). */
  INPATIENT_ADMISSIONS("住院量", "inpatient admissions"),
  /** Operations (手术量); a department that operates on no one (rehabilitation) keeps no figure. */
  OPERATIONS("手术量", "operations");

  private final BilingualText name;

  VolumeMeasure(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
