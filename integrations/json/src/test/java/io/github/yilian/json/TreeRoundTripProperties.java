package io.github.yilian.json;

import java.lang.reflect.Type;

/** The round-trip properties through the mapping alone, with the tests' own JSON text. */
class TreeRoundTripProperties extends RoundTripContract {

  @Override
  protected String write(Object value, JsonSettings settings) {
    return JsonText.write(ModelJson.of(settings), value);
  }

  @Override
  protected Object read(String json, Type type, JsonSettings settings) {
    return ModelJson.of(settings).read(JsonText.parse(json), type, true);
  }
}
