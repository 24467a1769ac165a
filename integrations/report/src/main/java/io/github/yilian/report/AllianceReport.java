package io.github.yilian.report;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.Rubric;
import io.github.yilian.common.BilingualText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The alliance part of a report (seed 003): per alliance a bar per criterion (points against the
 * maximum) with the counted quantity and the reason, the total against the rubric's grade bands, the
 * grade and the funding, and the observations; then the ranking.
 *
 * <p>For example {@code HtmlReport.of(AllianceReport.of(rubric, assessments))}. This class is
 * immutable and thread-safe.
 */
public final class AllianceReport implements ReportSection {

  private final Rubric rubric;
  private final List<AllianceAssessment> assessments;
  private final BilingualText preset;

  private AllianceReport(Rubric rubric, List<AllianceAssessment> assessments, BilingualText preset) {
    this.rubric = rubric;
    this.assessments = assessments;
    this.preset = preset;
  }

  /**
   * Obtains the alliance part for assessments made with a rubric; the preset named is the rubric's
   * name.
   *
   * @param rubric the rubric that made the assessments (its grade bands are drawn), not null
   * @param assessments the assessments, in the order to show them, not null, none null
   * @return the alliance part
   * @throws IllegalArgumentException if an assessment is not what the rubric makes of its record
   * @throws NullPointerException naming the argument or element that is null
   */
  public static AllianceReport of(Rubric rubric, Collection<AllianceAssessment> assessments) {
    Objects.requireNonNull(rubric, "rubric");
    Objects.requireNonNull(assessments, "assessments");
    List<AllianceAssessment> copy = new ArrayList<>(assessments.size());
    int i = 0;
    for (AllianceAssessment assessment : assessments) {
      Objects.requireNonNull(assessment, "assessments[" + i + "]");
      if (!rubric.assess(assessment.getRecord()).equals(assessment)) {
        throw new IllegalArgumentException("assessments[" + i + "] of " + assessment.getRecord().getAlliance().getId()
            + " was not made with rubric " + rubric.getId());
      }
      copy.add(assessment);
      i++;
    }
    return new AllianceReport(rubric, List.copyOf(copy), rubric.getName());
  }

  /**
   * Returns a copy that names another preset at the top of the report.
   *
   * @param preset the preset's name, not null
   * @return the copy
   * @throws NullPointerException if the preset is null
   */
  public AllianceReport withPreset(BilingualText preset) {
    return new AllianceReport(rubric, assessments, Objects.requireNonNull(preset, "preset"));
  }

  /**
   * Returns the rubric.
   *
   * @return the rubric
   */
  public Rubric getRubric() {
    return rubric;
  }

  /**
   * Returns the assessments.
   *
   * @return the assessments in the order given, unmodifiable
   */
  public List<AllianceAssessment> getAssessments() {
    return assessments;
  }

  @Override
  public BilingualText getPreset() {
    return preset;
  }
}
