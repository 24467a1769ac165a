package io.github.yilian.expert;

import io.github.yilian.common.YilianStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The expert group on one date, replayed from its adjustment log: the teams with their members and
 * leaders on that date, and every rostered expert's {@link Tenure}.
 *
 * <p>Computed by {@link AdjustmentLog#stateOn(LocalDate)}; check it with {@link GroupChecker}. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class GroupState {

  GroupState() {}

  /**
   * Returns the date of the state; events after it are not seen.
   *
   * @return the date
   */
  public abstract LocalDate getDate();

  /**
   * Returns the group on the date: teams with the members and leaders active on it.
   *
   * @return the group
   */
  public abstract ExpertGroup getGroup();

  /**
   * Returns the tenure of every expert on the roster, in roster order.
   *
   * @return the tenures
   */
  public abstract List<Tenure> getTenures();

  /**
   * Finds the tenure of one expert.
   *
   * @param expert the expert's id, not null
   * @return the tenure, or empty if the expert is not on the roster
   */
  public Optional<Tenure> tenure(String expert) {
    Objects.requireNonNull(expert, "expert");
    return Optional.ofNullable(tenuresByExpert().get(expert));
  }

  @Value.Lazy
  Map<String, Tenure> tenuresByExpert() {
    return getTenures().stream().collect(Collectors.toMap(Tenure::getExpert, Function.identity()));
  }

  /**
   * Returns the state in short form, such as {@code "GroupState[2024-11-01: 18 of 19 experts active
   * in 6 teams]"}.
   *
   * @return the date and the counts
   */
  @Override
  public String toString() {
    long active = getTenures().stream().filter(Tenure::isActive).count();
    int teams = getGroup().getTeams().size();
    int experts = getTenures().size();
    return "GroupState[" + getDate() + ": " + active + " of " + experts + (experts == 1 ? " expert" : " experts")
        + " active in " + teams + (teams == 1 ? " team]" : " teams]");
  }

  static GroupState of(LocalDate date, ExpertGroup group, List<Tenure> tenures) {
    return ImmutableGroupState.builder().date(date).group(group).tenures(tenures).build();
  }
}
