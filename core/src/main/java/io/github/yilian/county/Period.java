package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Named;
import java.time.LocalDate;

/**
 * The length of the periods of a recurring target: calendar years ("每年") or calendar half-years,
 * January to June and July to December ("每半年").
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Period implements Named {
  /** A calendar year. */
  YEAR("年", "year", 12),
  /** A calendar half-year. */
  HALF_YEAR("半年", "half-year", 6);

  private final BilingualText name;
  private final int months;

  Period(String chineseName, String englishName, int months) {
    this.name = BilingualText.of(chineseName, englishName);
    this.months = months;
  }

  @Override
  public BilingualText getName() {
    return name;
  }

  /**
   * Returns the period that contains a date.
   *
   * @param date the date, not null
   * @return the calendar year or half-year of that date
   */
  public DateRange containing(LocalDate date) {
    int firstMonth = (date.getMonthValue() - 1) / months * months + 1;
    LocalDate start = LocalDate.of(date.getYear(), firstMonth, 1);
    return DateRange.of(start, start.plusMonths(months).minusDays(1));
  }

  /**
   * Returns the first period that starts on or after a date.
   *
   * @param date the date, not null
   * @return the period containing the date if it starts on it, else the next one
   */
  public DateRange firstFrom(LocalDate date) {
    DateRange period = containing(date);
    return period.getStart().equals(date) ? period : containing(period.getEnd().plusDays(1));
  }
}
