/**
 * Yilian for Jackson 3 (Spring Boot 4): a {@code JacksonModule} that writes and reads every Yilian
 * model and result in the JSON shape of {@code io.github.yilian.json}, the same as
 * {@code io.github.yilian.jackson} writes for Jackson 2.
 *
 * <p>{@code JsonMapper.builder().findAndAddModules()} finds it; or add
 * {@code new YilianJackson3Module(settings)}.
 */
// "module": the name ends in the Jackson major version, as the artifact yilian-jackson3 does, which
// javac's lint discourages for names that could be read as a module's own version;
// "requires-automatic": the Immutables annotations ship as an automatic module
@SuppressWarnings({"module", "requires-automatic"})
module io.github.yilian.jackson3 {
  requires transitive io.github.yilian.json;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;
  // build only, as in core: Javadoc and javac read core's Immutables annotations, which name
  // constants of this automatic module; nothing needs it at run time
  requires static org.immutables.value.annotations;

  exports io.github.yilian.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.yilian.jackson3.YilianJackson3Module;
}
