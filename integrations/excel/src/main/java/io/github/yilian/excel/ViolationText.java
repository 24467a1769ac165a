package io.github.yilian.excel;

import io.github.yilian.common.BilingualText;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * locale: the message template is looked up in core's bundles (or, for Bean Validation's built-in
 * constraints, in a table of this class) for both languages and its parameters filled from the
 * constraint's attributes and from the message core produced (a cross-field rule's own values are
 * read back from it by matching it against the template of its language). Where a parameter cannot
 * be found, the message core produced is used for both languages.
 */
final class ViolationText {

  private static final Pattern PARAMETER = Pattern.compile("\\{([^{}]+)}");
  private static final List<String> BUNDLES = List.of("ContributorValidationMessages", "ValidationMessages");
  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  /** Bean Validation's built-in messages that core's models use: Chinese, English. */
  private static final Map<String, String[]> BUILT_IN = Map.of(
      "jakarta.validation.constraints.NotBlank.message", new String[] {"不能为空", "must not be blank"},
      "jakarta.validation.constraints.NotEmpty.message", new String[] {"不能为空", "must not be empty"},
      "jakarta.validation.constraints.NotNull.message", new String[] {"不能为空", "must not be null"},
      "jakarta.validation.constraints.Positive.message", new String[] {"必须是正数", "must be greater than 0"},
      "jakarta.validation.constraints.PositiveOrZero.message", new String[] {"必须是正数或零", "must be greater than or equal to 0"},
      "jakarta.validation.constraints.Max.message", new String[] {"最大不能超过{value}", "must be less than or equal to {value}"},
      "jakarta.validation.constraints.Min.message", new String[] {"最小不能小于{value}", "must be greater than or equal to {value}"},
      "jakarta.validation.constraints.Size.message", new String[] {"个数必须在{min}和{max}之间", "size must be between {min} and {max}"},
      "jakarta.validation.constraints.Pattern.message", new String[] {"需要匹配正则表达式\"{regexp}\"", "must match \"{regexp}\""});

  private ViolationText() {}

  static BilingualText of(ConstraintViolation<?> violation) {
    String message = violation.getMessage();
    String template = violation.getMessageTemplate();
    Map<String, Object> parameters = new HashMap<>(violation.getConstraintDescriptor().getAttributes());
    for (Locale locale : List.of(Locale.ROOT, CHINESE)) {
      raw(template, locale).ifPresent(text -> parameters.putAll(readBack(text, message)));
    }
    Optional<String> chinese = interpolate(template, parameters, CHINESE);
    Optional<String> english = interpolate(template, parameters, Locale.ROOT);
    return BilingualText.of(chinese.orElse(message), english.orElse(message));
  }

  /** The text of a template that is a single key, in a language, before its parameters are filled. */
  private static Optional<String> raw(String template, Locale locale) {
    Matcher m = PARAMETER.matcher(template);
    return m.matches() ? lookup(m.group(1), locale) : Optional.empty();
  }

  /** The values of a text's parameters, read back from a message produced from that text. */
  private static Map<String, Object> readBack(String text, String message) {
    Matcher parameter = PARAMETER.matcher(text);
    StringBuilder regex = new StringBuilder("^");
    List<String> names = new java.util.ArrayList<>();
    int last = 0;
    while (parameter.find()) {
      regex.append(Pattern.quote(text.substring(last, parameter.start()))).append("(.*?)");
      names.add(parameter.group(1));
      last = parameter.end();
    }
    regex.append(Pattern.quote(text.substring(last))).append('$');
    Matcher m = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(message);
    Map<String, Object> values = new HashMap<>();
    if (names.isEmpty() || !m.matches()) {
      return values;
    }
    for (int i = 0; i < names.size(); i++) {
      values.putIfAbsent(names.get(i), m.group(i + 1));
    }
    return values;
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
    String[] builtIn = BUILT_IN.get(key);
    return builtIn == null ? Optional.empty() : Optional.of(builtIn[locale.getLanguage().equals("zh") ? 0 : 1]);
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
