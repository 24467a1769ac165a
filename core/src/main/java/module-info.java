/**
 * Yilian (医联): China's health-reform governance rules as immutable models and exact, explainable
 * calculators.
 *
 * <p>{@link io.github.yilian.common} holds the exact values every capability shares; each other
 * package implements one policy document.
 */
// Hibernate Validator and the Immutables annotations ship as automatic modules; "module": the
// optional JSON module io.github.yilian.json is absent when core compiles
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module io.github.yilian {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.yilian.common;
  exports io.github.yilian.expert;
  exports io.github.yilian.pilot;
  exports io.github.yilian.county;
  exports io.github.yilian.alliance;

  opens io.github.yilian.common to org.hibernate.validator, io.github.yilian.json;
  opens io.github.yilian.expert to org.hibernate.validator, io.github.yilian.json;
  opens io.github.yilian.pilot to org.hibernate.validator, io.github.yilian.json;
  opens io.github.yilian.county to org.hibernate.validator, io.github.yilian.json;
  opens io.github.yilian.alliance to org.hibernate.validator, io.github.yilian.json;
}
