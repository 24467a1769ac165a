package io.github.yilian.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a reader is in a JSON document, and which model's field that is: a linked list of steps
 * from the root, rendered only when a problem is reported.
 */
final class Path {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private final @Nullable Path parent;
  private final @Nullable String name;
  private final int index;
  /** The model the field belongs to; for the root, the type read. */
  private final String owner;
  /** The model's field, or null at the root. */
  private final @Nullable String field;

  private Path(@Nullable Path parent, @Nullable String name, int index, String owner, @Nullable String field) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.owner = owner;
    this.field = field;
  }

  static Path root(Class<?> type) {
    return new Path(null, null, -1, type.getSimpleName(), null);
  }

  /** The step into a model's property, whose JSON name is the field's name. */
  Path property(String name, Class<?> model) {
    return new Path(this, name, -1, model.getSimpleName(), name);
  }

  /** The step into a model's property whose JSON name differs from the field's. */
  Path property(String jsonName, Class<?> model, String field) {
    return new Path(this, jsonName, -1, model.getSimpleName(), field);
  }

  /** The step into a map entry: rendered like a property, it stays the map's field. */
  Path key(String key) {
    return new Path(this, key, -1, owner, field);
  }

  /** The step into an array element: it stays the array's field. */
  Path index(int index) {
    return new Path(this, null, index, owner, field);
  }

  JsonProblem problem(String message) {
    return JsonProblem.of(render(), owner, field, message);
  }

  String render() {
    Deque<Path> steps = new ArrayDeque<>();
    for (Path p = this; p.parent != null; p = p.parent) {
      steps.push(p);
    }
    StringBuilder out = new StringBuilder("$");
    for (Path step : steps) {
      if (step.name == null) {
        out.append('[').append(step.index).append(']');
      } else {
        out.append(step("", step.name));
      }
    }
    return out.toString();
  }

  /** A step into a property: {@code .name}, or {@code ['a name']} for a name that is not an identifier. */
  static String step(String before, String name) {
    return IDENTIFIER.matcher(name).matches() ? before + "." + name
        : before + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  @Override
  public String toString() {
    return render();
  }
}
