package io.github.yilian.county;

import io.github.yilian.common.Share;
import java.util.List;
import java.util.Optional;

/**
 * One target rolled up for a prefecture or the region: the results of the units of the target's
 * level under it, split into those that meet the target, those that do not, and those the target
 * does not apply to (left out of the share).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RollUp {

  private final Unit parent;
  private final Target target;
  private final List<TargetResult> met;
  private final List<TargetResult> notMet;
  private final List<TargetResult> notApplicable;

  private RollUp(Unit parent, Target target, List<TargetResult> met, List<TargetResult> notMet,
      List<TargetResult> notApplicable) {
    this.parent = parent;
    this.target = target;
    this.met = met;
    this.notMet = notMet;
    this.notApplicable = notApplicable;
  }

  static RollUp of(Unit parent, Target target, List<TargetResult> results) {
    return new RollUp(parent, target,
        results.stream().filter(r -> r.getStatus().isMet()).toList(),
        results.stream().filter(r -> r.getStatus().isApplicable() && !r.getStatus().isMet()).toList(),
        results.stream().filter(r -> !r.getStatus().isApplicable()).toList());
  }

  /**
   * Returns the unit rolled up for.
   *
   * @return the prefecture or region
   */
  public Unit getParent() {
    return parent;
  }

  /**
   * Returns the target.
   *
   * @return the target
   */
  public Target getTarget() {
    return target;
  }

  /**
   * Returns the results of the units that meet the target.
   *
   * @return the results met, in tree order
   */
  public List<TargetResult> getMet() {
    return met;
  }

  /**
   * Returns the results of the units the target applies to that do not meet it, with their status
   * and gap.
   *
   * @return the results not met, in tree order
   */
  public List<TargetResult> getNotMet() {
    return notMet;
  }

  /**
   * Returns the results of the units the target does not apply to; they count neither as met nor
   * as not met.
   *
   * @return the results {@link TargetStatus#NOT_APPLICABLE}, in tree order
   */
  public List<TargetResult> getNotApplicable() {
    return notApplicable;
  }

  /**
   * Returns the share of the units the target applies to that meet it.
   *
   * @return met of the applicable units, or empty if no unit of the level under the parent is
   *     applicable
   */
  public Optional<Share> getShare() {
    int total = met.size() + notMet.size();
    return total == 0 ? Optional.empty() : Optional.of(Share.of(met.size(), total));
  }

  /**
   * Returns a summary in English, such as "T4 for P1: 2 of 3 counties met (66.7 %); not met: P1C3
   * missed".
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return Reasons.rollUp(this);
  }
}
