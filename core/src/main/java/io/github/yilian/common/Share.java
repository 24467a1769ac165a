package io.github.yilian.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact share: {@code numerator} of {@code denominator}, such as 3 of 5 counties.
 *
 * <p>A share keeps the counts it was made from ({@code of(2, 4)} shows "2/4"), and
 * {@link #equals(Object)} compares those counts; {@link #compareTo(Share)} and the named comparisons
 * compare exact values, so {@code of(2, 4)} and {@code of(1, 2)} are {@link #isEqualTo(Share) equal
 * in value}. Comparisons cross-multiply in 128 bits and never round: 3 of 5 {@link #meets(Share)
 * meets} 60 %, 29 of 100 misses 30 %, 899 of 1,000 misses 90 %.
 *
 * <p>Both counts are non-negative, the numerator is at most the denominator and the denominator is
 * positive. Like {@code java.time} types, a share is a small value built by static factories that
 * reject bad input with an {@link IllegalArgumentException} naming the value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Share implements Comparable<Share> {

  /** The share 0 of 1. */
  public static final Share ZERO = new Share(0, 1);

  /** The share 1 of 1, that is 100 %. */
  public static final Share ONE = new Share(1, 1);

  /**
   * The most decimal places of a percentage: {@link #percent(String)} accepts up to this many
   * significant places and {@link #toPercent(int, RoundingMode)} rounds to at most this many.
   */
  public static final int MAX_PERCENT_SCALE = 16;

  /** The longest percentage text {@link #percent(String)} reads, white space around it ignored. */
  public static final int MAX_PERCENT_TEXT = 40;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  private final long numerator;
  private final long denominator;

  private Share(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Obtains the share {@code numerator} of {@code denominator}, kept as given (not reduced).
   *
   * @param numerator the qualifying count, from 0 to {@code denominator}
   * @param denominator the total count, positive
   * @return the share
   * @throws IllegalArgumentException if the denominator is not positive, the numerator is negative
   *     or the numerator is above the denominator
   */
  public static Share of(long numerator, long denominator) {
    if (denominator <= 0) {
      throw new IllegalArgumentException("denominator must be positive: " + denominator);
    }
    if (numerator < 0) {
      throw new IllegalArgumentException("numerator must not be negative: " + numerator);
    }
    if (numerator > denominator) {
      throw new IllegalArgumentException(
          "numerator " + numerator + " is above denominator " + denominator);
    }
    return new Share(numerator, denominator);
  }

  /**
   * Obtains the share for a percentage written in plain decimal notation, such as {@code "60"} or
   * {@code "12.5"}, reduced to lowest terms ({@code "60"} is 3/5).
   *
   * <p>The text (surrounding white space ignored) is an optional sign, ASCII digits and at most one
   * decimal point, {@value #MAX_PERCENT_TEXT} characters at most; the value is from 0 to 100 with
   * at most {@value #MAX_PERCENT_SCALE} significant decimal places. Exponents ({@code "6E1"}) and
   * other digits than {@code 0}–{@code 9} are rejected, so no text makes the parse slow.
   *
   * @param percent the percentage, from 0 to 100, in plain decimal notation
   * @return the exact share
   * @throws IllegalArgumentException if the text is too long or not a plain decimal number, if the
   *     value lies outside 0 to 100 or has more than {@value #MAX_PERCENT_SCALE} decimal places
   * @throws NullPointerException if {@code percent} is null
   */
  public static Share percent(String percent) {
    Objects.requireNonNull(percent, "percent");
    String text = percent.strip();
    if (text.length() > MAX_PERCENT_TEXT) {
      throw new IllegalArgumentException(
          "percent has more than " + MAX_PERCENT_TEXT + " characters: " + Shown.text(percent));
    }
    if (!PLAIN_DECIMAL.matcher(text).matches()) {
      throw new IllegalArgumentException("percent is not a decimal number: " + Shown.text(percent));
    }
    BigDecimal value = new BigDecimal(text);
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("percent must be from 0 to 100: " + text);
    }
    BigDecimal fraction = value.movePointLeft(2).stripTrailingZeros();
    int scale = Math.max(fraction.scale(), 0);
    if (scale > MAX_PERCENT_SCALE + 2) {
      throw new IllegalArgumentException(
          "percent has more than " + MAX_PERCENT_SCALE + " decimal places: " + text);
    }
    BigInteger num = fraction.movePointRight(scale).toBigIntegerExact();
    BigInteger den = BigInteger.TEN.pow(scale);
    BigInteger gcd = num.gcd(den);
    return new Share(num.divide(gcd).longValueExact(), den.divide(gcd).longValueExact());
  }

  /**
   * Returns the qualifying count.
   *
   * @return the numerator, from 0 to the denominator
   */
  public long getNumerator() {
    return numerator;
  }

  /**
   * Returns the total count.
   *
   * @return the denominator, positive
   */
  public long getDenominator() {
    return denominator;
  }

  /**
   * Checks whether this share reaches a threshold ("at least").
   *
   * @param threshold the threshold, not null
   * @return true if this share is greater than or equal to the threshold, exactly
   * @throws NullPointerException if {@code threshold} is null
   */
  public boolean meets(Share threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return compareTo(threshold) >= 0;
  }

  /**
   * Checks whether this share is above another in value.
   *
   * @param other the share to compare with, not null
   * @return true if this share is strictly greater
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isGreaterThan(Share other) {
    return compareTo(other) > 0;
  }

  /**
   * Checks whether this share is below another in value.
   *
   * @param other the share to compare with, not null
   * @return true if this share is strictly smaller
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isLessThan(Share other) {
    return compareTo(other) < 0;
  }

  /**
   * Checks whether this share has the same value as another, whatever the counts ({@code 2/4} and
   * {@code 1/2} are equal in value).
   *
   * @param other the share to compare with, not null
   * @return true if the values are equal
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isEqualTo(Share other) {
    return compareTo(other) == 0;
  }

  /**
   * Returns how many more of the same total must qualify for this share to meet a threshold:
   * {@code ceil(threshold × denominator) − numerator}, and 0 when it already meets it.
   *
   * @param threshold the threshold to meet, not null
   * @return the smallest number of further qualifying units, 0 or more
   * @throws NullPointerException if {@code threshold} is null
   */
  public long unitsNeeded(Share threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return Math.max(0, ceilOfTimes(threshold, denominator) - numerator);
  }

  /** Returns ceil(share × total); as the share is at most 1, the result is at most total. */
  private static long ceilOfTimes(Share share, long total) {
    try {
      return -Math.floorDiv(-Math.multiplyExact(share.numerator, total), share.denominator);
    } catch (ArithmeticException overflow) {
      BigInteger[] qr =
          BigInteger.valueOf(share.numerator)
              .multiply(BigInteger.valueOf(total))
              .divideAndRemainder(BigInteger.valueOf(share.denominator));
      return qr[0].longValueExact() + qr[1].signum();
    }
  }

  /**
   * Returns this share as a percentage.
   *
   * @param scale the number of decimal places, from 0 to {@value #MAX_PERCENT_SCALE}
   * @param rounding how to round the last place, not null
   * @return the percentage, such as 60.0 for 3/5 at scale 1
   * @throws IllegalArgumentException if {@code scale} is outside 0 to {@value #MAX_PERCENT_SCALE}
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
   *     percentage needs rounding
   * @throws NullPointerException if {@code rounding} is null
   */
  public BigDecimal toPercent(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (scale < 0 || scale > MAX_PERCENT_SCALE) {
      throw new IllegalArgumentException(
          "scale " + scale + " is outside the supported scales 0 to " + MAX_PERCENT_SCALE);
    }
    return BigDecimal.valueOf(numerator)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(denominator), scale, rounding);
  }

  /**
   * Compares the exact values of two shares.
   *
   * @param other the share to compare with, not null
   * @return negative, zero or positive as this share is less than, equal to or greater than the
   *     other in value
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Share other) {
    Objects.requireNonNull(other, "other");
    // a/b vs c/d  <=>  a*d vs c*b, compared as unsigned 128-bit products of non-negative longs
    long leftHigh = Math.multiplyHigh(numerator, other.denominator);
    long rightHigh = Math.multiplyHigh(other.numerator, denominator);
    if (leftHigh != rightHigh) {
      return Long.compare(leftHigh, rightHigh);
    }
    return Long.compareUnsigned(numerator * other.denominator, other.numerator * denominator);
  }

  /**
   * Checks whether another object is a share of the same counts ({@code 2/4} is not equal to
   * {@code 1/2}; use {@link #isEqualTo(Share)} to compare values).
   *
   * @param obj the object to check
   * @return true if it is a share with the same numerator and denominator
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Share other
        && numerator == other.numerator
        && denominator == other.denominator;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator);
  }

  /**
   * Returns the counts, such as {@code "3/5"}.
   *
   * @return the share as {@code numerator/denominator}
   */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
