package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks the expert group as it stands and reports every broken rule as a {@link Finding}
 * (seed 000, sections 一, 二(三), 三 and 五(一)), each a {@link Severity#VIOLATION}, as each duty is
 * stated without qualification:
 *
 * <ul>
 *   <li>{@value #COVERAGE}: every covered province is the responsibility of exactly one team, and no
 *       team is responsible for a province the group does not cover (分区包段); a gap, an overlap or
 *       a stray province is named by province;
 *   <li>{@value #LIAISON}: every covered province has at least one liaison (三);
 *   <li>{@value #LEADER}: every team has a leader, who is a senior expert (遴选资深专家担任组长);
 *   <li>{@value #SECTORS} and {@value #FIELDS}: every team's members come from at least the policy's
 *       number of different sectors, fields of expertise, or both, as the policy reads 领域
 *       (每组由不同领域的专家组成);
 *   <li>{@value #SELECTION}: every team member, being appointed, has all four selection criteria of
 *       section 一 attested (专家遴选条件); the attestation dates are not compared with the
 *       appointment, as the seed sets no time for them.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GroupChecker {

  /** Rule id: each covered province is the responsibility of exactly one team. */
  public static final String COVERAGE = "expert.coverage";

  /** Rule id: each team has one leader, a senior expert. */
  public static final String LEADER = "expert.leader";

  /** Rule id: each team mixes sectors. */
  public static final String SECTORS = "expert.sectors";

  /** Rule id: each team mixes fields of expertise (when the policy reads 领域 so). */
  public static final String FIELDS = "expert.fields";

  /** Rule id: each covered province has a liaison. */
  public static final String LIAISON = "expert.liaison";

  /** Rule id: each appointed expert has the four selection criteria attested. */
  public static final String SELECTION = "expert.selection";

  private final CompositionPolicy policy;

  private GroupChecker(CompositionPolicy policy) {
    this.policy = policy;
  }

  /**
   * Obtains a checker for a composition policy.
   *
   * @param policy how teams must be composed, not null
   * @return the checker
   * @throws NullPointerException if {@code policy} is null
   */
  public static GroupChecker of(CompositionPolicy policy) {
    return new GroupChecker(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Checks a group: coverage by province (in code order, the provinces of the group and of its
   * teams), liaisons by covered province (in code order), then by team (in team order) its leader,
   * its mix, and the selection criteria of its members (in member order).
   *
   * @param group the group, for example {@link GroupState#getGroup()}, not null
   * @return the findings; empty if every rule holds
   * @throws NullPointerException if {@code group} is null
   */
  public List<Finding> check(ExpertGroup group) {
    Objects.requireNonNull(group, "group");
    List<Finding> findings = new ArrayList<>();
    Set<Province> covered = EnumSet.copyOf(group.getCoveredProvinces());
    Set<Province> assigned = EnumSet.copyOf(covered);
    group.getTeams().forEach(team -> assigned.addAll(team.getProvinces()));
    for (Province province : assigned) {
      coverage(group, province, covered.contains(province), findings);
    }
    Set<Province> withLiaison = EnumSet.noneOf(Province.class);
    group.getLiaisons().forEach(liaison -> withLiaison.add(liaison.getProvince()));
    for (Province province : covered) {
      if (!withLiaison.contains(province)) {
        findings.add(finding(LIAISON, province.getCode(), Reasons.provinceWithoutLiaison(province)));
      }
    }
    for (ExpertTeam team : group.getTeams()) {
      leader(group, team, findings);
      mix(group, team, findings);
      selection(group, team, findings);
    }
    return List.copyOf(findings);
  }

  private static void coverage(ExpertGroup group, Province province, boolean covered, List<Finding> findings) {
    List<String> teams =
        group.getTeams().stream().filter(team -> team.getProvinces().contains(province)).map(ExpertTeam::getId).toList();
    if (!covered) {
      findings.add(finding(COVERAGE, province.getCode(), Reasons.provinceNotCovered(province, teams)));
    } else if (teams.isEmpty()) {
      findings.add(finding(COVERAGE, province.getCode(), Reasons.provinceWithoutTeam(province)));
    } else if (teams.size() > 1) {
      findings.add(finding(COVERAGE, province.getCode(), Reasons.provinceWithSeveralTeams(province, teams)));
    }
  }

  private static void leader(ExpertGroup group, ExpertTeam team, List<Finding> findings) {
    if (team.getLeader().isEmpty()) {
      findings.add(finding(LEADER, team.getId(), Reasons.teamWithoutLeader(team.getId())));
      return;
    }
    String leader = team.getLeader().get();
    if (!group.findExpert(leader).map(Expert::isSenior).orElse(false)) {
      findings.add(finding(LEADER, team.getId(), Reasons.leaderNotSenior(team.getId(), leader)));
    }
  }

  private void mix(ExpertGroup group, ExpertTeam team, List<Finding> findings) {
    List<Expert> members = members(group, team);
    int minimum = policy.getMinimum();
    if (policy.getMix().countsSectors()) {
      Set<Sector> sectors = EnumSet.noneOf(Sector.class);
      members.forEach(member -> sectors.add(member.getSector()));
      if (sectors.size() < minimum) {
        findings.add(finding(SECTORS, team.getId(), Reasons.tooFewSectors(team.getId(), sectors.size(), minimum)));
      }
    }
    if (policy.getMix().countsFields()) {
      int fields = distinctFields(members);
      if (fields < minimum) {
        findings.add(finding(FIELDS, team.getId(), Reasons.tooFewFields(team.getId(), fields, minimum)));
      }
    }
  }

  private static void selection(ExpertGroup group, ExpertTeam team, List<Finding> findings) {
    for (Expert member : members(group, team)) {
      if (!member.isFullyAttested()) {
        findings.add(finding(SELECTION, member.getId(), Reasons.criteriaNotAttested(member.getId(), team.getId(), member.getMissingCriteria())));
      }
    }
  }

  /** The members of a team, in member order; a built group has every member on its roster. */
  private static List<Expert> members(ExpertGroup group, ExpertTeam team) {
    return team.getMembers().stream().flatMap(member -> group.findExpert(member).stream()).toList();
  }

  /**
   * Returns the largest number of members who can each stand for a different field of expertise: a
   * maximum matching of fields to members, found by augmenting paths (Kuhn's algorithm) from each of
   * the 5 fields.
   */
  static int distinctFields(List<Expert> members) {
    int[] fieldOfMember = new int[members.size()];
    Arrays.fill(fieldOfMember, -1);
    int matched = 0;
    for (Expertise field : Expertise.values()) {
      if (augment(field, members, fieldOfMember, new boolean[members.size()])) {
        matched++;
      }
    }
    return matched;
  }

  /** Finds a member for {@code field}, moving members already matched to other fields if need be. */
  private static boolean augment(Expertise field, List<Expert> members, int[] fieldOfMember, boolean[] seen) {
    for (int m = 0; m < members.size(); m++) {
      if (seen[m] || !members.get(m).getFields().contains(field)) {
        continue;
      }
      seen[m] = true;
      if (fieldOfMember[m] < 0 || augment(Expertise.values()[fieldOfMember[m]], members, fieldOfMember, seen)) {
        fieldOfMember[m] = field.ordinal();
        return true;
      }
    }
    return false;
  }

  static Finding finding(String rule, String subject, BilingualText reason) {
    return finding(rule, subject, Severity.VIOLATION, reason);
  }

  static Finding finding(String rule, String subject, Severity severity, BilingualText reason) {
    return Finding.builder().ruleId(rule).subject(subject).severity(severity).reason(reason).build();
  }

  /**
   * Returns the checker in short form, such as {@code "GroupChecker[CompositionPolicy[at least 2 SECTORS]]"}.
   *
   * @return the checker and its policy
   */
  @Override
  public String toString() {
    return "GroupChecker[" + policy + "]";
  }
}
