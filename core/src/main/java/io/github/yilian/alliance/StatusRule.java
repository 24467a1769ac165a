package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * Points per research project by status, up to a cap. Haikou: "有申报 1 项得 3 分，有申报并立项 1 项得
 * 5 分，最高 15 分" (seed 003, attachment item 9; the seed labels this item "6.建立有效的检查检验结果共享机制",
 * a copy-paste slip for the research-collaboration mechanism of section 三(六)).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract non-sealed class StatusRule extends Rule {

  private static final BilingualText PROJECTS = BilingualText.of("科研项目", "research projects");

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

  @Override
  CriterionScore score(Criterion criterion, AllianceAssessmentRecord record, Rubric rubric) {
    long approved = record.getResearchProjects().stream().filter(p -> p.getStatus() == ProjectStatus.APPROVED).count();
    long declared = record.getResearchProjects().size() - approved;
    long raw = declared * getDeclaredPoints() + approved * getApprovedPoints();
    int points = (int) Math.min(getCap(), raw);
    return CriterionScore.of(criterion, points, declared + approved, () -> reason(declared, approved, points));
  }

  private BilingualText reason(long declared, long approved, int points) {
    return Reasons.awarded(
        PROJECTS.getChinese() + "：仅申报 " + declared + " 项（每项 " + getDeclaredPoints() + " 分），立项 " + approved
            + " 项（每项 " + getApprovedPoints() + " 分），最高 " + getCap() + " 分",
        PROJECTS.getEnglish() + ": " + declared + " declared only (" + getDeclaredPoints() + " each), " + approved
            + " approved (" + getApprovedPoints() + " each), capped at " + getCap(),
        points);
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
