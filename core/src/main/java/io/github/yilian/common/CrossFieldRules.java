package io.github.yilian.common;

/**
 * A model whose invariants span several fields; annotate it with {@link Consistent}.
 *
 * <p>The validator calls {@link #checkCrossFields(Inconsistencies)} while the model is being
 * built; the model adds one {@link Inconsistencies#add inconsistency} per broken rule and returns.
 * Users never need to call it: a built model has no inconsistencies.
 */
public interface CrossFieldRules {

  /**
   * Adds an inconsistency for every cross-field rule this model breaks.
   *
   * @param inconsistencies where to add them, not null
   */
  void checkCrossFields(Inconsistencies inconsistencies);
}
