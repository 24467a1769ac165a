package io.github.yilian.pilot;

import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calculator of seed 001 (公立医院改革试点工作协作组制度) for one programme: a group's schedule of
 * obligations P1–P14 up to a horizon (三(一)–(二), 四(二), 五(一)–(四)), its compliance as of a date,
 * and the next host by rotation (三(一)1, 四(一)).
 *
 * <p>Every date argument lies in the supported range, 1900-01-01 to 2200-12-31
 * ({@link SupportedRange}); a horizon or as-of date lies from the programme start to at most
 * {@value SupportedRange#MAX_HORIZON_YEARS} years after it, so a schedule has at most about 400
 * quarters and 100 work years besides the instances of the record's activities. When the
 * programme lists its groups ({@link CollaborationProgramme#getGroups()}), a record must be of one
 * of them, and the host of a joint exchange a member of one of the groups that held it.
 *
 * <p>Nothing reads the clock: every method takes its date. This class is immutable and thread-safe.
 */
public final class PilotSchedule {

  private final CollaborationProgramme programme;
  private final ObligationPlanner planner;

  private PilotSchedule(CollaborationProgramme programme) {
    this.programme = programme;
    this.planner = new ObligationPlanner(programme);
  }

  /**
   * Obtains the calculator for a programme.
   *
   * @param programme the programme, such as {@link PilotProgramme2011#programme()}, not null
   * @return the calculator
   * @throws NullPointerException if {@code programme} is null
   */
  public static PilotSchedule of(CollaborationProgramme programme) {
    return new PilotSchedule(Objects.requireNonNull(programme, "programme"));
  }

  /**
   * Returns the programme.
   *
   * @return the programme
   */
  public CollaborationProgramme getProgramme() {
    return programme;
  }

  /**
   * Returns a group's schedule: every obligation instance whose window starts on or before the
   * horizon, in due-date order (then rule id, then subject). P7, P8, P9 and P14 are listed for each
   * group activity begun by the horizon; P13, the ministry's national meeting, once for each work
   * year of phase 2, as a date in the group's calendar.
   *
   * @param record the group's record, not null
   * @param horizon the last day to schedule, from the programme start to at most
   *     {@value SupportedRange#MAX_HORIZON_YEARS} years after it, and in the supported range
   * @return the instances, in date order
   * @throws IllegalArgumentException if the horizon is outside that range, or the record does not
   *     fit the programme's groups
   * @throws NullPointerException if an argument is null
   */
  public List<ObligationInstance> obligations(GroupRecord record, LocalDate horizon) {
    Objects.requireNonNull(record, "record");
    LocalDate checkedHorizon = checked("horizon", horizon);
    return planner.plan(fitting(record), checkedHorizon);
  }

  /**
   * Judges a group's compliance as of a date, from the activities begun and the documents dated on
   * or before it: every instance of the group's own obligations in the schedule up to that date
   * (all but P13), each {@code MET}, {@code MET_LATE}, {@code OVERDUE} or {@code PENDING}.
   *
   * @param record the group's record, not null
   * @param asOf the date to judge as of, from the programme start to at most
   *     {@value SupportedRange#MAX_HORIZON_YEARS} years after it, and in the supported range
   * @return the compliance
   * @throws IllegalArgumentException if {@code asOf} is outside that range, or the record does not
   *     fit the programme's groups
   * @throws NullPointerException if an argument is null
   */
  public GroupCompliance compliance(GroupRecord record, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    checked("asOf", asOf);
    List<ObligationInstance> instances = planner.plan(fitting(record), asOf);
    ComplianceJudge judge = new ComplianceJudge(programme, record, asOf);
    return GroupCompliance.create(
        record.getGroup().getTopic(),
        asOf,
        instances.stream().filter(i -> i.getObligation().isGroupDuty()).map(judge::judge).toList());
  }

  /**
   * Suggests the member to host the group's next activity: the one that hosted fewest activities
   * begun on or before {@code asOf}, then the one whose last hosting is longest ago (never first),
   * then by name.
   *
   * @param record the group's record, not null
   * @param asOf the date to count hosting up to, in the supported range 1900-01-01 to 2200-12-31
   * @return the suggestion
   * @throws IllegalArgumentException if {@code asOf} is outside the supported range
   * @throws NullPointerException if an argument is null
   */
  public HostSuggestion nextHost(GroupRecord record, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    SupportedRange.requireDate(asOf, "asOf");
    List<HostSuggestion> candidates =
        record.getGroup().getMembers().stream().map(city -> tally(record, city, asOf)).toList();
    Comparator<HostSuggestion> order =
        Comparator.comparingInt(HostSuggestion::getTimesHosted)
            .thenComparing(s -> s.getLastHosted().orElse(LocalDate.MIN))
            .thenComparing(HostSuggestion::getCity);
    return candidates.stream().min(order).orElseThrow();
  }

  private static HostSuggestion tally(GroupRecord record, PilotCity city, LocalDate asOf) {
    List<LocalDate> hosted =
        record.getActivities().stream()
            .filter(a -> !a.getDate().isAfter(asOf) && a.getHost().filter(city::equals).isPresent())
            .map(Activity::getDate)
            .toList();
    Optional<LocalDate> last = hosted.stream().max(LocalDate::compareTo);
    return HostSuggestion.create(city, hosted.size(), last);
  }

  /** The record, if it fits the programme's groups when the programme lists them. */
  private GroupRecord fitting(GroupRecord record) {
    if (programme.getGroups().isEmpty()) {
      return record;
    }
    ReformTopic topic = record.getGroup().getTopic();
    if (!programme.groupFor(topic).filter(record.getGroup()::equals).isPresent()) {
      throw new IllegalArgumentException(
          "record's group is not the programme's group for topic " + topic.getEnglishName());
    }
    for (Activity activity : record.getActivities()) {
      Optional<PilotCity> host = activity.getHost();
      if (activity.isJoint() && host.isPresent()) {
        boolean member =
            activity.getHeldBy().stream()
                .flatMap(heldBy -> programme.groupFor(heldBy).stream())
                .anyMatch(group -> group.getMembers().contains(host.get()));
        if (!member) {
          throw new IllegalArgumentException(
              "host " + host.get() + " of joint activity " + activity.getId()
                  + " is not a member of any group that held it: " + Reasons.englishTopics(activity.getHeldBy()));
        }
      }
    }
    return record;
  }

  private LocalDate checked(String name, LocalDate date) {
    SupportedRange.requireDate(date, name);
    LocalDate start = programme.getStart();
    if (date.isBefore(start)) {
      throw new IllegalArgumentException(name + " " + date + " is before the programme start " + start);
    }
    LocalDate last = start.plusYears(SupportedRange.MAX_HORIZON_YEARS);
    if (date.isAfter(last)) {
      throw new IllegalArgumentException(
          name + " " + date + " is more than " + SupportedRange.MAX_HORIZON_YEARS + " years after the programme start "
              + start + " (at most " + last + ")");
    }
    return date;
  }
}
