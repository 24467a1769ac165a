package io.github.yilian.pilot;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A national public-hospital reform pilot city (国家联系试点城市), the unit that leads, joins or
 * hosts a collaboration group's activities (seed 001, 二(二)).
 *
 * <p>A city is known by its name, which is also its id. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class PilotCity implements Comparable<PilotCity> {

  PilotCity() {}

  /**
   * Returns the city's name, also its id.
   *
   * @return the name, such as "镇江市", not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getName();

  /**
   * Returns the province the city lies in.
   *
   * @return the province, such as "江苏省", not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getProvince();

  /**
   * Creates a pilot city.
   *
   * @param name the city's name, not blank
   * @param province the province, not blank
   * @return the city
   * @throws jakarta.validation.ConstraintViolationException if either is blank
   */
  public static PilotCity of(String name, String province) {
    return ImmutablePilotCity.of(name, province);
  }

  /**
   * Orders cities by name, then province.
   *
   * @param other the other city, not null
   * @return negative, zero or positive
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(PilotCity other) {
    Objects.requireNonNull(other, "other");
    int byName = getName().compareTo(other.getName());
    return byName != 0 ? byName : getProvince().compareTo(other.getProvince());
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /**
   * Returns the name and province.
   *
   * @return {@code "镇江市 (江苏省)"}
   */
  @Override
  public String toString() {
    return getName() + " (" + getProvince() + ")";
  }
}
