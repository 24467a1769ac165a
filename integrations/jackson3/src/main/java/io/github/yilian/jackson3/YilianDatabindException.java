package io.github.yilian.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import io.github.yilian.json.InvalidJsonException;
import io.github.yilian.json.JsonProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Thrown by Jackson 3 when JSON does not describe a valid Yilian model: each {@link JsonProblem}
 * names the JSON path (from the root of the whole document), the model and its field, and what is
 * wrong; a model's own validation arrives as one problem per violation.
 *
 * <p>It is a {@link DatabindException}, so it passes through Jackson's collections and beans
 * unwrapped: reading a {@code List<Finding>} whose element 3 is invalid gives this exception with
 * paths that start {@code $[3]}.
 */
public final class YilianDatabindException extends DatabindException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists; {@link #getProblems()} has them all. */
  private static final int SHOWN = 10;

  /** The problems with paths from the value the module read, before Jackson adds the outer path. */
  private final ArrayList<JsonProblem> problems;

  YilianDatabindException(JsonParser parser, InvalidJsonException cause) {
    super(parser, cause.getMessage(), cause);
    this.problems = new ArrayList<>(cause.getProblems());
  }

  /**
   * Returns every problem found, with its JSON path from the root of the document read.
   *
   * @return the problems, at least one
   */
  public List<JsonProblem> getProblems() {
    List<Reference> outer = getPath();
    List<JsonProblem> located = new ArrayList<>(problems.size());
    for (JsonProblem problem : problems) {
      for (int i = outer.size() - 1; i >= 0; i--) {
        Reference step = outer.get(i);
        problem = step.getPropertyName() != null ? problem.withinProperty(step.getPropertyName())
            : step.getIndex() >= 0 ? problem.withinElement(step.getIndex()) : problem;
      }
      located.add(problem);
    }
    return List.copyOf(located);
  }

  /**
   * Returns the JSON path of the first problem.
   *
   * @return such as {@code "$.record.outreachVisits[1].date"}
   */
  public String getJsonPath() {
    return getProblems().get(0).getJsonPath();
  }

  /**
   * Returns the model type of the first problem.
   *
   * @return the simple name of the model, such as {@code "OutreachVisit"}
   */
  public String getModelType() {
    return problems.get(0).getModelType();
  }

  /**
   * Returns the model's field of the first problem.
   *
   * @return the field, such as {@code "date"}, or empty if it concerns a whole value
   */
  public Optional<String> getField() {
    return problems.get(0).getField();
  }

  /**
   * Returns every problem, one after another, with paths from the root of the document.
   *
   * @return such as {@code "$.units[2].name.zh (BilingualText.chinese): must not be blank"}
   */
  @Override
  public String getMessage() {
    List<JsonProblem> all = getProblems();
    String shown = all.stream().limit(SHOWN).map(JsonProblem::toString).collect(Collectors.joining("; "));
    return all.size() > SHOWN ? shown + "; and " + (all.size() - SHOWN) + " more" : shown;
  }
}
