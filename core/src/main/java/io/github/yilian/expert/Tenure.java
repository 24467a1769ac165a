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
 * <p>An expert is active on a date when an appointment's term covers it and no withdrawal, dismissal
 * or end of term before it closed the service; the last day of a closing event is still served.
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
   * Returns the days left from the date to the current term's last day (or to the last day before a
   * withdrawal, dismissal or end of term already recorded), both included: 1 on the last day.
   *
   * @return the days remaining; 0 if not active
   */
  public abstract long getDaysRemaining();

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
   * Returns why the expert is or is not active, with the counts, in Chinese and English.
   *
   * @return the reason
   */
  @Value.Lazy
  public BilingualText getReason() {
    if (!isActive()) {
      return BilingualText.of(
          getDate() + " 未在聘，累计服务 " + getDaysServed() + " 天",
          "not serving on " + getDate() + ", " + getDaysServed() + " days served");
    }
    Role role = getRole().orElseThrow();
    DateRange term = getTerm().orElseThrow();
    String review = isDueForReview() ? "，应进行续聘评议" : "";
    return BilingualText.of(
        getDate() + " 在聘：" + getTeam().orElseThrow() + " 小组" + role.getChineseName() + "，聘期 " + term.getStart()
            + " 至 " + term.getEnd() + "，剩余 " + getDaysRemaining() + " 天，累计服务 " + getDaysServed() + " 天" + review,
        "serving on " + getDate() + ": " + role.getEnglishName() + " of team " + getTeam().orElseThrow() + ", term "
            + term.getStart() + " to " + term.getEnd() + ", " + getDaysRemaining() + " days left, " + getDaysServed()
            + " days served" + (isDueForReview() ? ", due for reappointment review" : ""));
  }
}
