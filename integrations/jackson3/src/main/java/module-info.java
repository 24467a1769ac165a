/**
 * Yilian for Jackson 3 (Spring Boot 4): a {@code JacksonModule} that writes and reads every Yilian
 * model and result in the JSON shape of {@code io.github.yilian.json}, the same as
 * {@code io.github.yilian.jackson} writes for Jackson 2.
 *
 * <p>{@code JsonMapper.builder().findAndAddModules()} finds it; or add
 * {@code new YilianJackson3Module(settings)}.
 */
// "module": the name ends in the Jackson major version, as the artifact yilian-jackson3 does, which
// javac's lint discourages for names that could be read as a module's own version
@SuppressWarnings("module")
module io.github.yilian.jackson3 {
  requires transitive io.github.yilian.json;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports io.github.yilian.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.yilian.jackson3.YilianJackson3Module;
}
