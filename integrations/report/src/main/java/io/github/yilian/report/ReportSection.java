package io.github.yilian.report;

import io.github.yilian.common.BilingualText;

/**
 * One capability's part of an {@link HtmlReport}: the results of one calculator and what they were
 * computed with. Build one with {@link CountyReport#of}, {@link AllianceReport#of},
 * {@link PilotReport#of} or {@link ExpertReport#of}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ReportSection permits CountyReport, AllianceReport, PilotReport, ExpertReport {

  /**
   * Returns the policy preset the results were computed with, named at the top of the report.
   *
   * @return the preset's name and what it holds, in Chinese and English
   */
  BilingualText getPreset();
}
