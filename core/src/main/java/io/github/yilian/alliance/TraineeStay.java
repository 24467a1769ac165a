package io.github.yilian.alliance;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A member unit's staff member trained at the lead department (进修, 跟班学习, 短期学习; seed 003,
 * section 三(三) and attachment item 5). One person may come more than once; the rubric counts
 * persons. A stay counts in the assessment year it begins and may end in a later year (进修 often runs
 * November to April).
 *
 * <p>The period lies in 1900-01-01 to 2200-12-31. The person's id is pseudonymous and appears in no
 * {@code toString} and no message. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class TraineeStay implements CrossFieldRules {

  TraineeStay() {}

  /**
   * Returns the trainee's pseudonymous id; it is left out of {@link #toString()}.
   *
   * @return the person's id, not blank
   */
  @NotBlank
  @Value.Redacted
  public abstract String getPersonId();

  /**
   * Returns the id of the member unit that sent the trainee.
   *
   * @return the member unit's id, not blank
   */
  @NotBlank
  public abstract String getMemberUnitId();

  /**
   * Returns the kind of training.
   *
   * @return the kind
   */
  public abstract TrainingKind getKind();

  /**
   * Returns the days of the stay, both ends included.
   *
   * @return the period, inside 1900-01-01 to 2200-12-31
   */
  public abstract DateRange getPeriod();

  @Override
  public void checkCrossFields(Inconsistencies found) {
    if (!SupportedRange.isSupported(getPeriod().getStart()) || !SupportedRange.isSupported(getPeriod().getEnd())) {
      found.add("period", "{io.github.yilian.alliance.TraineeStay.periodUnsupported}", Map.of("period", getPeriod()));
    }
  }

  /**
   * Returns a builder for a stay.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks the constraints above in plain code; the validation engine runs only to report a violation. */
  @Value.Check
  void check() {
    ModelValidator.check(this, ModelValidator.isVisible(getPersonId()) && ModelValidator.isVisible(getMemberUnitId()) && ModelValidator.isConsistent(this));
  }

  /** Builds a {@link TraineeStay}; every attribute is required. */
  public static final class Builder extends ImmutableTraineeStay.Builder {
    Builder() {}
  }
}
