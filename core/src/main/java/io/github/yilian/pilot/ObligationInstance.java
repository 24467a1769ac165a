package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.YilianStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One entry of a group's schedule: an obligation for one subject (the programme, a quarter, a work
 * year or an activity), the window in which it is to be met, ending on its due date, and how many
 * qualifying items it needs.
 *
 * <p>Subjects are {@code "phase 1"} for P1–P5, {@code "2012-Q2"} for P6, the work year such as
 * {@code "2012"} for P10–P13, and the activity id for P7–P9 and P14; the typed
 * {@link #getYear()}, {@link #getQuarter()} and {@link #getActivityId()} give the same without
 * parsing. Only {@link PilotSchedule} makes instances. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class ObligationInstance {

  ObligationInstance() {}

  /**
   * Returns the obligation.
   *
   * @return the obligation, P1 to P14
   */
  public abstract Obligation getObligation();

  /**
   * Returns what this instance is for, as an id.
   *
   * @return the subject, not blank: {@code "phase 1"}, {@code "2012-Q2"}, {@code "2012"} or an
   *     activity id
   */
  public abstract String getSubject();

  /**
   * Returns the window in which the obligation is to be met; its end is the due date.
   *
   * @return the window
   */
  public abstract DateRange getWindow();

  /**
   * Returns how many qualifying items (activities, documents, cities sending a head, guiding experts
   * and liaisons attending) are needed.
   *
   * @return the number, positive
   */
  public abstract int getRequired();

  /**
   * Returns the year of a quarter (P6) or the work year, named by the calendar year it starts in
   * (P10–P13).
   *
   * @return the year; empty for phase 1 and activity obligations
   */
  public abstract OptionalInt getYear();

  /**
   * Returns the quarter of the year of a P6 instance.
   *
   * @return the quarter, 1 to 4; empty for every other obligation
   */
  public abstract OptionalInt getQuarter();

  /**
   * Returns what one instance of the obligation is for.
   *
   * @return the obligation's scope
   */
  public ObligationScope getScope() {
    return getObligation().getScope();
  }

  /**
   * Returns the id of the activity a per-activity instance (P7, P8, P9, P14) is for.
   *
   * @return the activity id; empty for every other obligation
   */
  public Optional<String> getActivityId() {
    return getScope() == ObligationScope.ACTIVITY ? Optional.of(getSubject()) : Optional.empty();
  }

  /**
   * Returns the last day on which meeting the obligation is on time.
   *
   * @return the due date, the end of the window
   */
  public LocalDate getDue() {
    return getWindow().getEnd();
  }

  /**
   * Returns a one-line title: rule id, name and subject.
   *
   * @return the title, such as "P8 活动报告（a1）" / "P8 activity report (a1)", or
   *     "P6 每季度活动（2012年第2季度）" / "P6 quarterly activity (2012-Q2)"
   */
  @Value.Lazy
  public BilingualText getTitle() {
    return Reasons.title(this);
  }

  /**
   * Returns the title, the due date, the window and the count needed, in English.
   *
   * @return such as "P8 activity report (a1): due 2012-04-02, window 2012-03-28/2012-04-02, 1
   *     required"
   */
  @Override
  public String toString() {
    return Reasons.describe(this);
  }

  static ImmutableObligationInstance.Builder builder() {
    return ImmutableObligationInstance.builder();
  }
}
