package io.github.yilian.expert;

import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The expert group's history: an append-only log of dated {@link AdjustmentEvent adjustments}
 * replayed over the founding group under a {@link TermPolicy} (动态调整, seed 000, sections 二(四)
 * and 六(四)). It gives the group's exact state and every expert's {@link Tenure} on any date.
 *
 * <p>The founding group gives the teams (ids, names, provinces), the roster, the liaisons and the
 * first term start; its teams have no members, as membership comes only from the log. Every event
 * is checked against the state before it when the log is built: events in date order, for an expert
 * on the roster and a team of the group, an appointment only for an expert not serving, every other
 * event only for an expert serving on its date, a {@link EventType#TERM_ENDED} on the term's last
 * day; {@link #check} reports the same problems as findings instead. Replaying never looks past
 * the requested date, so later events never change an earlier state.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AdjustmentLog {

  /** Rule id of the findings of {@link #check}: each event follows the events before it. */
  public static final String RULE_ID = "expert.log";

  private final ExpertGroup founding;
  private final TermPolicy policy;
  private final List<AdjustmentEvent> events;

  private AdjustmentLog(ExpertGroup founding, TermPolicy policy, List<AdjustmentEvent> events) {
    this.founding = founding;
    this.policy = policy;
    this.events = events;
  }

  /**
   * Builds a log of events over a founding group, checking every event in order.
   *
   * @param founding the group before any event, its teams without members, not null
   * @param policy how terms are counted, not null
   * @param events the events, oldest first, not null
   * @return the log
   * @throws IllegalArgumentException if a team of the founding group has members
   * @throws InvalidEventException naming the first event that cannot follow the ones before it
   * @throws NullPointerException if an argument or an event is null
   */
  public static AdjustmentLog of(ExpertGroup founding, TermPolicy policy, List<AdjustmentEvent> events) {
    Objects.requireNonNull(policy, "policy");
    AdjustmentLog log = new AdjustmentLog(requireUnstaffed(founding), policy, List.copyOf(events));
    Replay replay = new Replay(founding, policy);
    log.events.forEach(replay::apply);
    return log;
  }

  /**
   * Checks a list of events without building a log: each event that cannot follow the valid events
   * before it is reported as a finding (rule {@value #RULE_ID}, subject the expert's id) and left
   * out, and the check goes on with the next one.
   *
   * @param founding the group before any event, its teams without members, not null
   * @param policy how terms are counted, not null
   * @param events the events, oldest first, not null
   * @return a finding per invalid event, in log order; empty if the events make a valid log
   * @throws IllegalArgumentException if a team of the founding group has members
   */
  public static List<Finding> check(ExpertGroup founding, TermPolicy policy, List<AdjustmentEvent> events) {
    Replay replay = new Replay(requireUnstaffed(founding), Objects.requireNonNull(policy, "policy"));
    List<Finding> findings = new ArrayList<>();
    for (AdjustmentEvent event : events) {
      try {
        replay.apply(event);
      } catch (InvalidEventException e) {
        findings.add(
            Finding.builder().ruleId(RULE_ID).subject(event.getExpert()).severity(Severity.VIOLATION).reason(e.getReason()).build());
      }
    }
    return List.copyOf(findings);
  }

  /**
   * Returns a log with one more event at the end, checked against the state before it.
   *
   * @param event the event, not dated before the last one, not null
   * @return the longer log; this log is unchanged
   * @throws InvalidEventException if the event cannot follow the events before it
   */
  public AdjustmentLog append(AdjustmentEvent event) {
    Objects.requireNonNull(event, "event");
    List<AdjustmentEvent> longer = new ArrayList<>(events);
    longer.add(event);
    return of(founding, policy, longer);
  }

  private static ExpertGroup requireUnstaffed(ExpertGroup founding) {
    Objects.requireNonNull(founding, "founding");
    for (ExpertTeam team : founding.getTeams()) {
      if (!team.getMembers().isEmpty()) {
        throw new IllegalArgumentException(
            "team " + team.getId() + " of the founding group has members " + team.getMembers()
                + "; membership comes only from APPOINTED events");
      }
    }
    return founding;
  }

  /**
   * Returns the events, oldest first.
   *
   * @return the events, unmodifiable
   */
  public List<AdjustmentEvent> getEvents() {
    return events;
  }

  /**
   * Returns the founding group the events are replayed over.
   *
   * @return the founding group
   */
  public ExpertGroup getFounding() {
    return founding;
  }

  /**
   * Returns the term policy the log is replayed under.
   *
   * @return the policy
   */
  public TermPolicy getPolicy() {
    return policy;
  }

  /**
   * Returns the group and every expert's tenure on a date, replaying the events dated on or before
   * it.
   *
   * @param date the as-of date, not null
   * @return the state on that date
   */
  public GroupState stateOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Replay replay = new Replay(founding, policy);
    for (AdjustmentEvent event : events) {
      if (event.getDate().isAfter(date)) {
        break;
      }
      replay.apply(event);
    }
    return replay.stateOn(date);
  }

  /**
   * Returns one expert's tenure on a date. It replays the whole log up to the date: for many experts
   * on one date, call {@link #stateOn(LocalDate)} once and read its tenures.
   *
   * @param expert the expert's id, not null
   * @param date the as-of date, not null
   * @return the tenure
   * @throws IllegalArgumentException if the expert is not on the roster
   */
  public Tenure tenure(String expert, LocalDate date) {
    return stateOn(date)
        .tenure(expert)
        .orElseThrow(() -> new IllegalArgumentException("expert " + expert + " is not on the group's roster"));
  }

  /**
   * Returns the events in short form, oldest first.
   *
   * @return the events, such as {@code "AdjustmentLog[2022-01-01 APPOINTED e1 to t1, 2022-03-31 WITHDREW e1]"}
   */
  @Override
  public String toString() {
    return "AdjustmentLog" + events;
  }
}
