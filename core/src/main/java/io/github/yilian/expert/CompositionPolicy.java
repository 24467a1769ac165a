package io.github.yilian.expert;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;

/**
 * How teams must be composed: each team is made of experts from different sectors (每组由不同领域的专家组成,
 * seed 000, section 二(三)); the spec reads "different" as at least 2 sectors.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class CompositionPolicy {

  CompositionPolicy() {}

  /**
   * Returns the smallest number of different sectors among a team's members.
   *
   * @return the minimum, 1 or more
   */
  @Value.Parameter
  @Positive
  public abstract int getMinimumSectors();

  /**
   * Creates a composition policy.
   *
   * @param minimumSectors the smallest number of different sectors in a team, 1 or more
   * @return the policy
   * @throws jakarta.validation.ConstraintViolationException if {@code minimumSectors} is below 1
   */
  public static CompositionPolicy of(int minimumSectors) {
    return ImmutableCompositionPolicy.of(minimumSectors);
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
