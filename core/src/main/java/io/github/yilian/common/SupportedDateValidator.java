package io.github.yilian.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/**
 * Enforces {@link SupportedDate}.
 *
 * <p>Hibernate Validator creates and calls it; users do not.
 */
public final class SupportedDateValidator implements ConstraintValidator<SupportedDate, LocalDate> {

  /** Creates the validator; called by Hibernate Validator. */
  public SupportedDateValidator() {}

  @Override
  public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
    return date == null || SupportedRange.isSupported(date);
  }
}
