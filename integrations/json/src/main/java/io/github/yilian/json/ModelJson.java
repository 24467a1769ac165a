package io.github.yilian.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes Yilian's models and results as JSON and reads them back: the mapping both Jackson modules
 * share.
 *
 * <p>The JSON of a model is an object of its properties, named as its getters are without the
 * {@code get}/{@code is} ({@code getUnitId()} is {@code "unitId"}), in the order the model declares
 * them. Dates are ISO-8601 strings ({@code "2023-12-31"}); exact decimals, money among them, are
 * decimal strings ({@code "1500000"}); enums are their constant names ({@code "MET_LATE"}); a
 * {@code Share} is {@code {"numerator":39,"denominator":80,"percent":"48.75"}}; a
 * {@code BilingualText} is {@code {"zh":"已达标","en":"target met"}}; an empty {@code Optional} is
 * left out; a rubric's rule carries {@code "type":"PER_ITEM"}. Results also carry what they derive
 * (a reason, a gap, a total), which reading ignores. Personal data is left out or pseudonymised
 * unless the settings include it, and an assessment names its inputs unless the settings embed them.
 *
 * <p>Reading takes a JSON tree as a JSON library parses it: a {@code Map<String, ?>} for an object
 * (in document order), a {@code List<?>} for an array, {@code String}, {@code Long} (or
 * {@code BigInteger}) for a whole number, {@code BigDecimal} for a decimal, {@code Boolean}, and
 * null for JSON null. It builds the model through its builder or factory, so the model's own
 * validation runs; every problem comes out as one {@link InvalidJsonException} with the JSON path
 * and the model's field of each.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelJson {

  private final JsonSettings settings;
  /** The codecs, built on first use and kept for the life of this mapping (a Jackson module keeps one). */
  private final Catalog catalog = new Catalog();

  private ModelJson(JsonSettings settings) {
    this.settings = settings;
  }

  /**
   * Returns the mapping with some settings.
   *
   * @param settings the settings, not null
   * @return the mapping
   */
  public static ModelJson of(JsonSettings settings) {
    return new ModelJson(Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public JsonSettings getSettings() {
    return settings;
  }

  /**
   * Checks whether a class is one of core's models or results this mapping writes and reads (or the
   * generated implementation of one). Enums are not: they are their constant names to any JSON
   * library.
   *
   * @param type the class, not null
   * @return true if the mapping handles it
   */
  public boolean handles(Class<?> type) {
    return catalog.model(Objects.requireNonNull(type, "type")).isPresent();
  }

  /**
   * Writes a model as JSON.
   *
   * @param value the model, of a class this mapping {@link #handles(Class) handles}, not null
   * @param sink where to write, not null
   * @throws IllegalArgumentException if the mapping does not handle the value's class
   */
  public void write(Object value, JsonSink sink) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(sink, "sink");
    Output out = new Output(sink, settings, catalog);
    out.write(catalog.codecOfValue(value), value);
  }

  /**
   * Reads a model from a JSON tree.
   *
   * @param tree the parsed JSON value (see the class description), null for JSON null
   * @param type the model's type, a class this mapping {@link #handles(Class) handles} or a
   *     parameterized type of one ({@code Ranking<UnitScore>}), not null
   * @param failOnUnknownProperties whether a property the model does not have is a problem (a JSON
   *     library's setting; Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES}); derived properties, such
   *     as a result's reason, are accepted either way
   * @return the model, valid
   * @throws InvalidJsonException listing every problem found, with its JSON path and field
   * @throws IllegalArgumentException if the mapping does not handle the type
   */
  public Object read(@Nullable Object tree, Type type, boolean failOnUnknownProperties) {
    Objects.requireNonNull(type, "type");
    Codec codec = catalog.codec(type);
    Input in = new Input(settings, catalog, failOnUnknownProperties);
    Path root = Path.root(Types.raw(type));
    Object value = tree == null ? in.fail(root, "must not be null") : codec.read(tree, in, root);
    if (value == Input.FAILED || !in.problems().isEmpty()) {
      throw new InvalidJsonException(in.problems());
    }
    return value;
  }

  /**
   * Returns a parameterized type, for reading a generic result: {@code parameterized(Ranking.class,
   * UnitScore.class)} is {@code Ranking<UnitScore>}.
   *
   * @param raw the generic class, not null
   * @param arguments its type arguments, as many as it declares
   * @return the parameterized type
   * @throws IllegalArgumentException if the number of arguments is wrong
   */
  public static ParameterizedType parameterized(Class<?> raw, Type... arguments) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(arguments, "arguments");
    return Types.parameterized(raw, arguments);
  }

  /**
   * Returns the settings this mapping writes and reads with.
   *
   * @return such as {@code "ModelJson{JsonSettings{PSEUDONYMISE, …}}"}
   */
  @Override
  public String toString() {
    return "ModelJson{" + settings + "}";
  }
}
