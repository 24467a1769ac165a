/**
 * Yilian's JSON mapping: the JSON shape of every model and result, independent of any JSON
 * library.
 *
 * <p>{@code yilian-jackson} (Jackson 2) and {@code yilian-jackson3} (Jackson 3) bind it to Jackson;
 * applications use those modules, not this one. Core opens its packages to this module, which
 * reads and builds the models (through their builders and factories) so that no JSON library needs
 * access to core's generated classes.
 */
// the Immutables annotations ship as an automatic module
@SuppressWarnings("requires-automatic")
module io.github.yilian.json {
  requires transitive io.github.yilian;
  requires static org.jspecify;
  // build only, as in core: Javadoc and javac read core's Immutables annotations, which name
  // constants of this automatic module; nothing needs it at run time
  requires static org.immutables.value.annotations;

  exports io.github.yilian.json;
}
