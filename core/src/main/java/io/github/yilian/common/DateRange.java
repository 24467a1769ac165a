package io.github.yilian.common;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A closed range of dates: from a start date to an end date, both included.
 *
 * <p>A single day is a range whose start equals its end. "By end of 2023" is
 * {@code DateRange.of(start, LocalDate.of(2023, 12, 31))}; a date on the end day is inside.
 *
 * <p>A range may hold any two dates {@code java.time} represents ({@link LocalDate#MIN} to
 * {@link LocalDate#MAX}): its own methods never overflow, so calculators can build ranges that end
 * past {@link SupportedRange#MAX_DATE} (a 3-year term starting in 2200). A model that holds a range
 * from its user annotates the accessor {@link SupportedDate @SupportedDate}, which keeps both ends
 * in the supported dates; {@link #ofYear(int)} takes supported years only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange {

  private final LocalDate start;
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains the range from {@code start} to {@code end}, both included.
   *
   * @param start the first day, any date, not null
   * @param end the last day, not before {@code start}, not null
   * @return the range
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   * @throws NullPointerException if either date is null
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end date " + end + " is before start date " + start);
    }
    return new DateRange(start, end);
  }

  /**
   * Obtains the range of one calendar year, 1 January to 31 December.
   *
   * @param year the year, from {@value SupportedRange#MIN_YEAR} to {@value SupportedRange#MAX_YEAR}
   * @return the range of that year
   * @throws IllegalArgumentException naming the year if it is outside the supported years
   */
  public static DateRange ofYear(int year) {
    SupportedRange.requireYear(year, "year");
    return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Returns the first day.
   *
   * @return the start date, included
   */
  public LocalDate getStart() {
    return start;
  }

  /**
   * Returns the last day.
   *
   * @return the end date, included
   */
  public LocalDate getEnd() {
    return end;
  }

  /**
   * Checks whether a date lies in this range, the start and end days included.
   *
   * @param date the date to check, not null
   * @return true if {@code start <= date <= end}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Checks whether this range shares at least one day with another.
   *
   * @param other the other range, not null
   * @return true if some day lies in both ranges
   * @throws NullPointerException if {@code other} is null
   */
  public boolean overlaps(DateRange other) {
    Objects.requireNonNull(other, "other");
    return !other.end.isBefore(start) && !end.isBefore(other.start);
  }

  /**
   * Returns the number of days in this range, both ends counted: a single day has length 1.
   *
   * @return the number of days, at least 1
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Checks whether another object is a range with the same start and end.
   *
   * @param obj the object to check
   * @return true if it is an equal range
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof DateRange other && start.equals(other.start) && end.equals(other.end);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /**
   * Returns the range in ISO form, such as {@code "2023-01-01/2023-12-31"}.
   *
   * @return the start and end dates separated by a slash
   */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
