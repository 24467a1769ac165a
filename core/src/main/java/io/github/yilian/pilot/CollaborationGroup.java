package io.github.yilian.pilot;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A collaboration group (协作组): one reform topic, exactly 2 lead units (牵头单位), any number of
 * participating units (参加单位) and exactly 2 guiding experts (指导专家) (seed 001, 二(一)–(三)).
 *
 * <p>The two lead units differ and neither is also a participant; the two guiding experts differ.
 * One programme has at most one group per topic ({@link CollaborationProgramme#getGroups()}). This
 * class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class CollaborationGroup implements CrossFieldRules {

  CollaborationGroup() {}

  /**
   * Returns the group's reform topic.
   *
   * @return the topic
   */
  public abstract ReformTopic getTopic();

  /**
   * Returns the two lead units, in the order given.
   *
   * @return exactly 2 distinct cities
   */
  @Size(min = 2, max = 2)
  public abstract List<PilotCity> getLeadUnits();

  /**
   * Returns the participating units.
   *
   * @return the participants, none of them a lead unit; may be empty
   */
  public abstract Set<PilotCity> getParticipants();

  /**
   * Returns the names of the two guiding experts, in the order given.
   *
   * @return exactly 2 names, not blank
   */
  @Size(min = 2, max = 2)
  public abstract List<@NotBlank String> getGuidingExperts();

  /**
   * Returns every member unit: the lead units first, then the participants.
   *
   * @return the members, unmodifiable
   */
  @Value.Derived
  public Set<PilotCity> getMembers() {
    Set<PilotCity> members = new LinkedHashSet<>(getLeadUnits());
    members.addAll(getParticipants());
    return Collections.unmodifiableSet(members);
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
    List<PilotCity> leads = getLeadUnits();
    if (leads.size() == 2 && leads.get(0).equals(leads.get(1))) {
      found.add(
          "leadUnits",
          "{io.github.yilian.pilot.CollaborationGroup.leadNamedTwice}",
          Map.of("city", Reasons.named(leads.get(0))));
    }
    for (PilotCity lead : leads) {
      if (getParticipants().contains(lead)) {
        found.add(
            "participants",
            "{io.github.yilian.pilot.CollaborationGroup.leadListedAsParticipant}",
            Map.of("city", Reasons.named(lead)));
      }
    }
    List<String> experts = getGuidingExperts();
    if (experts.size() == 2 && experts.get(0).equals(experts.get(1))) {
      found.add("guidingExperts", "{io.github.yilian.pilot.CollaborationGroup.sameExpert}", Map.of("name", experts.get(0)));
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link CollaborationGroup}; topic, 2 lead units and 2 guiding experts are required. */
  public static final class Builder extends ImmutableCollaborationGroup.Builder {
    Builder() {}
  }
}
