package io.github.yilian.json;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A sealed model type (a rubric's {@code Rule}) as the JSON object of its subtype, whose
 * {@code "type"} names the subtype: {@code {"type":"PER_ITEM","evidence":"OUTREACH_DAYS",…}}.
 *
 * <p>A subtype's id is its simple name without the sealed type's name, in upper snake case:
 * {@code PerItemRule} is {@code PER_ITEM}. A new permitted subtype is covered without any entry.
 */
final class SealedCodec implements Codec {

  private final Catalog catalog;
  private final Class<?> type;
  private final Map<String, Class<?>> subtypes = new LinkedHashMap<>();

  SealedCodec(Catalog catalog, Class<?> type) {
    this.catalog = catalog;
    this.type = type;
    for (Class<?> subtype : type.getPermittedSubclasses()) {
      subtypes.put(id(subtype, type), subtype);
    }
  }

  /** {@code PerItemRule} under {@code Rule} is {@code PER_ITEM}. */
  static String id(Class<?> subtype, Class<?> sealed) {
    String name = subtype.getSimpleName();
    String suffix = sealed.getSimpleName();
    if (name.endsWith(suffix) && name.length() > suffix.length()) {
      name = name.substring(0, name.length() - suffix.length());
    }
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  @Override
  public void write(Object value, Output out) {
    out.write(catalog.codecOfValue(value), value);
  }

  @Override
  public Object read(@Nullable Object node, Input in, Path path) {
    if (!(node instanceof Map<?, ?> object)) {
      return in.expected("an object (" + type.getSimpleName() + ")", node, path);
    }
    Object id = object.get(ModelCodec.TYPE);
    Class<?> subtype = id instanceof String s ? subtypes.get(s) : null;
    if (subtype == null) {
      return in.fail(path.property(ModelCodec.TYPE, type), (id == null ? "is missing" : "is not a kind of "
          + type.getSimpleName()) + "; one of " + String.join(", ", subtypes.keySet()));
    }
    return catalog.codec(subtype).read(node, in, path);
  }
}
