package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the expert group as it stands and reports every broken rule as a {@link Finding}
 * (seed 000, sections 二(三), 三 and 五(一)):
 *
 * <ul>
 *   <li>{@value #COVERAGE}: every covered province is the responsibility of exactly one team, and no
 *       team is responsible for a province the group does not cover (分区包段); a gap, an overlap or
 *       a stray province is named by province;
 *   <li>{@value #LEADER}: every team has a leader, who is a senior expert (遴选资深专家担任组长);
 *   <li>{@value #SECTORS}: every team's members come from at least the policy's number of sectors
 *       (每组由不同领域的专家组成);
 *   <li>{@value #LIAISON}: every covered province has a liaison (三).
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

  /** Rule id: each covered province has a liaison. */
  public static final String LIAISON = "expert.liaison";

  private final CompositionPolicy policy;

  private GroupChecker(CompositionPolicy policy) {
    this.policy = policy;
  }

  /**
   * Obtains a checker for a composition policy.
   *
   * @param policy how teams must be composed, not null
   * @return the checker
   */
  public static GroupChecker of(CompositionPolicy policy) {
    return new GroupChecker(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Checks a group: coverage by province (in code order, the provinces of the group and of its
   * teams), liaisons by covered province (in code order), then leaders and sectors by team (in team
   * order).
   *
   * @param group the group, not null
   * @return the findings; empty if every rule holds
   */
  public List<Finding> check(ExpertGroup group) {
    List<Finding> findings = new ArrayList<>();
    Set<Province> covered = EnumSet.copyOf(group.getCoveredProvinces());
    Set<Province> assigned = EnumSet.copyOf(covered);
    group.getTeams().forEach(team -> assigned.addAll(team.getProvinces()));
    for (Province province : assigned) {
      coverage(group, province, covered.contains(province)).ifPresent(findings::add);
    }
    for (Province province : covered) {
      if (!group.getLiaisons().containsKey(province)) {
        findings.add(finding(LIAISON, province.getCode(), province.getChineseName() + "没有联络员", province.getEnglishName() + " has no liaison"));
      }
    }
    for (ExpertTeam team : group.getTeams()) {
      leader(group, team).ifPresent(findings::add);
      sectors(group, team).ifPresent(findings::add);
    }
    return List.copyOf(findings);
  }

  private static Optional<Finding> coverage(ExpertGroup group, Province province, boolean covered) {
    List<String> teams =
        group.getTeams().stream().filter(team -> team.getProvinces().contains(province)).map(ExpertTeam::getId).toList();
    if (!covered) {
      return Optional.of(
          finding(
              COVERAGE,
              province.getCode(),
              province.getChineseName() + "不在专家组负责范围内，却由小组负责：" + String.join("、", teams),
              province.getEnglishName() + " is not covered by the group, yet is assigned to: " + String.join(", ", teams)));
    }
    if (teams.isEmpty()) {
      return Optional.of(
          finding(COVERAGE, province.getCode(), "无专家小组负责" + province.getChineseName(), "no team is responsible for " + province.getEnglishName()));
    }
    if (teams.size() > 1) {
      return Optional.of(
          finding(
              COVERAGE,
              province.getCode(),
              province.getChineseName() + "由多个小组负责：" + String.join("、", teams),
              province.getEnglishName() + " is the responsibility of more than one team: " + String.join(", ", teams)));
    }
    return Optional.empty();
  }

  private static Optional<Finding> leader(ExpertGroup group, ExpertTeam team) {
    if (team.getLeader().isEmpty()) {
      return Optional.of(finding(LEADER, team.getId(), "小组 " + team.getId() + " 没有组长", "team " + team.getId() + " has no leader"));
    }
    String leader = team.getLeader().get();
    boolean senior = group.findExpert(leader).map(Expert::isSenior).orElse(false);
    return senior
        ? Optional.empty()
        : Optional.of(
            finding(
                LEADER,
                team.getId(),
                "小组 " + team.getId() + " 的组长 " + leader + " 不是资深专家",
                "leader " + leader + " of team " + team.getId() + " is not a senior expert"));
  }

  private Optional<Finding> sectors(ExpertGroup group, ExpertTeam team) {
    Set<Sector> sectors =
        team.getMembers().stream()
            .flatMap(member -> group.findExpert(member).stream())
            .map(Expert::getSector)
            .collect(Collectors.toSet());
    int minimum = policy.getMinimumSectors();
    return sectors.size() >= minimum
        ? Optional.empty()
        : Optional.of(
            finding(
                SECTORS,
                team.getId(),
                "小组 " + team.getId() + " 的成员来自 " + sectors.size() + " 个领域，少于 " + minimum + " 个",
                "members of team " + team.getId() + " come from " + sectors.size() + " sectors, fewer than " + minimum));
  }

  static Finding finding(String rule, String subject, String chinese, String english) {
    return Finding.builder()
        .ruleId(rule)
        .subject(subject)
        .severity(Severity.VIOLATION)
        .reason(BilingualText.of(chinese, english))
        .build();
  }
}
