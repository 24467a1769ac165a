package io.github.yilian.county;

import io.github.yilian.common.ModelValidator;
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
   * @return the deadline
   */
  @Value.Parameter
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
   * @param deadline the deadline, not null
   * @param threshold the threshold, not null
   * @return the milestone
   */
  public static Milestone of(LocalDate deadline, Threshold threshold) {
    return ImmutableMilestone.of(deadline, threshold);
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
