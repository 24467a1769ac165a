package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.YilianStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One entry of a group's schedule: an obligation for one subject (the programme, a quarter, a work
 * year or an activity), the window in which it is to be met, ending on its due date, and how many
 * qualifying items it needs.
 *
 * <p>Subjects are {@code "phase 1"} for P1–P5, {@code "2012-Q2"} for P6, the work year such as
 * {@code "2012"} for P10–P13, and the activity id for P7–P9. Only {@link PilotSchedule} makes
 * instances. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class ObligationInstance {

  ObligationInstance() {}

  /**
   * Returns the obligation.
   *
   * @return the obligation, P1 to P13
   */
  public abstract Obligation getObligation();

  /**
   * Returns what this instance is for.
   *
   * @return the subject, not blank
   */
  public abstract String getSubject();

  /**
   * Returns the window in which the obligation is to be met; its end is the due date.
   *
   * @return the window
   */
  public abstract DateRange getWindow();

  /**
   * Returns how many qualifying items (activities, documents, cities sending a head) are needed.
   *
   * @return the number, positive
   */
  public abstract int getRequired();

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
   * @return the title, such as "P8 活动报告（a1）" / "P8 activity report (a1)"
   */
  @Value.Lazy
  public BilingualText getTitle() {
    Obligation obligation = getObligation();
    return BilingualText.of(
        obligation.name() + " " + obligation.getChineseName() + "（" + getSubject() + "）",
        obligation.name() + " " + obligation.getEnglishName() + " (" + getSubject() + ")");
  }

  static ImmutableObligationInstance.Builder builder() {
    return ImmutableObligationInstance.builder();
  }
}
