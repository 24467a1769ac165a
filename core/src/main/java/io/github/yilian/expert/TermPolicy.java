package io.github.yilian.expert;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.ModelValidator;
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
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class TermPolicy {

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
   * Returns how many days before a term's last day an expert becomes due for reappointment review.
   *
   * @return the window in days, 0 or more
   */
  @PositiveOrZero
  public abstract int getReviewWindowDays();

  /**
   * Returns the term that starts on a date.
   *
   * @param start the first day of the term, not null
   * @return the term, from {@code start} to {@code start.plusYears(years).minusDays(1)}
   */
  public DateRange termStartingOn(LocalDate start) {
    Objects.requireNonNull(start, "start");
    return DateRange.of(start, start.plusYears(getTermYears()).minusDays(1));
  }

  /**
   * Returns the term that follows a term: it starts the day after the term's last day.
   *
   * @param term the current term, not null
   * @return the next term
   */
  public DateRange nextTerm(DateRange term) {
    return termStartingOn(term.getEnd().plusDays(1));
  }

  /**
   * Returns the cohort term that contains a date, counting terms back to back from the group's first
   * term start.
   *
   * @param firstStart the first day of the group's first term, not null
   * @param date the date, not null
   * @return the cohort term containing {@code date}, or empty if {@code date} is before
   *     {@code firstStart}
   */
  public Optional<DateRange> cohortTermContaining(LocalDate firstStart, LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(firstStart)) {
      return Optional.empty();
    }
    DateRange term = termStartingOn(firstStart);
    while (term.getEnd().isBefore(date)) {
      term = nextTerm(term);
    }
    return Optional.of(term);
  }

  /**
   * Returns the term an appointment on a date falls in: the cohort term containing it, or for rolling
   * terms the term starting on the appointment date.
   *
   * @param firstStart the first day of the group's first term, not null
   * @param appointedOn the appointment date, not null
   * @return the term, or empty if the appointment is dated before {@code firstStart}
   */
  public Optional<DateRange> termOfAppointment(LocalDate firstStart, LocalDate appointedOn) {
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
