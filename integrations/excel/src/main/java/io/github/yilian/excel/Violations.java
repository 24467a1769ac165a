package io.github.yilian.excel;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.ModelValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The violations of the models an exception rejected, each worded in Chinese and in English by
 * core's own bundles ({@link ModelValidator#violationsIn}), whatever the JVM's locale, and grouped
 * by the rule they break: the model, the property path (without indexes) and the message template.
 * The two languages' violations of one rule are paired in order (several violations of one rule
 * differ only in their values, and are then reported where the reader ties them to a row).
 */
final class Violations {

  /** The violations of one rule of one model. */
  record Rule(Object model, String path, String property, String template, List<BilingualText> reasons) {}

  /** A model compared by identity: two equal models rejected together are two models. */
  private record Identity(Object model) {
    @Override
    public boolean equals(Object obj) {
      return obj instanceof Identity other && other.model == model;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(model);
    }
  }

  private Violations() {}

  /** The rules an exception's models break, in the order of their paths. */
  static List<Rule> of(ConstraintViolationException rejected) {
    List<ConstraintViolation<Object>> chinese = ModelValidator.violationsIn(rejected, Locale.SIMPLIFIED_CHINESE);
    List<ConstraintViolation<Object>> english = ModelValidator.violationsIn(rejected, Locale.ENGLISH);
    Map<Identity, Map<String, List<ConstraintViolation<Object>>>> zh = grouped(chinese);
    Map<Identity, Map<String, List<ConstraintViolation<Object>>>> en = grouped(english);
    List<Rule> rules = new ArrayList<>();
    en.forEach((model, byKey) -> byKey.forEach((key, inEnglish) -> {
      List<ConstraintViolation<Object>> inChinese = zh.getOrDefault(model, Map.of()).getOrDefault(key, List.of());
      List<BilingualText> reasons = new ArrayList<>();
      for (int i = 0; i < inEnglish.size(); i++) {
        String text = inEnglish.get(i).getMessage();
        reasons.add(BilingualText.of(i < inChinese.size() ? inChinese.get(i).getMessage() : text, text));
      }
      ConstraintViolation<Object> first = inEnglish.get(0);
      rules.add(new Rule(model.model(), path(first), firstProperty(first.getPropertyPath()), first.getMessageTemplate(), reasons));
    }));
    return rules;
  }

  /** The violations by model (by identity), then by rule, in the order given. */
  private static Map<Identity, Map<String, List<ConstraintViolation<Object>>>> grouped(List<ConstraintViolation<Object>> violations) {
    Map<Identity, Map<String, List<ConstraintViolation<Object>>>> grouped = new LinkedHashMap<>();
    for (ConstraintViolation<Object> violation : violations) {
      grouped.computeIfAbsent(new Identity(violation.getRootBean()), m -> new LinkedHashMap<>())
          .computeIfAbsent(key(violation), k -> new ArrayList<>()).add(violation);
    }
    return grouped;
  }

  private static String key(ConstraintViolation<?> violation) {
    return path(violation) + "\u0001" + violation.getMessageTemplate();
  }

  /** The property path without indexes or keys: the same rule on another element has the same path. */
  private static String path(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null && !node.getName().isEmpty()) {
        names.add(node.getName());
      }
    }
    return String.join(".", names);
  }

  private static String firstProperty(Path path) {
    for (Path.Node node : path) {
      return String.valueOf(node.getName());
    }
    return "";
  }
}
