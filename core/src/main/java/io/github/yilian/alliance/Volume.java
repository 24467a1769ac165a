package io.github.yilian.alliance;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One unit's specialty volume in one year: outpatient visits, inpatient admissions and operations
 * (门诊量、住院量和手术量, seed 003, attachment item 11).
 *
 * <p>A measure the unit does not keep has no figure, which is not a figure of 0: a rehabilitation
 * department that operates on no one records no operations ({@code Volume.builder()
 * .outpatientVisits(8_000).inpatientAdmissions(600).build()}). Every figure is from 0 to
 * {@link SupportedRange#MAX_COUNT}, and at least one measure has a figure. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class Volume implements CrossFieldRules {

  Volume() {}

  /**
   * Returns the outpatient visits.
   *
   * @return the count, from 0 to {@link SupportedRange#MAX_COUNT}; empty if the unit keeps no figure
   */
  @PositiveOrZero
  @Max(SupportedRange.MAX_COUNT)
  public abstract OptionalLong getOutpatientVisits();

  /**
   * Returns the inpatient admissions.
   *
   * @return the count, from 0 to {@link SupportedRange#MAX_COUNT}; empty if the unit keeps no figure
   */
  @PositiveOrZero
  @Max(SupportedRange.MAX_COUNT)
  public abstract OptionalLong getInpatientAdmissions();

  /**
   * Returns the operations.
   *
   * @return the count, from 0 to {@link SupportedRange#MAX_COUNT}; empty if the unit keeps no figure
   */
  @PositiveOrZero
  @Max(SupportedRange.MAX_COUNT)
  public abstract OptionalLong getOperations();

  /**
   * Returns the figure of one measure.
   *
   * @param measure the measure, not null
   * @return the count; empty if the unit keeps no figure for it
   * @throws NullPointerException if {@code measure} is null
   */
  public OptionalLong get(VolumeMeasure measure) {
    Objects.requireNonNull(measure, "measure");
    return switch (measure) {
      case OUTPATIENT_VISITS -> getOutpatientVisits();
      case INPATIENT_ADMISSIONS -> getInpatientAdmissions();
      case OPERATIONS -> getOperations();
    };
  }

  /**
   * Checks whether the unit keeps a figure for a measure.
   *
   * @param measure the measure, not null
   * @return true if {@link #get(VolumeMeasure)} has a figure
   * @throws NullPointerException if {@code measure} is null
   */
  public boolean keeps(VolumeMeasure measure) {
    return get(measure).isPresent();
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    if (getOutpatientVisits().isEmpty() && getInpatientAdmissions().isEmpty() && getOperations().isEmpty()) {
      found.add("operations", "{io.github.yilian.alliance.Volume.noMeasure}");
    }
  }

  /**
   * Creates a volume with a figure for each of the three measures.
   *
   * @param outpatientVisits outpatient visits, from 0 to {@link SupportedRange#MAX_COUNT}
   * @param inpatientAdmissions inpatient admissions, from 0 to {@link SupportedRange#MAX_COUNT}
   * @param operations operations, from 0 to {@link SupportedRange#MAX_COUNT}
   * @return the volume
   * @throws jakarta.validation.ConstraintViolationException if a count is negative or above
   *     {@link SupportedRange#MAX_COUNT}
   */
  public static Volume of(long outpatientVisits, long inpatientAdmissions, long operations) {
    return builder().outpatientVisits(outpatientVisits).inpatientAdmissions(inpatientAdmissions).operations(operations).build();
  }

  /**
   * Returns a builder for a volume; a measure left unset is one the unit does not keep.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The sum of the figures kept, at most 3 × {@code SupportedRange.MAX_COUNT}: made when the volume is,
   * so that pooling a record's volumes reads no boxed figure.
   */
  @Value.Derived
  @Value.Auxiliary
  long keptSum() {
    return getOutpatientVisits().orElse(0) + getInpatientAdmissions().orElse(0) + getOperations().orElse(0);
  }

  /** Checks the constraints above in plain code; the validation engine runs only to report a violation. */
  @Value.Check
  void check() {
    ModelValidator.check(this, isCount(getOutpatientVisits()) && isCount(getInpatientAdmissions()) && isCount(getOperations())
        && ModelValidator.isConsistent(this));
  }

  /** {@code @PositiveOrZero @Max(MAX_COUNT)} on a figure, if the unit keeps it. */
  private static boolean isCount(OptionalLong figure) {
    return figure.isEmpty() || figure.getAsLong() >= 0 && figure.getAsLong() <= SupportedRange.MAX_COUNT;
  }

  /** Builds a {@link Volume}; set at least one measure. */
  public static final class Builder extends ImmutableVolume.Builder {
    Builder() {}
  }
}
