package io.github.yilian.report;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Finding;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.expert.AdjustmentLog;
import io.github.yilian.expert.TieredCareExpertGroupMeasures;
import io.github.yilian.report.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The expert part of a report (seed 000): the teams on a grid of provinces (分区包段) showing gaps,
 * overlaps and provinces not covered; each expert's term with days remaining and review due; and the
 * findings given (such as {@code GroupChecker} and {@code ObligationChecker} report), violations
 * first.
 *
 * <p>For example {@code HtmlReport.of(ExpertReport.of(log, asOf, findings))}. This class is
 * immutable and thread-safe.
 */
public final class ExpertReport implements ReportSection {

  private final AdjustmentLog log;
  private final LocalDate asOf;
  private final List<Finding> findings;
  private final BilingualText preset;

  private ExpertReport(AdjustmentLog log, LocalDate asOf, List<Finding> findings, BilingualText preset) {
    this.log = log;
    this.asOf = asOf;
    this.findings = findings;
    this.preset = preset;
  }

  /**
   * Obtains the expert part: the group as the log stands on a date, and findings about it. The preset
   * is named {@link TieredCareExpertGroupMeasures} when the log's term policy is that preset's, "own
   * policy" otherwise.
   *
   * @param log the adjustment log, not null
   * @param asOf the date, a supported date (1900-01-01 to 2200-12-31)
   * @param findings the findings to list, not null, none null; may be empty
   * @return the expert part
   * @throws IllegalArgumentException if the date is outside the supported dates
   * @throws NullPointerException naming the argument or element that is null
   */
  public static ExpertReport of(AdjustmentLog log, LocalDate asOf, Collection<Finding> findings) {
    Objects.requireNonNull(log, "log");
    SupportedRange.requireDate(asOf, "asOf");
    Objects.requireNonNull(findings, "findings");
    List<Finding> copy = new ArrayList<>(findings.size());
    int i = 0;
    for (Finding finding : findings) {
      copy.add(Objects.requireNonNull(finding, "findings[" + i++ + "]"));
    }
    BilingualText preset = log.getPolicy().equals(TieredCareExpertGroupMeasures.termPolicy())
        ? Texts.EXPERT_PRESET : Texts.OWN_POLICY;
    return new ExpertReport(log, asOf, List.copyOf(copy), preset);
  }

  /**
   * Returns a copy that names another preset at the top of the report.
   *
   * @param preset the preset's name, not null
   * @return the copy
   * @throws NullPointerException if the preset is null
   */
  public ExpertReport withPreset(BilingualText preset) {
    return new ExpertReport(log, asOf, findings, Objects.requireNonNull(preset, "preset"));
  }

  /**
   * Returns the log.
   *
   * @return the log
   */
  public AdjustmentLog getLog() {
    return log;
  }

  /**
   * Returns the date the report is as of.
   *
   * @return the date
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Returns the findings given.
   *
   * @return the findings in the order given, unmodifiable
   */
  public List<Finding> getFindings() {
    return findings;
  }

  @Override
  public BilingualText getPreset() {
    return preset;
  }
}
