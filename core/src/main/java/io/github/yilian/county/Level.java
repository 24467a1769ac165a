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
  REGION("自治区", "region"),
  /** A prefecture, autonomous prefecture or prefecture-level city (地、州、市). */
  PREFECTURE("地(州、市)", "prefecture"),
  /** A county, county-level city or district (县、市、区). */
  COUNTY("县(市、区)", "county"),
  /** A county medical community (县域医共体). */
  COMMUNITY("县域医共体", "medical community"),
  /** The lead hospital of a community (牵头医院). */
  LEAD_HOSPITAL("牵头医院", "lead hospital"),
  /** A primary-care member unit: township or community health centre, village clinic (基层成员单位). */
  PRIMARY_CARE_UNIT("基层成员单位", "primary-care unit");

  private final BilingualText name;

  Level(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
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
}
