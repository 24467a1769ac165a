package io.github.yilian.json;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.lang.reflect.Type;
import java.util.List;

/** The JSON shape through the mapping alone. */
class TreeShapeTest extends ShapeContract {

  @Override
  protected String write(Object value, JsonSettings settings) {
    return JsonText.write(ModelJson.of(settings), value);
  }

  @Override
  protected Object read(String json, Type type, JsonSettings settings) {
    return ModelJson.of(settings).read(JsonText.parse(json), type, true);
  }

  @Override
  protected List<JsonProblem> problems(String json, Type type) {
    return assertThatExceptionOfType(InvalidJsonException.class)
        .isThrownBy(() -> read(json, type, JsonSettings.defaults())).actual().getProblems();
  }
}
