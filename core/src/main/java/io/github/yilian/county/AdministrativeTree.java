package io.github.yilian.county;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
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
    return Optional.ofNullable(index().unit(id));
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
    Index index = index();
    int number = index.numberOf(ancestorId);
    return number < 0 ? List.of() : index.unitsUnder(number, level);
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
    Index index = index();
    int number = index.numberOf(id);
    int above = number < 0 ? -1 : index.ancestor(level, number);
    return above < 0 ? null : index.units[above];
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

  /**
   * Lookups built once per tree. Each unit has a number, its place in {@link #getUnits()}; the
   * calculators walk units by number: the units of a level, the unit of a level above a unit, and
   * the units of a level under a unit (for each pair of levels, one array of unit numbers grouped by
   * the unit above, in tree order).
   */
  static final class Index {
    private static final int LEVELS = Level.values().length;

    /** The units by number. */
    final Unit[] units;
    final Map<Level, List<Unit>> byLevel = new EnumMap<>(Level.class);
    private final Map<String, Integer> numbers;
    /** By level ordinal, the numbers of the units of that level, in tree order. */
    private final int[][] atLevel = new int[LEVELS][];
    /** By unit number, the ordinal of its level. */
    private final byte[] levelOf;
    /** By unit number, the ordinal of its kind, or -1. */
    private final byte[] kindOf;
    /** By unit number, its place among the units of its level. */
    private final int[] position;
    /** By level ordinal and unit number, the number of the unit of that level above it (or itself), or -1. */
    private final int[][] ancestors = new int[LEVELS][];
    /** By upper and lower level ordinal, where the units under each upper unit start in {@link #members}. */
    private final int[][][] starts = new int[LEVELS][LEVELS][];
    /** By upper and lower level ordinal, the numbers of the lower units, grouped by the upper unit. */
    private final int[][][] members = new int[LEVELS][LEVELS][];
    /** Unit numbers 0, 1, 2, …: the one unit a unit counts of its own level is itself. */
    private final int[] identity;

    Index(List<Unit> list) {
      int n = list.size();
      units = list.toArray(new Unit[0]);
      numbers = new HashMap<>(n * 2);
      levelOf = new byte[n];
      kindOf = new byte[n];
      position = new int[n];
      identity = new int[n];
      int[] perLevel = new int[LEVELS];
      for (int u = 0; u < n; u++) {
        numbers.put(units[u].getId(), u);
        levelOf[u] = (byte) units[u].getLevel().ordinal();
        kindOf[u] = (byte) units[u].getKind().map(UnitKind::ordinal).orElse(-1).intValue();
        position[u] = perLevel[levelOf[u]]++;
        identity[u] = u;
      }
      for (Level level : Level.values()) {
        atLevel[level.ordinal()] = new int[perLevel[level.ordinal()]];
        ancestors[level.ordinal()] = new int[n];
        java.util.Arrays.fill(ancestors[level.ordinal()], -1);
      }
      for (int u = 0; u < n; u++) {
        atLevel[levelOf[u]][position[u]] = u;
        int above = u;
        while (true) {
          ancestors[levelOf[above]][u] = above;
          Optional<String> parent = units[above].getParentId();
          if (parent.isEmpty()) {
            break;
          }
          above = numbers.get(parent.get());
        }
      }
      for (Level level : Level.values()) {
        List<Unit> at = new ArrayList<>(perLevel[level.ordinal()]);
        for (int u : atLevel[level.ordinal()]) {
          at.add(units[u]);
        }
        byLevel.put(level, java.util.Collections.unmodifiableList(at));
      }
      for (int upper = 0; upper < LEVELS; upper++) {
        for (int lower = upper + 1; lower < LEVELS; lower++) {
          group(upper, lower);
        }
      }
    }

    /** Groups the units of the lower level by the unit of the upper level above them, in tree order. */
    private void group(int upper, int lower) {
      int[] start = new int[atLevel[upper].length + 1];
      int[] lowers = atLevel[lower];
      int[] above = ancestors[upper];
      int grouped = 0;
      for (int u : lowers) {
        if (above[u] >= 0) {
          start[position[above[u]] + 1]++;
          grouped++;
        }
      }
      for (int i = 1; i < start.length; i++) {
        start[i] += start[i - 1];
      }
      int[] next = java.util.Arrays.copyOf(start, start.length - 1);
      int[] grouping = new int[grouped];
      for (int u : lowers) {
        if (above[u] >= 0) {
          grouping[next[position[above[u]]]++] = u;
        }
      }
      starts[upper][lower] = start;
      members[upper][lower] = grouping;
    }

    /** Returns the number of the unit with an id, or -1. */
    int numberOf(String id) {
      Integer number = numbers.get(id);
      return number == null ? -1 : number;
    }

    /** Returns the unit with an id, or null. */
    @Nullable Unit unit(String id) {
      int number = numberOf(id);
      return number < 0 ? null : units[number];
    }

    /** Returns the numbers of the units of a level, in tree order; not to be modified. */
    int[] numbersAt(Level level) {
      return atLevel[level.ordinal()];
    }

    /** Returns the place of a unit among the units of its level. */
    int position(int unit) {
      return position[unit];
    }

    /** Returns the ordinal of a unit's kind, or -1 for a unit without a kind. */
    int kindOf(int unit) {
      return kindOf[unit];
    }

    /** Returns the number of the unit of a level above a unit (or the unit itself), or -1. */
    int ancestor(Level level, int unit) {
      return ancestors[level.ordinal()][unit];
    }

    /**
     * Returns the array holding the numbers of the units of a level under a unit (the unit itself if
     * it is of that level), from {@link #firstUnder} to {@link #endUnder}; not to be modified.
     */
    int[] under(int unit, Level level) {
      int upper = levelOf[unit];
      int lower = level.ordinal();
      return upper == lower ? identity : upper < lower ? members[upper][lower] : identity;
    }

    /** Returns where the units of a level under a unit start in {@link #under}. */
    int firstUnder(int unit, Level level) {
      int upper = levelOf[unit];
      int lower = level.ordinal();
      return upper == lower ? unit : upper < lower ? starts[upper][lower][position[unit]] : 0;
    }

    /** Returns where the units of a level under a unit end in {@link #under}. */
    int endUnder(int unit, Level level) {
      int upper = levelOf[unit];
      int lower = level.ordinal();
      return upper == lower ? unit + 1 : upper < lower ? starts[upper][lower][position[unit] + 1] : 0;
    }

    /** Returns the units of a level under a unit, an unmodifiable view in tree order. */
    List<Unit> unitsUnder(int unit, Level level) {
      int[] array = under(unit, level);
      int from = firstUnder(unit, level);
      int to = endUnder(unit, level);
      return from == to ? List.of() : new UnitList(units, array, from, to);
    }
  }

  /** Some units of the tree by number: a read-only view, never copied. */
  private static final class UnitList extends AbstractList<Unit> implements RandomAccess {
    private final Unit[] units;
    private final int[] numbers;
    private final int from;
    private final int size;

    UnitList(Unit[] units, int[] numbers, int from, int to) {
      this.units = units;
      this.numbers = numbers;
      this.from = from;
      this.size = to - from;
    }

    @Override
    public Unit get(int index) {
      Objects.checkIndex(index, size);
      return units[numbers[from + index]];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** Builds an {@link AdministrativeTree}; add the units in any order. */
  public static final class Builder extends ImmutableAdministrativeTree.Builder {
    Builder() {}
  }
}
