package io.github.yilian.county;

import java.time.LocalDate;
import java.util.List;

/**
 * Every target × every unit of its level as of a date, with value, status and gap: what the
 * monitoring platform (监测平台, seed 002 三(二)15) shows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dashboard {

  private final LocalDate asOf;
  private final List<TargetResult> results;

  Dashboard(LocalDate asOf, List<TargetResult> results) {
    this.asOf = asOf;
    this.results = List.copyOf(results);
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
   * Returns the results of one target.
   *
   * @param targetId the target's id, not null
   * @return its results, in tree order
   */
  public List<TargetResult> resultsOf(String targetId) {
    return results.stream().filter(r -> r.getRuleId().equals(targetId)).toList();
  }

  /**
   * Returns the results of one unit.
   *
   * @param unitId the unit's id, not null
   * @return its results, in policy order
   */
  public List<TargetResult> resultsFor(String unitId) {
    return results.stream().filter(r -> r.getUnit().getId().equals(unitId)).toList();
  }

  /**
   * Returns the results whose target is not met ({@link TargetStatus#isMet()} false).
   *
   * @return the results not met, in dashboard order
   */
  public List<TargetResult> getNotMet() {
    return results.stream().filter(r -> !r.getStatus().isMet()).toList();
  }
}
