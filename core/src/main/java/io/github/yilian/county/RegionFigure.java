package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The region-wide figure of a target judged per prefecture (seed 002 二(一)3, 4, 二(二)6: T7, T8,
 * T10): the share of all counted units of the region as of a date. It is reported as a value only,
 * with no status and no gap, as the target is set for each prefecture, not for the region.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegionFigure {

  private final Target target;
  private final Unit region;
  private final LocalDate asOf;
  private final Optional<Measured> value;

  RegionFigure(Target target, Unit region, LocalDate asOf, Optional<Measured> value) {
    this.target = target;
    this.region = region;
    this.asOf = asOf;
    this.value = value;
  }

  /**
   * Returns the target whose figure this is.
   *
   * @return the target
   */
  public Target getTarget() {
    return target;
  }

  /**
   * Returns the region.
   *
   * @return the region of the tree
   */
  public Unit getRegion() {
    return region;
  }

  /**
   * Returns the date the figure is as of.
   *
   * @return the date
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Returns the region-wide value.
   *
   * @return the share (or count) of the region's counted units; empty when no counted unit has a fact
   */
  public Optional<Measured> getValue() {
    return value;
  }

  /**
   * Returns the figure in Chinese and English, composed on request.
   *
   * @return the reason, such as "T8 XJ region-wide: … 5/9 (55.6 %) as of 2023-12-31, reported only,
   *     not judged"
   */
  public BilingualText getReason() {
    return Reasons.regionFigure(this);
  }

  /**
   * Checks whether another object is an equal figure.
   *
   * @param obj the object to check
   * @return true if it is a figure of the same target, region, date and value
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof RegionFigure other
        && target.equals(other.target)
        && region.equals(other.region)
        && asOf.equals(other.asOf)
        && value.equals(other.value);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(target.getId(), region.getId(), asOf, value);
  }

  /**
   * Returns the figure in English.
   *
   * @return the English reason
   */
  @Override
  public String toString() {
    return getReason().getEnglish();
  }
}
