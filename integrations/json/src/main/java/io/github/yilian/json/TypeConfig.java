package io.github.yilian.json;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What one model type needs beyond the generic mapping: how a hand-written class is created, which
 * getters are not written, which properties are personal data, how a hidden attribute is set.
 *
 * <p>Everything not said here comes from the type itself (its getters and its builder), so a new
 * attribute needs no entry.
 */
final class TypeConfig {

  static final TypeConfig NONE = new TypeConfig(Object.class);

  final Class<?> type;
  /** For a class without a builder: the properties its constructor or factory takes, in order. */
  @Nullable List<String> creator;
  final Set<String> notWritten = new HashSet<>();
  /** Property name to kind of pseudonym, or "" to leave it out. */
  final Map<String, String> personal = new HashMap<>();
  final Map<String, ReadInto> readInto = new HashMap<>();
  final Map<String, Hidden> hidden = new LinkedHashMap<>();
  final Map<String, Function<Catalog, Codec>> codecs = new HashMap<>();
  @Nullable Function<RuntimeException, Optional<Placement>> errors;
  @Nullable Function<Object, Optional<Placement>> check;
  /**
   * For a result derived from its inputs: builds it again from the creator's properties, in their
   * order, instead of a constructor or factory of the class.
   */
  @Nullable Function<Object[], Object> factory;

  TypeConfig(Class<?> type) {
    this.type = type;
  }

  /** A property read into a builder method of another name, through a function. */
  record ReadInto(String builderMethod, Function<Object, Object> transform) {}

  /**
   * An attribute without a public getter, got through a package-private accessor (an Immutables
   * type) or its field (a hand-written class, whose creator takes it).
   */
  record Hidden(String accessor, Type type) {}

  /** Where a problem found by the model itself belongs: a field, and an index in it or -1. */
  record Placement(String field, int index, String message) {}

  TypeConfig creator(String... properties) {
    this.creator = List.of(properties);
    return this;
  }

  /** Reads the type from these properties through a factory of the mapping's own. */
  TypeConfig creator(Function<Object[], Object> factory, String... properties) {
    this.factory = factory;
    return creator(properties);
  }

  TypeConfig notWritten(String... properties) {
    notWritten.addAll(List.of(properties));
    return this;
  }

  TypeConfig leftOut(String property) {
    personal.put(property, "");
    return this;
  }

  TypeConfig pseudonymised(String property, String kind) {
    personal.put(property, kind);
    return this;
  }

  TypeConfig readInto(String property, String builderMethod, Function<Object, Object> transform) {
    readInto.put(property, new ReadInto(builderMethod, transform));
    return this;
  }

  TypeConfig hidden(String name, Type type) {
    hidden.put(name, new Hidden(name, type));
    return this;
  }

  TypeConfig codec(String property, Function<Catalog, Codec> codec) {
    codecs.put(property, codec);
    return this;
  }

  TypeConfig errors(Function<RuntimeException, Optional<Placement>> errors) {
    this.errors = errors;
    return this;
  }

  TypeConfig check(Function<Object, Optional<Placement>> check) {
    this.check = check;
    return this;
  }

  /** Every property this configuration names, so that a renamed attribute is noticed. */
  Set<String> named() {
    Set<String> names = new HashSet<>(notWritten);
    names.addAll(personal.keySet());
    names.addAll(readInto.keySet());
    names.addAll(codecs.keySet());
    if (creator != null) {
      names.addAll(creator);
    }
    return names;
  }
}
