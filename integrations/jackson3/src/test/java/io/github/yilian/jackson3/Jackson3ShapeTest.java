package io.github.yilian.jackson3;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.yilian.json.JsonProblem;
import io.github.yilian.json.JsonSettings;
import io.github.yilian.json.ShapeContract;
import java.lang.reflect.Type;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shape through a Jackson 3 {@code JsonMapper} with the module. */
class Jackson3ShapeTest extends ShapeContract {

  @Override
  protected String write(Object value, JsonSettings settings) {
    return Jackson3RoundTripProperties.mapper(settings).writeValueAsString(value);
  }

  @Override
  protected Object read(String json, Type type, JsonSettings settings) {
    JsonMapper mapper = Jackson3RoundTripProperties.mapper(settings);
    return mapper.readValue(json, mapper.getTypeFactory().constructType(type));
  }

  @Override
  protected List<JsonProblem> problems(String json, Type type) {
    return assertThatExceptionOfType(YilianDatabindException.class)
        .isThrownBy(() -> read(json, type, JsonSettings.defaults())).actual().getProblems();
  }
}
