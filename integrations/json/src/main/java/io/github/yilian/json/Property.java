package io.github.yilian.json;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One property of a model in JSON: its name (the model's field name), how it is got when writing,
 * how it is set when reading, and its codec.
 */
final class Property {

  final String name;
  final Type type;
  final boolean written;
  /** The kind of pseudonym, "" to leave the property out, null if it is not personal data. */
  final @Nullable String personal;
  /** A getter, or the field of an attribute without one (a hidden attribute of a hand-written class). */
  private final @Nullable AccessibleObject getter;
  /** The builder method (Immutables types) that sets it; null for a derived property. */
  final @Nullable Method setter;
  final Function<Object, Object> toArgument;
  /** Must be present when read: not optional, not a collection, without a default. */
  final boolean required;
  private final Catalog catalog;
  private volatile @Nullable Codec codec;

  Property(Catalog catalog, String name, @Nullable AccessibleObject getter, Type type, boolean written,
      @Nullable String personal, @Nullable Method setter, Function<Object, Object> toArgument, boolean required,
      @Nullable Codec codec) {
    this.catalog = catalog;
    this.name = name;
    this.getter = getter;
    this.type = type;
    this.written = written;
    this.personal = personal;
    this.setter = setter;
    this.toArgument = toArgument;
    this.required = required;
    this.codec = codec;
  }

  Codec codec() {
    Codec found = codec;
    if (found == null) {
      found = catalog.codec(type);
      codec = found;
    }
    return found;
  }

  Object get(Object model) {
    if (getter == null) {
      throw new IllegalStateException(name + " cannot be written");
    }
    if (getter instanceof Field field) {
      try {
        return field.get(model);
      } catch (IllegalAccessException e) {
        throw Members.notOpen(field, e);
      }
    }
    return Members.invoke((Method) getter, model);
  }

  /** Whether a JSON null or an absent property means "none": optionals and containers. */
  boolean isOptional() {
    Class<?> raw = Types.raw(type);
    return Containers.isOptional(raw) || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
  }

  /** The value of an absent property that is not required. */
  Object absent() {
    Class<?> raw = Types.raw(type);
    if (Containers.isOptional(raw)) {
      return Containers.empty(raw);
    } else if (java.util.Set.class.isAssignableFrom(raw)) {
      return java.util.Set.of();
    } else if (Collection.class.isAssignableFrom(raw)) {
      return java.util.List.of();
    } else if (Map.class.isAssignableFrom(raw)) {
      return Map.of();
    }
    throw new IllegalStateException(name + " has no value when absent");
  }

  @Override
  public String toString() {
    return name + ": " + type.getTypeName();
  }
}
