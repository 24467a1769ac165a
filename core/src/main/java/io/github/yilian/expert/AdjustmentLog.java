package io.github.yilian.expert;

import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The expert group's history: an append-only log of dated {@link AdjustmentEvent adjustments}
 * replayed over the founding group under a {@link TermPolicy} (动态调整, seed 000, sections 二(四)
 * and 六(四)). It gives the group's exact state and every expert's {@link Tenure} on any date.
 *
 * <p>The founding group gives the teams (ids, names, provinces), the roster, the liaisons and the
 * first term start; its teams have no members, as membership comes only from the log. Every event
 * is checked against the state before it when the log is built: events in date order, for an expert
 * on the roster and a team of the group, an appointment only for an expert not serving, every other
 * event only for an expert serving on its date (or, for a reappointment, on the day before: the first
 * day of the next term), a {@link EventType#TERM_ENDED} on the term's last day; {@link #check}
 * reports the same problems as findings instead. An event that starts something is dated on the
 * first day of the new state, one that ends service on the last day served ({@link EventType}).
 * Replaying never looks past the requested date, so later events never change an earlier state.
 *
 * <p>{@link #append} costs time for the one event, not for the whole log, when it extends the latest
 * log of a chain of appends; appending to an earlier log of the chain (a branch) replays that log.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AdjustmentLog {

  /** Rule id of the findings of {@link #check}: each event follows the events before it. */
  public static final String RULE_ID = "expert.log";

  /**
   * The replayed state after the latest log of a chain of appends, and the events of that chain;
   * shared by the logs of the chain and guarded by its own lock. A log of {@code size} events may
   * extend it only while {@code size} events have been applied to it.
   */
  private static final class Tip {
    private final Replay replay;
    private AdjustmentEvent[] events;
    private int size;

    Tip(Replay replay, AdjustmentEvent[] events) {
      this.replay = replay;
      this.events = events;
      this.size = events.length;
    }
  }

  private final ExpertGroup founding;
  private final TermPolicy policy;
  private final List<AdjustmentEvent> events;
  private final Tip tip;

  private AdjustmentLog(ExpertGroup founding, TermPolicy policy, AdjustmentEvent[] events, int size, Tip tip) {
    this.founding = founding;
    this.policy = policy;
    this.events = new Prefix(events, size);
    this.tip = tip;
  }

  /**
   * Builds a log of events over a founding group, checking every event in order.
   *
   * @param founding the group before any event, its teams without members, not null
   * @param policy how terms are counted, not null
   * @param events the events, oldest first, not null and without null elements
   * @return the log
   * @throws IllegalArgumentException if a team of the founding group has members
   * @throws InvalidEventException naming the first event that cannot follow the ones before it
   * @throws NullPointerException naming the argument or the event ({@code "events[3]"}) that is null
   */
  public static AdjustmentLog of(ExpertGroup founding, TermPolicy policy, List<AdjustmentEvent> events) {
    requireUnstaffed(founding);
    Objects.requireNonNull(policy, "policy");
    AdjustmentEvent[] array = requireElements(events);
    Replay replay = new Replay(founding, policy);
    for (int i = 0; i < array.length; i++) {
      replay.apply(array[i], i);
    }
    return new AdjustmentLog(founding, policy, array, array.length, new Tip(replay, array));
  }

  /**
   * Checks a list of events without building a log: each event that cannot follow the valid events
   * before it is reported as a finding (rule {@value #RULE_ID}, subject the expert's id, a
   * {@link Severity#VIOLATION}) and left out, leaving the state exactly as it was without it, and the
   * check goes on with the next one.
   *
   * @param founding the group before any event, its teams without members, not null
   * @param policy how terms are counted, not null
   * @param events the events, oldest first, not null and without null elements
   * @return a finding per invalid event, in log order; empty if the events make a valid log
   * @throws IllegalArgumentException if a team of the founding group has members
   * @throws NullPointerException naming the argument or the event ({@code "events[3]"}) that is null
   */
  public static List<Finding> check(ExpertGroup founding, TermPolicy policy, List<AdjustmentEvent> events) {
    requireUnstaffed(founding);
    Objects.requireNonNull(policy, "policy");
    AdjustmentEvent[] array = requireElements(events);
    Replay replay = new Replay(founding, policy);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < array.length; i++) {
      try {
        replay.apply(array[i], i);
      } catch (InvalidEventException e) {
        findings.add(GroupChecker.finding(RULE_ID, array[i].getExpert(), e.getReason()));
      }
    }
    return List.copyOf(findings);
  }

  /**
   * Returns a log with one more event at the end, checked against the state after this log.
   *
   * @param event the event, not dated before the last one, not null
   * @return the longer log; this log is unchanged
   * @throws InvalidEventException if the event cannot follow the events before it
   * @throws NullPointerException if {@code event} is null
   */
  public AdjustmentLog append(AdjustmentEvent event) {
    Objects.requireNonNull(event, "event");
    int size = events.size();
    synchronized (tip) {
      if (tip.size == size) {
        try {
          tip.replay.apply(event, size);
        } catch (InvalidEventException e) {
          throw e;
        } catch (RuntimeException e) {
          tip.size = -1; // the replay may be half applied: no log extends it any more
          throw e;
        }
        if (tip.events.length == size) {
          tip.events = Arrays.copyOf(tip.events, Math.max(8, size * 2));
        }
        tip.events[size] = event;
        tip.size = size + 1;
        return new AdjustmentLog(founding, policy, tip.events, size + 1, tip);
      }
    }
    List<AdjustmentEvent> longer = new ArrayList<>(events);
    longer.add(event);
    return of(founding, policy, longer);
  }

  private static void requireUnstaffed(ExpertGroup founding) {
    Objects.requireNonNull(founding, "founding");
    for (ExpertTeam team : founding.getTeams()) {
      if (!team.getMembers().isEmpty()) {
        throw new IllegalArgumentException(
            "team " + team.getId() + " of the founding group has members " + team.getMembers()
                + "; membership comes only from APPOINTED events");
      }
    }
  }

  private static AdjustmentEvent[] requireElements(List<AdjustmentEvent> events) {
    Objects.requireNonNull(events, "events");
    AdjustmentEvent[] array = new AdjustmentEvent[events.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = Objects.requireNonNull(events.get(i), "events[" + i + "]");
    }
    return array;
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
   * @param date the as-of date, from 1900-01-01 to 2200-12-31
   * @return the state on that date
   * @throws IllegalArgumentException if {@code date} is outside the supported dates
   * @throws NullPointerException if {@code date} is null
   */
  public GroupState stateOn(LocalDate date) {
    SupportedRange.requireDate(date, "date");
    Replay replay = new Replay(founding, policy);
    for (int i = 0; i < events.size(); i++) {
      AdjustmentEvent event = events.get(i);
      if (event.getDate().isAfter(date)) {
        break;
      }
      replay.apply(event, i);
    }
    return replay.stateOn(date);
  }

  /**
   * Returns one expert's tenure on a date. It replays the whole log up to the date: for many experts
   * on one date, call {@link #stateOn(LocalDate)} once and read its tenures.
   *
   * @param expert the expert's id, not null
   * @param date the as-of date, from 1900-01-01 to 2200-12-31
   * @return the tenure
   * @throws IllegalArgumentException if the expert is not on the roster, or {@code date} is outside
   *     the supported dates
   * @throws NullPointerException if an argument is null
   */
  public Tenure tenure(String expert, LocalDate date) {
    Objects.requireNonNull(expert, "expert");
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

  /**
   * The first {@code size} events of an array whose later slots other logs of the chain may fill;
   * those first slots never change.
   */
  private static final class Prefix extends AbstractList<AdjustmentEvent> implements RandomAccess {
    private final AdjustmentEvent[] array;
    private final int size;

    Prefix(AdjustmentEvent[] array, int size) {
      this.array = array;
      this.size = size;
    }

    @Override
    public AdjustmentEvent get(int index) {
      Objects.checkIndex(index, size);
      return array[index];
    }

    @Override
    public int size() {
      return size;
    }
  }
}
