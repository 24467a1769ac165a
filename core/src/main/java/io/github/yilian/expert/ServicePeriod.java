package io.github.yilian.expert;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.YilianStyle;
import org.immutables.value.Value;

/**
 * One stretch of an expert's service in one team and one role, both ends included; a move, a change
 * of leader or the end of service starts a new one.
 *
 * <p>Computed by {@link AdjustmentLog}; users read it. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class ServicePeriod {

  ServicePeriod() {}

  /**
   * Returns the team served in.
   *
   * @return the team's id
   */
  @Value.Parameter
  public abstract String getTeam();

  /**
   * Returns the role held.
   *
   * @return the role
   */
  @Value.Parameter
  public abstract Role getRole();

  /**
   * Returns the days served, both ends included.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract DateRange getPeriod();

  static ServicePeriod of(String team, Role role, DateRange period) {
    return ImmutableServicePeriod.of(team, role, period);
  }

  /**
   * Returns the period in short form, such as {@code "t1 LEADER 2022-01-01/2023-06-30"}.
   *
   * @return the team, role and period
   */
  @Override
  public String toString() {
    return getTeam() + " " + getRole() + " " + getPeriod();
  }
}
