package io.github.yilian.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The state of reading one value: the settings and the problems found so far. */
final class Input {

  /** What a codec returns after it has reported a problem. */
  static final Object FAILED = new Object() {
    @Override
    public String toString() {
      return "FAILED";
    }
  };

  /** Problems beyond this many are counted but not kept, so a huge bad document stays cheap. */
  private static final int KEPT = 100;

  final JsonSettings settings;
  final Catalog catalog;
  final boolean failOnUnknownProperties;
  private final List<JsonProblem> problems = new ArrayList<>();

  Input(JsonSettings settings, Catalog catalog, boolean failOnUnknownProperties) {
    this.settings = settings;
    this.catalog = catalog;
    this.failOnUnknownProperties = failOnUnknownProperties;
  }

  /** Reports a problem at a path and returns {@link #FAILED}. */
  Object fail(Path path, String message) {
    if (problems.size() < KEPT) {
      problems.add(path.problem(message));
    }
    return FAILED;
  }

  /** Reports that a node is not of the JSON kind expected and returns {@link #FAILED}. */
  Object expected(String what, @Nullable Object node, Path path) {
    return fail(path, "expected " + what + ", found " + describe(node));
  }

  List<JsonProblem> problems() {
    return problems;
  }

  /** Names the JSON kind of a node without showing its value (which may be personal data). */
  static String describe(@Nullable Object node) {
    if (node == null) {
      return "null";
    } else if (node instanceof Map) {
      return "an object";
    } else if (node instanceof List) {
      return "an array";
    } else if (node instanceof String) {
      return "a string";
    } else if (node instanceof Boolean) {
      return "a boolean";
    } else if (node instanceof Long || node instanceof BigInteger) {
      return "a whole number";
    } else if (node instanceof BigDecimal) {
      return "a decimal number";
    }
    return "a " + node.getClass().getSimpleName();
  }
}
