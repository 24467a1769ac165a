package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One unit of the administrative tree: the region, a prefecture, a county, a medical community or a
 * member unit of a community, with the id of the unit it sits under. A primary-care unit also says
 * which kind it is (township or community health centre, village clinic), as the share targets
 * T7 and T14 count health centres only.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class Unit implements CrossFieldRules {

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
   * Returns the kind of a primary-care unit.
   *
   * @return the kind, present exactly for a unit of level {@link Level#PRIMARY_CARE_UNIT}
   */
  public abstract Optional<UnitKind> getKind();

  /**
   * Creates the region, the unit at the top of the tree.
   *
   * @param id the region's id, not blank
   * @param name the region's name
   * @return the unit, at level {@link Level#REGION} with no parent
   * @throws jakarta.validation.ConstraintViolationException if the id is blank
   * @throws NullPointerException if an argument is null
   */
  public static Unit region(String id, BilingualText name) {
    return builder().id(id).name(name).level(Level.REGION).build();
  }

  /**
   * Creates a unit under another one; a primary-care unit is created with
   * {@link #primaryCare(String, BilingualText, UnitKind, String)}.
   *
   * @param id the unit's id, not blank
   * @param name the unit's name
   * @param level the unit's level, not {@link Level#PRIMARY_CARE_UNIT}
   * @param parentId the id of the unit it sits under
   * @return the unit
   * @throws jakarta.validation.ConstraintViolationException if the id is blank or the level is
   *     {@link Level#PRIMARY_CARE_UNIT} (which needs a kind)
   * @throws NullPointerException if an argument is null
   */
  public static Unit of(String id, BilingualText name, Level level, String parentId) {
    return builder().id(id).name(name).level(level).parentId(parentId).build();
  }

  /**
   * Creates a primary-care member unit of a community.
   *
   * @param id the unit's id, not blank
   * @param name the unit's name
   * @param kind what the unit is: a township or community health centre, a village clinic
   * @param communityId the id of its community
   * @return the unit, at level {@link Level#PRIMARY_CARE_UNIT}
   * @throws jakarta.validation.ConstraintViolationException if the id is blank
   * @throws NullPointerException if an argument is null
   */
  public static Unit primaryCare(String id, BilingualText name, UnitKind kind, String communityId) {
    return builder().id(id).name(name).level(Level.PRIMARY_CARE_UNIT).kind(kind).parentId(communityId)
        .build();
  }

  /**
   * Returns a builder for a unit.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Adds an inconsistency for a primary-care unit without a kind, or a kind on a unit of another
   * level.
   *
   * @param found where to add it
   */
  @Override
  public void checkCrossFields(Inconsistencies found) {
    if (getKind().isPresent() != (getLevel() == Level.PRIMARY_CARE_UNIT)) {
      found.add("kind", "{io.github.yilian.county.Unit.kind}",
          Map.of("id", getId(), "level", getLevel().getName()));
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link Unit}; every attribute but the parent id and the kind is required. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}
  }
}
