package io.github.yilian.report.internal;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Finding;

/**
 * A finding as a table row.
 *
 * @param badge its severity
 * @param rule the rule id
 * @param subject the subject
 * @param reason the reason
 */
public record FindingRow(Badge badge, String rule, String subject, BilingualText reason) {

  /**
   * Returns a finding's row.
   *
   * @param finding the finding
   * @return the row
   */
  public static FindingRow of(Finding finding) {
    return new FindingRow(Badge.of(finding.getSeverity()), finding.getRuleId(), finding.getSubject(),
        finding.getReason());
  }
}
