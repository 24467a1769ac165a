package io.github.yilian.county;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The administrative tree of seed 002 (section 一): one region, its prefectures, their counties,
 * the counties' medical communities and each community's lead hospital and primary-care units.
 *
 * <p>Ids are unique in the tree, every unit but the region sits under a unit of the level above, and
 * every community has exactly one lead hospital. Queries ({@link #getUnit}, {@link #unitsUnder}) use
 * indexes built once, on first use.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class AdministrativeTree implements CrossFieldRules {

  AdministrativeTree() {}

  /**
   * Returns the units, in the order they were added (the order listings use).
   *
   * @return the units, at least the region
   */
  public abstract List<Unit> getUnits();

  /**
   * Returns a builder for a tree.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the region, the root of the tree.
   *
   * @return the one unit of level {@link Level#REGION}
   */
  public Unit getRegion() {
    return unitsAt(Level.REGION).get(0);
  }

  /**
   * Finds a unit by id.
   *
   * @param id the unit's id, not null
   * @return the unit, or empty if no unit has that id
   * @throws NullPointerException if the id is null
   */
  public Optional<Unit> getUnit(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(index().byId.get(id));
  }

  /**
   * Returns every unit of a level, in the order they were added.
   *
   * @param level the level, not null
   * @return the units, possibly none, unmodifiable
   * @throws NullPointerException if the level is null
   */
  public List<Unit> unitsAt(Level level) {
    Objects.requireNonNull(level, "level");
    return index().byLevel.get(level);
  }

  /**
   * Returns the units of a level that sit under a unit, directly or further down; a unit of that
   * level is "under" itself.
   *
   * @param ancestorId the id of the unit above, not null
   * @param level the level of the units wanted, not null
   * @return the units in the order they were added, possibly none, unmodifiable
   * @throws NullPointerException if an argument is null
   */
  public List<Unit> unitsUnder(String ancestorId, Level level) {
    Objects.requireNonNull(ancestorId, "ancestorId");
    Objects.requireNonNull(level, "level");
    Unit self = index().byId.get(ancestorId);
    if (self != null && self.getLevel() == level) {
      return List.of(self);
    }
    return index().under.get(level).getOrDefault(ancestorId, List.of());
  }

  /**
   * Returns the unit of a level above a unit, such as the prefecture of a county.
   *
   * @param id the unit's id, not null
   * @param level the level above, not null
   * @return the unit above at that level (the unit itself if it is of that level), or empty
   * @throws NullPointerException if an argument is null
   */
  public Optional<Unit> ancestorAt(String id, Level level) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    return Optional.ofNullable(ancestor(id, level));
  }

  /** Returns the unit of a level above a unit (or the unit itself), or null. */
  @Nullable Unit ancestor(String id, Level level) {
    Unit[] chain = index().chains.get(id);
    return chain == null ? null : chain[level.ordinal()];
  }

  @Value.Lazy
  Index index() {
    return new Index(getUnits());
  }

  /**
   * Adds an inconsistency for a duplicate id, a unit whose parent is missing or of the wrong level,
   * a tree without exactly one region, and a community without exactly one lead hospital.
   *
   * @param found where to add them
   */
  @Override
  public void checkCrossFields(Inconsistencies found) {
    Map<String, Unit> byId = new HashMap<>();
    Map<String, Integer> leads = new HashMap<>();
    int regions = 0;
    for (Unit unit : getUnits()) {
      Unit earlier = byId.putIfAbsent(unit.getId(), unit);
      if (earlier != null) {
        found.add("units", "{io.github.yilian.county.AdministrativeTree.duplicateId}",
            Map.of("id", unit.getId(), "first", parentOf(earlier), "second", parentOf(unit)));
      }
      regions += unit.getLevel() == Level.REGION ? 1 : 0;
      if (unit.getLevel() == Level.COMMUNITY) {
        leads.putIfAbsent(unit.getId(), 0);
      }
    }
    if (regions != 1) {
      found.add("units", "{io.github.yilian.county.AdministrativeTree.regionCount}",
          Map.of("count", regions));
    }
    for (Unit unit : getUnits()) {
      checkParent(unit, byId, found);
      if (unit.getLevel() == Level.LEAD_HOSPITAL) {
        unit.getParentId().ifPresent(p -> leads.computeIfPresent(p, (k, n) -> n + 1));
      }
    }
    leads.forEach((community, count) -> {
      if (count != 1) {
        found.add("units", "{io.github.yilian.county.AdministrativeTree.leadHospitalCount}",
            Map.of("community", community, "count", count));
      }
    });
  }

  private static String parentOf(Unit unit) {
    return unit.getParentId().orElse("-");
  }

  private static void checkParent(Unit unit, Map<String, Unit> byId, Inconsistencies found) {
    Optional<Level> expected = unit.getLevel().getParentLevel();
    Optional<Level> actual = unit.getParentId().map(byId::get).map(Unit::getLevel);
    if (!expected.equals(actual)) {
      found.add("units", "{io.github.yilian.county.AdministrativeTree.wrongParent}",
          Map.of("id", unit.getId(), "level", unit.getLevel().getName(),
              "parent", parentOf(unit),
              "expected", expected.map(Level::getName).orElse(Reasons.NO_LEVEL)));
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Lookups built once per tree. */
  static final class Index {
    final Map<String, Unit> byId = new HashMap<>();
    final Map<Level, List<Unit>> byLevel = new EnumMap<>(Level.class);
    final Map<Level, Map<String, List<Unit>>> under = new EnumMap<>(Level.class);
    /** Per unit id, the unit itself and the units above it, by level ordinal. */
    final Map<String, Unit[]> chains = new HashMap<>();

    Index(List<Unit> units) {
      for (Level level : Level.values()) {
        byLevel.put(level, new ArrayList<>());
        under.put(level, new HashMap<>());
      }
      units.forEach(u -> byId.put(u.getId(), u));
      for (Unit unit : units) {
        byLevel.get(unit.getLevel()).add(unit);
        Unit[] chain = new Unit[Level.values().length];
        chain[unit.getLevel().ordinal()] = unit;
        Optional<String> parent = unit.getParentId();
        while (parent.isPresent()) {
          under.get(unit.getLevel()).computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(unit);
          Unit above = byId.get(parent.get());
          chain[above.getLevel().ordinal()] = above;
          parent = above.getParentId();
        }
        chains.put(unit.getId(), chain);
      }
      byLevel.replaceAll((level, list) -> List.copyOf(list));
      under.values().forEach(map -> map.replaceAll((id, list) -> List.copyOf(list)));
    }
  }

  /** Builds an {@link AdministrativeTree}; add the units in any order. */
  public static final class Builder extends ImmutableAdministrativeTree.Builder {
    Builder() {}
  }
}
