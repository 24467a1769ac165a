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
   * Returns why the instance has this status, in Chinese and English: rule, name, subject, status,
   * count, due date, evidence date and as-of date, and for attendance the absent cities.
   *
   * @return the reason, such as "P2 activities in phase 1 (phase 1): overdue 2/3, due 2012-03-31, as
   *     of 2012-04-15"
   */
  @Value.Lazy
  public BilingualText getReason() {
    ObligationInstance instance = getInstance();
    BilingualText title = instance.getTitle();
    String count = " " + getCounted() + "/" + instance.getRequired();
    StringBuilder chinese =
        new StringBuilder(title.getChinese()).append("：").append(getStatus().getChineseName()).append(count)
            .append("，期限").append(instance.getDue());
    StringBuilder english =
        new StringBuilder(title.getEnglish()).append(": ").append(getStatus().getEnglishName()).append(count)
            .append(", due ").append(instance.getDue());
    getEvidence().ifPresent(date -> {
      chinese.append("，完成日期").append(date);
      english.append(", done ").append(date);
    });
    chinese.append("，截至").append(getAsOf());
    english.append(", as of ").append(getAsOf());
    if (!getAbsentMembers().isEmpty()) {
      chinese.append("；未派员：").append(String.join("、", getAbsentMembers()));
      english.append("; no head from ").append(String.join(", ", getAbsentMembers()));
    }
    return BilingualText.of(chinese.toString(), english.toString());
  }

  static ImmutableObligationStatus.Builder builder() {
    return ImmutableObligationStatus.builder();
  }
}
