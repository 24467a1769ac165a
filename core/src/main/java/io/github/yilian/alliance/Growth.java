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
   * The mean of the three measures' rates g_k = 100 (c_k − p_k) / p_k: over the common denominator
   * 3 p_1 p_2 p_3 the numerator is the sum of 100 (c_k − p_k) times the two other bases.
   */
  private static Optional<Growth> meanOfRates(List<MemberVolume> volumes) {
    BigDecimal[] bases = new BigDecimal[MEASURES.size()];
    BigDecimal[] rates = new BigDecimal[MEASURES.size()];
    for (int k = 0; k < MEASURES.size(); k++) {
      long previous = sum(volumes, MemberVolume::getPreviousYear, MEASURES.get(k));
      if (previous == 0) {
        return Optional.empty();
      }
      bases[k] = BigDecimal.valueOf(previous);
      rates[k] = rate(previous, sum(volumes, MemberVolume::getThisYear, MEASURES.get(k)));
    }
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.valueOf(MEASURES.size());
    for (int k = 0; k < MEASURES.size(); k++) {
      BigDecimal term = rates[k];
      for (int j = 0; j < MEASURES.size(); j++) {
        term = j == k ? term : term.multiply(bases[j]);
      }
      numerator = numerator.add(term);
      denominator = denominator.multiply(bases[k]);
    }
    return Optional.of(new Growth(numerator, denominator));
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

  /** The whole number of {@code step}s by which the growth exceeds {@code percent}, 0 or more if it reaches it. */
  long stepsAbove(BigDecimal percent, BigDecimal step) {
    return numerator.subtract(percent.multiply(denominator))
        .divide(step.multiply(denominator), 0, RoundingMode.FLOOR)
        .longValue();
  }

  /** The growth in percent, truncated to 2 decimal places. */
  BigDecimal percent() {
    return numerator.divide(denominator, 2, RoundingMode.DOWN);
  }
}
