package io.github.yilian.excel;

import io.github.yilian.common.BilingualText;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a Bean Validation violation of a core model in Chinese and in English, whatever the JVM's
 * locale: the message template is looked up in core's bundles (and Hibernate Validator's for the
 * built-in constraints) for both languages and its parameters filled from the constraint's
 * attributes and the rule's own values. Where a parameter cannot be found, the message core
 * produced is used for both languages.
 */
final class ViolationText {

  private static final Pattern PARAMETER = Pattern.compile("\\{([^{}]+)}");
  private static final List<String> BUNDLES = List.of(
      "ContributorValidationMessages", "ValidationMessages", "org.hibernate.validator.ValidationMessages");
  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private ViolationText() {}

  static BilingualText of(ConstraintViolation<?> violation) {
    String fallback = violation.getMessage();
    Map<String, Object> parameters = new HashMap<>(violation.getConstraintDescriptor().getAttributes());
    parameters.putAll(dynamicParameters(violation));
    Optional<String> chinese = interpolate(violation.getMessageTemplate(), parameters, CHINESE);
    Optional<String> english = interpolate(violation.getMessageTemplate(), parameters, Locale.ROOT);
    return BilingualText.of(chinese.orElse(fallback), english.orElse(fallback));
  }

  /** The values a cross-field rule gave its message (Hibernate Validator keeps them on the violation). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> dynamicParameters(ConstraintViolation<?> violation) {
    try {
      Method method = violation.getClass().getMethod("getMessageParameters");
      Object value = method.invoke(violation);
      return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Map.of();
    }
  }

  private static Optional<String> interpolate(String template, Map<String, Object> parameters, Locale locale) {
    String text = template;
    for (int depth = 0; depth < 5; depth++) {
      Matcher m = PARAMETER.matcher(text);
      StringBuilder out = new StringBuilder();
      boolean changed = false;
      while (m.find()) {
        String name = m.group(1);
        Optional<String> replacement = Optional.ofNullable(parameters.get(name)).map(ViolationText::shown)
            .or(() -> lookup(name, locale));
        if (replacement.isEmpty()) {
          return Optional.empty();
        }
        m.appendReplacement(out, Matcher.quoteReplacement(replacement.get()));
        changed = true;
      }
      m.appendTail(out);
      text = out.toString();
      if (!changed) {
        return Optional.of(text);
      }
    }
    return Optional.of(text);
  }

  private static String shown(Object value) {
    return value instanceof Object[] array ? java.util.Arrays.toString(array) : String.valueOf(value);
  }

  private static Optional<String> lookup(String key, Locale locale) {
    List<String> suffixes = locale.getLanguage().equals("zh") ? List.of("_zh_CN", "_zh", "") : List.of("_en", "");
    for (String bundle : BUNDLES) {
      for (String suffix : suffixes) {
        String value = properties(bundle.replace('.', '/') + suffix + ".properties").getProperty(key);
        if (value != null) {
          return Optional.of(value);
        }
      }
    }
    return Optional.empty();
  }

  private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

  /** Reads a bundle's file as UTF-8 (as Java reads properties bundles since Java 9); empty if absent. */
  private static Properties properties(String resource) {
    return LOADED.computeIfAbsent(resource, name -> {
      Properties properties = new Properties();
      try (InputStream in = ViolationText.class.getClassLoader().getResourceAsStream(name)) {
        if (in != null) {
          properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException | IllegalArgumentException e) {
        properties.clear();
      }
      return properties;
    });
  }
}
