/**
 * Yilian for Jackson 2: a {@code Module} that writes and reads every Yilian model and result in the
 * JSON shape of {@code io.github.yilian.json}.
 *
 * <p>{@code ObjectMapper.findAndRegisterModules()} finds it; or register
 * {@code new YilianJacksonModule(settings)}.
 */
// the Immutables annotations ship as an automatic module
@SuppressWarnings("requires-automatic")
module io.github.yilian.jackson {
  requires transitive io.github.yilian.json;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;
  // build only, as in core: Javadoc and javac read core's Immutables annotations, which name
  // constants of this automatic module; nothing needs it at run time
  requires static org.immutables.value.annotations;

  exports io.github.yilian.jackson;

  provides com.fasterxml.jackson.databind.Module with io.github.yilian.jackson.YilianJacksonModule;
}
