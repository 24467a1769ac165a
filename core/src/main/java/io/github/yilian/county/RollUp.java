package io.github.yilian.county;

import io.github.yilian.common.Share;
import java.util.List;
import java.util.Optional;

/**
 * One target rolled up for a prefecture or the region: the results of the units of the target's
 * level under it, split into those that meet the target and those that do not.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RollUp {

  private final Unit parent;
  private final Target target;
  private final List<TargetResult> met;
  private final List<TargetResult> notMet;

  private RollUp(Unit parent, Target target, List<TargetResult> met, List<TargetResult> notMet) {
    this.parent = parent;
    this.target = target;
    this.met = met;
    this.notMet = notMet;
  }

  static RollUp of(Unit parent, Target target, List<TargetResult> results) {
    return new RollUp(parent, target,
        results.stream().filter(r -> r.getStatus().isMet()).toList(),
        results.stream().filter(r -> !r.getStatus().isMet()).toList());
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
   * Returns the results of the units that do not meet the target, with their status and gap.
   *
   * @return the results not met, in tree order
   */
  public List<TargetResult> getNotMet() {
    return notMet;
  }

  /**
   * Returns the share of the units that meet the target.
   *
   * @return met of all units, or empty if there is no unit of the level under the parent
   */
  public Optional<Share> getShare() {
    int total = met.size() + notMet.size();
    return total == 0 ? Optional.empty() : Optional.of(Share.of(met.size(), total));
  }
}
