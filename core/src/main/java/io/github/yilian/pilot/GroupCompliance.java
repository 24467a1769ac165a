package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import io.github.yilian.common.Share;
import io.github.yilian.common.YilianStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group's compliance as of a date: the status of every obligation instance of its schedule up to
 * that date, how many of those due were met on time, and what is overdue.
 *
 * <p>This class is immutable and thread-safe.
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
   * Returns the status of every instance, in schedule (due date) order.
   *
   * @return the statuses
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
   * Returns a finding for every instance overdue ({@link Severity#VIOLATION}) or met late
   * ({@link Severity#WARNING}); the rule id is the obligation's ({@code "P8"}), the subject the
   * topic and the instance's subject ({@code "HOSPITAL_INFORMATISATION/a1"}).
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
    return Finding.builder()
        .ruleId(status.getInstance().getObligation().name())
        .subject(getTopic().name() + "/" + status.getInstance().getSubject())
        .severity(status.getStatus() == ComplianceStatus.OVERDUE ? Severity.VIOLATION : Severity.WARNING)
        .reason(reason)
        .build();
  }

  private long count(ComplianceStatus status) {
    return getStatuses().stream().filter(s -> s.getStatus() == status).count();
  }

}
