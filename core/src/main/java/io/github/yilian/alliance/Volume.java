package io.github.yilian.alliance;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * One unit's specialty volume in one year: outpatient visits, inpatient admissions and operations
 * (门诊量、住院量和手术量, seed 003, attachment item 11).
 *
 * <p>No count is negative. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class Volume {

  Volume() {}

  /**
   * Returns the outpatient visits.
   *
   * @return the count, 0 or more
   */
  @Value.Parameter
  @PositiveOrZero
  public abstract long getOutpatientVisits();

  /**
   * Returns the inpatient admissions.
   *
   * @return the count, 0 or more
   */
  @Value.Parameter
  @PositiveOrZero
  public abstract long getInpatientAdmissions();

  /**
   * Returns the operations.
   *
   * @return the count, 0 or more
   */
  @Value.Parameter
  @PositiveOrZero
  public abstract long getOperations();

  /**
   * Creates a volume.
   *
   * @param outpatientVisits outpatient visits, 0 or more
   * @param inpatientAdmissions inpatient admissions, 0 or more
   * @param operations operations, 0 or more
   * @return the volume
   * @throws jakarta.validation.ConstraintViolationException if a count is negative
   */
  public static Volume of(long outpatientVisits, long inpatientAdmissions, long operations) {
    return ImmutableVolume.of(outpatientVisits, inpatientAdmissions, operations);
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
