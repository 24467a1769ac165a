package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The score of one criterion for one record: the points, the maximum, the counted quantity and the
 * reason in Chinese and English. Built by {@link Rubric#assess}; points are always from 0 to the
 * maximum.
 *
 * <p>Two scores are equal if they score the same criterion with the same points and quantity. The
 * quantity and the reason are built when first asked for (a score keeps its record and rubric for
 * them). This class is immutable and thread-safe.
 */
public final class CriterionScore {

  private final Criterion criterion;
  private final int points;
  /** The counted quantity of every rule but {@link GrowthRule}. */
  private final long count;
  /** For {@link GrowthRule}: the growth, null if there is no rate. */
  private final @Nullable Growth growth;
  private final boolean ofGrowth;
  private final AllianceAssessmentRecord record;
  private final Rubric rubric;

  /** Built when first read; a race builds equal values, each safely published by its final fields. */
  private @Nullable BigDecimal quantity;
  private @Nullable BilingualText reason;

  private CriterionScore(Criterion criterion, int points, long count, @Nullable Growth growth, boolean ofGrowth,
      AllianceAssessmentRecord record, Rubric rubric) {
    this.criterion = criterion;
    this.points = points;
    this.count = count;
    this.growth = growth;
    this.ofGrowth = ofGrowth;
    this.record = record;
    this.rubric = rubric;
  }

  /** A score whose quantity is a count (days, persons, 1 or 0, a level's position). */
  static CriterionScore counted(Criterion criterion, int points, long count, AllianceAssessmentRecord record, Rubric rubric) {
    return new CriterionScore(criterion, points, count, null, false, record, rubric);
  }

  /** A growth score whose quantity is the growth in percent, or none if there is no rate. */
  static CriterionScore grown(Criterion criterion, int points, @Nullable Growth growth, AllianceAssessmentRecord record,
      Rubric rubric) {
    return new CriterionScore(criterion, points, 0, growth, true, record, rubric);
  }

  /**
   * Returns the criterion scored.
   *
   * @return the criterion
   */
  public Criterion getCriterion() {
    return criterion;
  }

  /**
   * Returns the points awarded.
   *
   * @return the points, from 0 to {@link #getMaxPoints()}
   */
  public int getPoints() {
    return points;
  }

  /**
   * Returns what the rule counted before capping: days, persons, patients, meetings, activities,
   * projects (or member units with a project, under {@link ResearchCounting#PER_MEMBER_UNIT}); 1 or
   * 0 for a yes/no fact; the recorded level's position (0 for the lowest) for a level; the growth in
   * percent, truncated to 2 decimal places, for growth.
   *
   * @return the counted quantity; empty only for growth without a base-year volume
   */
  public Optional<BigDecimal> getQuantity() {
    if (ofGrowth && growth == null) {
      return Optional.empty();
    }
    BigDecimal value = quantity;
    if (value == null) {
      value = growth != null ? growth.percent() : BigDecimal.valueOf(count);
      quantity = value;
    }
    return Optional.of(value);
  }

  /**
   * Returns the criterion's maximum points.
   *
   * @return the maximum
   */
  public int getMaxPoints() {
    return criterion.getMaxPoints();
  }

  /**
   * Returns why the criterion got these points, in Chinese and English, such as "14 outreach days at
   * 1 point each, capped at 20: 14 points" / "外派指导 14 天，每天 1 分，最高 20 分，得 14 分". Built when
   * first asked for.
   *
   * @return the reason
   */
  public BilingualText getReason() {
    BilingualText text = reason;
    if (text == null) {
      text = criterion.getRule().reason(this, record, rubric);
      reason = text;
    }
    return text;
  }

  /** The counted quantity of a rule other than growth. */
  long count() {
    return count;
  }

  /** The growth of a growth score; null if there is no rate. */
  @Nullable Growth growth() {
    return growth;
  }

  /**
   * Checks whether another object is a score of the same criterion with the same points and quantity.
   *
   * @param obj the object to check
   * @return true if it is an equal score
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj
        || obj instanceof CriterionScore other
            && criterion.equals(other.criterion)
            && points == other.points
            && getQuantity().equals(other.getQuantity());
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + criterion.hashCode();
    h += (h << 5) + points;
    h += (h << 5) + Objects.hashCode(getQuantity());
    return h;
  }

  /**
   * Returns the criterion's id, points, maximum and counted quantity, such as
   * {@code "CriterionScore{criterion=outreach, points=14, maxPoints=20, quantity=14}"}.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return "CriterionScore{criterion=" + criterion.getId() + ", points=" + points + ", maxPoints=" + getMaxPoints()
        + ", quantity=" + getQuantity().map(BigDecimal::toPlainString).orElse("none") + "}";
  }
}
