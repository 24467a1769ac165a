package io.github.yilian.common;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code common} types, so every test builds them one way. They
 * reach the edges of the supported ranges ({@link SupportedRange}): the first and last supported
 * days, leap days, the largest counts.
 */
public final class CommonGenerators {

  /** The first day the date generators produce, {@link SupportedRange#MIN_DATE}. */
  public static final LocalDate EARLIEST = SupportedRange.MIN_DATE;

  /** The last day the date generators produce, {@link SupportedRange#MAX_DATE}. */
  public static final LocalDate LATEST = SupportedRange.MAX_DATE;

  private static final int SUPPORTED_DAYS = (int) ChronoUnit.DAYS.between(EARLIEST, LATEST);

  private CommonGenerators() {}

  /**
   * Supported dates, 1900-01-01 to 2200-12-31: uniform over the range, and one time in ten an edge
   * (the first or last day, the last day of 1999, a 29 February, 1900-02-28 before the non-leap
   * 1900's March).
   *
   * @return a generator of dates
   */
  public static Gen<LocalDate> dates() {
    Gen<LocalDate> edges =
        Generate.pick(
            List.of(
                EARLIEST,
                LATEST,
                LocalDate.of(1900, 2, 28),
                LocalDate.of(1999, 12, 31),
                LocalDate.of(2000, 2, 29),
                LocalDate.of(2024, 2, 29),
                LocalDate.of(2196, 2, 29)));
    return integers().between(0, SUPPORTED_DAYS).map(EARLIEST::plusDays).mix(edges, 10);
  }

  /**
   * Supported years, 1900 to 2200, the first and last one often.
   *
   * @return a generator of years
   */
  public static Gen<Integer> years() {
    return integers()
        .between(SupportedRange.MIN_YEAR, SupportedRange.MAX_YEAR)
        .mix(Generate.pick(List.of(SupportedRange.MIN_YEAR, SupportedRange.MAX_YEAR)), 10);
  }

  /**
   * Closed date ranges of 1 to 3,000 days starting on a supported date (so some end past 2200,
   * as a derived term or period may).
   *
   * @return a generator of ranges
   */
  public static Gen<DateRange> dateRanges() {
    return dates().zip(integers().between(0, 3_000), (start, days) -> DateRange.of(start, start.plusDays(days)));
  }

  /**
   * Supported counts or volumes, 0 to {@link SupportedRange#MAX_COUNT}: uniform, and one time in
   * ten an edge (0, 1, the largest and the one below it).
   *
   * @return a generator of counts
   */
  public static Gen<Long> counts() {
    return longs()
        .between(0, SupportedRange.MAX_COUNT)
        .mix(Generate.pick(List.of(0L, 1L, SupportedRange.MAX_COUNT - 1, SupportedRange.MAX_COUNT)), 10);
  }

  /**
   * Shares with denominators from 1 to {@code maxDenominator}, 0 and the whole often.
   *
   * @param maxDenominator the largest denominator
   * @return a generator of shares
   */
  public static Gen<Share> shares(long maxDenominator) {
    return longs()
        .between(1, maxDenominator)
        .zip(longs().between(0, Long.MAX_VALUE), (den, seed) -> Share.of(seed % (den + 1), den))
        .mix(Generate.pick(List.of(Share.ZERO, Share.ONE, Share.of(maxDenominator, maxDenominator))), 5);
  }

  /**
   * Shares whose counts reach the whole range of {@code long}, to test exactness at the limits.
   *
   * @return a generator of shares
   */
  public static Gen<Share> hugeShares() {
    return shares(Long.MAX_VALUE);
  }

  /**
   * Shares of counts up to {@link SupportedRange#MAX_COUNT}, the largest a model holds.
   *
   * @return a generator of shares
   */
  public static Gen<Share> countShares() {
    return counts().zip(counts(), (a, b) -> Share.of(Math.min(a, b), Math.max(Math.max(a, b), 1)));
  }

  /**
   * Percentages as a user writes them: 0 to 100 with 0 to 16 decimal places, such as
   * {@code "12.5"} or {@code "0.0000000000000001"}.
   *
   * @return a generator of percentage texts
   */
  public static Gen<String> percentTexts() {
    return integers()
        .between(0, Share.MAX_PERCENT_SCALE)
        .zip(longs().between(0, Long.MAX_VALUE), (scale, seed) -> {
          BigInteger units = BigInteger.TEN.pow(scale).multiply(BigInteger.valueOf(100));
          BigInteger value = BigInteger.valueOf(seed).mod(units.add(BigInteger.ONE));
          return new BigDecimal(value, scale).toPlainString();
        });
  }
}
