package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import io.github.yilian.common.Share;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.common.YilianStyle;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group's compliance as of a date: the status of every instance of the group's own obligations
 * in its schedule up to that date, how many of those due were met on time, and what is overdue.
 *
 * <p>P13, the national meeting, is the ministry's duty: it is in the schedule
 * ({@link PilotSchedule#obligations}) but never here. A status is found by its obligation and
 * period without spelling out subjects: {@link #phase1(Obligation)},
 * {@link #quarter(int, int)}, {@link #workYear(Obligation, int)} and
 * {@link #activity(Obligation, String)}. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class GroupCompliance {

  GroupCompliance() {}

  /**
   * Returns the group's topic.
   *
   * @return the topic
   */
  @Value.Parameter
  public abstract ReformTopic getTopic();

  /**
   * Returns the date the compliance is judged as of.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate getAsOf();

  /**
   * Returns the status of every instance of the group's own obligations, in schedule (due date)
   * order.
   *
   * @return the statuses; none for P13
   */
  @Value.Parameter
  public abstract List<ObligationStatus> getStatuses();

  /**
   * Creates a compliance result.
   *
   * @param topic the group's topic
   * @param asOf the date judged as of
   * @param statuses the statuses, in schedule order
   * @return the result
   */
  static GroupCompliance create(ReformTopic topic, LocalDate asOf, List<ObligationStatus> statuses) {
    return ImmutableGroupCompliance.of(topic, asOf, statuses);
  }

  /** The statuses by obligation and subject, built on the first look-up. */
  @Value.Lazy
  Map<Key, ObligationStatus> index() {
    Map<Key, ObligationStatus> index = new HashMap<>();
    for (ObligationStatus status : getStatuses()) {
      index.put(new Key(status.getInstance().getObligation(), status.getInstance().getSubject()), status);
    }
    return index;
  }

  record Key(Obligation obligation, String subject) {}

  /**
   * Returns the status of a phase 1 obligation, P1 to P5: there is one of each.
   *
   * @param obligation the obligation, P1 to P5
   * @return the status
   * @throws IllegalArgumentException if the obligation is not one of phase 1
   * @throws NullPointerException if {@code obligation} is null
   */
  public ObligationStatus phase1(Obligation obligation) {
    requireScope(obligation, ObligationScope.PHASE_1);
    return Objects.requireNonNull(index().get(new Key(obligation, ObligationPlanner.PHASE_1)), "phase 1 status");
  }

  /**
   * Returns the status of the quarterly activity (P6) of a calendar quarter.
   *
   * @param year the year, 1900 to 2200
   * @param quarter the quarter, 1 to 4
   * @return the status; empty if the quarter is not in phase 2 or has not started by the as-of date
   * @throws IllegalArgumentException if the year is outside 1900 to 2200 or the quarter outside 1 to
   *     4
   */
  public Optional<ObligationStatus> quarter(int year, int quarter) {
    SupportedRange.requireYear(year, "year");
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter " + quarter + " is outside 1 to 4");
    }
    return Optional.ofNullable(index().get(new Key(Obligation.P6, ObligationPlanner.quarterName(year, quarter))));
  }

  /**
   * Returns the status of a work-year obligation (P10, P11, P12) for a work year.
   *
   * @param obligation the obligation, P10, P11 or P12
   * @param year the work year, named by the calendar year it starts in, 1900 to 2200
   * @return the status; empty if the year is not in the schedule as of the date (a summary before
   *     the year ends, an exchange before phase 2)
   * @throws IllegalArgumentException if the obligation is not a group's work-year obligation (P13
   *     is the ministry's and never judged), or the year is outside 1900 to 2200
   * @throws NullPointerException if {@code obligation} is null
   */
  public Optional<ObligationStatus> workYear(Obligation obligation, int year) {
    requireScope(obligation, ObligationScope.WORK_YEAR);
    SupportedRange.requireYear(year, "year");
    return Optional.ofNullable(index().get(new Key(obligation, String.valueOf(year))));
  }

  /**
   * Returns the status of a per-activity obligation (P7, P8, P9, P14) for an activity.
   *
   * @param obligation the obligation, P7, P8, P9 or P14
   * @param activityId the activity's id, not null
   * @return the status; empty if the record has no group activity of that id held by the as-of date
   * @throws IllegalArgumentException if the obligation is not a per-activity one
   * @throws NullPointerException if an argument is null
   */
  public Optional<ObligationStatus> activity(Obligation obligation, String activityId) {
    requireScope(obligation, ObligationScope.ACTIVITY);
    Objects.requireNonNull(activityId, "activityId");
    return Optional.ofNullable(index().get(new Key(obligation, activityId)));
  }

  private static void requireScope(Obligation obligation, ObligationScope scope) {
    Objects.requireNonNull(obligation, "obligation");
    if (obligation.getScope() != scope) {
      throw new IllegalArgumentException(
          "obligation " + obligation + " is for each " + obligation.getScope().getEnglishName() + ", not for each "
              + scope.getEnglishName());
    }
    if (!obligation.isGroupDuty()) {
      throw new IllegalArgumentException(
          "obligation " + obligation + " is the ministry's duty, listed in the schedule and never judged");
    }
  }

  /**
   * Returns how many instances were met on time.
   *
   * @return the number {@code MET}
   */
  public long getMetOnTime() {
    return count(ComplianceStatus.MET);
  }

  /**
   * Returns how many instances are due (their due date is past or they are met): every one not
   * {@code PENDING}.
   *
   * @return the number due
   */
  public long getDueCount() {
    return getStatuses().size() - count(ComplianceStatus.PENDING);
  }

  /**
   * Returns the share of due instances met on time.
   *
   * @return met on time of due, absent when nothing is due yet
   */
  public Optional<Share> onTimeShare() {
    long due = getDueCount();
    return due == 0 ? Optional.empty() : Optional.of(Share.of(getMetOnTime(), due));
  }

  /**
   * Returns the instances overdue as of the date, in schedule order.
   *
   * @return the overdue statuses; empty if none
   */
  public List<ObligationStatus> getOverdue() {
    return getStatuses().stream().filter(s -> s.getStatus() == ComplianceStatus.OVERDUE).toList();
  }

  /**
   * Returns a finding for every instance overdue or met late. An overdue instance has its
   * obligation's severity ({@link Obligation#getSeverity()}: a {@link Severity#VIOLATION} where the
   * seed states the duty without qualification, a {@link Severity#WARNING} for P6 and P9,
   * "原则上", and for P10, P11 and P12, whose period is the library's reading); an instance met
   * late is a {@link Severity#WARNING}. The rule id is the obligation's ({@code "P8"}), the subject
   * the topic and the instance's subject ({@code "HOSPITAL_INFORMATISATION/a1"}), the reason the
   * status's. No finding is ever about P13, the ministry's meeting.
   *
   * @return the findings, in schedule order; empty if all is on time or pending
   */
  public List<Finding> findings() {
    return getStatuses().stream()
        .filter(s -> s.getStatus() == ComplianceStatus.OVERDUE || s.getStatus() == ComplianceStatus.MET_LATE)
        .map(this::finding)
        .toList();
  }

  private Finding finding(ObligationStatus status) {
    BilingualText reason = status.getReason();
    Obligation obligation = status.getInstance().getObligation();
    return Finding.builder()
        .ruleId(obligation.name())
        .subject(getTopic().name() + "/" + status.getInstance().getSubject())
        .severity(status.getStatus() == ComplianceStatus.OVERDUE ? obligation.getSeverity() : Severity.WARNING)
        .reason(reason)
        .build();
  }

  private long count(ComplianceStatus status) {
    return getStatuses().stream().filter(s -> s.getStatus() == status).count();
  }

  /**
   * Returns a one-line summary in English: topic, date, met on time of due, met late, overdue and
   * the first overdue titles.
   *
   * @return such as "hospital informatisation as of 2012-12-31: 10 of 12 due met on time, 0 met
   *     late, 2 overdue: P6 quarterly activity (2012-Q3), P8 activity report (a4)"
   */
  @Override
  public String toString() {
    return Reasons.summary(this);
  }
}
