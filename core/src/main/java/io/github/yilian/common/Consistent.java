package io.github.yilian.common;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A class-level constraint: the model's rules that span several fields hold (an end after a start,
 * a date inside the year, a member that belongs to the alliance).
 *
 * <p>Put it on a model that implements {@link CrossFieldRules}; when the model is built,
 * {@link ConsistentValidator} asks it for its inconsistencies and reports each one as its own
 * violation, on the field it names, with a message that carries the bad value.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ConsistentValidator.class)
public @interface Consistent {

  /**
   * Returns the message used only if a model reports no message of its own.
   *
   * @return the message template
   */
  String message() default "{io.github.yilian.common.Consistent.message}";

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
