package io.github.yilian.jackson3;

import io.github.yilian.json.JsonSink;
import io.github.yilian.json.ModelJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
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
    json.write(value, new GeneratorSink(gen));
  }

  /** The mapping's sink over a Jackson 3 generator, whose exceptions are unchecked. */
  private static final class GeneratorSink implements JsonSink {
    private final JsonGenerator gen;

    GeneratorSink(JsonGenerator gen) {
      this.gen = gen;
    }

    @Override
    public void beginObject() {
      gen.writeStartObject();
    }

    @Override
    public void endObject() {
      gen.writeEndObject();
    }

    @Override
    public void beginArray() {
      gen.writeStartArray();
    }

    @Override
    public void endArray() {
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
