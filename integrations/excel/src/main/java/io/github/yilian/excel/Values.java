package io.github.yilian.excel;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/** The values read from one row, by column, for models built by a factory rather than a builder. */
final class Values {

  private final Map<Column<?>, Object> values = new IdentityHashMap<>();

  <V> void put(Column<V> column, V value) {
    values.put(column, value);
  }

  /** The value of a required column. */
  @SuppressWarnings("unchecked")
  <V> V get(Column<V> column) {
    Object value = values.get(column);
    if (value == null) {
      throw new IllegalStateException("no value for column " + column);
    }
    return (V) value;
  }

  /** The value of an optional column. */
  @SuppressWarnings("unchecked")
  <V> Optional<V> find(Column<V> column) {
    return Optional.ofNullable((V) values.get(column));
  }
}
