package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One unit of the administrative tree: the region, a prefecture, a county, a medical community or a
 * member unit of a community, with the id of the unit it sits under.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@SuppressWarnings("exports")
public abstract class Unit {

  Unit() {}

  /**
   * Returns the id, unique in the tree (an administrative code such as "650102", or any text).
   *
   * @return the id, not blank
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the unit's name.
   *
   * @return the name in Chinese and English
   */
  public abstract BilingualText getName();

  /**
   * Returns the unit's level.
   *
   * @return the level
   */
  public abstract Level getLevel();

  /**
   * Returns the id of the unit this one sits under.
   *
   * @return the parent's id; empty for the region
   */
  public abstract Optional<String> getParentId();

  /**
   * Creates the region, the unit at the top of the tree.
   *
   * @param id the region's id, not blank
   * @param name the region's name
   * @return the unit, at level {@link Level#REGION} with no parent
   * @throws jakarta.validation.ConstraintViolationException if the id is blank
   */
  public static Unit region(String id, BilingualText name) {
    return builder().id(id).name(name).level(Level.REGION).build();
  }

  /**
   * Creates a unit under another one.
   *
   * @param id the unit's id, not blank
   * @param name the unit's name
   * @param level the unit's level
   * @param parentId the id of the unit it sits under
   * @return the unit
   * @throws jakarta.validation.ConstraintViolationException if the id is blank
   */
  public static Unit of(String id, BilingualText name, Level level, String parentId) {
    return builder().id(id).name(name).level(level).parentId(parentId).build();
  }

  /**
   * Returns a builder for a unit.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link Unit}; every attribute but the parent id is required. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}
  }
}
