package io.github.yilian.common;

import static io.github.yilian.common.CommonGenerators.dateRanges;
import static io.github.yilian.common.CommonGenerators.dates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DateRangeProperties {

  /** The oracle: the days of a range, one by one. */
  private static Stream<LocalDate> days(DateRange range) {
    return range.getStart().datesUntil(range.getEnd().plusDays(1));
  }

  @Test
  void lengthEqualsADayByDayCount() {
    qt().forAll(dateRanges()).checkAssert(range -> assertThat(range.lengthInDays()).isEqualTo(days(range).count()));
  }

  @Test
  void containsExactlyTheDaysFromStartToEnd() {
    qt().forAll(dateRanges(), dates())
        .checkAssert((range, date) -> assertThat(range.contains(date)).isEqualTo(days(range).anyMatch(date::equals)));
  }

  @Test
  void overlapsExactlyWhenSomeDayIsInBoth() {
    qt().forAll(dateRanges(), dateRanges())
        .checkAssert(
            (a, b) -> {
              assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
              assertThat(a.overlaps(b)).isEqualTo(a.contains(b.getStart()) || b.contains(a.getStart()));
            });
  }
}
