package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A specialty alliance (大专科联盟): a lead department and the same specialty's departments at other
 * hospitals, with a management committee and office (seed 003, sections 四 and 六).
 *
 * <p>There is at least one member unit, member ids are distinct and the lead unit is not a member.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class SpecialtyAlliance implements CrossFieldRules {

  SpecialtyAlliance() {}

  /**
   * Returns the alliance's id.
   *
   * @return the id, not blank
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the specialty, such as 神经外科 / neurosurgery.
   *
   * @return the specialty
   */
  public abstract BilingualText getSpecialty();

  /**
   * Returns the lead department (牵头专科).
   *
   * @return the lead unit
   */
  public abstract CareUnit getLead();

  /**
   * Returns the member units (成员单位), in the order given.
   *
   * @return the members, at least one, with distinct ids
   */
  @Size(min = 1)
  public abstract List<CareUnit> getMembers();

  /**
   * Returns the management committee and office, in the order given; empty if not recorded.
   *
   * @return the committee members
   */
  public abstract List<CommitteeMember> getCommittee();

  /**
   * Checks whether a unit id names one of the member units.
   *
   * @param unitId the id to look for
   * @return true if a member unit has that id
   */
  public boolean hasMember(String unitId) {
    return getMemberIds().contains(unitId);
  }

  /**
   * Checks whether a unit id names the lead unit or a member unit.
   *
   * @param unitId the id to look for
   * @return true if the lead or a member unit has that id
   */
  public boolean hasUnit(String unitId) {
    return getLead().getId().equals(unitId) || hasMember(unitId);
  }

  @Value.Lazy
  Set<String> getMemberIds() {
    return getMembers().stream().map(CareUnit::getId).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    Set<String> seen = new HashSet<>();
    for (CareUnit member : getMembers()) {
      if (member.getId().equals(getLead().getId())) {
        found.add("members", "{io.github.yilian.alliance.SpecialtyAlliance.leadIsMember}", Map.of("unit", member.getId()));
      }
      if (!seen.add(member.getId())) {
        found.add("members", "{io.github.yilian.alliance.SpecialtyAlliance.duplicateMember}", Map.of("unit", member.getId()));
      }
    }
  }

  /**
   * Returns a builder for an alliance.
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

  /** Builds a {@link SpecialtyAlliance}; id, specialty, lead and at least one member are required. */
  public static final class Builder extends ImmutableSpecialtyAlliance.Builder {
    Builder() {}
  }
}
