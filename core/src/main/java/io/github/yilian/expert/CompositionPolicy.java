package io.github.yilian.expert;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How teams must be composed: each team is made of experts from different 领域 (每组由不同领域的专家组成,
 * seed 000, section 二(三)). The spec reads "different" as at least 2, and 领域 as sectors by default;
 * {@link TeamMix} reads it as fields of expertise, or as both.
 *
 * <p>The minimum is 1 to 6 (there are 6 sectors), and at most 5 when fields are counted (there are 5
 * fields of expertise), so that a well-composed team can always meet it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class CompositionPolicy implements CrossFieldRules {

  CompositionPolicy() {}

  /**
   * Returns the smallest number of different sectors (or fields of expertise, by the reading) among
   * a team's members.
   *
   * @return the minimum, 1 to 6
   */
  @Positive
  @Max(6)
  public abstract int getMinimum();

  /**
   * Returns how 领域 is read: sectors ({@link #of(int)}), fields of expertise, or both.
   *
   * @return the reading
   */
  public abstract TeamMix getMix();

  /**
   * Creates a composition policy that counts sectors.
   *
   * @param minimum the smallest number of different sectors in a team, 1 to 6
   * @return the policy
   * @throws jakarta.validation.ConstraintViolationException if {@code minimum} is outside 1 to 6
   */
  public static CompositionPolicy of(int minimum) {
    return of(minimum, TeamMix.SECTORS);
  }

  /**
   * Creates a composition policy with a reading of 领域.
   *
   * @param minimum the smallest number of different sectors or fields in a team, 1 to 6 (1 to 5 if
   *     fields are counted)
   * @param mix how 领域 is read, not null
   * @return the policy
   * @throws jakarta.validation.ConstraintViolationException if {@code minimum} is out of range
   * @throws NullPointerException if {@code mix} is null
   */
  public static CompositionPolicy of(int minimum, TeamMix mix) {
    Objects.requireNonNull(mix, "mix");
    return ImmutableCompositionPolicy.builder().minimum(minimum).mix(mix).build();
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    if (getMix().countsFields() && getMinimum() > Expertise.values().length) {
      found.add("minimum", "{io.github.yilian.expert.CompositionPolicy.minimumAboveFields}", Map.of("minimum", getMinimum()));
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /**
   * Returns the policy in short form, such as {@code "CompositionPolicy[at least 2 SECTORS]"}.
   *
   * @return the minimum and the reading
   */
  @Override
  public String toString() {
    return "CompositionPolicy[at least " + getMinimum() + " " + getMix() + "]";
  }
}
