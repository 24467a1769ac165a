package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calculator of seed 001 (公立医院改革试点工作协作组制度) for one programme: a group's schedule of
 * obligations P1–P13 up to a horizon (三(一)–(二), 四(二), 五(一)–(四)), its compliance as of a date,
 * and the next host by rotation (三(一)1, 四(一)).
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
   * horizon, in due-date order (then rule id, then subject). P7–P9 are listed for each group
   * activity held by the horizon.
   *
   * @param record the group's record, not null
   * @param horizon the last day to schedule, not before the programme start
   * @return the instances, in date order
   * @throws IllegalArgumentException if the horizon is before the programme start
   * @throws NullPointerException if an argument is null
   */
  public List<ObligationInstance> obligations(GroupRecord record, LocalDate horizon) {
    Objects.requireNonNull(record, "record");
    return planner.plan(record, checked("horizon", horizon));
  }

  /**
   * Judges a group's compliance as of a date, from the activities and documents dated on or before
   * it: the schedule up to that date, each instance {@code MET}, {@code MET_LATE}, {@code OVERDUE}
   * or {@code PENDING}.
   *
   * @param record the group's record, not null
   * @param asOf the date to judge as of, not before the programme start
   * @return the compliance
   * @throws IllegalArgumentException if {@code asOf} is before the programme start
   * @throws NullPointerException if an argument is null
   */
  public GroupCompliance compliance(GroupRecord record, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    List<ObligationInstance> instances = planner.plan(record, checked("asOf", asOf));
    ComplianceJudge judge = new ComplianceJudge(programme, record, asOf);
    return GroupCompliance.create(record.getGroup().getTopic(), asOf, instances.stream().map(judge::judge).toList());
  }

  /**
   * Suggests the member to host the group's next activity: the one that hosted fewest activities
   * on or before {@code asOf}, then the one whose last hosting is longest ago (never first), then by
   * name.
   *
   * @param record the group's record, not null
   * @param asOf the date to count hosting up to, not null
   * @return the suggestion
   * @throws NullPointerException if an argument is null
   */
  public HostSuggestion nextHost(GroupRecord record, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
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
    String when = last.map(LocalDate::toString).orElse("—");
    BilingualText reason =
        BilingualText.of(
            city.getName() + "已承办" + hosted.size() + "次，最近一次" + when + "；承办次数最少、间隔最久者优先",
            city.getName() + " hosted " + hosted.size() + " times, last " + when
                + "; fewest hosted, then longest since hosting, goes first");
    return HostSuggestion.create(city, hosted.size(), last, reason);
  }

  private LocalDate checked(String name, LocalDate date) {
    Objects.requireNonNull(date, name);
    if (date.isBefore(programme.getStart())) {
      throw new IllegalArgumentException(
          name + " " + date + " is before the programme start " + programme.getStart());
    }
    return date;
  }
}
