package io.github.yilian.county;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A set of county medical community targets with unique ids, such as
 * {@link XinjiangCountyTargets2023#policy()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class TargetPolicy implements CrossFieldRules {

  TargetPolicy() {}

  /**
   * Returns the targets, in the order dashboards list them.
   *
   * @return the targets
   */
  public abstract List<Target> getTargets();

  /**
   * Returns how rankings list tied units.
   *
   * @return the tie-break; {@link TieBreak#BY_ID} unless set
   */
  @Value.Default
  public TieBreak getTieBreak() {
    return TieBreak.BY_ID;
  }

  /**
   * Finds a target by id.
   *
   * @param id the target's id, not null
   * @return the target, or empty
   * @throws NullPointerException if the id is null
   */
  public Optional<Target> getTarget(String id) {
    Objects.requireNonNull(id, "id");
    return getTargets().stream().filter(t -> t.getId().equals(id)).findFirst();
  }

  /**
   * Creates a policy.
   *
   * @param targets the targets, ids unique, none null
   * @return the policy
   * @throws jakarta.validation.ConstraintViolationException if two targets share an id
   * @throws NullPointerException if the list or a target is null
   */
  public static TargetPolicy of(List<Target> targets) {
    Objects.requireNonNull(targets, "targets");
    return builder().addAllTargets(targets).build();
  }

  /**
   * Returns a builder for a policy with options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Adds an inconsistency for every id used by two targets.
   *
   * @param found where to add them
   */
  @Override
  public void checkCrossFields(Inconsistencies found) {
    Set<String> ids = new HashSet<>();
    getTargets().stream().map(Target::getId).filter(id -> !ids.add(id)).forEach(id ->
        found.add("targets", "{io.github.yilian.county.TargetPolicy.duplicateId}", Map.of("id", id)));
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link TargetPolicy}; the tie-break defaults to {@link TieBreak#BY_ID}. */
  public static final class Builder extends ImmutableTargetPolicy.Builder {
    Builder() {}
  }
}
