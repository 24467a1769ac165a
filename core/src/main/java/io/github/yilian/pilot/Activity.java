package io.github.yilian.pilot;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One activity of a collaboration group: its date, host unit, kind, who attended, and when its plan
 * and its report reached the ministry (seed 001, 三(一)1, 四(二), 五(二)).
 *
 * <p>Every group activity has a host; the ministry's {@link ActivityKind#NATIONAL_MEETING national
 * meeting} has none. A report is never dated before its activity. Whether the host belongs to the
 * group is checked by {@link GroupRecord}. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class Activity implements CrossFieldRules {

  Activity() {}

  /**
   * Returns the activity's id, unique within its group's record.
   *
   * @return the id, not blank
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the day the activity took place (its first day).
   *
   * @return the date
   */
  public abstract LocalDate getDate();

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
   * Returns how many health-bureau heads (卫生局负责人) each city sent.
   *
   * @return heads per city, each 0 or more; cities that sent no one may be left out
   */
  public abstract Map<PilotCity, @PositiveOrZero Integer> getHealthBureauHeads();

  /**
   * Returns the guiding experts who attended.
   *
   * @return their names; may be empty
   */
  public abstract Set<@NotBlank String> getGuidingExpertsPresent();

  /**
   * Returns whether the ministry's liaison (联络员) attended.
   *
   * @return true if the liaison attended; false by default
   */
  @Value.Default
  public boolean isLiaisonPresent() {
    return false;
  }

  /**
   * Returns the day the activity's plan and notice reached the ministry.
   *
   * @return the date, absent if not submitted
   */
  public abstract Optional<LocalDate> getPlanSubmitted();

  /**
   * Returns the day the activity report reached the ministry.
   *
   * @return the date, not before the activity; absent if not submitted
   */
  public abstract Optional<LocalDate> getReportSubmitted();

  /**
   * Returns how many health-bureau heads a city sent.
   *
   * @param city the city, not null
   * @return the number, 0 if the city is not listed
   */
  public int headsFrom(PilotCity city) {
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
    getReportSubmitted()
        .filter(report -> report.isBefore(getDate()))
        .ifPresent(
            report ->
                found.add(
                    "reportSubmitted",
                    "{io.github.yilian.pilot.Activity.reportBeforeActivity}",
                    Map.of("report", report, "date", getDate())));
    if (getKind().isGroupActivity() != getHost().isPresent()) {
      found.add(
          "host",
          "{io.github.yilian.pilot.Activity.hostAndKind}",
          Map.of("host", getHost().map(PilotCity::getName).orElse("-"), "kind", getKind().getEnglishName()));
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds an {@link Activity}; id, date and kind are required, and a host for group activities. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}
