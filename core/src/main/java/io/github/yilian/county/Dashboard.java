package io.github.yilian.county;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every target × every unit of its level as of a date, with value, status and gap, and the
 * region-wide figures of the targets that report one: what the monitoring platform (监测平台, seed
 * 002 三(二)15) shows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dashboard {

  private final LocalDate asOf;
  private final List<TargetResult> results;
  private final List<RegionFigure> regionFigures;

  /** Creates a dashboard of unmodifiable lists the tracker hands over (not copied). */
  Dashboard(LocalDate asOf, List<TargetResult> results, List<RegionFigure> regionFigures) {
    this.asOf = asOf;
    this.results = results;
    this.regionFigures = regionFigures;
  }

  /**
   * Returns the date the dashboard is as of.
   *
   * @return the date
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Returns every result, by target in policy order, then by unit in tree order.
   *
   * @return the results, unmodifiable
   */
  public List<TargetResult> getResults() {
    return results;
  }

  /**
   * Returns the region-wide figures (value only, no status) of the targets that report one, such as
   * T7, T8 and T10 of the preset.
   *
   * @return the figures in policy order, unmodifiable
   */
  public List<RegionFigure> getRegionFigures() {
    return regionFigures;
  }

  /**
   * Returns the results of one target.
   *
   * @param targetId the target's id, not null
   * @return its results, in tree order
   * @throws NullPointerException if the id is null
   */
  public List<TargetResult> resultsOf(String targetId) {
    Objects.requireNonNull(targetId, "targetId");
    return results.stream().filter(r -> r.getRuleId().equals(targetId)).toList();
  }

  /**
   * Returns the results of one unit.
   *
   * @param unitId the unit's id, not null
   * @return its results, in policy order
   * @throws NullPointerException if the id is null
   */
  public List<TargetResult> resultsFor(String unitId) {
    Objects.requireNonNull(unitId, "unitId");
    return results.stream().filter(r -> r.getUnit().getId().equals(unitId)).toList();
  }

  /**
   * Returns the results whose target applies and is not met.
   *
   * @return the results neither met nor {@link TargetStatus#NOT_APPLICABLE}, in dashboard order
   */
  public List<TargetResult> getNotMet() {
    return results.stream().filter(r -> r.getStatus().isApplicable() && !r.getStatus().isMet()).toList();
  }

  /**
   * Returns a summary in English, such as "dashboard as of 2023-12-31: 90 results, 10 met, 78 not
   * met, 2 not applicable; 3 region-wide figures".
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return Reasons.dashboard(this);
  }
}
