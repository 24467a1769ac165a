package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;

/**
 * Points for each distinct counted thing, up to a cap: {@code min(cap, pointsEach × n)}. Haikou:
 * outreach days "每 1 次得 1 分（每天只算 1 次），最高得 20 分", trainees "每接收一人得 1 分，最高得 10 分",
 * referred patients "转诊一人得 1 分，最高 10 分", party-building activities "每开展一次得 2 分，最高 10 分"
 * (seed 003, attachment items 4, 5, 7 and 10).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract non-sealed class PerItemRule extends Rule {

  PerItemRule() {}

  /**
   * Returns what is counted.
   *
   * @return the counted evidence
   */
  @Value.Parameter
  public abstract CountedEvidence getEvidence();

  /**
   * Returns the points for each counted thing.
   *
   * @return the points, positive
   */
  @Value.Parameter
  @Positive
  public abstract int getPointsEach();

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
   * @param evidence what is counted
   * @param pointsEach the points for each counted thing, positive
   * @param cap the most points awarded, positive
   * @return the rule
   * @throws jakarta.validation.ConstraintViolationException if a number is not positive
   */
  public static PerItemRule of(CountedEvidence evidence, int pointsEach, int cap) {
    return ImmutablePerItemRule.of(evidence, pointsEach, cap);
  }

  @Override
  public int maxPoints() {
    return getCap();
  }

  @Override
  CriterionScore score(Criterion criterion, AllianceAssessmentRecord record, Rubric rubric) {
    long count = getEvidence().count(record, rubric.getOutreachCounting());
    int points = (int) Math.min(getCap(), Math.min(count, getCap()) * getPointsEach());
    return CriterionScore.counted(criterion, points, count, record, rubric);
  }

  @Override
  BilingualText reason(CriterionScore score, AllianceAssessmentRecord record, Rubric rubric) {
    long count = score.count();
    BilingualText kept = reasons().get(count);
    return kept != null ? kept : reasons().keep(count, words().reason(count, score.getPoints()));
  }

  /** The reasons made so far, by count. */
  @Value.Lazy
  ReasonTable reasons() {
    return new ReasonTable();
  }

  /** The reason's fixed words, made once, when first read. */
  @Value.Lazy
  Reasons.CountWords words() {
    return Reasons.perItem(getEvidence(), getPointsEach(), getCap());
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
