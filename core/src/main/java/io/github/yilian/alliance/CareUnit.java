package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A department of one hospital taking part in an alliance: the lead department or a member unit,
 * such as the neurosurgery department of Haikou People's Hospital (seed 003, section 四).
 *
 * <p>Evidence names units by their id. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class CareUnit {

  CareUnit() {}

  /**
   * Returns the unit's id, which evidence uses to name it.
   *
   * @return the id, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /**
   * Returns the hospital's name.
   *
   * @return the hospital, such as 海口市人民医院 / Haikou People's Hospital
   */
  @Value.Parameter
  public abstract BilingualText getHospital();

  /**
   * Returns the department's name.
   *
   * @return the department, such as 神经外科 / neurosurgery
   */
  @Value.Parameter
  public abstract BilingualText getDepartment();

  /**
   * Creates a unit.
   *
   * @param id the id evidence names the unit by, not blank
   * @param hospital the hospital's name
   * @param department the department's name
   * @return the unit
   * @throws jakarta.validation.ConstraintViolationException if the id is blank
   */
  public static CareUnit of(String id, BilingualText hospital, BilingualText department) {
    return ImmutableCareUnit.of(id, hospital, department);
  }

  /** Checks the constraints above in plain code; the validation engine runs only to report a violation. */
  @Value.Check
  void check() {
    ModelValidator.check(this, ModelValidator.isVisible(getId()));
  }
}
