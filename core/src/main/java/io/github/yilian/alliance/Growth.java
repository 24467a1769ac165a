package io.github.yilian.alliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The growth of member units' volume over the year before, in percent, as an exact fraction
 * {@code numerator / denominator} (denominator positive), read as {@link GrowthReading} says.
 */
final class Growth {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final List<ToLongFunction<Volume>> MEASURES =
      List.of(Volume::getOutpatientVisits, Volume::getInpatientAdmissions, Volume::getOperations);

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Growth(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** Returns the growth, or empty if a base-year volume the reading divides by is 0. */
  static Optional<Growth> of(List<MemberVolume> volumes, GrowthReading reading) {
    return reading == GrowthReading.POOLED ? pooled(volumes) : meanOfRates(volumes);
  }

  /** (this year − last year) / last year, each summed over member units and the three measures. */
  private static Optional<Growth> pooled(List<MemberVolume> volumes) {
    long previous = 0;
    long current = 0;
    for (ToLongFunction<Volume> measure : MEASURES) {
      previous = Math.addExact(previous, sum(volumes, MemberVolume::getPreviousYear, measure));
      current = Math.addExact(current, sum(volumes, MemberVolume::getThisYear, measure));
    }
    if (previous == 0) {
      return Optional.empty();
    }
    return Optional.of(new Growth(rate(previous, current), BigDecimal.valueOf(previous)));
  }

  /**
   * The mean of the three measures' rates g_k = 100 (c_k − p_k) / p_k, added up as fractions
   * (n / d + r / p = (n p + r d) / (d p)) and divided by their number.
   */
  private static Optional<Growth> meanOfRates(List<MemberVolume> volumes) {
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ONE;
    for (ToLongFunction<Volume> measure : MEASURES) {
      long previous = sum(volumes, MemberVolume::getPreviousYear, measure);
      if (previous == 0) {
        return Optional.empty();
      }
      BigDecimal base = BigDecimal.valueOf(previous);
      BigDecimal rate = rate(previous, sum(volumes, MemberVolume::getThisYear, measure));
      numerator = numerator.multiply(base).add(rate.multiply(denominator));
      denominator = denominator.multiply(base);
    }
    return Optional.of(new Growth(numerator, denominator.multiply(BigDecimal.valueOf(MEASURES.size()))));
  }

  private static BigDecimal rate(long previous, long current) {
    return BigDecimal.valueOf(current).subtract(BigDecimal.valueOf(previous)).multiply(HUNDRED);
  }

  private static long sum(
      List<MemberVolume> volumes, Function<MemberVolume, Volume> year, ToLongFunction<Volume> measure) {
    long total = 0;
    for (MemberVolume volume : volumes) {
      total = Math.addExact(total, measure.applyAsLong(year.apply(volume)));
    }
    return total;
  }

  /** Whether the growth reaches {@code percent}, exactly. */
  boolean reaches(BigDecimal percent) {
    return numerator.compareTo(percent.multiply(denominator)) >= 0;
  }

  /**
   * The whole number of {@code step}s by which the growth exceeds {@code percent}, at most
   * {@code atMost}: 0 or more if it reaches it. The bound is applied before leaving BigDecimal, so a
   * huge growth cannot overflow a long.
   */
  long stepsAbove(BigDecimal percent, BigDecimal step, long atMost) {
    return numerator.subtract(percent.multiply(denominator))
        .divide(step.multiply(denominator), 0, RoundingMode.FLOOR)
        .min(BigDecimal.valueOf(atMost))
        .longValue();
  }

  /** The growth in percent, truncated to 2 decimal places. */
  BigDecimal percent() {
    return numerator.divide(denominator, 2, RoundingMode.DOWN);
  }
}
