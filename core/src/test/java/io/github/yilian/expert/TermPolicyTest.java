package io.github.yilian.expert;

import static io.github.yilian.expert.Fixtures.COHORT;
import static io.github.yilian.expert.Fixtures.DATE_2022_01_01;
import static io.github.yilian.expert.Fixtures.DATE_2024_02_29;
import static io.github.yilian.expert.Fixtures.DATE_2024_12_31;
import static io.github.yilian.expert.Fixtures.ROLLING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

    /**
     * Computed by arithmetic, not by stepping (issue 11): a start in year -999999999 is outside the
     * supported dates and rejected at once, and the last cohort term of the range is found directly.
     */
    @Test
    void startOutsideTheSupportedDatesIsRejectedAtOnceAndTheLastTermIsFoundDirectly() {
      TermPolicy yearly = TermPolicy.builder().termYears(1).reviewWindowDays(0).build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> yearly.cohortTermContaining(LocalDate.of(-999_999_999, 1, 1), DATE_2022_01_01))
          .withMessage("firstStart -999999999-01-01 is outside the supported dates 1900-01-01 to 2200-12-31");
      assertThat(yearly.cohortTermContaining(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31)))
          .contains(DateRange.of(LocalDate.of(2200, 1, 1), LocalDate.of(2200, 12, 31)));
    }

    /**
     * "专家聘期为三年", terms back to back: a chain of 4-year terms from 29 February 1904 keeps the 29th
     * through 2000 (a leap year, divisible by 400) and moves to the 28th in 2100, a common year, for
     * good.
     */
    @Test
    void leapDayChainOfFourYearTermsMovesToTheTwentyEighthOnlyInTheCommonYear2100() {
      TermPolicy fourYears = TermPolicy.builder().termYears(4).reviewWindowDays(90).build();
      LocalDate start = LocalDate.of(1904, 2, 29);

      assertThat(fourYears.cohortTermContaining(start, LocalDate.of(2000, 3, 1)).map(DateRange::getStart)).contains(LocalDate.of(2000, 2, 29));
      assertThat(fourYears.cohortTermContaining(start, LocalDate.of(2100, 3, 1)).map(DateRange::getStart)).contains(LocalDate.of(2100, 2, 28));
      assertThat(fourYears.cohortTermContaining(start, LocalDate.of(2104, 2, 28)).map(DateRange::getStart)).contains(LocalDate.of(2104, 2, 28));
      assertThat(fourYears.cohortTermContaining(start, LocalDate.of(2104, 2, 27)).map(DateRange::getStart)).contains(LocalDate.of(2100, 2, 28));
    }

    /** A chain of 4-year terms from 29 February 2092 is clamped in 2100, not before: 2096 starts on the 29th. */
    @Test
    void leapDayChainIsNotClampedBeforeItsCommonYear() {
      TermPolicy fourYears = TermPolicy.builder().termYears(4).reviewWindowDays(90).build();

      assertThat(fourYears.cohortTermContaining(LocalDate.of(2092, 2, 29), LocalDate.of(2096, 3, 1)).map(DateRange::getStart))
          .contains(LocalDate.of(2096, 2, 29));
      assertThat(fourYears.cohortTermContaining(LocalDate.of(2092, 2, 29), LocalDate.of(2104, 3, 1)).map(DateRange::getStart))
          .contains(LocalDate.of(2104, 2, 28));
    }

    /** 16-year terms from 29 February 1916 fall on 2092 and 2108, never on the common year 2100, and keep the 29th. */
    @Test
    void leapDayChainThatSkipsTheCommonCenturyKeepsTheTwentyNinth() {
      TermPolicy sixteenYears = TermPolicy.builder().termYears(16).reviewWindowDays(90).build();

      assertThat(sixteenYears.cohortTermContaining(LocalDate.of(1916, 2, 29), LocalDate.of(2124, 3, 1)).map(DateRange::getStart))
          .contains(LocalDate.of(2124, 2, 29));
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
