package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.YilianStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state of one {@link ObligationInstance} as of a date, with its evidence: the date of the
 * activity or document that met it, how many qualifying items were counted, and a bilingual reason.
 *
 * <p>Only {@link PilotSchedule#compliance} makes statuses; the reason is written when first asked
 * for. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class ObligationStatus {

  ObligationStatus() {}

  /**
   * Returns the instance judged.
   *
   * @return the instance
   */
  public abstract ObligationInstance getInstance();

  /**
   * Returns the status.
   *
   * @return the status
   */
  public abstract ComplianceStatus getStatus();

  /**
   * Returns the date the status is judged as of.
   *
   * @return the date
   */
  public abstract LocalDate getAsOf();

  /**
   * Returns the date of the evidence that met the obligation: the activity that completed the count,
   * the document's arrival, the activity all members attended.
   *
   * @return the evidence date, present exactly when {@code MET} or {@code MET_LATE}
   */
  public abstract Optional<LocalDate> getEvidence();

  /**
   * Returns how many qualifying items were counted as of the date, out of
   * {@link ObligationInstance#getRequired()}.
   *
   * @return the count, 0 or more
   */
  public abstract int getCounted();

  /**
   * Returns, for attendance (P9), the member cities that sent no health-bureau head.
   *
   * @return the cities' names in name order; empty for every other obligation
   */
  public abstract List<String> getAbsentMembers();

  /**
   * Returns, for the attendance of guiding experts and liaisons (P14), the group's guiding experts
   * who did not attend.
   *
   * @return the experts' names in the group's order; empty for every other obligation
   */
  public abstract List<String> getAbsentExperts();

  /**
   * Returns, for the attendance of guiding experts and liaisons (P14), whether the ministry's
   * liaisons did not attend.
   *
   * @return true if P14 and the liaisons were absent; false otherwise
   */
  @Value.Default
  public boolean isLiaisonAbsent() {
    return false;
  }

  /**
   * Returns why the instance has this status, in Chinese and English: rule, name, subject, status,
   * count, due date, evidence date and as-of date; for attendance who was absent; and for a warning
   * why it is only a warning.
   *
   * @return the reason, such as "P2 activities in phase 1 (phase 1): overdue 2/3, due 2012-03-31, as
   *     of 2012-04-15" / "P2 第一阶段活动次数（第一阶段）：逾期 2/3，期限2012-03-31，截至2012-04-15"
   */
  @Value.Lazy
  public BilingualText getReason() {
    return Reasons.status(this);
  }

  /**
   * Returns the reason in English.
   *
   * @return the English reason
   */
  @Override
  public String toString() {
    return getReason().getEnglish();
  }

  static ImmutableObligationStatus.Builder builder() {
    return ImmutableObligationStatus.builder();
  }
}
