package io.github.yilian.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Enforces {@link Consistent}: asks the model for its {@link CrossFieldRules cross-field}
 * inconsistencies and reports each as a violation.
 *
 * <p>Hibernate Validator creates and calls it; users do not.
 */
public final class ConsistentValidator implements ConstraintValidator<Consistent, CrossFieldRules> {

  /** Creates the validator; called by Hibernate Validator. */
  public ConsistentValidator() {}

  @Override
  public boolean isValid(CrossFieldRules model, ConstraintValidatorContext context) {
    if (model == null) {
      return true;
    }
    Inconsistencies inconsistencies = new Inconsistencies(context);
    model.checkCrossFields(inconsistencies);
    return inconsistencies.isEmpty();
  }
}
