package io.github.yilian.jackson3;

import io.github.yilian.json.JsonSink;
import io.github.yilian.json.ModelJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a model through the mapping, token by token into Jackson's generator. */
final class ModelSerializer extends StdSerializer<Object> {

  private final ModelJson json;

  ModelSerializer(ModelJson json) {
    super(Object.class);
    this.json = json;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializationContext context) {
    json.write(value, new GeneratorSink(gen, false));
  }

  /**
   * Writes a model with a type id, as a mapper with default typing does (a cache of results): the
   * type serializer writes the object's start and end around the type id, the model its properties.
   */
  @Override
  public void serializeWithType(Object value, JsonGenerator gen, SerializationContext context, TypeSerializer typeSer) {
    WritableTypeId typeId = typeSer.writeTypePrefix(gen, context, typeSer.typeId(value, JsonToken.START_OBJECT));
    json.write(value, new GeneratorSink(gen, true));
    typeSer.writeTypeSuffix(gen, context, typeId);
  }

  /** The mapping's sink over a Jackson 3 generator, whose exceptions are unchecked. */
  private static final class GeneratorSink implements JsonSink {
    private final JsonGenerator gen;
    /** Whether the outermost object's start and end are written by a type serializer instead. */
    private final boolean inner;
    private int depth;

    GeneratorSink(JsonGenerator gen, boolean inner) {
      this.gen = gen;
      this.inner = inner;
    }

    @Override
    public void beginObject() {
      if (depth++ > 0 || !inner) {
        gen.writeStartObject();
      }
    }

    @Override
    public void endObject() {
      if (--depth > 0 || !inner) {
        gen.writeEndObject();
      }
    }

    @Override
    public void beginArray() {
      depth++;
      gen.writeStartArray();
    }

    @Override
    public void endArray() {
      depth--;
      gen.writeEndArray();
    }

    @Override
    public void name(String name) {
      gen.writeName(name);
    }

    @Override
    public void string(String value) {
      gen.writeString(value);
    }

    @Override
    public void number(long value) {
      gen.writeNumber(value);
    }

    @Override
    public void bool(boolean value) {
      gen.writeBoolean(value);
    }

    @Override
    public void nullValue() {
      gen.writeNull();
    }
  }
}
