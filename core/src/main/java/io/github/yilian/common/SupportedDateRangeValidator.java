package io.github.yilian.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Enforces {@link SupportedDate} on a {@link DateRange}: both its start and its end are supported
 * dates.
 *
 * <p>Hibernate Validator creates and calls it; users do not.
 */
public final class SupportedDateRangeValidator
    implements ConstraintValidator<SupportedDate, DateRange> {

  private static final String MESSAGE = "{io.github.yilian.common.SupportedDate.range}";

  private static final String DATE_MESSAGE = "{io.github.yilian.common.SupportedDate.message}";

  /** Whether the annotation keeps its default message, which speaks of one date. */
  private boolean defaultMessage = true;

  /** Creates the validator; called by Hibernate Validator. */
  public SupportedDateRangeValidator() {}

  @Override
  public void initialize(SupportedDate annotation) {
    defaultMessage = DATE_MESSAGE.equals(annotation.message());
  }

  @Override
  public boolean isValid(DateRange range, ConstraintValidatorContext context) {
    if (range == null
        || SupportedRange.isSupported(range.getStart()) && SupportedRange.isSupported(range.getEnd())) {
      return true;
    }
    if (!defaultMessage) {
      return false;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(MESSAGE).addConstraintViolation();
    return false;
  }
}
