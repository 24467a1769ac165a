package io.github.yilian.alliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The growth of member units' volume over the year before, in percent, as an exact fraction
 * {@code numerator / denominator} (denominator positive), read as {@link GrowthReading} says.
 *
 * <p>Only figures a unit keeps are added up; a measure it does not keep is no figure, not a 0. Sums
 * stay in a long: each figure is at most {@code SupportedRange.MAX_COUNT} (10<sup>12</sup>) and an
 * alliance has at most {@link SpecialtyAlliance#MAX_MEMBERS} (10<sup>6</sup>) member units, each
 * reported once, so a sum over units and the three measures is at most 3 × 10<sup>18</sup>.
 *
 * <p>The fraction and every comparison are exact {@code long} arithmetic; a product that would
 * overflow a long ({@link Math#multiplyExact}) falls back to {@code BigDecimal}, with the same result.
 * The percent is made only when it is read.
 */
final class Growth {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final VolumeMeasure[] MEASURES = VolumeMeasure.values();
  /** A rule's percents are compared in ten-thousandths of a percent: they have at most 4 places. */
  private static final long TEN_THOUSAND = 10_000;
  /** {@link #hundredths()} of a growth the longs do not hold: no growth in longs has it. */
  static final long NO_HUNDREDTHS = Long.MIN_VALUE;

  /** The growth is numerator / denominator percent, in longs unless a product overflowed. */
  private final long numerator;
  private final long denominator;
  /** Set, instead of the longs, only when the longs overflowed. */
  private final @Nullable BigDecimal bigNumerator;
  private final @Nullable BigDecimal bigDenominator;

  private Growth(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.bigNumerator = null;
    this.bigDenominator = null;
  }

  private Growth(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = 0;
    this.denominator = 1;
    this.bigNumerator = numerator;
    this.bigDenominator = denominator;
  }

  /**
   * A percent of a rule (a threshold, a step), with its value in ten-thousandths of a percent when
   * that is exact in a long, as it is for every percent a {@link GrowthRule} accepts.
   */
  static final class Percent {
    private final BigDecimal value;
    private final long tenThousandths;
    private final boolean exact;

    private Percent(BigDecimal value, long tenThousandths, boolean exact) {
      this.value = value;
      this.tenThousandths = tenThousandths;
      this.exact = exact;
    }

    static Percent of(BigDecimal value) {
      try {
        return new Percent(value, value.movePointRight(4).longValueExact(), true);
      } catch (ArithmeticException notInALong) {
        return new Percent(value, 0, false);
      }
    }
  }

  /** Returns the growth of a record's volumes, or null if a base-year figure the reading divides by is 0 or absent. */
  static @Nullable Growth of(AllianceAssessmentRecord record, GrowthReading reading) {
    return reading == GrowthReading.POOLED
        ? pooled(record.counts().previousKept(), record.counts().currentKept())
        : meanOfRates(record.getMemberVolumes());
  }

  /**
   * (this year − last year) / last year, each summed over member units and the measures they keep
   * ({@code previous} and {@code current}).
   */
  private static @Nullable Growth pooled(long previous, long current) {
    if (previous == 0) {
      return null;
    }
    long rise = current - previous;
    try {
      return new Growth(Math.multiplyExact(rise, 100), previous);
    } catch (ArithmeticException overflow) {
      return new Growth(BigDecimal.valueOf(rise).multiply(HUNDRED), BigDecimal.valueOf(previous));
    }
  }

  /**
   * The mean of the kept measures' rates g_k = 100 (c_k − p_k) / p_k, each pooled over the units that
   * keep the measure, added up as fractions (n / d + r / p = (n p + r d) / (d p)) and divided by
   * their number. A measure no unit keeps is left out of the mean.
   */
  private static @Nullable Growth meanOfRates(List<MemberVolume> volumes) {
    try {
      return exactMeanOfRates(volumes);
    } catch (ArithmeticException overflow) {
      return bigMeanOfRates(volumes);
    }
  }

  private static @Nullable Growth exactMeanOfRates(List<MemberVolume> volumes) {
    long numerator = 0;
    long denominator = 1;
    int rates = 0;
    for (VolumeMeasure measure : MEASURES) {
      if (!keptByAny(volumes, measure)) {
        continue;
      }
      long previous = sum(volumes, measure, false);
      if (previous == 0) {
        return null;
      }
      long rate = Math.multiplyExact(sum(volumes, measure, true) - previous, 100);
      numerator = Math.addExact(Math.multiplyExact(numerator, previous), Math.multiplyExact(rate, denominator));
      denominator = Math.multiplyExact(denominator, previous);
      rates++;
    }
    if (rates == 0) {
      return null;
    }
    return new Growth(numerator, Math.multiplyExact(denominator, rates));
  }

  private static @Nullable Growth bigMeanOfRates(List<MemberVolume> volumes) {
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ONE;
    int rates = 0;
    for (VolumeMeasure measure : MEASURES) {
      if (!keptByAny(volumes, measure)) {
        continue;
      }
      long previous = sum(volumes, measure, false);
      if (previous == 0) {
        return null;
      }
      BigDecimal base = BigDecimal.valueOf(previous);
      BigDecimal rate = BigDecimal.valueOf(sum(volumes, measure, true) - previous).multiply(HUNDRED);
      numerator = numerator.multiply(base).add(rate.multiply(denominator));
      denominator = denominator.multiply(base);
      rates++;
    }
    if (rates == 0) {
      return null;
    }
    return new Growth(numerator, denominator.multiply(BigDecimal.valueOf(rates)));
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

  /** Whether the growth reaches a percent, exactly. */
  boolean reaches(Percent percent) {
    if (bigNumerator == null && percent.exact) {
      try {
        return Math.multiplyExact(numerator, TEN_THOUSAND) >= Math.multiplyExact(percent.tenThousandths, denominator);
      } catch (ArithmeticException overflow) {
        // compared below in BigDecimal
      }
    }
    return bigNumerator().compareTo(percent.value.multiply(bigDenominator())) >= 0;
  }

  /**
   * The whole number of {@code step}s by which the growth exceeds {@code percent}, at most
   * {@code atMost}: 0 or more if it reaches it. In BigDecimal the bound is applied before leaving it,
   * so a huge growth cannot overflow a long.
   */
  long stepsAbove(Percent percent, Percent step, long atMost) {
    if (bigNumerator == null && percent.exact && step.exact) {
      try {
        long above = Math.subtractExact(Math.multiplyExact(numerator, TEN_THOUSAND), Math.multiplyExact(percent.tenThousandths, denominator));
        return Math.min(Math.floorDiv(above, Math.multiplyExact(step.tenThousandths, denominator)), atMost);
      } catch (ArithmeticException overflow) {
        // computed below in BigDecimal
      }
    }
    BigDecimal denominator = bigDenominator();
    return bigNumerator().subtract(percent.value.multiply(denominator))
        .divide(step.value.multiply(denominator), 0, RoundingMode.FLOOR)
        .min(BigDecimal.valueOf(atMost))
        .longValue();
  }

  /** The growth in percent, truncated to 2 decimal places. */
  BigDecimal percent() {
    if (bigNumerator == null) {
      try {
        // long division truncates toward zero, as RoundingMode.DOWN does
        return BigDecimal.valueOf(Math.multiplyExact(numerator, 100) / denominator, 2);
      } catch (ArithmeticException overflow) {
        // divided below in BigDecimal
      }
    }
    return bigNumerator().divide(bigDenominator(), 2, RoundingMode.DOWN);
  }

  /**
   * The growth in percent, truncated to 2 decimal places, as {@code percent().toPlainString()}
   * writes it ("-1.12", "-0.05", "0.00", "12.30"), made from the longs without a {@code BigDecimal}
   * when they do not overflow.
   */
  String percentText() {
    long hundredths = hundredths();
    if (hundredths != NO_HUNDREDTHS) {
      long whole = Math.abs(hundredths / 100);
      long cents = Math.abs(hundredths % 100);
      return (hundredths < 0 ? "-" : "") + whole + (cents < 10 ? ".0" : ".") + cents;
    }
    return percent().toPlainString();
  }

  /**
   * The growth in hundredths of a percent, truncated toward zero (what {@link #percentText()} writes),
   * when the longs hold it; {@link #NO_HUNDREDTHS} if they do not.
   */
  long hundredths() {
    return bigNumerator == null && numerator > Long.MIN_VALUE / 100 && numerator < Long.MAX_VALUE / 100
        ? numerator * 100 / denominator
        : NO_HUNDREDTHS;
  }

  private BigDecimal bigNumerator() {
    return bigNumerator != null ? bigNumerator : BigDecimal.valueOf(numerator);
  }

  private BigDecimal bigDenominator() {
    return bigDenominator != null ? bigDenominator : BigDecimal.valueOf(denominator);
  }
}
