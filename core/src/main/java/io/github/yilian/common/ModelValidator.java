package io.github.yilian.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * The one Bean Validation engine every model runs when it is built.
 *
 * <p>Models call {@link #check(Object)} from their {@code @Value.Check} method, so a built instance
 * is always valid and calculators never validate again. A model built in a hot path checks its
 * constraints in plain code first and calls {@link #check(Object, boolean)}: the engine then runs
 * only for an invalid model, to report it with the same messages.
 *
 * <p><b>Messages.</b> Yilian's messages ship as {@code ContributorValidationMessages.properties}
 * (English) and {@code ContributorValidationMessages_zh.properties} (Chinese), Hibernate Validator's
 * bundle for libraries, so an application's own {@code ValidationMessages} keeps working and may
 * override any of Yilian's keys. A message is made in the {@linkplain Locale#getDefault() default
 * locale} of the moment the model is built: (simplified) Chinese for any {@code zh} locale
 * ({@code zh}, {@code zh_CN}, {@code zh_TW}, {@code zh_HK}), English for any other, Hibernate
 * Validator's messages of the built-in constraints included. {@link #violationsIn} and
 * {@link #messageIn} give the violations of a rejected model in a locale of the caller's choice. No
 * expression language is needed or evaluated: a built-in message written with one
 * ({@code @DecimalMax}'s, {@code @DecimalMin}'s) shows it as written, so models use {@code @Max},
 * {@code @Min} or a cross-field rule instead.
 *
 * <p><b>What a message shows.</b> The exception's message names the model's type, then each
 * violation's property path, its message and the invalid value, but only a simple value (a text, a
 * number, a date, an enum constant, a {@link Share}, a {@link DateRange}, or a collection of them,
 * its first ten elements and its size); never a model or any other object, and never the value of a
 * {@code @Value.Redacted} attribute (personal data). Texts are quoted, control characters escaped
 * and long texts cut.
 *
 * <p><b>Quiet.</b> Building the engine prints nothing: Hibernate Validator's start-up banner
 * ({@code HV000001}, through {@code java.util.logging} when the application has no other logging
 * framework) is held back while the engine starts; the logger's level is restored afterwards. An
 * application's {@code META-INF/validation.xml} does not configure this engine.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelValidator {

  /** The logger of Hibernate Validator's start-up banner, {@code HV000001}. */
  private static final String BANNER_LOGGER = "org.hibernate.validator.internal.util.Version";

  /** The most elements of a collection shown in a message. */
  private static final int SHOWN_ELEMENTS = 10;

  private static final YilianMessageInterpolator INTERPOLATOR = new YilianMessageInterpolator();

  private static final ValidatorFactory FACTORY = quietly(ModelValidator::factory);

  private static final Validator VALIDATOR = FACTORY.getValidator();

  private ModelValidator() {}

  private static ValidatorFactory factory() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure().ignoreXmlConfiguration();
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping
        .constraintDefinition(NotBlank.class)
        .includeExistingValidators(false)
        .validatedBy(VisibleTextValidator.class);
    return configuration.addMapping(mapping).messageInterpolator(INTERPOLATOR).buildValidatorFactory();
  }

  /**
   * Runs Hibernate Validator's bootstrap with its banner logger silenced, then restores the
   * logger's level, so that the application's logging is as it was.
   */
  static <T> T quietly(Supplier<T> bootstrap) {
    Logger banner = Logger.getLogger(BANNER_LOGGER);
    Level previous = banner.getLevel();
    try {
      banner.setLevel(Level.WARNING);
    } catch (SecurityException notAllowed) {
      return bootstrap.get();
    }
    try {
      return bootstrap.get();
    } finally {
      banner.setLevel(previous);
    }
  }

  /**
   * Validates a model against its Bean Validation constraints.
   *
   * @param <T> the model's type
   * @param model the model to validate, not null
   * @return the same model, valid
   * @throws ConstraintViolationException listing every violation (property path, message and, if
   *     it is a simple value, the invalid value) when the model breaks a constraint; messages are in
   *     the language of the default locale
   * @throws NullPointerException if {@code model} is null
   */
  public static <T> T check(T model) {
    Objects.requireNonNull(model, "model");
    Set<ConstraintViolation<T>> violations = VALIDATOR.validate(model);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(
          describe(model, violations, YilianMessageInterpolator.language(Locale.getDefault())),
          violations);
    }
    return model;
  }

  /**
   * Validates a model that has checked its constraints itself, in plain code: returns it at once if
   * {@code plainChecksPass}, and otherwise runs {@link #check(Object)}, which throws the exception,
   * with the messages, the engine has always given. A model built in a hot path (a text, a piece of
   * evidence) so pays no run of the engine when it is valid, and the engine stays the one source of
   * messages.
   *
   * <p>The plain checks ask exactly what the model's annotations ask: {@link #isVisible} for
   * {@code @NotBlank}, {@link SupportedRange#isSupported(java.time.LocalDate)} for
   * {@link SupportedDate @SupportedDate} (on each element of a collection, on an {@code Optional}'s
   * value), {@link SupportedRange#isSupportedYear} for {@link SupportedYear @SupportedYear}, plain
   * comparisons for {@code @Positive}, {@code @PositiveOrZero}, {@code @Max} and {@code @Size}, and
   * {@link #isConsistent} for {@link Consistent @Consistent}. They may be stricter than the
   * annotations, never looser: a model they reject that the engine finds valid is accepted.
   *
   * @param <T> the model's type
   * @param model the model, not null
   * @param plainChecksPass whether the model's plain checks found it valid
   * @return the same model, valid
   * @throws ConstraintViolationException as {@link #check(Object)} does, when the plain checks fail
   *     and the engine finds a violation
   * @throws NullPointerException if {@code model} is null
   */
  public static <T> T check(T model, boolean plainChecksPass) {
    Objects.requireNonNull(model, "model");
    return plainChecksPass ? model : check(model);
  }

  /**
   * Checks whether a text has a character a reader sees: the rule Yilian's models give
   * {@code @NotBlank}, for their plain checks ({@link #check(Object, boolean)}). White space and
   * space separators of every kind (such as the ideographic space {@code U+3000}), control and format
   * characters are not visible.
   *
   * @param text the text, not null
   * @return true if some character is visible
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isVisible(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return VisibleTextValidator.hasVisibleCharacter(text);
  }

  /**
   * Checks whether a model keeps its cross-field rules, for its plain checks
   * ({@link #check(Object, boolean)}): runs {@link CrossFieldRules#checkCrossFields} and reports
   * whether it added an inconsistency, without making any message.
   *
   * @param model the model, not null
   * @return true if the model adds no inconsistency
   * @throws NullPointerException if {@code model} is null
   */
  public static boolean isConsistent(CrossFieldRules model) {
    Objects.requireNonNull(model, "model");
    Inconsistencies probe = Inconsistencies.probe();
    model.checkCrossFields(probe);
    return probe.isEmpty();
  }

  /**
   * Returns the violations of the models an exception rejected, with messages in a chosen locale,
   * such as the locale of the user who entered the data.
   *
   * @param rejected the exception thrown when a model was built, not null
   * @param locale the reader's locale, not null; Chinese for any {@code zh} locale, English otherwise
   * @return the violations, as many as the exception holds, in the order of their paths
   * @throws NullPointerException if an argument is null
   */
  public static List<ConstraintViolation<Object>> violationsIn(
      ConstraintViolationException rejected, Locale locale) {
    Objects.requireNonNull(rejected, "rejected");
    Objects.requireNonNull(locale, "locale");
    Validator inLocale = FACTORY.usingContext().messageInterpolator(INTERPOLATOR.in(locale)).getValidator();
    List<ConstraintViolation<Object>> violations = new ArrayList<>();
    for (Object model : rejectedModels(rejected)) {
      violations.addAll(inLocale.validate(model));
    }
    violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
    return Collections.unmodifiableList(violations);
  }

  /**
   * Returns an exception's message in a chosen locale: the same text {@link #check(Object)} gives,
   * as if the model had been built under that locale.
   *
   * @param rejected the exception thrown when a model was built, not null
   * @param locale the reader's locale, not null; Chinese for any {@code zh} locale, English otherwise
   * @return the message, such as {@code "Finding 无效：ruleId 不能为空：\"\""}; the exception's own
   *     message if it holds no model to describe
   * @throws NullPointerException if an argument is null
   */
  public static String messageIn(ConstraintViolationException rejected, Locale locale) {
    List<ConstraintViolation<Object>> violations = violationsIn(rejected, locale);
    Set<Object> models = rejectedModels(rejected);
    if (models.isEmpty()) {
      return String.valueOf(rejected.getMessage());
    }
    Locale language = YilianMessageInterpolator.language(locale);
    return models.stream()
        .map(model -> describe(model, only(model, violations), language))
        .collect(Collectors.joining(YilianMessageInterpolator.isChinese(language) ? "；" : "; "));
  }

  private static Set<ConstraintViolation<Object>> only(
      Object model, List<ConstraintViolation<Object>> violations) {
    return violations.stream()
        .filter(v -> v.getRootBean() == model)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The models whose violations an exception holds, each once, in the order they appear. */
  private static Set<Object> rejectedModels(ConstraintViolationException rejected) {
    Set<Object> models = Collections.newSetFromMap(new IdentityHashMap<>());
    Optional.ofNullable(rejected.getConstraintViolations()).orElse(Set.of()).stream()
        .map(ConstraintViolation::getRootBean)
        .filter(Objects::nonNull)
        .forEach(models::add);
    return models;
  }

  private static String describe(
      Object model, Set<? extends ConstraintViolation<?>> violations, Locale language) {
    boolean chinese = YilianMessageInterpolator.isChinese(language);
    String type = model.getClass().getSimpleName().replaceFirst("^Immutable", "");
    return violations.stream()
        .map(v -> describe(v, chinese))
        .sorted(Comparator.naturalOrder())
        .collect(Collectors.joining(chinese ? "；" : "; ", type + (chinese ? " 无效：" : " is invalid: "), ""));
  }

  /**
   * Describes a violation: {@code "name must not be blank: \"\""} for a field's own constraint,
   * {@code "leader: leader e9 is not a member of team t1"} for a cross-field ({@link Consistent})
   * rule, whose message names its own values; the value is left out where it may not be shown.
   */
  private static String describe(ConstraintViolation<?> violation, boolean chinese) {
    String path = path(violation);
    String colon = chinese ? "：" : ": ";
    Object value = violation.getInvalidValue();
    if (value == violation.getRootBean() || value == violation.getLeafBean() && value != null) {
      return path.isEmpty() ? violation.getMessage() : path + colon + violation.getMessage();
    }
    Optional<String> shown = redacted(violation) ? Optional.empty() : simple(value, chinese);
    return path + " " + violation.getMessage() + shown.map(colon::concat).orElse("");
  }

  /** The property path, with map keys shown only if they are simple values of an attribute that may be shown. */
  private static String path(ConstraintViolation<?> violation) {
    Path path = violation.getPropertyPath();
    boolean hasKey = false;
    for (Path.Node node : path) {
      hasKey |= node.getKey() != null;
    }
    if (!hasKey) {
      return path.toString();
    }
    boolean redacted = redacted(violation);
    List<String> parts = new ArrayList<>();
    for (Path.Node node : path) {
      if (node.isInIterable() && !parts.isEmpty()) {
        Object key = node.getKey();
        String inner =
            node.getIndex() != null
                ? node.getIndex().toString()
                : key == null ? "" : redacted ? "…" : shownInList(key).orElse("…");
        parts.add(parts.remove(parts.size() - 1) + "[" + inner + "]");
      }
      if (node.getName() != null && !node.getName().isEmpty()) {
        parts.add(node.getName());
      }
    }
    return String.join(".", parts);
  }

  /** Whether the violated attribute, or the root attribute it lies under, is redacted. */
  private static boolean redacted(ConstraintViolation<?> violation) {
    String first = null;
    String last = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY) {
        first = first == null ? node.getName() : first;
        last = node.getName();
      }
    }
    Object root = violation.getRootBean();
    Object leaf = violation.getLeafBean();
    return first != null && root != null && RedactedAttributes.isRedacted(root.getClass(), first)
        || last != null && leaf != null && RedactedAttributes.isRedacted(leaf.getClass(), last);
  }

  /**
   * Shows a value if it is simple: a text (quoted), a number, a date, an enum constant, a share, a
   * range. A collection of simple values shows its first {@value #SHOWN_ELEMENTS} elements (texts
   * unquoted) and its size, {@code [a, b, … (5000 elements)]}; a collection of anything else only
   * its size, {@code 3 elements}.
   */
  static Optional<String> simple(Object value, boolean chinese) {
    if (value instanceof Collection<?> values) {
      List<String> shown = new ArrayList<>();
      for (Object element : values) {
        if (shown.size() == SHOWN_ELEMENTS) {
          shown.add("… " + elements(values.size(), chinese));
          break;
        }
        Optional<String> one = shownInList(element);
        if (one.isEmpty()) {
          return Optional.of(elements(values.size(), chinese));
        }
        shown.add(one.get());
      }
      return Optional.of(shown.toString());
    }
    return single(value);
  }

  /** Shows an element of a list or a key of a map: a text without quotes, else as {@link #single}. */
  private static Optional<String> shownInList(Object element) {
    return element instanceof CharSequence text ? Optional.of(Shown.inList(text)) : single(element);
  }

  private static String elements(int size, boolean chinese) {
    return chinese ? size + " 项" : size + (size == 1 ? " element" : " elements");
  }

  private static Optional<String> single(Object value) {
    if (value == null) {
      return Optional.of("null");
    }
    if (value instanceof CharSequence text) {
      return Optional.of(Shown.text(text));
    }
    if (value instanceof Character c) {
      return Optional.of(Shown.text(c.toString()));
    }
    if (value instanceof Enum<?> constant) {
      return Optional.of(constant.name());
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor
        || value instanceof TemporalAmount || value instanceof Share || value instanceof DateRange
        || value instanceof UUID) {
      return Optional.of(Shown.bounded(String.valueOf(value)));
    }
    return Optional.empty();
  }
}
