package io.github.yilian.common;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The ranges of dates, years and counts the library supports, and the checks that enforce them
 * where a value enters.
 *
 * <p>Every date a model holds and every "as of" date, year or horizon a calculator takes lies in
 * {@link #MIN_DATE} to {@link #MAX_DATE} (years {@value #MIN_YEAR} to {@value #MAX_YEAR}); every
 * count or volume is from 0 to {@value #MAX_COUNT}. Inside these ranges no calculation overflows
 * and no derived date (a deadline 5 days after, a term 3 years on, the day before) leaves what
 * {@code java.time} can represent. A model's date or count outside them is a Bean Validation
 * violation ({@link SupportedDate}, {@link SupportedYear}, {@code @Max(MAX_COUNT)}); a calculator's
 * argument outside them is an {@link IllegalArgumentException} naming the parameter and the value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SupportedRange {

  /** The first supported year. */
  public static final int MIN_YEAR = 1900;

  /** The last supported year. */
  public static final int MAX_YEAR = 2200;

  /** The first supported date, 1 January {@value #MIN_YEAR}. */
  public static final LocalDate MIN_DATE = LocalDate.of(MIN_YEAR, 1, 1);

  /** The last supported date, 31 December {@value #MAX_YEAR}. */
  public static final LocalDate MAX_DATE = LocalDate.of(MAX_YEAR, 12, 31);

  /** The largest supported count or volume (10<sup>12</sup>); sums of millions of them fit a long. */
  public static final long MAX_COUNT = 1_000_000_000_000L;

  /** The longest supported horizon of a generated schedule, in years after its start. */
  public static final int MAX_HORIZON_YEARS = 100;

  private SupportedRange() {}

  /**
   * Checks whether a date is supported.
   *
   * @param date the date, not null
   * @return true if {@code MIN_DATE <= date <= MAX_DATE}
   */
  public static boolean isSupported(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
  }

  /**
   * Checks whether a year is supported.
   *
   * @param year the year
   * @return true if {@code MIN_YEAR <= year <= MAX_YEAR}
   */
  public static boolean isSupportedYear(int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  /**
   * Returns a calculator's date argument if it is supported.
   *
   * @param date the argument
   * @param name the parameter's name, shown in the message, not null
   * @return {@code date}
   * @throws NullPointerException naming the parameter if {@code date} is null, or if {@code name}
   *     is null
   * @throws IllegalArgumentException naming the parameter and the value if it is outside
   *     {@code MIN_DATE} to {@code MAX_DATE}
   */
  public static LocalDate requireDate(LocalDate date, String name) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(date, name);
    if (!isSupported(date)) {
      throw new IllegalArgumentException(
          name + " " + date + " is outside the supported dates " + MIN_DATE + " to " + MAX_DATE);
    }
    return date;
  }

  /**
   * Returns a calculator's year argument if it is supported.
   *
   * @param year the argument
   * @param name the parameter's name, shown in the message, not null
   * @return {@code year}
   * @throws IllegalArgumentException naming the parameter and the value if it is outside
   *     {@code MIN_YEAR} to {@code MAX_YEAR}
   * @throws NullPointerException if {@code name} is null
   */
  public static int requireYear(int year, String name) {
    Objects.requireNonNull(name, "name");
    if (!isSupportedYear(year)) {
      throw new IllegalArgumentException(
          name + " " + year + " is outside the supported years " + MIN_YEAR + " to " + MAX_YEAR);
    }
    return year;
  }

  /**
   * Returns a calculator's count argument if it is supported.
   *
   * @param count the argument
   * @param name the parameter's name, shown in the message, not null
   * @return {@code count}
   * @throws IllegalArgumentException naming the parameter and the value if it is negative or above
   *     {@code MAX_COUNT}
   * @throws NullPointerException if {@code name} is null
   */
  public static long requireCount(long count, String name) {
    Objects.requireNonNull(name, "name");
    if (count < 0 || count > MAX_COUNT) {
      throw new IllegalArgumentException(
          name + " " + count + " is outside the supported counts 0 to " + MAX_COUNT);
    }
    return count;
  }
}
