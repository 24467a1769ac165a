/**
 * Yilian (医联): China's health-reform governance rules as immutable models and exact, explainable
 * calculators.
 *
 * <p>{@link io.github.yilian.common} holds the exact values every capability shares; each other
 * package implements one policy document.
 */
// Hibernate Validator and the Immutables annotations ship as automatic modules
@SuppressWarnings("requires-automatic")
module io.github.yilian {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // ModelValidator holds back Hibernate Validator's start-up banner (java.util.logging)
  requires java.logging;
  // compile-only, and not transitive: a consumer needs neither jar to compile or run against
  // Yilian (a transitive static module must be present wherever this module is compiled against).
  // The annotations stay in the class files (JSpecify's for null-checking tools) and cost nothing
  // when absent; integrations/module-consumer proves it with -Xlint:all -Werror
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.yilian.common;
  exports io.github.yilian.expert;
  exports io.github.yilian.pilot;
  exports io.github.yilian.county;
  exports io.github.yilian.alliance;

  opens io.github.yilian.common to org.hibernate.validator;
  opens io.github.yilian.expert to org.hibernate.validator;
  opens io.github.yilian.pilot to org.hibernate.validator;
  opens io.github.yilian.county to org.hibernate.validator;
  opens io.github.yilian.alliance to org.hibernate.validator;
}
