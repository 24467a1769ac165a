package io.github.yilian.expert;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A liaison (联络员): a member of the liaison group, an official of a province's health commission
 * who supports the expert team in that province (seed 000, section 三). A province may have several.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class Liaison {

  Liaison() {}

  /**
   * Returns the province the liaison works for (所属省份).
   *
   * @return the province
   */
  @Value.Parameter
  public abstract Province getProvince();

  /**
   * Returns the liaison's name.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getName();

  /**
   * Returns the office the liaison works in, such as the province's medical administration division.
   *
   * @return the office, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getOffice();

  /**
   * Creates a liaison.
   *
   * @param province the province the liaison works for, not null
   * @param name the liaison's name, not blank
   * @param office the office the liaison works in, not blank
   * @return the liaison
   * @throws jakarta.validation.ConstraintViolationException if either text is blank
   * @throws NullPointerException if an argument is null
   */
  public static Liaison of(Province province, String name, String office) {
    return ImmutableLiaison.of(province, name, office);
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
