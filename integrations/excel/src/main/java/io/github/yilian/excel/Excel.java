package io.github.yilian.excel;

import java.util.Collection;
import java.util.Objects;

/** Checks shared by the public entry points. */
final class Excel {

  private Excel() {}

  /** Checks a collection argument and its elements, naming the first null one ("records[3]"). */
  static <T extends Collection<?>> T requireElements(T items, String name) {
    Objects.requireNonNull(items, name);
    int i = 0;
    for (Object item : items) {
      Objects.requireNonNull(item, name + "[" + i++ + "]");
    }
    return items;
  }
}
