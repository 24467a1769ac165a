package io.github.yilian.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when JSON does not describe a valid Yilian model: each {@link JsonProblem} names the JSON
 * path, the model and its field, and what is wrong.
 *
 * <p>Everything wrong in one document is reported at once, as far as it can be found: a bad date in
 * one element does not hide a missing field in another. A model's own validation (the
 * {@code jakarta.validation.ConstraintViolationException} it throws when built) arrives here as one
 * problem per violation, at the JSON path of the field.
 */
public final class InvalidJsonException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists; {@link #getProblems()} has them all. */
  private static final int SHOWN = 10;

  /** Every problem found, in document order. */
  private final ArrayList<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems what is wrong, at least one, none null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidJsonException(List<JsonProblem> problems) {
    super(describe(problems));
    this.problems = new ArrayList<>(problems);
  }

  private static String describe(List<JsonProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidJsonException needs at least one problem");
    }
    String shown =
        problems.stream().limit(SHOWN).map(JsonProblem::toString).collect(Collectors.joining("; "));
    int more = problems.size() - SHOWN;
    return more > 0 ? shown + "; and " + more + " more" : shown;
  }

  /**
   * Returns every problem found, in document order.
   *
   * @return the problems, at least one, unmodifiable
   */
  public List<JsonProblem> getProblems() {
    return Collections.unmodifiableList(problems);
  }

  /**
   * Returns the JSON path of the first problem.
   *
   * @return such as {@code "$.record.outreachVisits[1].date"}
   */
  public String getJsonPath() {
    return problems.get(0).getJsonPath();
  }

  /**
   * Returns the model's field of the first problem.
   *
   * @return the field, such as {@code "date"}, or empty if the first problem concerns a whole value
   */
  public java.util.Optional<String> getField() {
    return problems.get(0).getField();
  }

  /**
   * Returns the model type of the first problem.
   *
   * @return the simple name of the model, such as {@code "OutreachVisit"}
   */
  public String getModelType() {
    return problems.get(0).getModelType();
  }
}
