package io.github.yilian.expert;

import static io.github.yilian.expert.Fixtures.COHORT;
import static io.github.yilian.expert.Fixtures.DATE_2022_01_01;
import static io.github.yilian.expert.Fixtures.DATE_2024_02_29;
import static io.github.yilian.expert.Fixtures.DATE_2024_12_31;
import static io.github.yilian.expert.Fixtures.ROLLING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.yilian.common.DateRange;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TermPolicyTest {

  private static final LocalDate DATE_2027_02_27 = LocalDate.of(2027, 2, 27);
  private static final LocalDate DATE_2027_02_28 = LocalDate.of(2027, 2, 28);

  @Test
  void presetIsAThreeYearCohortTermWithANinetyDayWindow() {
    assertThat(COHORT.getTermYears()).isEqualTo(3);
    assertThat(COHORT.getKind()).isEqualTo(TermKind.COHORT);
    assertThat(COHORT.getReviewWindowDays()).isEqualTo(90);
  }

  @Test
  void kindDefaultsToCohort() {
    assertThat(TermPolicy.builder().termYears(5).reviewWindowDays(0).build().getKind()).isEqualTo(TermKind.COHORT);
  }

  @Test
  void zeroYearsIsRejectedNamingTheValue() {
    assertThatExceptionOfType(ConstraintViolationException.class)
        .isThrownBy(() -> TermPolicy.builder().termYears(0).reviewWindowDays(90).build())
        .withMessage("TermPolicy is invalid: termYears must be greater than 0: 0");
  }

  @Test
  void negativeWindowIsRejected() {
    assertThatExceptionOfType(ConstraintViolationException.class)
        .isThrownBy(() -> TermPolicy.builder().termYears(3).reviewWindowDays(-1).build())
        .withMessage("TermPolicy is invalid: reviewWindowDays must be greater than or equal to 0: -1");
  }

  @Nested
  class TermStartingOn {

    @Test
    void termFromFirstOfJanuaryEndsOnThirtyFirstOfDecemberThreeYearsOn() {
      assertThat(COHORT.termStartingOn(DATE_2022_01_01)).isEqualTo(DateRange.of(DATE_2022_01_01, DATE_2024_12_31));
    }

    @Test
    void termFromTwentyNinthOfFebruaryEndsOnTwentySeventh() {
      assertThat(COHORT.termStartingOn(DATE_2024_02_29).getEnd()).isEqualTo(DATE_2027_02_27);
    }

    @Test
    void nextTermStartsTheDayAfter() {
      assertThat(COHORT.nextTerm(COHORT.termStartingOn(DATE_2024_02_29)))
          .isEqualTo(DateRange.of(DATE_2027_02_28, LocalDate.of(2030, 2, 27)));
    }
  }

  @Nested
  class CohortTermContaining {

    @Test
    void firstAndLastDayBelongToTheFirstTerm() {
      DateRange first = DateRange.of(DATE_2022_01_01, DATE_2024_12_31);

      assertThat(COHORT.cohortTermContaining(DATE_2022_01_01, DATE_2022_01_01)).contains(first);
      assertThat(COHORT.cohortTermContaining(DATE_2022_01_01, DATE_2024_12_31)).contains(first);
    }

    @Test
    void dayAfterTheLastDayBelongsToTheSecondTerm() {
      assertThat(COHORT.cohortTermContaining(DATE_2022_01_01, LocalDate.of(2025, 1, 1)))
          .contains(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)));
    }

    @Test
    void dateBeforeTheFirstTermHasNoTerm() {
      assertThat(COHORT.cohortTermContaining(DATE_2022_01_01, DATE_2022_01_01.minusDays(1))).isEmpty();
    }

    @Test
    void leapDayCohortStaysOnTheTwentyEighthAfterTheFirstTerm() {
      assertThat(COHORT.cohortTermContaining(DATE_2024_02_29, LocalDate.of(2036, 2, 28)).map(DateRange::getStart))
          .contains(LocalDate.of(2036, 2, 28));
    }
  }

  @Nested
  class TermOfAppointment {

    @Test
    void cohortAppointeeMidTermEndsWithTheCohort() {
      assertThat(COHORT.termOfAppointment(DATE_2022_01_01, LocalDate.of(2023, 7, 1)))
          .contains(DateRange.of(DATE_2022_01_01, DATE_2024_12_31));
    }

    @Test
    void rollingAppointeeMidTermRunsThreeYearsOfHisOwn() {
      assertThat(ROLLING.termOfAppointment(DATE_2022_01_01, LocalDate.of(2023, 7, 1)))
          .contains(DateRange.of(LocalDate.of(2023, 7, 1), LocalDate.of(2026, 6, 30)));
    }

    @Test
    void appointmentBeforeTheGroupStartsHasNoTermEitherWay() {
      assertThat(COHORT.termOfAppointment(DATE_2022_01_01, LocalDate.of(2021, 12, 31))).isEmpty();
      assertThat(ROLLING.termOfAppointment(DATE_2022_01_01, LocalDate.of(2021, 12, 31))).isEmpty();
    }

    @Test
    void rollingAppointmentOnTheGroupsFirstDayStartsThatDay() {
      assertThat(ROLLING.termOfAppointment(DATE_2022_01_01, DATE_2022_01_01))
          .contains(DateRange.of(DATE_2022_01_01, DATE_2024_12_31));
    }
  }
}
