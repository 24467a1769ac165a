/**
 * Yilian for Jackson 2: a {@code Module} that writes and reads every Yilian model and result in the
 * JSON shape of {@code io.github.yilian.json}.
 *
 * <p>{@code ObjectMapper.findAndRegisterModules()} finds it; or register
 * {@code new YilianJacksonModule(settings)}.
 */
module io.github.yilian.jackson {
  requires transitive io.github.yilian.json;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.github.yilian.jackson;

  provides com.fasterxml.jackson.databind.Module with io.github.yilian.jackson.YilianJacksonModule;
}
