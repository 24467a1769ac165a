package io.github.yilian.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static final LocalDate DATE_2023_01_01 = LocalDate.of(2023, 1, 1);
  private static final LocalDate DATE_2023_06_30 = LocalDate.of(2023, 6, 30);
  private static final LocalDate DATE_2023_12_31 = LocalDate.of(2023, 12, 31);
  private static final LocalDate DATE_2024_01_01 = LocalDate.of(2024, 1, 1);

  @Nested
  class Of {

    @Test
    void rejectsEndBeforeStartNamingBothDates() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DateRange.of(DATE_2023_06_30, DATE_2023_01_01))
          .withMessage("end date 2023-01-01 is before start date 2023-06-30");
    }

    @Test
    void acceptsASingleDay() {
      assertThat(DateRange.of(DATE_2023_06_30, DATE_2023_06_30).lengthInDays()).isEqualTo(1);
    }

    @Test
    void nullStartIsNamed() {
      assertThatNullPointerException().isThrownBy(() -> DateRange.of(null, DATE_2023_01_01)).withMessage("start");
    }

    @Test
    void ofYearTakesOnlySupportedYearsNamingTheYear() {
      assertThat(DateRange.ofYear(1900).getStart()).isEqualTo(LocalDate.of(1900, 1, 1));
      assertThat(DateRange.ofYear(2200).getEnd()).isEqualTo(LocalDate.of(2200, 12, 31));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DateRange.ofYear(1899))
          .withMessage("year 1899 is outside the supported years 1900 to 2200");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DateRange.ofYear(Integer.MAX_VALUE))
          .withMessage("year 2147483647 is outside the supported years 1900 to 2200");
      assertThatIllegalArgumentException().isThrownBy(() -> DateRange.ofYear(Integer.MIN_VALUE));
    }

    /** A range's own methods are exact for every date java.time holds, so a derived range may end past 2200. */
    @Test
    void anyTwoDatesMakeARangeWhoseLengthIsExact() {
      DateRange all = DateRange.of(LocalDate.MIN, LocalDate.MAX);

      assertThat(all.lengthInDays()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.MIN, LocalDate.MAX) + 1);
      assertThat(all.contains(LocalDate.MIN)).isTrue();
      assertThat(all.contains(LocalDate.MAX)).isTrue();
      assertThat(all.overlaps(DateRange.ofYear(2023))).isTrue();
      assertThat(DateRange.of(LocalDate.MAX, LocalDate.MAX).lengthInDays()).isEqualTo(1);
    }

    @Test
    void nullEndIsNamed() {
      assertThatNullPointerException().isThrownBy(() -> DateRange.of(DATE_2023_01_01, null)).withMessage("end");
    }

    @Test
    void ofYearRunsFromFirstOfJanuaryToThirtyFirstOfDecember() {
      assertThat(DateRange.ofYear(2023)).isEqualTo(DateRange.of(DATE_2023_01_01, DATE_2023_12_31));
      assertThat(DateRange.ofYear(2023)).hasToString("2023-01-01/2023-12-31");
    }
  }

  @Nested
  class Contains {

    @Test
    void nullDateIsNamed() {
      assertThatNullPointerException().isThrownBy(() -> DateRange.ofYear(2023).contains(null)).withMessage("date");
      assertThatNullPointerException().isThrownBy(() -> DateRange.ofYear(2023).overlaps(null)).withMessage("other");
    }

    @Test
    void includesBothEnds() {
      DateRange year = DateRange.ofYear(2023);

      assertThat(year.contains(DATE_2023_01_01)).isTrue();
      assertThat(year.contains(DATE_2023_12_31)).isTrue();
    }

    @Test
    void excludesTheDayAfter() {
      assertThat(DateRange.ofYear(2023).contains(DATE_2024_01_01)).isFalse();
      assertThat(DateRange.ofYear(2023).contains(DATE_2023_01_01.minusDays(1))).isFalse();
    }
  }

  @Nested
  class Overlaps {

    @Test
    void rangesSharingOneDayOverlap() {
      DateRange first = DateRange.of(DATE_2023_01_01, DATE_2023_06_30);
      DateRange second = DateRange.of(DATE_2023_06_30, DATE_2023_12_31);

      assertThat(first.overlaps(second)).isTrue();
      assertThat(second.overlaps(first)).isTrue();
    }

    @Test
    void adjacentRangesDoNotOverlap() {
      assertThat(DateRange.ofYear(2023).overlaps(DateRange.ofYear(2024))).isFalse();
      assertThat(DateRange.ofYear(2024).overlaps(DateRange.ofYear(2023))).isFalse();
    }
  }

  @Test
  void leapYearHas366Days() {
    assertThat(DateRange.ofYear(2024).lengthInDays()).isEqualTo(366);
    assertThat(DateRange.ofYear(2023).lengthInDays()).isEqualTo(365);
  }

  @Test
  void equalRangesHaveEqualHashCodes() {
    assertThat(DateRange.of(DATE_2023_01_01, DATE_2023_06_30))
        .isEqualTo(DateRange.of(DATE_2023_01_01, DATE_2023_06_30))
        .hasSameHashCodeAs(DateRange.of(DATE_2023_01_01, DATE_2023_06_30))
        .isNotEqualTo(DateRange.of(DATE_2023_01_01, DATE_2023_12_31));
    assertThat(DateRange.ofYear(2023).hashCode()).isNotEqualTo(DateRange.ofYear(2024).hashCode());
  }
}
