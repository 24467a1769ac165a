/**
 * Yilian report: the library's results as one self-contained HTML file with inline SVG charts, in
 * Chinese and English, printable on A4. An optional module; core does not depend on it.
 */
// jte's runtime ships as an automatic module
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.yilian.report {
  requires transitive io.github.yilian;
  requires gg.jte.runtime;
  // jte's generated templates carry @javax.annotation.processing.Generated (source retention)
  requires static java.compiler;
  requires static org.jspecify;
  // not used here: read so that javadoc, reading core's class files, finds the Immutables
  // annotations they name (on the class path it warns "unknown enum constant")
  requires static org.immutables.value.annotations;

  exports io.github.yilian.report;
  // jte's TemplateEngine calls the precompiled templates reflectively
  exports io.github.yilian.report.internal.templates to gg.jte.runtime;
}
