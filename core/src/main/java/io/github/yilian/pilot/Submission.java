package io.github.yilian.pilot;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.SupportedYear;
import io.github.yilian.common.YilianStyle;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document a group filed with the ministry: its kind, the day it arrived and, for the annual plan
 * and summary, the work year it covers (seed 001, 三(一)2–3, 五(一)–(四)).
 *
 * <p>The date lies in the supported range, 1900-01-01 to 2200-12-31, and the work year in 1900 to
 * 2200 ({@link io.github.yilian.common.SupportedRange}). This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class Submission implements CrossFieldRules {

  Submission() {}

  /**
   * Returns the kind of document.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract DocumentKind getKind();

  /**
   * Returns the day the document reached the ministry.
   *
   * @return the date, in the supported range
   */
  @Value.Parameter
  @SupportedDate
  public abstract LocalDate getDate();

  /**
   * Returns the work year an annual plan or summary covers, named by the calendar year it starts in.
   *
   * @return the work year, 1900 to 2200; present exactly for annual kinds
   */
  @Value.Parameter
  public abstract Optional<@SupportedYear Integer> getWorkYear();

  /**
   * Creates a submission of a one-off document (P3, P4, P5).
   *
   * @param kind the kind, not annual, not null
   * @param date the day it arrived, in the supported range, not null
   * @return the submission
   * @throws jakarta.validation.ConstraintViolationException if the kind is annual or the date is
   *     outside the supported range
   * @throws NullPointerException if an argument is null
   */
  public static Submission of(DocumentKind kind, LocalDate date) {
    return ImmutableSubmission.of(kind, date, Optional.empty());
  }

  /**
   * Creates a submission of an annual plan or summary (P10, P11).
   *
   * @param kind the kind, annual, not null
   * @param workYear the work year covered, by the calendar year it starts in, 1900 to 2200
   * @param date the day it arrived, in the supported range, not null
   * @return the submission
   * @throws jakarta.validation.ConstraintViolationException if the kind is not annual, or the year
   *     or the date is outside the supported range
   * @throws NullPointerException if {@code kind} or {@code date} is null
   */
  public static Submission ofYear(DocumentKind kind, int workYear, LocalDate date) {
    return ImmutableSubmission.of(kind, date, Optional.of(workYear));
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    if (getKind().isAnnual() != getWorkYear().isPresent()) {
      found.add(
          "workYear",
          getKind().isAnnual() ? "{io.github.yilian.pilot.Submission.workYearMissing}" : "{io.github.yilian.pilot.Submission.workYearUnexpected}",
          Map.of(
              "year", getWorkYear().map(String::valueOf).orElse(""),
              "kind", getKind().getName()));
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
