package io.github.yilian.json;

/**
 * Where {@link ModelJson} writes JSON, one token at a time: a thin adapter over a JSON library's
 * generator (Jackson's {@code JsonGenerator}).
 *
 * <p>Calls come in a well-formed order: a {@link #name(String) name} before each value inside an
 * object, matching begin and end calls. An implementation that fails to write throws an unchecked
 * exception (such as {@link java.io.UncheckedIOException}); {@link ModelJson} lets it pass.
 */
public interface JsonSink {

  /** Starts a JSON object. */
  void beginObject();

  /** Ends the current JSON object. */
  void endObject();

  /** Starts a JSON array. */
  void beginArray();

  /** Ends the current JSON array. */
  void endArray();

  /**
   * Writes the name of the next property of the current object.
   *
   * @param name the property name, not null
   */
  void name(String name);

  /**
   * Writes a string value.
   *
   * @param value the string, not null
   */
  void string(String value);

  /**
   * Writes a whole number.
   *
   * @param value the number
   */
  void number(long value);

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  void bool(boolean value);

  /** Writes {@code null}. */
  void nullValue();
}
