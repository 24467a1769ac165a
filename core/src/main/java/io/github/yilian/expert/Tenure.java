package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.YilianStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An expert's tenure on a date, replayed from the adjustment log under a {@link TermPolicy}
 * (rule {@value #RULE_ID}, seed 000, sections 二(四) and 六(四)): active or not, team and role,
 * the current term, days remaining, whether reappointment review is due, days served and the
 * service history.
 *
 * <p>An expert is active on a date when an appointment's term (moved on by each reappointment)
 * covers it and no withdrawal, dismissal or end of term dated before it closed the service: those
 * events are dated on the last day served, which is still an active day.
 *
 * <p>Computed by {@link AdjustmentLog}; users read it. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class Tenure {

  /** The rule id of every tenure: the expert's term and service. */
  public static final String RULE_ID = "expert.tenure";

  Tenure() {}

  /**
   * Returns the expert's id.
   *
   * @return the id
   */
  public abstract String getExpert();

  /**
   * Returns the date the tenure is computed for; later events are not seen.
   *
   * @return the as-of date
   */
  public abstract LocalDate getDate();

  /**
   * Checks whether the expert serves on the date.
   *
   * @return true if active
   */
  public abstract boolean isActive();

  /**
   * Returns the team the expert serves in on the date.
   *
   * @return the team's id; empty if not active
   */
  public abstract Optional<String> getTeam();

  /**
   * Returns the expert's role on the date.
   *
   * @return the role; empty if not active
   */
  public abstract Optional<Role> getRole();

  /**
   * Returns the term that contains the date: for a cohort term the group's term, for a rolling term
   * the appointment's own; after a reappointment, the next term follows it.
   *
   * @return the term, its start and last day; empty if not active
   */
  public abstract Optional<DateRange> getTerm();

  /**
   * Returns the days left from the date to the current term's last day, both included: 1 on the last
   * day, and 1 on the last day served of a withdrawal, dismissal or end of term dated on the date.
   *
   * @return the days remaining; 0 if not active
   */
  public abstract long getDaysRemaining();

  /**
   * Returns the last day served, where it is known on the date (events after the date are not seen):
   * for an active expert whose withdrawal, dismissal or end of term is dated on the date, that date
   * (the expert is leaving); for an expert no longer active, the last day of the service history.
   *
   * @return the last day served; empty while the expert serves with no end recorded, and for an
   *     expert never appointed by the date
   */
  public abstract Optional<LocalDate> getLastDayServed();

  /**
   * Checks whether the expert is active and leaving: a withdrawal, dismissal or end of term is dated
   * on the date, the last day served.
   *
   * @return true if active with a last day served recorded
   */
  public boolean isLeaving() {
    return isActive() && getLastDayServed().isPresent();
  }

  /**
   * Checks whether the expert is due for reappointment review: active, not yet reappointed for the
   * next term nor leaving, and the term's last day is at most the policy's review window after the
   * date.
   *
   * @return true if due for review
   */
  public abstract boolean isDueForReview();

  /**
   * Returns the days served across all terms up to the date, each period counted with both ends.
   *
   * @return the days served, 0 or more
   */
  public abstract long getDaysServed();

  /**
   * Returns the service up to the date, oldest first.
   *
   * @return the periods; empty if never appointed by the date
   */
  public abstract List<ServicePeriod> getHistory();

  /**
   * Returns the rule id, {@value #RULE_ID}.
   *
   * @return the rule id
   */
  public String getRuleId() {
    return RULE_ID;
  }

  /**
   * Returns why the expert is or is not active, with the counts, in Chinese and English; built when
   * first read.
   *
   * @return the reason
   */
  @Value.Lazy
  public BilingualText getReason() {
    return isActive() ? Reasons.serving(this, isLeaving()) : Reasons.notServing(getDate(), getDaysServed());
  }

  /**
   * Returns the tenure in short form: the expert's id and the English reason, such as
   * {@code "Tenure[e1: serving on 2024-11-01: leader of team north, term 2022-01-01 to 2024-12-31, 61
   * days left, 489 days served, due for reappointment review]"}.
   *
   * @return the expert and the reason
   */
  @Override
  public String toString() {
    return "Tenure[" + getExpert() + ": " + getReason().getEnglish() + "]";
  }
}
