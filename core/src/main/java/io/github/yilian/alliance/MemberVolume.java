package io.github.yilian.alliance;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A member unit's specialty volume in the assessment year and in the year before (seed 003,
 * attachment item 11: 与前一年度进行对比). A previous-year volume of 0 is valid: the growth criterion
 * then has no base.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class MemberVolume {

  MemberVolume() {}

  /**
   * Returns the id of the member unit.
   *
   * @return the member unit's id, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getMemberUnitId();

  /**
   * Returns the volume in the year before the assessment year.
   *
   * @return the previous year's volume
   */
  @Value.Parameter
  public abstract Volume getPreviousYear();

  /**
   * Returns the volume in the assessment year.
   *
   * @return this year's volume
   */
  @Value.Parameter
  public abstract Volume getThisYear();

  /**
   * Creates a member unit's volumes.
   *
   * @param memberUnitId the id of the member unit, not blank
   * @param previousYear the volume in the year before
   * @param thisYear the volume in the assessment year
   * @return the volumes
   * @throws jakarta.validation.ConstraintViolationException if the id is blank
   */
  public static MemberVolume of(String memberUnitId, Volume previousYear, Volume thisYear) {
    return ImmutableMemberVolume.of(memberUnitId, previousYear, thisYear);
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
