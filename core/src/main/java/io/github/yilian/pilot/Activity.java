package io.github.yilian.pilot;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One activity of a collaboration group: its first and last day, host unit, kind, who attended
 * (health-bureau heads per city, guiding experts, the ministry's liaisons, guests), and when its
 * plan and its report reached the ministry (seed 001, 三(一)1, 三(二)1–2, 四(二), 五(二)).
 *
 * <p>A site visit may last several days; an activity is one day unless {@link #getLastDay()} is
 * set. Every group activity has a host; the ministry's {@link ActivityKind#NATIONAL_MEETING
 * national meeting} has none. A report is never dated before the activity's last day
 * ("活动结束后5日内报送"). Guests are pilot cities outside the group and provincial pilot regions
 * ("可酌情邀请协作组外的国家联系试点城市或省级试点地区参加", 三(二)1). An
 * {@link ActivityKind#INTER_GROUP_EXCHANGE inter-group exchange} held jointly names every group
 * that held it ({@link #getHeldBy()}); the same activity then goes into each of those groups'
 * records and counts for each of them (三(二)2). Whether the host, the guests and the attendees
 * fit the group is checked by {@link GroupRecord}.
 *
 * <p>Every date lies in the supported range, 1900-01-01 to 2200-12-31
 * ({@link io.github.yilian.common.SupportedRange}). This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class Activity implements CrossFieldRules {

  Activity() {}

  /**
   * Returns the activity's id, unique within each record it is in.
   *
   * @return the id, not blank
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the activity's first day.
   *
   * @return the first day, in the supported range
   */
  @SupportedDate
  public abstract LocalDate getDate();

  /**
   * Returns the activity's last day, the day it ended ("活动结束"): a site visit may last several
   * days.
   *
   * @return the last day, not before the first; the first day by default (a one-day activity)
   */
  @Value.Default
  @SupportedDate
  public LocalDate getLastDay() {
    return getDate();
  }

  /**
   * Returns the days the activity lasted, the first and the last included.
   *
   * @return the days, from {@link #getDate()} to {@link #getLastDay()}
   */
  public DateRange getDays() {
    return DateRange.of(getDate(), getLastDay());
  }

  /**
   * Returns the kind of activity.
   *
   * @return the kind
   */
  public abstract ActivityKind getKind();

  /**
   * Returns the member unit that hosted it (承办单位).
   *
   * @return the host, absent only for the ministry's national meeting
   */
  public abstract Optional<PilotCity> getHost();

  /**
   * Returns the groups that held a joint inter-group exchange, named by their topics.
   *
   * @return the topics, at least 2 for a joint exchange; empty for an activity of one group
   */
  public abstract Set<ReformTopic> getHeldBy();

  /**
   * Checks whether several groups held the activity jointly.
   *
   * @return true if {@link #getHeldBy()} is not empty
   */
  public boolean isJoint() {
    return !getHeldBy().isEmpty();
  }

  /**
   * Returns how many health-bureau heads (卫生局负责人) each city sent: member cities and guests.
   *
   * @return heads per city, each 0 or more; cities that sent no one may be left out
   */
  public abstract Map<PilotCity, @PositiveOrZero Integer> getHealthBureauHeads();

  /**
   * Returns the guiding experts who attended, by name.
   *
   * @return their names; may be empty
   */
  public abstract Set<@NotBlank String> getGuidingExpertsPresent();

  /**
   * Returns whether the ministry's liaisons to the pilot cities (卫生部派驻各国家联系试点城市联络员)
   * attended.
   *
   * @return true if the liaisons attended; false by default
   */
  @Value.Default
  public boolean isLiaisonPresent() {
    return false;
  }

  /**
   * Returns the pilot cities from outside the group invited as guests (三(二)1).
   *
   * @return the guest cities; may be empty
   */
  public abstract Set<PilotCity> getGuestCities();

  /**
   * Returns the provincial pilot regions (省级试点地区) invited as guests (三(二)1).
   *
   * @return the regions' names, not blank; may be empty
   */
  public abstract Set<@NotBlank String> getGuestRegions();

  /**
   * Returns the day the activity's plan and notice reached the ministry.
   *
   * @return the date, in the supported range; absent if not submitted
   */
  public abstract Optional<@SupportedDate LocalDate> getPlanSubmitted();

  /**
   * Returns the day the activity report reached the ministry.
   *
   * @return the date, not before the last day, in the supported range; absent if not submitted
   */
  public abstract Optional<@SupportedDate LocalDate> getReportSubmitted();

  /**
   * Returns how many health-bureau heads a city sent.
   *
   * @param city the city, not null
   * @return the number, 0 if the city is not listed
   * @throws NullPointerException if {@code city} is null
   */
  public int headsFrom(PilotCity city) {
    Objects.requireNonNull(city, "city");
    return getHealthBureauHeads().getOrDefault(city, 0);
  }

  /**
   * Returns a builder for an activity.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    if (getLastDay().isBefore(getDate())) {
      found.add(
          "lastDay",
          "{io.github.yilian.pilot.Activity.lastDayBeforeFirst}",
          Map.of("last", getLastDay(), "date", getDate()));
    }
    getReportSubmitted()
        .filter(report -> report.isBefore(getLastDay()))
        .ifPresent(
            report ->
                found.add(
                    "reportSubmitted",
                    "{io.github.yilian.pilot.Activity.reportBeforeEnd}",
                    Map.of("report", report, "last", getLastDay())));
    if (getKind().isGroupActivity() && getHost().isEmpty()) {
      found.add(
          "host",
          "{io.github.yilian.pilot.Activity.hostMissing}",
          Map.of("kind", getKind().getName()));
    }
    if (!getKind().isGroupActivity() && getHost().isPresent()) {
      PilotCity host = getHost().get();
      found.add(
          "host",
          "{io.github.yilian.pilot.Activity.hostForNationalMeeting}",
          Map.of("host", Reasons.named(host)));
    }
    if (isJoint() && (getKind() != ActivityKind.INTER_GROUP_EXCHANGE || getHeldBy().size() < 2)) {
      found.add(
          "heldBy",
          "{io.github.yilian.pilot.Activity.jointNotExchange}",
          Map.of(
              "groups", Reasons.topics(getHeldBy()), "kind", getKind().getName()));
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /**
   * Builds an {@link Activity}; id, date and kind are required, and a host for group activities.
   */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}
