package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * One line of a rubric (评价项目): an id, a name and the rule that scores it. Its maximum points are
 * the rule's.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class Criterion {

  Criterion() {}

  /**
   * Returns the criterion's id, unique in its rubric, such as {@code "outreach"}.
   *
   * @return the id, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /**
   * Returns the criterion's name.
   *
   * @return the name, such as 人员流动 / outreach
   */
  @Value.Parameter
  public abstract BilingualText getName();

  /**
   * Returns the rule that scores the criterion.
   *
   * @return the rule
   */
  @Value.Parameter
  public abstract Rule getRule();

  /**
   * Returns the most points the criterion can award, the rule's maximum.
   *
   * @return the maximum, positive
   */
  public int getMaxPoints() {
    return getRule().maxPoints();
  }

  /**
   * Creates a criterion.
   *
   * @param id the id, unique in its rubric, not blank
   * @param name the name
   * @param rule the rule that scores it
   * @return the criterion
   * @throws jakarta.validation.ConstraintViolationException if the id is blank
   */
  public static Criterion of(String id, BilingualText name, Rule rule) {
    return ImmutableCriterion.of(id, name, rule);
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
