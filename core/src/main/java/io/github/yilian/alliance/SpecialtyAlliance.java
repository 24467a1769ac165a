package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A specialty alliance (大专科联盟): a lead department and the same specialty's departments at other
 * hospitals, with a management committee and office (seed 003, sections 四 and 六).
 *
 * <p>There are from 1 to {@value #MAX_MEMBERS} member units, member ids are distinct and the lead
 * unit is not a member. The date the alliance began operating is optional: months before it are
 * not months "without a meeting" in an assessment's observations (Haikou: by the end of October
 * 2021, "2021 年 10 月底前正式实施大专科联盟运营", section 五). {@link HaikouAlliances2021} holds the four
 * Haikou alliances. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class SpecialtyAlliance implements CrossFieldRules {

  /** The most member units an alliance may have; it keeps every sum of their volumes inside a long. */
  public static final int MAX_MEMBERS = 1_000_000;

  /** Up to this many member units, a unit is found by comparing ids; beyond it, in a map. */
  private static final int FEW_MEMBERS = 8;

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
   * @return the members, from 1 to {@value #MAX_MEMBERS}, with distinct ids
   */
  @Size(min = 1, max = MAX_MEMBERS)
  public abstract List<CareUnit> getMembers();

  /**
   * Returns the management committee and office, in the order given; empty if not recorded.
   *
   * @return the committee members
   */
  public abstract List<CommitteeMember> getCommittee();

  /**
   * Returns the day the alliance began operating (挂牌运行), if recorded: the first day of the first
   * month whose meetings the observations look for is on or after it (a month in which the alliance
   * operated only part of the time is not asked for a meeting).
   *
   * @return the date, from 1900-01-01 to 2200-12-31; empty if not recorded (every month counts)
   */
  public abstract Optional<@SupportedDate LocalDate> getOperatingSince();

  /**
   * Checks whether a unit id names one of the member units.
   *
   * @param unitId the id to look for, not null
   * @return true if a member unit has that id
   * @throws NullPointerException if {@code unitId} is null
   */
  public boolean hasMember(String unitId) {
    Objects.requireNonNull(unitId, "unitId");
    return memberIndex(unitId) >= 0;
  }

  /**
   * Checks whether a unit id names the lead unit or a member unit.
   *
   * @param unitId the id to look for, not null
   * @return true if the lead or a member unit has that id
   * @throws NullPointerException if {@code unitId} is null
   */
  public boolean hasUnit(String unitId) {
    Objects.requireNonNull(unitId, "unitId");
    return getLead().getId().equals(unitId) || hasMember(unitId);
  }

  /**
   * The position of the first member unit with an id in {@link #getMembers()}: up to
   * eight member units found by comparing ids, cheaper than a map, and beyond that
   * looked up in one.
   *
   * @param unitId the id, not null
   * @return its position, from 0; −1 if no member unit has that id
   */
  int memberIndex(String unitId) {
    List<CareUnit> members = getMembers();
    if (members.size() > FEW_MEMBERS) {
      Integer index = getMemberIndexes().get(unitId);
      return index == null ? -1 : index;
    }
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).getId().equals(unitId)) {
        return i;
      }
    }
    return -1;
  }

  /** The member units' positions in {@link #getMembers()}, by id; built once, when first needed. */
  @Value.Lazy
  Map<String, Integer> getMemberIndexes() {
    List<CareUnit> members = getMembers();
    Map<String, Integer> indexes = new HashMap<>(members.size() * 2);
    for (int i = 0; i < members.size(); i++) {
      indexes.putIfAbsent(members.get(i).getId(), i);
    }
    return Map.copyOf(indexes);
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

  /** Checks the constraints above in plain code; the validation engine runs only to report a violation. */
  @Value.Check
  void check() {
    ModelValidator.check(this, ModelValidator.isVisible(getId()) && getMembers().size() >= 1 && getMembers().size() <= MAX_MEMBERS
        && getOperatingSince().map(SupportedRange::isSupported).orElse(true) && ModelValidator.isConsistent(this));
  }

  /**
   * Builds a {@link SpecialtyAlliance}; id, specialty, lead and at least one member are required, the
   * committee and the operating date are optional.
   */
  public static final class Builder extends ImmutableSpecialtyAlliance.Builder {
    Builder() {}
  }
}
