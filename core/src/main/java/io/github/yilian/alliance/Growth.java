package io.github.yilian.alliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The growth of member units' volume over the year before, in percent, as an exact fraction
 * {@code numerator / denominator} (denominator positive), read as {@link GrowthReading} says.
 *
 * <p>Only figures a unit keeps are added up; a measure it does not keep is no figure, not a 0. Sums
 * stay in a long: each figure is at most {@code SupportedRange.MAX_COUNT} (10<sup>12</sup>) and an
 * alliance has at most {@link SpecialtyAlliance#MAX_MEMBERS} (10<sup>6</sup>) member units, each
 * reported once, so a sum over units and the three measures is at most 3 × 10<sup>18</sup>.
 */
final class Growth {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final VolumeMeasure[] MEASURES = VolumeMeasure.values();

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Growth(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** Returns the growth, or empty if a base-year figure the reading divides by is 0 or absent. */
  static Optional<Growth> of(List<MemberVolume> volumes, GrowthReading reading) {
    return reading == GrowthReading.POOLED ? pooled(volumes) : meanOfRates(volumes);
  }

  /** (this year − last year) / last year, each summed over member units and the measures they keep. */
  private static Optional<Growth> pooled(List<MemberVolume> volumes) {
    long previous = 0;
    long current = 0;
    for (VolumeMeasure measure : MEASURES) {
      previous += sum(volumes, measure, false);
      current += sum(volumes, measure, true);
    }
    if (previous == 0) {
      return Optional.empty();
    }
    return Optional.of(new Growth(rate(previous, current), BigDecimal.valueOf(previous)));
  }

  /**
   * The mean of the kept measures' rates g_k = 100 (c_k − p_k) / p_k, each pooled over the units that
   * keep the measure, added up as fractions (n / d + r / p = (n p + r d) / (d p)) and divided by
   * their number. A measure no unit keeps is left out of the mean.
   */
  private static Optional<Growth> meanOfRates(List<MemberVolume> volumes) {
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ONE;
    int rates = 0;
    for (VolumeMeasure measure : MEASURES) {
      if (!keptByAny(volumes, measure)) {
        continue;
      }
      long previous = sum(volumes, measure, false);
      if (previous == 0) {
        return Optional.empty();
      }
      BigDecimal base = BigDecimal.valueOf(previous);
      BigDecimal rate = rate(previous, sum(volumes, measure, true));
      numerator = numerator.multiply(base).add(rate.multiply(denominator));
      denominator = denominator.multiply(base);
      rates++;
    }
    if (rates == 0) {
      return Optional.empty();
    }
    return Optional.of(new Growth(numerator, denominator.multiply(BigDecimal.valueOf(rates))));
  }

  private static BigDecimal rate(long previous, long current) {
    return BigDecimal.valueOf(current - previous).multiply(HUNDRED);
  }

  private static long sum(List<MemberVolume> volumes, VolumeMeasure measure, boolean thisYear) {
    long total = 0;
    for (MemberVolume volume : volumes) {
      total += (thisYear ? volume.getThisYear() : volume.getPreviousYear()).get(measure).orElse(0);
    }
    return total;
  }

  private static boolean keptByAny(List<MemberVolume> volumes, VolumeMeasure measure) {
    for (MemberVolume volume : volumes) {
      if (volume.keeps(measure)) {
        return true;
      }
    }
    return false;
  }

  /** The measures no member unit keeps, in declaration order: those mean-of-rates leaves out. */
  static List<VolumeMeasure> keptByNone(List<MemberVolume> volumes) {
    List<VolumeMeasure> none = new ArrayList<>();
    for (VolumeMeasure measure : MEASURES) {
      if (!keptByAny(volumes, measure)) {
        none.add(measure);
      }
    }
    return none;
  }

  /** The kept measures whose base-year figures add up to 0, in declaration order. */
  static List<VolumeMeasure> withoutBase(List<MemberVolume> volumes) {
    List<VolumeMeasure> zero = new ArrayList<>();
    for (VolumeMeasure measure : MEASURES) {
      if (keptByAny(volumes, measure) && sum(volumes, measure, false) == 0) {
        zero.add(measure);
      }
    }
    return zero;
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
