package io.github.yilian.county;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One recorded step of an annual evaluation: from which stage to which, who took it for which unit,
 * when, and why (a return for correction always says why).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@SuppressWarnings("exports")
public abstract class Transition {

  Transition() {}

  /**
   * Returns the stage before.
   *
   * @return the stage left
   */
  public abstract EvaluationStage getFromStage();

  /**
   * Returns the stage after.
   *
   * @return the stage entered
   */
  public abstract EvaluationStage getToStage();

  /**
   * Returns the id of the unit that acted: the county, its prefecture or the region.
   *
   * @return the acting unit's id, not blank
   */
  @NotBlank
  public abstract String getUnitId();

  /**
   * Returns who acted for the unit.
   *
   * @return the person's name, not blank
   */
  @NotBlank
  public abstract String getActor();

  /**
   * Returns the day of the step.
   *
   * @return the date, a supported date
   */
  @SupportedDate
  public abstract LocalDate getDate();

  /**
   * Returns why: the reason for a return, or a note.
   *
   * @return the reason, or empty
   */
  public abstract Optional<String> getReason();

  /**
   * Tells whether the step went back one stage for correction.
   *
   * @return true for a return
   */
  public boolean isReturn() {
    return getToStage().compareTo(getFromStage()) < 0;
  }

  /**
   * Returns a builder for a transition.
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

  /** Builds a {@link Transition}; the reason is optional. */
  public static final class Builder extends ImmutableTransition.Builder {
    Builder() {}
  }
}
