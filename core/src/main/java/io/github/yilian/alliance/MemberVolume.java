package io.github.yilian.alliance;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A member unit's specialty volume in the assessment year and in the year before (seed 003,
 * attachment item 11: 与前一年度进行对比). A previous-year figure of 0 is valid: the growth criterion
 * then has no base for it.
 *
 * <p>The unit keeps the same measures in both years (a measure it does not keep has no figure in
 * either). This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class MemberVolume implements CrossFieldRules {

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
   * Checks whether the unit keeps a figure for a measure (in both years).
   *
   * @param measure the measure, not null
   * @return true if the unit keeps it
   * @throws NullPointerException if {@code measure} is null
   */
  public boolean keeps(VolumeMeasure measure) {
    return getThisYear().keeps(measure);
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    for (VolumeMeasure measure : VolumeMeasure.values()) {
      if (getPreviousYear().keeps(measure) != getThisYear().keeps(measure)) {
        found.add("thisYear", "{io.github.yilian.alliance.MemberVolume.measuresDiffer}", Map.of("unit", getMemberUnitId()));
        return;
      }
    }
  }

  /**
   * Creates a member unit's volumes.
   *
   * @param memberUnitId the id of the member unit, not blank
   * @param previousYear the volume in the year before
   * @param thisYear the volume in the assessment year, keeping the same measures
   * @return the volumes
   * @throws jakarta.validation.ConstraintViolationException if the id is blank or the two years keep
   *     different measures
   * @throws NullPointerException if an argument is null
   */
  public static MemberVolume of(String memberUnitId, Volume previousYear, Volume thisYear) {
    return ImmutableMemberVolume.of(memberUnitId, previousYear, thisYear);
  }

  /** Checks the constraints above in plain code; the validation engine runs only to report a violation. */
  @Value.Check
  void check() {
    ModelValidator.check(this, ModelValidator.isVisible(getMemberUnitId()) && ModelValidator.isConsistent(this));
  }
}
