package io.github.yilian.jackson3;

import io.github.yilian.json.JsonSettings;
import io.github.yilian.json.RoundTripContract;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The round-trip properties through a Jackson 3 {@code JsonMapper} with the module. */
class Jackson3RoundTripProperties extends RoundTripContract {

  private static final Map<JsonSettings, JsonMapper> MAPPERS = new ConcurrentHashMap<>();

  /** A mapper with the module; strict about unknown properties as Jackson 2 is (Jackson 3 is not by default). */
  static JsonMapper mapper(JsonSettings settings) {
    return MAPPERS.computeIfAbsent(settings, s -> JsonMapper.builder().addModule(new YilianJackson3Module(s))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
  }

  @Override
  protected int examples() {
    return 10;
  }

  @Override
  protected String write(Object value, JsonSettings settings) {
    return mapper(settings).writeValueAsString(value);
  }

  @Override
  protected Object read(String json, Type type, JsonSettings settings) {
    JsonMapper mapper = mapper(settings);
    return mapper.readValue(json, mapper.getTypeFactory().constructType(type));
  }
}
