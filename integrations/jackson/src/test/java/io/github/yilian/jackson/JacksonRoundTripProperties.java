package io.github.yilian.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.yilian.json.JsonSettings;
import io.github.yilian.json.RoundTripContract;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The round-trip properties through a Jackson 2 {@code ObjectMapper} with the module. */
class JacksonRoundTripProperties extends RoundTripContract {

  private static final Map<JsonSettings, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

  private static ObjectMapper mapper(JsonSettings settings) {
    return MAPPERS.computeIfAbsent(settings, s -> new ObjectMapper().registerModule(new YilianJacksonModule(s)));
  }

  @Override
  protected int examples() {
    return 10;
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
}
