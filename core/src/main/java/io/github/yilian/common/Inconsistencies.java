package io.github.yilian.common;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.Objects;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Collects the cross-field rules a model breaks, each as a Bean Validation violation on a named
 * field, while the model is validated by {@link ConsistentValidator}.
 *
 * <p>A message template is a key of {@code ValidationMessages.properties} in braces, such as
 * {@code "{io.github.yilian.alliance.AssessmentRecord.dateOutsideYear}"}, whose text names the bad
 * value through parameters: {@code date {date} is outside the assessment year {year}}.
 *
 * <p>An instance lives only during one validation and is not thread-safe.
 */
public final class Inconsistencies {

  private final HibernateConstraintValidatorContext context;
  private boolean empty = true;

  Inconsistencies(ConstraintValidatorContext context) {
    this.context = context.unwrap(HibernateConstraintValidatorContext.class);
    this.context.disableDefaultConstraintViolation();
  }

  /**
   * Adds an inconsistency whose message needs no parameters.
   *
   * @param field the name of the field that holds the bad value, not null
   * @param messageTemplate the message template, not null
   */
  public void add(String field, String messageTemplate) {
    add(field, messageTemplate, Map.of());
  }

  /**
   * Adds an inconsistency whose message names the bad value and whatever else explains it.
   *
   * @param field the name of the field that holds the bad value, not null
   * @param messageTemplate the message template, not null
   * @param parameters the values the template refers to by name, not null
   */
  public void add(String field, String messageTemplate, Map<String, ?> parameters) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(messageTemplate, "messageTemplate");
    parameters.forEach(context::addMessageParameter);
    context
        .buildConstraintViolationWithTemplate(messageTemplate)
        .addPropertyNode(field)
        .addConstraintViolation();
    empty = false;
  }

  boolean isEmpty() {
    return empty;
  }
}
