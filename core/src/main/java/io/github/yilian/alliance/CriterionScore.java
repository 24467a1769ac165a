package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.YilianStyle;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * The score of one criterion for one record: the points, the maximum, the counted quantity and the
 * reason in Chinese and English. Built by {@link Rubric#assess}; points are always from 0 to the
 * maximum.
 *
 * <p>The reason is built when first asked for. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class CriterionScore {

  CriterionScore() {}

  /**
   * Returns the criterion scored.
   *
   * @return the criterion
   */
  public abstract Criterion getCriterion();

  /**
   * Returns the points awarded.
   *
   * @return the points, from 0 to {@link #getMaxPoints()}
   */
  public abstract int getPoints();

  /**
   * Returns what the rule counted before capping: days, persons, patients, meetings, activities,
   * projects (or member units with a project, under {@link ResearchCounting#PER_MEMBER_UNIT}); 1 or
   * 0 for a yes/no fact; the recorded level's position (0 for the lowest) for a level; the growth in
   * percent, truncated to 2 decimal places, for growth.
   *
   * @return the counted quantity; empty only for growth without a base-year volume
   */
  public abstract Optional<BigDecimal> getQuantity();

  @Value.Auxiliary
  abstract Supplier<BilingualText> reasonSource();

  /**
   * Returns the criterion's maximum points.
   *
   * @return the maximum
   */
  public int getMaxPoints() {
    return getCriterion().getMaxPoints();
  }

  /**
   * Returns why the criterion got these points, in Chinese and English, such as "14 outreach days at
   * 1 point each, capped at 20: 14 points" / "外派指导 14 天，每天 1 分，最高 20 分，得 14 分".
   *
   * @return the reason
   */
  @Value.Lazy
  public BilingualText getReason() {
    return reasonSource().get();
  }

  /**
   * Returns the criterion's id, points, maximum and counted quantity, such as
   * {@code "CriterionScore{criterion=outreach, points=14, maxPoints=20, quantity=14}"}.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return "CriterionScore{criterion=" + getCriterion().getId() + ", points=" + getPoints() + ", maxPoints=" + getMaxPoints()
        + ", quantity=" + getQuantity().map(BigDecimal::toPlainString).orElse("none") + "}";
  }

  static CriterionScore of(Criterion criterion, int points, Optional<BigDecimal> quantity, Supplier<BilingualText> reason) {
    return ImmutableCriterionScore.builder()
        .criterion(criterion)
        .points(points)
        .quantity(quantity)
        .reasonSource(reason)
        .build();
  }

  static CriterionScore of(Criterion criterion, int points, long quantity, Supplier<BilingualText> reason) {
    return of(criterion, points, Optional.of(BigDecimal.valueOf(quantity)), reason);
  }
}
