package io.github.yilian.expert;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How long an expert's term is and how it is counted (专家聘期为三年, seed 000, section 二(四)).
 *
 * <p>A term starting on {@code start} is the half-open interval {@code [start, start.plusYears(years))}:
 * its last day is {@code start.plusYears(years).minusDays(1)} and the next term starts the day after.
 * 2022-01-01 starts a 3-year term ending 2024-12-31; 2024-02-29 starts one ending 2027-02-27, and
 * the next begins 2027-02-28 ({@code java.time} clamps 29 February to 28 February). Cohort terms
 * run back to back from the group's first term start, each starting where the previous one ended.
 *
 * <p>Terms are computed by arithmetic, never by stepping, for dates from 1900-01-01 to 2200-12-31
 * ({@link SupportedRange}); a date outside them is an {@link IllegalArgumentException} naming the
 * parameter. Terms are 1 to 100 years long, so a term's last day is always a valid date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class TermPolicy {

  /** The longest review window, in days: 100 years of 366 days. */
  static final int MAX_WINDOW_DAYS = SupportedRange.MAX_HORIZON_YEARS * 366;

  TermPolicy() {}

  /**
   * Returns the length of a term in years.
   *
   * @return the years, from 1 to 100
   */
  @Positive
  @Max(100)
  public abstract int getTermYears();

  /**
   * Returns how terms are counted: one cohort term for the whole group (the default) or a rolling
   * term per appointment.
   *
   * @return the kind of term
   */
  @Value.Default
  public TermKind getKind() {
    return TermKind.COHORT;
  }

  /**
   * Returns how many days before a term's last day an expert becomes due for reappointment review:
   * due when the days left after the as-of date, up to the last day, are at most this window.
   *
   * @return the window in days, from 0 to 36,600 (100 years)
   */
  @PositiveOrZero
  @Max(MAX_WINDOW_DAYS)
  public abstract int getReviewWindowDays();

  /**
   * Returns the term that starts on a date.
   *
   * @param start the first day of the term, from 1900-01-01 to 2200-12-31
   * @return the term, from {@code start} to {@code start.plusYears(years).minusDays(1)}
   * @throws IllegalArgumentException if {@code start} is outside the supported dates
   * @throws NullPointerException if {@code start} is null
   */
  public DateRange termStartingOn(LocalDate start) {
    SupportedRange.requireDate(start, "start");
    return DateRange.of(start, start.plusYears(getTermYears()).minusDays(1));
  }

  /**
   * Returns the term that follows a term: it starts the day after the term's last day.
   *
   * @param term the current term, its last day at most 2200-12-30 so that the next term starts on a
   *     supported date
   * @return the next term
   * @throws IllegalArgumentException if the next term would start outside the supported dates
   * @throws NullPointerException if {@code term} is null
   */
  public DateRange nextTerm(DateRange term) {
    Objects.requireNonNull(term, "term");
    LocalDate end = term.getEnd();
    if (!end.isBefore(SupportedRange.MAX_DATE)) {
      throw new IllegalArgumentException(
          "term " + term + " ends on or after " + SupportedRange.MAX_DATE + ": the next term would start outside the supported dates");
    }
    return termStartingOn(end.plusDays(1));
  }

  /**
   * Returns the cohort term that contains a date, counting terms back to back from the group's first
   * term start. It is computed by arithmetic on years, not by stepping from term to term: the
   * {@code k}-th term starts {@code k * years} years after {@code firstStart}, except that a term
   * chain from 29 February keeps the 28th once a term has started on it in a common year
   * ({@code java.time}'s clamping, carried on by each next term).
   *
   * @param firstStart the first day of the group's first term, from 1900-01-01 to 2200-12-31
   * @param date the date, from 1900-01-01 to 2200-12-31
   * @return the cohort term containing {@code date}, or empty if {@code date} is before
   *     {@code firstStart}
   * @throws IllegalArgumentException if a date is outside the supported dates
   * @throws NullPointerException if a date is null
   */
  public Optional<DateRange> cohortTermContaining(LocalDate firstStart, LocalDate date) {
    SupportedRange.requireDate(firstStart, "firstStart");
    SupportedRange.requireDate(date, "date");
    if (date.isBefore(firstStart)) {
      return Optional.empty();
    }
    int years = getTermYears();
    int k = (date.getYear() - firstStart.getYear()) / years;
    LocalDate start = cohortStart(firstStart, k);
    if (start.isAfter(date)) {
      start = cohortStart(firstStart, k - 1);
    }
    return Optional.of(termStartingOn(start));
  }

  /**
   * Returns the start of the {@code k}-th cohort term (from 0): the same as applying
   * {@code plusYears(years)} {@code k} times to {@code first}. Only a 29 February start can differ
   * from {@code first.plusYears(k * years)}: once a term of the chain starts in a common year it
   * starts on the 28th, and so do all later ones.
   */
  private LocalDate cohortStart(LocalDate first, int k) {
    int years = getTermYears();
    LocalDate anniversary = first.plusYears((long) years * k);
    boolean leapDay = first.getMonthValue() == 2 && first.getDayOfMonth() == 29;
    if (!leapDay || anniversary.getDayOfMonth() != 29 || !commonYearBefore(first.getYear(), years, k)) {
      return anniversary;
    }
    return anniversary.withDayOfMonth(28);
  }

  /**
   * Checks whether one of the years {@code firstYear + j * years}, {@code 0 < j < k}, is a common
   * year; {@code firstYear} is a leap year. If {@code years} is not a multiple of 4 the first of them
   * already is; otherwise they are all multiples of 4 and only a century not divisible by 400 is
   * common, so only the centuries between are looked at.
   */
  private static boolean commonYearBefore(int firstYear, int years, int k) {
    if (k < 2) {
      return false;
    }
    if (years % 4 != 0) {
      return true;
    }
    long last = firstYear + (long) years * (k - 1);
    for (long century = (firstYear / 100 + 1) * 100L; century <= last; century += 100) {
      if (century % 400 != 0 && (century - firstYear) % years == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the term an appointment on a date falls in: the cohort term containing it, or for rolling
   * terms the term starting on the appointment date.
   *
   * @param firstStart the first day of the group's first term, from 1900-01-01 to 2200-12-31
   * @param appointedOn the appointment date, from 1900-01-01 to 2200-12-31
   * @return the term, or empty if the appointment is dated before {@code firstStart}
   * @throws IllegalArgumentException if a date is outside the supported dates
   * @throws NullPointerException if a date is null
   */
  public Optional<DateRange> termOfAppointment(LocalDate firstStart, LocalDate appointedOn) {
    SupportedRange.requireDate(firstStart, "firstStart");
    SupportedRange.requireDate(appointedOn, "appointedOn");
    return getKind() == TermKind.ROLLING && !appointedOn.isBefore(firstStart)
        ? Optional.of(termStartingOn(appointedOn))
        : cohortTermContaining(firstStart, appointedOn);
  }

  /**
   * Returns a builder for a term policy.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link TermPolicy}; the years and the review window are required, the kind defaults to cohort. */
  public static final class Builder extends ImmutableTermPolicy.Builder {
    Builder() {}
  }
}
