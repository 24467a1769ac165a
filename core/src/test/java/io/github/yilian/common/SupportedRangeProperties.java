package io.github.yilian.common;

import static io.github.yilian.common.CommonGenerators.counts;
import static io.github.yilian.common.CommonGenerators.dates;
import static io.github.yilian.common.CommonGenerators.years;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SupportedRangeProperties {

  /** The oracle: a date is supported when its year is. */
  private static boolean supportedYear(int year) {
    return year >= 1900 && year <= 2200;
  }

  @Test
  void everyGeneratedDateYearAndCountIsSupported() {
    qt().forAll(dates(), years(), counts())
        .checkAssert((date, year, count) -> {
          assertThat(SupportedRange.requireDate(date, "date")).isEqualTo(date);
          assertThat(SupportedRange.requireYear(year, "year")).isEqualTo(year);
          assertThat(SupportedRange.requireCount(count, "count")).isEqualTo(count);
        });
  }

  @Test
  void aDateIsSupportedExactlyWhenItsYearIsFrom1900To2200() {
    qt().forAll(integers().between(-500, 500), dates())
        .checkAssert((shift, date) -> {
          LocalDate shifted = date.plusYears(shift);
          assertThat(SupportedRange.isSupported(shifted)).isEqualTo(supportedYear(shifted.getYear()));
        });
  }

  @Test
  void everyIntOutsideTheSupportedYearsIsRejectedNamingIt() {
    qt().forAll(integers().all())
        .assuming(year -> !supportedYear(year))
        .checkAssert(year -> assertThatIllegalArgumentException()
            .isThrownBy(() -> SupportedRange.requireYear(year, "year"))
            .withMessage("year " + year + " is outside the supported years 1900 to 2200"));
  }

  @Test
  void everyLongOutsideTheSupportedCountsIsRejectedNamingIt() {
    qt().forAll(longs().all())
        .assuming(n -> n < 0 || n > SupportedRange.MAX_COUNT)
        .checkAssert(n -> assertThatIllegalArgumentException()
            .isThrownBy(() -> SupportedRange.requireCount(n, "n"))
            .withMessage("n " + n + " is outside the supported counts 0 to 1000000000000"));
  }

  /** Inside the supported ranges a year of counts cannot overflow: a million of the largest still fit a long. */
  @Test
  void aMillionOfTheLargestCountsFitALong() {
    qt().forAll(counts())
        .checkAssert(count -> assertThat(Math.multiplyExact(count, 1_000_000L)).isEqualTo(count * 1_000_000L));
  }
}
