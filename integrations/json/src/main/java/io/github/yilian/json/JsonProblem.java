package io.github.yilian.json;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a JSON document read as a Yilian model: where it is (the JSON path), which
 * model and field it concerns, and what is wrong.
 *
 * <p>For example path {@code $.record.outreachVisits[1].date}, model {@code OutreachVisit}, field
 * {@code date}, message {@code "2021-13-01" is not an ISO-8601 date (yyyy-mm-dd)}; or a model's own
 * validation, path {@code $.record.outreachVisits}, model {@code AllianceAssessmentRecord}, field
 * {@code outreachVisits}, message {@code date 2020-11-02 is outside the assessment year 2021}.
 * Messages never show personal data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonProblem implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the problem is, such as {@code $.units[2].name.zh}. */
  private final String jsonPath;
  /** The simple name of the model that holds the field. */
  private final String modelType;
  /** The model's field, or null for the whole value. */
  private final @Nullable String field;
  /** What is wrong. */
  private final String message;

  private JsonProblem(String jsonPath, String modelType, @Nullable String field, String message) {
    this.jsonPath = jsonPath;
    this.modelType = modelType;
    this.field = field;
    this.message = message;
  }

  /**
   * Creates a problem.
   *
   * @param jsonPath where in the document, such as {@code "$.units[2].name.zh"}, not null
   * @param modelType the simple name of the model that holds the field (or of the value read, when
   *     the problem concerns the whole value), not null
   * @param field the model's field, or null if the problem concerns the whole value
   * @param message what is wrong, not null
   * @return the problem
   */
  public static JsonProblem of(String jsonPath, String modelType, @Nullable String field, String message) {
    return new JsonProblem(
        Objects.requireNonNull(jsonPath, "jsonPath"),
        Objects.requireNonNull(modelType, "modelType"),
        field,
        Objects.requireNonNull(message, "message"));
  }

  /**
   * Returns where the problem is, as a JSON path from the root of the value read: {@code $} for the
   * value itself, {@code .name} for a property, {@code [3]} for an array element.
   *
   * @return the JSON path, such as {@code "$.record.outreachVisits[1].date"}
   */
  public String getJsonPath() {
    return jsonPath;
  }

  /**
   * Returns the simple name of the model the field belongs to, such as {@code "OutreachVisit"}.
   *
   * @return the model's type name
   */
  public String getModelType() {
    return modelType;
  }

  /**
   * Returns the model's field the problem concerns, as the model names it (a bilingual text's
   * {@code zh} is its field {@code chinese}).
   *
   * @return the field, or empty if the problem concerns the whole value
   */
  public Optional<String> getField() {
    return Optional.ofNullable(field);
  }

  /**
   * Returns what is wrong, such as {@code "must not be blank"} or
   * {@code "end date 2023-01-01 is before start date 2023-06-30"}.
   *
   * @return the message
   */
  public String getMessage() {
    return message;
  }

  /**
   * Returns this problem as found inside a property of an enclosing object: {@code $.name} inside
   * property {@code record} is {@code $.record.name}. A JSON library's binding uses it when the value
   * read is part of a larger document.
   *
   * @param property the name of the enclosing object's property, not null
   * @return the problem with the longer path
   */
  public JsonProblem withinProperty(String property) {
    Objects.requireNonNull(property, "property");
    return new JsonProblem(Path.step("$", property) + jsonPath.substring(1), modelType, field, message);
  }

  /**
   * Returns this problem as found inside an element of an enclosing array: {@code $.name} inside
   * element 3 is {@code $[3].name}.
   *
   * @param index the element's index, 0 or more
   * @return the problem with the longer path
   */
  public JsonProblem withinElement(int index) {
    return new JsonProblem("$[" + index + "]" + jsonPath.substring(1), modelType, field, message);
  }

  /**
   * Checks whether another object is a problem with the same path, model, field and message.
   *
   * @param obj the object to check
   * @return true if it is an equal problem
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof JsonProblem other
        && jsonPath.equals(other.jsonPath)
        && modelType.equals(other.modelType)
        && Objects.equals(field, other.field)
        && message.equals(other.message);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(jsonPath, modelType, field, message);
  }

  /**
   * Returns the problem as one line: path, model and field, message.
   *
   * @return such as {@code "$.units[2].name.zh (BilingualText.chinese): must not be blank"}
   */
  @Override
  public String toString() {
    return jsonPath + " (" + modelType + (field == null ? "" : "." + field) + "): " + message;
  }
}
