package io.github.yilian.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Enforces {@link SupportedYear}.
 *
 * <p>Hibernate Validator creates and calls it; users do not.
 */
public final class SupportedYearValidator implements ConstraintValidator<SupportedYear, Integer> {

  /** Creates the validator; called by Hibernate Validator. */
  public SupportedYearValidator() {}

  @Override
  public boolean isValid(Integer year, ConstraintValidatorContext context) {
    return year == null || SupportedRange.isSupportedYear(year);
  }
}
