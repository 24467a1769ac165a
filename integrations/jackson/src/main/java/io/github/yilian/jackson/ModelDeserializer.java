package io.github.yilian.jackson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.yilian.json.InvalidJsonException;
import io.github.yilian.json.JsonProblem;
import io.github.yilian.json.ModelJson;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a model: the JSON value into a plain tree, then the tree through the mapping, whose
 * problems become one {@link YilianJsonMappingException}.
 */
final class ModelDeserializer extends StdDeserializer<Object> {

  private static final long serialVersionUID = 1L;

  private final transient ModelJson json;
  private final transient Type type;

  ModelDeserializer(ModelJson json, JavaType type) {
    super(type);
    this.json = json;
    this.type = reflect(type);
  }

  /** {@code Ranking<UnitScore>} as Jackson knows it, as the {@code java.lang.reflect} type. */
  private static Type reflect(JavaType type) {
    if (type.containedTypeCount() == 0 || type.getRawClass().getTypeParameters().length != type.containedTypeCount()) {
      return type.getRawClass();
    }
    Type[] arguments = new Type[type.containedTypeCount()];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = reflect(type.containedType(i));
    }
    return ModelJson.parameterized(type.getRawClass(), arguments);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Object tree = new TreeReader(p, type).read();
    try {
      return json.read(tree, type, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    } catch (InvalidJsonException e) {
      throw new YilianJsonMappingException(p, e);
    }
  }

  /** Reads one JSON value into maps, lists, strings, exact numbers, booleans and nulls. */
  private static final class TreeReader {
    private final JsonParser p;
    private final Type type;
    /** Where the reader is: property names and array indexes, for a syntax error's path. */
    private final Deque<Object> path = new ArrayDeque<>();

    TreeReader(JsonParser p, Type type) {
      this.p = p;
      this.type = type;
    }

    Object read() throws IOException {
      try {
        JsonToken token = p.currentToken() != null ? p.currentToken() : p.nextToken();
        return token == JsonToken.FIELD_NAME ? object(true) : value(token);
      } catch (StreamReadException e) {
        throw malformed(e);
      }
    }

    private @Nullable Object value(@Nullable JsonToken token) throws IOException {
      if (token == null) {
        throw new JsonParseException(p, "unexpected end of input");
      }
      switch (token) {
        case START_OBJECT:
          return object(false);
        case START_ARRAY: {
          List<Object> list = new ArrayList<>();
          int index = 0;
          for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
            path.push(index++);
            list.add(value(next));
            path.pop();
          }
          return list;
        }
        case VALUE_STRING:
          return p.getText();
        case VALUE_NUMBER_INT:
          return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : p.getLongValue();
        case VALUE_NUMBER_FLOAT:
          return p.getDecimalValue();
        case VALUE_TRUE:
          return Boolean.TRUE;
        case VALUE_FALSE:
          return Boolean.FALSE;
        case VALUE_NULL:
          return null;
        case VALUE_EMBEDDED_OBJECT:
          return embedded(p.getEmbeddedObject());
        default:
          throw new JsonParseException(p, "unexpected " + token);
      }
    }

    /** An object from its start, or (inside one already) from its current property. */
    private Map<String, Object> object(boolean atName) throws IOException {
      Map<String, Object> map = new LinkedHashMap<>();
      for (JsonToken next = atName ? p.currentToken() : p.nextToken(); next == JsonToken.FIELD_NAME;
          next = p.nextToken()) {
        String name = p.currentName();
        path.push(name);
        map.put(name, value(p.nextToken()));
        path.pop();
      }
      return map;
    }

    /** A value a token buffer holds as an object: numbers made exact, the rest as it is. */
    private static @Nullable Object embedded(@Nullable Object value) {
      if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
        return ((Number) value).longValue();
      } else if (value instanceof Double || value instanceof Float) {
        return new BigDecimal(value.toString());
      }
      return value;
    }

    private static String simpleName(Type type) {
      return type instanceof java.lang.reflect.ParameterizedType parameterized
          ? simpleName(parameterized.getRawType())
          : type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    }

    private YilianJsonMappingException malformed(StreamReadException e) {
      JsonProblem problem = JsonProblem.of("$", simpleName(type), null,
          "malformed JSON" + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr()) + ": " + e.getOriginalMessage());
      for (Iterator<Object> steps = path.iterator(); steps.hasNext(); ) {
        Object step = steps.next();
        problem = step instanceof Integer i ? problem.withinElement(i) : problem.withinProperty((String) step);
      }
      return new YilianJsonMappingException(p, new InvalidJsonException(List.of(problem)));
    }
  }
}
