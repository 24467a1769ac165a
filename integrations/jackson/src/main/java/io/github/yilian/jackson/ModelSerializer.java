package io.github.yilian.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.yilian.json.JsonSink;
import io.github.yilian.json.ModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a model through the mapping, token by token into Jackson's generator. */
final class ModelSerializer extends StdSerializer<Object> {

  private static final long serialVersionUID = 1L;

  private final transient ModelJson json;

  ModelSerializer(ModelJson json) {
    super(Object.class);
    this.json = json;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    try {
      json.write(value, new GeneratorSink(gen, false));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes a model with a type id, as a mapper with default typing does (a cache of results): the
   * type serializer writes the object's start and end around the type id, the model its properties.
   */
  @Override
  public void serializeWithType(Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
      throws IOException {
    WritableTypeId typeId = typeSer.writeTypePrefix(gen, typeSer.typeId(value, JsonToken.START_OBJECT));
    try {
      json.write(value, new GeneratorSink(gen, true));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    typeSer.writeTypeSuffix(gen, typeId);
  }

  /** The mapping's sink over a Jackson 2 generator. */
  private static final class GeneratorSink implements JsonSink {
    private final JsonGenerator gen;
    /** Whether the outermost object's start and end are written by a type serializer instead. */
    private final boolean inner;
    private int depth;

    GeneratorSink(JsonGenerator gen, boolean inner) {
      this.gen = gen;
      this.inner = inner;
    }

    private interface Write {
      void run() throws IOException;
    }

    private static void write(Write write) {
      try {
        write.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void beginObject() {
      if (depth++ > 0 || !inner) {
        write(gen::writeStartObject);
      }
    }

    @Override
    public void endObject() {
      if (--depth > 0 || !inner) {
        write(gen::writeEndObject);
      }
    }

    @Override
    public void beginArray() {
      depth++;
      write(gen::writeStartArray);
    }

    @Override
    public void endArray() {
      depth--;
      write(gen::writeEndArray);
    }

    @Override
    public void name(String name) {
      write(() -> gen.writeFieldName(name));
    }

    @Override
    public void string(String value) {
      write(() -> gen.writeString(value));
    }

    @Override
    public void number(long value) {
      write(() -> gen.writeNumber(value));
    }

    @Override
    public void bool(boolean value) {
      write(() -> gen.writeBoolean(value));
    }

    @Override
    public void nullValue() {
      write(gen::writeNull);
    }
  }
}
