package io.github.yilian.jackson;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.yilian.json.JsonProblem;
import io.github.yilian.json.JsonSettings;
import io.github.yilian.json.ShapeContract;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.List;

/** The JSON shape through a Jackson 2 {@code ObjectMapper} with the module. */
class JacksonShapeTest extends ShapeContract {

  private static ObjectMapper mapper(JsonSettings settings) {
    return new ObjectMapper().registerModule(new YilianJacksonModule(settings));
  }

  @Override
  protected String write(Object value, JsonSettings settings) {
    try {
      return mapper(settings).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Object read(String json, Type type, JsonSettings settings) {
    ObjectMapper mapper = mapper(settings);
    try {
      return mapper.readValue(json, mapper.getTypeFactory().constructType(type));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected List<JsonProblem> problems(String json, Type type) {
    ObjectMapper mapper = mapper(JsonSettings.defaults());
    return assertThatExceptionOfType(YilianJsonMappingException.class)
        .isThrownBy(() -> mapper.readValue(json, mapper.getTypeFactory().constructType(type))).actual().getProblems();
  }
}
