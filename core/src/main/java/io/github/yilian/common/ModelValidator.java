package io.github.yilian.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one Bean Validation engine every model runs when it is built.
 *
 * <p>Models call {@link #check(Object)} from their {@code @Value.Check} method, so a built instance
 * is always valid and calculators never validate again. Messages come from
 * {@code ValidationMessages.properties} (English) and {@code ValidationMessages_zh_CN.properties}
 * (Chinese), chosen by the default locale; no expression language is needed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelValidator {

  private static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  private ModelValidator() {}

  /**
   * Validates a model against its Bean Validation constraints.
   *
   * @param <T> the model's type
   * @param model the model to validate, not null
   * @return the same model, valid
   * @throws ConstraintViolationException listing every violation (property path, invalid value,
   *     message) when the model breaks a constraint
   */
  public static <T> T check(T model) {
    Objects.requireNonNull(model, "model");
    Set<ConstraintViolation<T>> violations = VALIDATOR.validate(model);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(describe(model, violations), violations);
    }
    return model;
  }

  private static String describe(Object model, Set<? extends ConstraintViolation<?>> violations) {
    String type = model.getClass().getSimpleName().replaceFirst("^Immutable", "");
    return violations.stream()
        .map(ModelValidator::describe)
        .sorted(Comparator.naturalOrder())
        .collect(Collectors.joining("; ", type + " is invalid: ", ""));
  }

  /**
   * Describes a violation: {@code "name must not be blank: \"\""} for a field's own constraint,
   * {@code "leader: leader e9 is not a member of team t1"} for a cross-field ({@link Consistent})
   * rule, whose message names its own values (the whole model is not shown).
   */
  private static String describe(ConstraintViolation<?> violation) {
    Object value = violation.getInvalidValue();
    return value == violation.getRootBean()
        ? violation.getPropertyPath() + ": " + violation.getMessage()
        : violation.getPropertyPath() + " " + violation.getMessage() + ": " + shown(value);
  }

  private static String shown(Object value) {
    return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
  }
}
