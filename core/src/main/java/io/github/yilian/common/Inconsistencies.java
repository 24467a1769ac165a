package io.github.yilian.common;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.Objects;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;
import org.jspecify.annotations.Nullable;

/**
 * Collects the cross-field rules a model breaks, each as a Bean Validation violation on a named
 * field, while the model is validated by {@link ConsistentValidator}.
 *
 * <p>A message template is a key of {@code ContributorValidationMessages.properties} (English) and
 * {@code ContributorValidationMessages_zh.properties} (Chinese) in braces, such as
 * {@code "{io.github.yilian.alliance.AssessmentRecord.dateOutsideYear}"}, whose text names the bad
 * value through parameters: {@code date {date} is outside the assessment year {year}}. Pass the
 * values themselves: a {@link BilingualText} is shown in the message's language, a {@link Named}
 * value (an enum constant of the library) by its Chinese name in Chinese and its constant name in
 * English, a collection as its elements ({@code [a, b]} in English, {@code a、b} in Chinese); other values by {@code toString()}, inserted as they
 * are (braces in an id are not read as parameters). Never pass
 * personal data (a patient's or trainee's id, a phone or ID number) as a parameter.
 *
 * <p>An instance lives only during one validation and is not thread-safe.
 */
public final class Inconsistencies {

  /** The validation's context; null for a probe, which only notes whether anything was added. */
  private final @Nullable HibernateConstraintValidatorContext context;
  private boolean empty = true;

  Inconsistencies(ConstraintValidatorContext context) {
    this.context = context.unwrap(HibernateConstraintValidatorContext.class);
    this.context.disableDefaultConstraintViolation();
  }

  private Inconsistencies() {
    this.context = null;
  }

  /** An instance that makes no violation: {@link ModelValidator#isConsistent} asks it whether any was added. */
  static Inconsistencies probe() {
    return new Inconsistencies();
  }

  /**
   * Adds an inconsistency whose message needs no parameters.
   *
   * @param field the name of the field that holds the bad value, not null
   * @param messageTemplate the message template, not null
   * @throws NullPointerException if an argument is null
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
   * @throws NullPointerException if an argument is null
   */
  public void add(String field, String messageTemplate, Map<String, ?> parameters) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(messageTemplate, "messageTemplate");
    Objects.requireNonNull(parameters, "parameters");
    empty = false;
    HibernateConstraintValidatorContext context = this.context;
    if (context == null) {
      return;
    }
    // unescaped: Yilian's interpolator shows a Named value in the message's language and escapes
    // every value itself, so that braces or dollar signs in an id are shown as they are
    parameters.forEach((name, value) -> context.addMessageParameter(name, value, MessageParameterEscaping.NONE));
    context
        .buildConstraintViolationWithTemplate(messageTemplate)
        .addPropertyNode(field)
        .addConstraintViolation();
  }

  boolean isEmpty() {
    return empty;
  }
}
