package io.github.yilian.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsistentTest {

  private static final LocalDate JUNE_30 = LocalDate.of(2023, 6, 30);
  private static final LocalDate JANUARY_1 = LocalDate.of(2023, 1, 1);

  /** A model with two cross-field rules, the way capability models use {@link Consistent}. */
  @Consistent
  static final class Period implements CrossFieldRules {
    private final LocalDate start;
    private final LocalDate end;
    private final int year;

    Period(LocalDate start, LocalDate end, int year) {
      this.start = start;
      this.end = end;
      this.year = year;
    }

    @Override
    public void checkCrossFields(Inconsistencies inconsistencies) {
      if (end.isBefore(start)) {
        inconsistencies.add("end", "end date {end} is before start date {start}", Map.of("end", end, "start", start));
      }
      if (start.getYear() != year) {
        inconsistencies.add("start", "start date {date} is outside {year}", Map.of("date", start, "year", year));
      }
      if (end.getYear() != year) {
        inconsistencies.add("end", "end date {date} is outside {year}", Map.of("date", end, "year", year));
      }
    }

    @Override
    public String toString() {
      return "a long description that must not appear in messages";
    }
  }

  @Test
  void consistentModelIsValid() {
    Period period = new Period(JANUARY_1, JUNE_30, 2023);

    assertThat(ModelValidator.check(period)).isSameAs(period);
  }

  @Test
  void brokenRuleIsReportedOnItsFieldWithItsValuesNotTheWholeModel() {
    assertThatExceptionOfType(ConstraintViolationException.class)
        .isThrownBy(() -> ModelValidator.check(new Period(JUNE_30, JANUARY_1, 2023)))
        .withMessage("Period is invalid: end: end date 2023-01-01 is before start date 2023-06-30");
  }

  @Test
  void everyBrokenRuleIsItsOwnViolationWithItsOwnParameters() {
    ConstraintViolationException e =
        catchThrowableOfType(
            ConstraintViolationException.class,
            () -> ModelValidator.check(new Period(JUNE_30.plusYears(1), JANUARY_1.minusYears(1), 2023)));

    assertThat(e.getConstraintViolations())
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            tuple("end", "end date 2022-01-01 is before start date 2024-06-30"),
            tuple("start", "start date 2024-06-30 is outside 2023"),
            tuple("end", "end date 2022-01-01 is outside 2023"));
  }

  @Test
  void bundleMessageIsUsedForTheAnnotationsOwnDefault() {
    ConstraintViolationException e =
        catchThrowableOfType(
            ConstraintViolationException.class,
            () -> ModelValidator.check(new Bare()));

    assertThat(e).hasMessage("Bare is invalid: flag: is inconsistent with the other fields");
  }

  /** Reports through the annotation's default message. */
  @Consistent
  static final class Bare implements CrossFieldRules {
    @Override
    public void checkCrossFields(Inconsistencies inconsistencies) {
      inconsistencies.add("flag", "{io.github.yilian.common.Consistent.message}");
    }
  }

  @Test
  void theValidatorsLeaveANullToNotNull() {
    assertThat(new ConsistentValidator().isValid(null, null)).isTrue();
    assertThat(new SupportedDateValidator().isValid(null, null)).isTrue();
    assertThat(new SupportedYearValidator().isValid(null, null)).isTrue();
    assertThat(new SupportedDateRangeValidator().isValid(null, null)).isTrue();
    assertThat(new VisibleTextValidator().isValid(null, null)).isTrue();
  }
}
