package io.github.yilian.json;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The codecs of {@code Optional}, lists, sets and maps; what they hold is found when first needed,
 * so a model type may contain itself.
 */
final class Containers {

  private Containers() {}

  /** A codec whose element codec is looked up on first use. */
  private abstract static class Holder implements Codec {
    private final Catalog catalog;
    private final Type elementType;
    private volatile @Nullable Codec element;

    Holder(Catalog catalog, Type elementType) {
      this.catalog = catalog;
      this.elementType = elementType;
    }

    final Codec element() {
      Codec codec = element;
      if (codec == null) {
        codec = catalog.codec(elementType);
        element = codec;
      }
      return codec;
    }
  }

  /** Optional: the value when present; JSON null or an absent property when empty. */
  static Codec optional(Catalog catalog, Type elementType) {
    return new Holder(catalog, elementType) {
      @Override
      public void write(Object value, Output out) {
        Optional<?> optional = (Optional<?>) value;
        if (optional.isPresent()) {
          out.write(element(), optional.get());
        } else {
          out.sink.nullValue();
        }
      }

      @Override
      public Object read(@Nullable Object node, Input in, Path path) {
        if (node == null) {
          return Optional.empty();
        }
        Object value = element().read(node, in, path);
        return value == Input.FAILED ? value : Optional.of(value);
      }
    };
  }

  /** OptionalInt: the number when present; JSON null or an absent property when empty. */
  static final Codec OPTIONAL_INT = new Codec() {
    @Override
    public void write(Object value, Output out) {
      OptionalInt optional = (OptionalInt) value;
      if (optional.isPresent()) {
        out.sink.number(optional.getAsInt());
      } else {
        out.sink.nullValue();
      }
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      if (node == null) {
        return OptionalInt.empty();
      }
      Object value = Scalars.INT.read(node, in, path);
      return value == Input.FAILED ? value : OptionalInt.of((Integer) value);
    }
  };

  /** OptionalLong, such as a volume a unit does not keep: the number when present, else left out. */
  static final Codec OPTIONAL_LONG = new Codec() {
    @Override
    public void write(Object value, Output out) {
      OptionalLong optional = (OptionalLong) value;
      if (optional.isPresent()) {
        out.sink.number(optional.getAsLong());
      } else {
        out.sink.nullValue();
      }
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      if (node == null) {
        return OptionalLong.empty();
      }
      Object value = Scalars.LONG.read(node, in, path);
      return value == Input.FAILED ? value : OptionalLong.of((Long) value);
    }
  };

  /** Whether a value is an empty {@code Optional}, {@code OptionalInt} or {@code OptionalLong}. */
  static boolean isEmptyOptional(@Nullable Object value) {
    return value instanceof Optional<?> object && object.isEmpty()
        || value instanceof OptionalInt number && number.isEmpty()
        || value instanceof OptionalLong count && count.isEmpty();
  }

  /** Whether a type is {@code Optional}, {@code OptionalInt} or {@code OptionalLong}. */
  static boolean isOptional(Class<?> raw) {
    return raw == Optional.class || raw == OptionalInt.class || raw == OptionalLong.class;
  }

  /** The empty value of an optional type ({@link #isOptional(Class)}). */
  static Object empty(Class<?> raw) {
    return raw == OptionalInt.class ? OptionalInt.empty() : raw == OptionalLong.class ? OptionalLong.empty()
        : Optional.empty();
  }

  /** A list or set as a JSON array, in the collection's order. */
  static Codec collection(Catalog catalog, Type elementType, boolean set) {
    return new Holder(catalog, elementType) {
      @Override
      public void write(Object value, Output out) {
        out.sink.beginArray();
        Codec element = element();
        for (Object item : (Collection<?>) value) {
          out.write(element, item);
        }
        out.sink.endArray();
      }

      @Override
      public Object read(@Nullable Object node, Input in, Path path) {
        if (!(node instanceof List<?> items)) {
          return in.expected("an array", node, path);
        }
        Codec element = element();
        List<Object> values = new ArrayList<>(items.size());
        boolean failed = false;
        for (int i = 0; i < items.size(); i++) {
          Object item = items.get(i);
          Object value = item == null
              ? in.fail(path.index(i), "an element must not be null")
              : element.read(item, in, path.index(i));
          failed |= value == Input.FAILED;
          values.add(value);
        }
        if (failed) {
          return Input.FAILED;
        }
        return set ? Collections.unmodifiableSet(new LinkedHashSet<>(values)) : List.copyOf(values);
      }
    };
  }

  /**
   * A map: a JSON object when its keys are strings or enum constants ({@code {"T15":"MISSED"}}),
   * otherwise an array of {@code {"key":…,"value":…}} objects.
   */
  static Codec map(Catalog catalog, Type keyType, Type valueType) {
    Class<?> keys = Types.raw(keyType);
    if (keys == String.class || keys.isEnum()) {
      return new NamedKeys(catalog, keyType, valueType);
    }
    return new EntryArray(catalog, keyType, valueType);
  }

  private static final class NamedKeys extends Holder {
    private final Codec keys;

    NamedKeys(Catalog catalog, Type keyType, Type valueType) {
      super(catalog, valueType);
      this.keys = catalog.codec(keyType);
    }

    @Override
    public void write(Object value, Output out) {
      out.sink.beginObject();
      Codec element = element();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        Object key = entry.getKey();
        out.sink.name(key instanceof Enum<?> e ? e.name() : (String) key);
        out.write(element, entry.getValue());
      }
      out.sink.endObject();
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      if (!(node instanceof Map<?, ?> entries)) {
        return in.expected("an object", node, path);
      }
      Codec element = element();
      Map<Object, Object> values = new LinkedHashMap<>();
      boolean failed = false;
      for (Map.Entry<?, ?> entry : entries.entrySet()) {
        Path at = path.key((String) entry.getKey());
        Object key = keys.read(entry.getKey(), in, at);
        Object value = entry.getValue() == null
            ? in.fail(at, "a value must not be null")
            : element.read(entry.getValue(), in, at);
        failed |= key == Input.FAILED || value == Input.FAILED;
        values.put(key, value);
      }
      return failed ? Input.FAILED : Collections.unmodifiableMap(values);
    }
  }

  private static final class EntryArray extends Holder {
    private final Catalog catalog;
    private final Type keyType;
    private volatile @Nullable Codec keys;

    EntryArray(Catalog catalog, Type keyType, Type valueType) {
      super(catalog, valueType);
      this.catalog = catalog;
      this.keyType = keyType;
    }

    private Codec keys() {
      Codec codec = keys;
      if (codec == null) {
        codec = catalog.codec(keyType);
        keys = codec;
      }
      return codec;
    }

    @Override
    public void write(Object value, Output out) {
      out.sink.beginArray();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        out.sink.beginObject();
        out.sink.name("key");
        out.write(keys(), entry.getKey());
        out.sink.name("value");
        out.write(element(), entry.getValue());
        out.sink.endObject();
      }
      out.sink.endArray();
    }

    @Override
    public Object read(@Nullable Object node, Input in, Path path) {
      if (!(node instanceof List<?> items)) {
        return in.expected("an array of {\"key\":…,\"value\":…} objects", node, path);
      }
      Map<Object, Object> values = new LinkedHashMap<>();
      boolean failed = false;
      for (int i = 0; i < items.size(); i++) {
        Path at = path.index(i);
        if (!(items.get(i) instanceof Map<?, ?> entry) || !entry.containsKey("key") || !entry.containsKey("value")
            || entry.size() != 2) {
          failed |= in.expected("an object with exactly \"key\" and \"value\"", items.get(i), at) == Input.FAILED;
          continue;
        }
        Object key = entry.get("key") == null
            ? in.fail(at.key("key"), "a key must not be null")
            : keys().read(entry.get("key"), in, at.key("key"));
        Object value = entry.get("value") == null
            ? in.fail(at.key("value"), "a value must not be null")
            : element().read(entry.get("value"), in, at.key("value"));
        if (key != Input.FAILED && values.containsKey(key)) {
          failed |= in.fail(at.key("key"), "the key appears twice") == Input.FAILED;
        }
        failed |= key == Input.FAILED || value == Input.FAILED;
        values.put(key, value);
      }
      return failed ? Input.FAILED : Collections.unmodifiableMap(values);
    }
  }

  /** A value whose declared type says nothing (an unbound type variable): written by its class. */
  static Codec dynamic(Catalog catalog, Type declared) {
    return new Codec() {
      @Override
      public void write(Object value, Output out) {
        out.write(catalog.codecOfValue(value), value);
      }

      @Override
      public Object read(@Nullable Object node, Input in, Path path) {
        return in.fail(path, "the type of this value is not known (" + declared.getTypeName()
            + "); read the enclosing value with its full generic type, such as Ranking<UnitScore>");
      }
    };
  }
}
