/**
 * Yilian (医联): China's health-reform governance rules as immutable models and exact, explainable
 * calculators.
 *
 * <p>{@link io.github.yilian.common} holds the exact values every capability shares; each other
 * package implements one policy document.
 */
// Hibernate Validator and the Immutables annotations ship as automatic modules
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.yilian {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.yilian.common;
  exports io.github.yilian.pilot;

  opens io.github.yilian.common to org.hibernate.validator;
  opens io.github.yilian.pilot to org.hibernate.validator;
}
