package io.github.yilian.common;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.quicktheories.core.Gen;

/** QuickTheories generators for the {@code common} types, so every test builds them one way. */
public final class CommonGenerators {

  /** 2000-01-01, the first day the date generators produce. */
  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private CommonGenerators() {}

  /**
   * Dates from 2000-01-01 over about 55 years, leap days included.
   *
   * @return a generator of dates
   */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 20_000).map(EARLIEST::plusDays);
  }

  /**
   * Closed date ranges of 1 to 3,000 days.
   *
   * @return a generator of ranges
   */
  public static Gen<DateRange> dateRanges() {
    return dates().zip(integers().between(0, 3_000), (start, days) -> DateRange.of(start, start.plusDays(days)));
  }

  /**
   * Shares with denominators from 1 to {@code maxDenominator}.
   *
   * @param maxDenominator the largest denominator
   * @return a generator of shares
   */
  public static Gen<Share> shares(long maxDenominator) {
    return longs()
        .between(1, maxDenominator)
        .zip(longs().between(0, Long.MAX_VALUE), (den, seed) -> Share.of(seed % (den + 1), den));
  }

  /**
   * Shares whose counts reach the whole range of {@code long}, to test exactness at the limits.
   *
   * @return a generator of shares
   */
  public static Gen<Share> hugeShares() {
    return shares(Long.MAX_VALUE);
  }
}
