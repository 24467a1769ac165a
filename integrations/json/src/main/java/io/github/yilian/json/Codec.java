package io.github.yilian.json;

import org.jspecify.annotations.Nullable;

/** Writes values of one Java type as JSON and reads them back from a parsed JSON tree. */
interface Codec {

  /**
   * Writes a value, not null.
   *
   * @param value the value
   * @param out where to write, with the settings
   */
  void write(Object value, Output out);

  /**
   * Reads a value from a JSON tree node ({@code Map}, {@code List}, {@code String}, {@code Long},
   * {@code BigInteger}, {@code BigDecimal}, {@code Boolean} or null for JSON null).
   *
   * @param node the node
   * @param in the reader, which collects problems
   * @param path where the node is
   * @return the value, or {@link Input#FAILED} after reporting a problem
   */
  Object read(@Nullable Object node, Input in, Path path);
}
