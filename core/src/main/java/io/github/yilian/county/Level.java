package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * The levels of the administrative tree of seed 002, from the region down to the member units of a
 * medical community; each level's units sit directly under a unit of the level above it (lead
 * hospitals and primary-care units both sit under their community).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Level implements Named {
  /** The autonomous region (自治区). */
  REGION("自治区", "region", "regions"),
  /** A prefecture, autonomous prefecture or prefecture-level city (地、州、市). */
  PREFECTURE("地（州、市）", "prefecture", "prefectures"),
  /** A county, county-level city or district (县、市、区). */
  COUNTY("县（市、区）", "county", "counties"),
  /** A county medical community (县域医共体). */
  COMMUNITY("县域医共体", "medical community", "medical communities"),
  /** The lead hospital of a community (牵头医院). */
  LEAD_HOSPITAL("牵头医院", "lead hospital", "lead hospitals"),
  /**
   * A primary-care member unit of a community (基层成员单位): a township or community health centre
   * or a village clinic, as its {@link UnitKind} says.
   */
  PRIMARY_CARE_UNIT("基层成员单位", "primary-care unit", "primary-care units");

  private final BilingualText name;
  private final String englishPlural;

  Level(String chineseName, String englishName, String englishPlural) {
    this.name = BilingualText.of(chineseName, englishName);
    this.englishPlural = englishPlural;
  }

  @Override
  public BilingualText getName() {
    return name;
  }

  /**
   * Returns the level whose units hold units of this level.
   *
   * @return the parent level; empty for the region
   */
  public java.util.Optional<Level> getParentLevel() {
    return switch (this) {
      case REGION -> java.util.Optional.empty();
      case LEAD_HOSPITAL, PRIMARY_CARE_UNIT -> java.util.Optional.of(COMMUNITY);
      default -> java.util.Optional.of(values()[ordinal() - 1]);
    };
  }

  /**
   * Tells whether units of another level sit under units of this level (or are of this level):
   * a county contains communities, lead hospitals and primary-care units; a lead hospital does not
   * contain primary-care units.
   *
   * @param other the other level, not null
   * @return true if {@code other} is this level or lies below it
   */
  public boolean contains(Level other) {
    java.util.Objects.requireNonNull(other, "other");
    java.util.Optional<Level> level = java.util.Optional.of(other);
    while (level.isPresent()) {
      if (level.get() == this) {
        return true;
      }
      level = level.get().getParentLevel();
    }
    return false;
  }

  /** Returns "1 county", "2 counties": a count of units of this level in plural-correct English. */
  String count(long n) {
    return n + " " + (n == 1 ? getEnglishName() : englishPlural);
  }

  /** Returns the English name in the plural: "counties". */
  String englishPlural() {
    return englishPlural;
  }
}
