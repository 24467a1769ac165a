package io.github.yilian.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A constraint: the year lies in {@link SupportedRange#MIN_YEAR} to {@link SupportedRange#MAX_YEAR}.
 *
 * <p>Put it on a model's {@code int} year accessor (or an {@code Integer}, {@code OptionalInt} is
 * not supported); a null is left to {@code @NotNull}.
 */
@Documented
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = SupportedYearValidator.class)
public @interface SupportedYear {

  /**
   * Returns the message template.
   *
   * @return the message template
   */
  String message() default "{io.github.yilian.common.SupportedYear.message}";

  /**
   * Returns the validation groups; Yilian validates the default group only.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload, unused by Yilian.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
