package io.github.yilian.pilot;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a collaboration group did: the group, its activities and the documents it filed. The
 * schedule and compliance are computed from it.
 *
 * <p>Every activity's host is a member of the group (seed 001, 三(一)1: "每次活动选择1个协作组成员单位承办")
 * and activity ids are distinct. Guest cities are not members; every city that sent health-bureau
 * heads is a member or a guest, and every guiding expert present is one of the group's. A joint
 * exchange ({@link Activity#isJoint()}) names this group among those that held it; its host, the
 * cities sending heads and the experts may come from any of those groups, which this record does
 * not know: {@link PilotSchedule} checks the host against the programme's groups when the programme
 * lists them, and counts only this group's members and experts for P9 and P14. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class GroupRecord implements CrossFieldRules {

  GroupRecord() {}

  /**
   * Returns the group.
   *
   * @return the group
   */
  public abstract CollaborationGroup getGroup();

  /**
   * Returns the activities, in the order given.
   *
   * @return the activities; may be empty
   */
  public abstract List<Activity> getActivities();

  /**
   * Returns the documents filed, in the order given.
   *
   * @return the submissions; may be empty
   */
  public abstract List<Submission> getSubmissions();

  /**
   * Returns a builder for a record.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    CollaborationGroup group = getGroup();
    Set<PilotCity> members = group.getMembers();
    ReformTopic topic = group.getTopic();
    Set<String> ids = new HashSet<>();
    for (Activity activity : getActivities()) {
      String id = activity.getId();
      if (!ids.add(id)) {
        found.add("activities", "{io.github.yilian.pilot.GroupRecord.duplicateId}", Map.of("id", id));
      }
      if (activity.isJoint()) {
        if (!activity.getHeldBy().contains(topic)) {
          found.add("activities", "{io.github.yilian.pilot.GroupRecord.notHeldByGroup}", topicAnd(Map.of("id", id)));
        }
      } else {
        checkOwnActivity(found, activity);
      }
      for (PilotCity guest : activity.getGuestCities()) {
        if (members.contains(guest)) {
          found.add(
              "activities",
              "{io.github.yilian.pilot.GroupRecord.guestIsMember}",
              Map.of("city", Reasons.named(guest), "id", id));
        }
      }
    }
  }

  /** The host, the cities sending heads and the experts of an activity this group held alone. */
  private void checkOwnActivity(Inconsistencies found, Activity activity) {
    CollaborationGroup group = getGroup();
    Set<PilotCity> members = group.getMembers();
    String id = activity.getId();
    activity
        .getHost()
        .filter(host -> !members.contains(host))
        .ifPresent(
            host ->
                found.add(
                    "activities",
                    "{io.github.yilian.pilot.GroupRecord.hostOutsideGroup}",
                    topicAnd(Map.of("host", Reasons.named(host), "id", id))));
    for (PilotCity city : activity.getHealthBureauHeads().keySet()) {
      if (!members.contains(city) && !activity.getGuestCities().contains(city)) {
        found.add(
            "activities",
            "{io.github.yilian.pilot.GroupRecord.attendeeUnknown}",
            Map.of("city", Reasons.named(city), "id", id));
      }
    }
    for (String expert : activity.getGuidingExpertsPresent()) {
      if (!group.getGuidingExperts().contains(expert)) {
        found.add("activities", "{io.github.yilian.pilot.GroupRecord.expertUnknown}", Map.of("name", expert, "id", id));
      }
    }
  }

  private Map<String, Object> topicAnd(Map<String, Object> parameters) {
    Map<String, Object> all = new HashMap<>(parameters);
    all.put("topic", getGroup().getTopic().getName());
    return all;
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link GroupRecord}; the group is required. */
  public static final class Builder extends ImmutableGroupRecord.Builder {
    Builder() {}
  }
}
