package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The expert group (专家组) as it stands: its teams, the provinces it covers, the liaisons (several
 * per province if need be), the management office and the roster of experts (seed 000, sections 二
 * and 三).
 *
 * <p>Team ids and expert ids are unique, every team member is on the roster, no expert is in two
 * teams and no liaison is listed twice. Coverage, leaders, the team mix, selection criteria and
 * liaisons are rules {@link GroupChecker} reports as findings. {@link AdjustmentLog#stateOn(LocalDate)} gives the group on any date of its history.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class ExpertGroup implements CrossFieldRules {

  ExpertGroup() {}

  /**
   * Returns the group's name.
   *
   * @return the name in Chinese and English
   */
  public abstract BilingualText getName();

  /**
   * Returns the office that runs the group's daily affairs (专家组管理办公室, 二(二)).
   *
   * @return the management office
   */
  public abstract BilingualText getManagementOffice();

  /**
   * Returns the first day of the group's first term; cohort terms run back to back from it.
   *
   * @return the first term's start, from 1900-01-01 to 2200-12-31
   */
  @SupportedDate
  public abstract LocalDate getTermStart();

  /**
   * Returns the provinces the group must cover: usually {@link Province#mainland()}, plus
   * {@link Province#XINJIANG_CORPS} if the group covers the Corps.
   *
   * @return the covered provinces, at least one
   */
  @NotEmpty
  public abstract Set<Province> getCoveredProvinces();

  /**
   * Returns the teams, in the order given.
   *
   * @return the teams; empty if none
   */
  public abstract List<ExpertTeam> getTeams();

  /**
   * Returns the members of the liaison group (联络组, 三), each with the province the liaison works
   * for; a province may have several.
   *
   * @return the liaisons, in the order given; empty if none
   */
  public abstract List<Liaison> getLiaisons();

  /**
   * Returns the liaisons of one province.
   *
   * @param province the province, not null
   * @return the province's liaisons, in the order given; empty if it has none
   */
  public List<Liaison> liaisonsOf(Province province) {
    Objects.requireNonNull(province, "province");
    return getLiaisons().stream().filter(liaison -> liaison.getProvince() == province).toList();
  }

  /**
   * Returns every expert who is or was in the group, in the order given.
   *
   * @return the roster; empty if none
   */
  public abstract List<Expert> getRoster();

  /**
   * Finds an expert on the roster.
   *
   * @param id the expert's id, not null
   * @return the expert, or empty if no expert on the roster has that id
   */
  public Optional<Expert> findExpert(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(expertsById().get(id));
  }

  /**
   * Finds a team.
   *
   * @param id the team's id, not null
   * @return the team, or empty if the group has no team with that id
   */
  public Optional<ExpertTeam> findTeam(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(teamsById().get(id));
  }

  /** Ids are unique in a built group, so the maps need no merge rule. */
  @Value.Lazy
  Map<String, Expert> expertsById() {
    return getRoster().stream().collect(Collectors.toMap(Expert::getId, Function.identity()));
  }

  @Value.Lazy
  Map<String, ExpertTeam> teamsById() {
    return getTeams().stream().collect(Collectors.toMap(ExpertTeam::getId, Function.identity()));
  }

  /**
   * Returns a builder for a group.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    reportRepeated(found, "teams", "teamIdRepeated", getTeams().stream().map(ExpertTeam::getId).toList());
    reportRepeated(found, "roster", "expertIdRepeated", getRoster().stream().map(Expert::getId).toList());
    Set<Liaison> liaisons = new HashSet<>();
    for (Liaison liaison : getLiaisons()) {
      if (!liaisons.add(liaison)) {
        found.add(
            "liaisons",
            "{io.github.yilian.expert.ExpertGroup.liaisonRepeated}",
            Map.of(
                "name", liaison.getName(), "province", liaison.getProvince().getName()));
      }
    }
    Set<String> onRoster = getRoster().stream().map(Expert::getId).collect(Collectors.toSet());
    Map<String, String> teamOf = new HashMap<>();
    for (ExpertTeam team : getTeams()) {
      for (String member : team.getMembers()) {
        if (!onRoster.contains(member)) {
          found.add(
              "teams",
              "{io.github.yilian.expert.ExpertGroup.memberNotOnRoster}",
              Map.of("expert", member, "team", team.getId()));
        }
        String first = teamOf.putIfAbsent(member, team.getId());
        if (first != null) {
          found.add(
              "teams",
              "{io.github.yilian.expert.ExpertGroup.memberOfTwoTeams}",
              Map.of("expert", member, "first", first, "second", team.getId()));
        }
      }
    }
  }

  private static void reportRepeated(Inconsistencies found, String field, String key, List<String> ids) {
    ids.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
        .forEach(
            (id, count) -> {
              if (count > 1) {
                found.add(field, "{io.github.yilian.expert.ExpertGroup." + key + "}", Map.of("id", id));
              }
            });
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds an {@link ExpertGroup}; name, management office, term start and covered provinces are required. */
  public static final class Builder extends ImmutableExpertGroup.Builder {
    Builder() {}
  }
}
