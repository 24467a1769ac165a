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
 * A constraint: the date lies in {@link SupportedRange#MIN_DATE} to {@link SupportedRange#MAX_DATE}.
 *
 * <p>Put it on a model's {@code LocalDate} or {@link DateRange} accessor (a range's start and end
 * are both checked), or on the element type of a collection ({@code List<@SupportedDate
 * LocalDate>}); an {@code Optional<LocalDate>} accessor is checked when present. A null date is
 * left to {@code @NotNull}.
 */
@Documented
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = {SupportedDateValidator.class, SupportedDateRangeValidator.class})
public @interface SupportedDate {

  /**
   * Returns the message template.
   *
   * @return the message template
   */
  String message() default "{io.github.yilian.common.SupportedDate.message}";

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
