package io.github.yilian.county;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.YilianStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One deadline of a target and the threshold to reach by it ("≥ 50 % by 2023-12-31"); a fact dated
 * on the deadline counts for it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@SuppressWarnings("exports")
public abstract class Milestone {

  Milestone() {}

  /**
   * Returns the deadline, the last day included.
   *
   * @return the deadline, a supported date
   */
  @Value.Parameter
  @SupportedDate
  public abstract LocalDate getDeadline();

  /**
   * Returns the threshold to reach by the deadline.
   *
   * @return the threshold
   */
  @Value.Parameter
  public abstract Threshold getThreshold();

  /**
   * Creates a milestone.
   *
   * @param deadline the deadline, from 1900-01-01 to 2200-12-31
   * @param threshold the threshold, not null
   * @return the milestone
   * @throws jakarta.validation.ConstraintViolationException if the deadline is outside the supported
   *     dates
   * @throws NullPointerException if an argument is null
   */
  public static Milestone of(LocalDate deadline, Threshold threshold) {
    return ImmutableMilestone.of(deadline, threshold);
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
