package io.github.yilian.alliance;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A member unit's staff member trained at the lead department (进修, 跟班学习, 短期学习; seed 003,
 * section 三(三) and attachment item 5). One person may come more than once; the rubric counts
 * persons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class TraineeStay {

  TraineeStay() {}

  /**
   * Returns the trainee's id, pseudonymous.
   *
   * @return the person's id, not blank
   */
  @NotBlank
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
   * @return the period
   */
  public abstract DateRange getPeriod();

  /**
   * Returns a builder for a stay.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link TraineeStay}; every attribute is required. */
  public static final class Builder extends ImmutableTraineeStay.Builder {
    Builder() {}
  }
}
