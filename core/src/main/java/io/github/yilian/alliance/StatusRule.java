package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Points per research project by status, up to a cap. Haikou: "有申报 1 项得 3 分，有申报并立项 1 项得
 * 5 分，最高 15 分" (seed 003, attachment item 9; the seed labels this item "6.建立有效的检查检验结果共享机制",
 * a copy-paste slip for the research-collaboration mechanism of section 三(六)). By default every
 * project scores; under {@link ResearchCounting#PER_MEMBER_UNIT} "每个成员单位每年至少 1 项" is read as
 * points per member unit, each scoring its best project.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract non-sealed class StatusRule extends Rule {

  StatusRule() {}

  /**
   * Returns the points for each project declared but not approved.
   *
   * @return the points, 0 or more
   */
  @Value.Parameter
  @PositiveOrZero
  public abstract int getDeclaredPoints();

  /**
   * Returns the points for each approved project.
   *
   * @return the points, 0 or more
   */
  @Value.Parameter
  @PositiveOrZero
  public abstract int getApprovedPoints();

  /**
   * Returns the most points the rule awards.
   *
   * @return the cap, positive
   */
  @Value.Parameter
  @Positive
  public abstract int getCap();

  /**
   * Creates the rule.
   *
   * @param declaredPoints the points per project declared only, 0 or more
   * @param approvedPoints the points per approved project, 0 or more
   * @param cap the most points awarded, positive
   * @return the rule
   * @throws jakarta.validation.ConstraintViolationException if a number is out of range
   */
  public static StatusRule of(int declaredPoints, int approvedPoints, int cap) {
    return ImmutableStatusRule.of(declaredPoints, approvedPoints, cap);
  }

  @Override
  public int maxPoints() {
    return getCap();
  }

  /**
   * Scores the projects per project (each by its status) or, under
   * {@link ResearchCounting#PER_MEMBER_UNIT}, per member unit (each unit by its best project). The
   * counted quantity is the number of projects, or of member units with a project.
   */
  @Override
  CriterionScore score(Criterion criterion, AllianceAssessmentRecord record, Rubric rubric) {
    if (rubric.getResearchCounting() == ResearchCounting.PER_MEMBER_UNIT) {
      Map<String, Boolean> approvedByUnit = approvedByUnit(record.getResearchProjects());
      long approvedUnits = approved(approvedByUnit);
      int points = capped(approvedByUnit.size() - approvedUnits, approvedUnits);
      return CriterionScore.counted(criterion, points, approvedByUnit.size(), record, rubric);
    }
    EvidenceCounts counts = record.counts();
    long approved = counts.approvedProjects();
    return CriterionScore.counted(criterion, capped(counts.projects() - approved, approved), counts.projects(), record, rubric);
  }

  @Override
  BilingualText reason(CriterionScore score, AllianceAssessmentRecord record, Rubric rubric) {
    if (rubric.getResearchCounting() == ResearchCounting.PER_MEMBER_UNIT) {
      Map<String, Boolean> approvedByUnit = approvedByUnit(record.getResearchProjects());
      long approvedUnits = approved(approvedByUnit);
      long declaredUnits = approvedByUnit.size() - approvedUnits;
      long pair = ReasonTable.pair(approvedUnits, declaredUnits);
      BilingualText kept = perMemberUnitReasons().get(pair);
      return kept != null
          ? kept
          : perMemberUnitReasons().keep(pair, perMemberUnitWords().reason(approvedUnits, declaredUnits, score.getPoints()));
    }
    long approved = record.counts().approvedProjects();
    long declared = record.counts().projects() - approved;
    long pair = ReasonTable.pair(declared, approved);
    BilingualText kept = perProjectReasons().get(pair);
    return kept != null ? kept : perProjectReasons().keep(pair, perProjectWords().reason(declared, approved, score.getPoints()));
  }

  /** The reasons counting projects made so far, by the pair of counts. */
  @Value.Lazy
  ReasonTable perProjectReasons() {
    return new ReasonTable();
  }

  /** The reasons counting member units made so far, by the pair of counts. */
  @Value.Lazy
  ReasonTable perMemberUnitReasons() {
    return new ReasonTable();
  }

  /** The fixed words of the reason counting projects, made once, when first read. */
  @Value.Lazy
  Reasons.CountWords perProjectWords() {
    return Reasons.researchPerProject(this);
  }

  /** The fixed words of the reason counting member units, made once, when first read. */
  @Value.Lazy
  Reasons.CountWords perMemberUnitWords() {
    return Reasons.researchPerMemberUnit(this);
  }

  /** Whether each member unit with a project has an approved one. */
  private static Map<String, Boolean> approvedByUnit(List<ResearchProject> projects) {
    Map<String, Boolean> approvedByUnit = new HashMap<>();
    for (ResearchProject project : projects) {
      approvedByUnit.merge(project.getMemberUnitId(), project.getStatus() == ProjectStatus.APPROVED, Boolean::logicalOr);
    }
    return approvedByUnit;
  }

  private static long approved(Map<String, Boolean> approvedByUnit) {
    long approved = 0;
    for (boolean unitApproved : approvedByUnit.values()) {
      approved += unitApproved ? 1 : 0;
    }
    return approved;
  }

  /** Both counts are at most a list's size, so the sum of products fits a long. */
  private int capped(long declared, long approved) {
    return (int) Math.min(getCap(), declared * getDeclaredPoints() + approved * getApprovedPoints());
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
