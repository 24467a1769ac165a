package io.github.yilian.pilot;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
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
 * and activity ids are distinct. This class is immutable and thread-safe.
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
    Set<String> ids = new HashSet<>();
    for (Activity activity : getActivities()) {
      activity
          .getHost()
          .filter(host -> !getGroup().getMembers().contains(host))
          .ifPresent(
              host ->
                  found.add(
                      "activities",
                      "{io.github.yilian.pilot.GroupRecord.hostNotMember}",
                      Map.of("host", host.getName(), "id", activity.getId(), "topic", getGroup().getTopic().getEnglishName())));
      if (!ids.add(activity.getId())) {
        found.add("activities", "{io.github.yilian.pilot.GroupRecord.duplicateId}", Map.of("id", activity.getId()));
      }
    }
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
