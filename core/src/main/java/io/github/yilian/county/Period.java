package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Named;
import io.github.yilian.common.SupportedRange;
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
   * @param date the date, from {@link SupportedRange#MIN_DATE} to {@link SupportedRange#MAX_DATE}
   * @return the calendar year or half-year of that date
   * @throws NullPointerException if the date is null
   * @throws IllegalArgumentException if the date is outside the supported dates
   */
  public DateRange containing(LocalDate date) {
    return periodOf(SupportedRange.requireDate(date, "date"));
  }

  /**
   * Returns the first period that starts on or after a date.
   *
   * @param date the date, from {@link SupportedRange#MIN_DATE} to {@link SupportedRange#MAX_DATE}
   * @return the period containing the date if it starts on it, else the next one (which may end
   *     after {@link SupportedRange#MAX_DATE})
   * @throws NullPointerException if the date is null
   * @throws IllegalArgumentException if the date is outside the supported dates
   */
  public DateRange firstFrom(LocalDate date) {
    return firstPeriodFrom(SupportedRange.requireDate(date, "date"));
  }

  /** Returns the period containing a date, unchecked: any date up to a year after the supported ones. */
  DateRange periodOf(LocalDate date) {
    int firstMonth = (date.getMonthValue() - 1) / months * months + 1;
    LocalDate start = LocalDate.of(date.getYear(), firstMonth, 1);
    return DateRange.of(start, start.plusMonths(months).minusDays(1));
  }

  /** Returns the first period starting on or after a date, unchecked. */
  DateRange firstPeriodFrom(LocalDate date) {
    DateRange period = periodOf(date);
    return period.getStart().equals(date) ? period : next(period);
  }

  /** Returns the period after one. */
  DateRange next(DateRange period) {
    return periodOf(period.getEnd().plusDays(1));
  }
}
