package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Points for the growth of member units' volume over the year before: none below a threshold; at the
 * threshold a base, plus points for each further whole step, up to a cap. Haikou: "整体增长 5%，得 5 分，
 * 每再增加 1 个点加 1 分，最高 10 分": 4.99 % → 0, 5 % → 5, 6.9 % → 6, 9.99 % → 9, 10 % → 10, 40 % → 10
 * (seed 003, attachment item 11).
 *
 * <p>Growth is computed exactly, read as the rubric's {@link GrowthReading} says (pooled by
 * default). When a base-year volume it divides by is 0 there is no growth rate: the rule awards 0
 * and its reason says so. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract non-sealed class GrowthRule extends Rule implements CrossFieldRules {

  GrowthRule() {}

  /**
   * Returns the growth, in percent, that earns the first points.
   *
   * @return the threshold, such as 5, 0 or more
   */
  @PositiveOrZero
  public abstract BigDecimal getThresholdPercent();

  /**
   * Returns the points for reaching the threshold.
   *
   * @return the points, 0 or more
   */
  @PositiveOrZero
  public abstract int getPointsAtThreshold();

  /**
   * Returns the size of a further step, in percentage points.
   *
   * @return the step, such as 1, positive
   */
  @Positive
  public abstract BigDecimal getStepPercent();

  /**
   * Returns the points for each further whole step.
   *
   * @return the points, 0 or more
   */
  @PositiveOrZero
  public abstract int getPointsPerStep();

  /**
   * Returns the most points the rule awards.
   *
   * @return the cap, positive and at least the points at the threshold
   */
  @Positive
  public abstract int getCap();

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
    return getCap();
  }

  @Override
  CriterionScore score(Criterion criterion, AllianceAssessmentRecord record, Rubric rubric) {
    GrowthReading reading = rubric.getGrowthReading();
    Optional<Growth> growth = Growth.of(record.getMemberVolumes(), reading);
    if (growth.isEmpty()) {
      return CriterionScore.of(criterion, 0, Optional.empty(), () -> Reasons.awarded(
          "无基准年度业务量（上一年度为 0），无法计算增长率", "no base-year volume (the year before is 0), so no growth rate", 0));
    }
    Growth g = growth.get();
    int points = points(g);
    BigDecimal percent = g.percent();
    return CriterionScore.of(criterion, points, Optional.of(percent), () -> reason(percent, reading, points));
  }

  private int points(Growth growth) {
    if (!growth.reaches(getThresholdPercent())) {
      return 0;
    }
    long stepPoints = growth.stepsAbove(getThresholdPercent(), getStepPercent(), getCap()) * getPointsPerStep();
    return (int) Math.min(getCap(), getPointsAtThreshold() + stepPoints);
  }

  private BilingualText reason(BigDecimal percent, GrowthReading reading, int points) {
    String threshold = getThresholdPercent().toPlainString();
    String step = getStepPercent().toPlainString();
    return Reasons.awarded(
        "成员单位业务量增长 " + percent.toPlainString() + "%（" + reading.getChineseName() + "），达 " + threshold + "% 得 "
            + getPointsAtThreshold() + " 分，每再增 " + step + " 个百分点加 " + getPointsPerStep() + " 分，最高 " + getCap() + " 分",
        "member units' volume grew " + percent.toPlainString() + " % (" + reading.getEnglishName() + "); "
            + getPointsAtThreshold() + " at " + threshold + " %, " + getPointsPerStep() + " more per further " + step
            + " point(s), capped at " + getCap(),
        points);
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    if (getPointsAtThreshold() > getCap()) {
      found.add("pointsAtThreshold", "{io.github.yilian.alliance.GrowthRule.aboveCap}",
          Map.of("points", getPointsAtThreshold(), "cap", getCap()));
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link GrowthRule}. */
  public static final class Builder extends ImmutableGrowthRule.Builder {
    Builder() {}
  }
}
