package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * Full points for reaching a target count, less a deduction for each one missing, never below 0:
 * {@code max(0, points − deduction × max(0, target − n))}. Haikou's monthly meetings: "组织召开会议至少
 * 12 次得 5 分，召开会议次数每少 1 次减 1 分" (seed 003, attachment item 2).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract non-sealed class TargetCountRule extends Rule {

  TargetCountRule() {}

  /**
   * Returns what is counted.
   *
   * @return the counted evidence
   */
  public abstract CountedEvidence getEvidence();

  /**
   * Returns the count that earns full points.
   *
   * @return the target, positive
   */
  @Positive
  public abstract int getTarget();

  /**
   * Returns the points for reaching the target.
   *
   * @return the points, positive
   */
  @Positive
  public abstract int getPoints();

  /**
   * Returns the points taken off for each one short of the target.
   *
   * @return the deduction, 0 or more
   */
  @PositiveOrZero
  public abstract int getDeductionPerMissing();

  /**
   * Returns a builder for the rule; every attribute is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public int maxPoints() {
    return getPoints();
  }

  @Override
  CriterionScore score(Criterion criterion, AllianceAssessmentRecord record, Rubric rubric) {
    long count = getEvidence().count(record, rubric.getOutreachCounting());
    int points = getPoints() - (int) Math.min(missing(count) * getDeductionPerMissing(), getPoints());
    return CriterionScore.counted(criterion, points, count, record, rubric);
  }

  @Override
  BilingualText reason(CriterionScore score, AllianceAssessmentRecord record, Rubric rubric) {
    long count = score.count();
    BilingualText kept = reasons().get(count);
    return kept != null ? kept : reasons().keep(count, words().reason(count, missing(count), score.getPoints()));
  }

  /** The reasons made so far, by count. */
  @Value.Lazy
  ReasonTable reasons() {
    return new ReasonTable();
  }

  /** The reason's fixed words, made once, when first read. */
  @Value.Lazy
  Reasons.CountWords words() {
    return Reasons.targetCount(getEvidence(), getTarget(), getDeductionPerMissing());
  }

  private long missing(long count) {
    return Math.max(0, getTarget() - count);
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link TargetCountRule}. */
  public static final class Builder extends ImmutableTargetCountRule.Builder {
    Builder() {}
  }
}
