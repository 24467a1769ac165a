package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * The state of one obligation instance as of a date.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ComplianceStatus implements Named {
  /** Met on or before its due date. */
  MET("按时完成", "met"),
  /** Not met, and its due date is not yet past. */
  PENDING("未到期", "pending"),
  /** Not met, and its due date is past (for attendance, P9: missed). */
  OVERDUE("逾期", "overdue"),
  /** Met, but after its due date. */
  MET_LATE("逾期完成", "met late");

  private final BilingualText name;

  ComplianceStatus(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
