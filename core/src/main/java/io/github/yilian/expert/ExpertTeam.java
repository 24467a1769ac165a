package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An expert team (专家小组): its members, its leader and the provinces it is responsible for (分区包段,
 * seed 000, sections 二(三) and 五(一)).
 *
 * <p>The leader, if any, is a member. Whether the leader is senior, whether the team mixes sectors
 * and whether the provinces are covered once are rules {@link GroupChecker} reports as findings.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class ExpertTeam implements CrossFieldRules {

  ExpertTeam() {}

  /**
   * Returns the team's id, unique in the group.
   *
   * @return the id, not blank
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the team's name.
   *
   * @return the name in Chinese and English
   */
  public abstract BilingualText getName();

  /**
   * Returns the provinces the team is responsible for.
   *
   * @return the provinces, in the order given; empty if none
   */
  public abstract Set<Province> getProvinces();

  /**
   * Returns the ids of the team's members, the leader included.
   *
   * @return the member ids, in the order given; empty if none
   */
  public abstract Set<@NotBlank String> getMembers();

  /**
   * Returns the id of the team's leader.
   *
   * @return the leader's id, a member; empty if the team has no leader
   */
  public abstract Optional<String> getLeader();

  /**
   * Returns a builder for a team.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    getLeader()
        .filter(leader -> !getMembers().contains(leader))
        .ifPresent(
            leader ->
                found.add(
                    "leader",
                    "{io.github.yilian.expert.ExpertTeam.leaderNotMember}",
                    Map.of("leader", leader, "team", getId())));
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds an {@link ExpertTeam}; id and name are required. */
  public static final class Builder extends ImmutableExpertTeam.Builder {
    Builder() {}
  }
}
