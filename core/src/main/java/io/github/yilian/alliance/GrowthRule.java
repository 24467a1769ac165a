package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Points for the growth of member units' volume over the year before: none below a threshold; at the
 * threshold a base, plus points for each further whole step, up to a cap. Haikou: "整体增长 5%，得 5 分，
 * 每再增加 1 个点加 1 分，最高 10 分": 4.99 % → 0, 5 % → 5, 6.9 % → 6, 9.99 % → 9, 10 % → 10, 40 % → 10
 * (seed 003, attachment item 11).
 *
 * <p>Growth is computed exactly, read as the rubric's {@link GrowthReading} says (pooled by
 * default). When a base-year volume it divides by is 0 there is no growth rate: the rule awards 0
 * and its reason says so. Under {@link GrowthReading#MEAN_OF_RATES} a measure no member unit keeps
 * (no figure, not a figure of 0) is left out of the mean, and the reason names it.
 *
 * <p>The threshold and the step have at most 6 digits before the decimal point and 4 after it (a
 * {@code BigDecimal} of any other scale, such as {@code 5.00000} or {@code 1E-20000000}, is a
 * violation), so no comparison or reason grows without bound. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract non-sealed class GrowthRule extends Rule implements CrossFieldRules {

  /** A {@link #reasonKey} of a reason not kept. */
  static final long NOT_KEPT = Long.MIN_VALUE;

  GrowthRule() {}

  /**
   * Returns the growth, in percent, that earns the first points.
   *
   * @return the threshold, such as 5: 0 or more, with at most 6 digits before the decimal point and
   *     4 after it
   */
  @PositiveOrZero
  @Digits(integer = 6, fraction = 4)
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
   * @return the step, such as 1: positive, with at most 6 digits before the decimal point and 4
   *     after it
   */
  @Positive
  @Digits(integer = 6, fraction = 4)
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
    Growth growth = Growth.of(record, rubric.getGrowthReading());
    return CriterionScore.grown(criterion, growth == null ? 0 : points(growth), growth, record, rubric);
  }

  @Override
  BilingualText reason(CriterionScore score, AllianceAssessmentRecord record, Rubric rubric) {
    GrowthReading reading = rubric.getGrowthReading();
    List<MemberVolume> volumes = record.getMemberVolumes();
    Growth growth = score.growth();
    if (growth == null) {
      return Reasons.noGrowthRate(volumes, reading);
    }
    List<VolumeMeasure> leftOut = reading == GrowthReading.MEAN_OF_RATES ? Growth.keptByNone(volumes) : List.of();
    long key = leftOut.isEmpty() ? reasonKey(growth.hundredths(), score.getPoints(), reading) : NOT_KEPT;
    BilingualText kept = key == NOT_KEPT ? null : recentReasons().get(key);
    if (kept != null) {
      return kept;
    }
    BilingualText reason = Reasons.growth(growth.percentText(), reading, leftOut, words(), score.getPoints());
    return key == NOT_KEPT ? reason : recentReasons().keep(key, reason);
  }

  /**
   * The key of a reason that names no measure left out: a function of the growth in hundredths of a
   * percent, the points and the reading, which it is made from; {@link #NOT_KEPT} if a number is too
   * large for the key (more than 2<sup>45</sup> hundredths, 2<sup>16</sup> points).
   */
  static long reasonKey(long hundredths, int points, GrowthReading reading) {
    return hundredths > -(1L << 45) && hundredths < 1L << 45 && points >= 0 && points < 1 << 16
        ? hundredths << 18 | (long) points << 2 | reading.ordinal()
        : NOT_KEPT;
  }

  /** The reasons made lately, by {@link #reasonKey}. */
  @Value.Lazy
  RecentReasons recentReasons() {
    return new RecentReasons();
  }

  /** The reason's fixed words after the reading, made once, when first read. */
  @Value.Lazy
  Reasons.GrowthWords words() {
    return Reasons.growthWords(this);
  }

  private int points(Growth growth) {
    Growth.Percent threshold = threshold();
    if (!growth.reaches(threshold)) {
      return 0;
    }
    long stepPoints = growth.stepsAbove(threshold, step(), getCap()) * getPointsPerStep();
    return (int) Math.min(getCap(), getPointsAtThreshold() + stepPoints);
  }

  /** The threshold, also in ten-thousandths of a percent; made once. */
  @Value.Lazy
  Growth.Percent threshold() {
    return Growth.Percent.of(getThresholdPercent());
  }

  /** The step, also in ten-thousandths of a percent; made once. */
  @Value.Lazy
  Growth.Percent step() {
    return Growth.Percent.of(getStepPercent());
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
