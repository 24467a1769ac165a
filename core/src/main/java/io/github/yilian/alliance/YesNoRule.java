package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.immutables.value.Value;

/**
 * Points if a fact holds, none otherwise: "有制订得 5 分，没有不得分" (seed 003, attachment items 1
 * and 3).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract non-sealed class YesNoRule extends Rule {

  YesNoRule() {}

  /**
   * Returns the fact scored.
   *
   * @return the fact
   */
  @Value.Parameter
  public abstract YesNoFact getFact();

  /**
   * Returns the points if the fact holds.
   *
   * @return the points, positive
   */
  @Value.Parameter
  @Positive
  public abstract int getPoints();

  /**
   * Creates the rule.
   *
   * @param fact the fact scored
   * @param points the points if it holds, positive
   * @return the rule
   * @throws jakarta.validation.ConstraintViolationException if the points are not positive
   */
  public static YesNoRule of(YesNoFact fact, int points) {
    return ImmutableYesNoRule.of(fact, points);
  }

  @Override
  public int maxPoints() {
    return getPoints();
  }

  @Override
  CriterionScore score(Criterion criterion, AllianceAssessmentRecord record, Rubric rubric) {
    boolean holds = getFact().holds(record);
    return CriterionScore.counted(criterion, holds ? getPoints() : 0, holds ? 1 : 0, record, rubric);
  }

  @Override
  BilingualText reason(CriterionScore score, AllianceAssessmentRecord record, Rubric rubric) {
    return reasons().get((int) score.count());
  }

  /** The reasons for "no" and "yes", made once, when first read. */
  @Value.Lazy
  List<BilingualText> reasons() {
    return Reasons.yesNo(getFact(), getPoints());
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
