package io.github.yilian.county;

import io.github.yilian.common.Share;
import io.github.yilian.common.SupportedRange;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a target's value must reach: at least a share ("≥ 60 %"), at least a count ("≥ 3"), at
 * most a count ("≤ 0 overlong secondments"), or yes ("all": every unit has it).
 *
 * <p>Shares compare exactly (3/5 meets 60 %, 29/100 misses 30 %).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Threshold {

  private static final Threshold YES = new Threshold(Comparison.YES, Share.ONE, 1);

  /** The ways a value is compared with a threshold. */
  public enum Comparison {
    /** The share is at least the threshold's share. */
    AT_LEAST_SHARE,
    /** The count is at least the threshold's count. */
    AT_LEAST_COUNT,
    /** The count is at most the threshold's count. */
    AT_MOST_COUNT,
    /** The answer is yes. */
    YES
  }

  private final Comparison comparison;
  private final Share share;
  private final long count;

  private Threshold(Comparison comparison, Share share, long count) {
    this.comparison = comparison;
    this.share = share;
    this.count = count;
  }

  /**
   * Obtains "at least this share".
   *
   * @param share the share to reach, not null
   * @return the threshold
   */
  public static Threshold atLeast(Share share) {
    return new Threshold(Comparison.AT_LEAST_SHARE, Objects.requireNonNull(share, "share"), 0);
  }

  /**
   * Obtains "at least this count".
   *
   * @param count the count to reach, from 0 to {@link SupportedRange#MAX_COUNT}
   * @return the threshold
   * @throws IllegalArgumentException naming the count if it is negative or above
   *     {@link SupportedRange#MAX_COUNT}
   */
  public static Threshold atLeast(long count) {
    return new Threshold(Comparison.AT_LEAST_COUNT, Share.ZERO, SupportedRange.requireCount(count, "count"));
  }

  /**
   * Obtains "at most this count".
   *
   * @param count the count not to exceed, from 0 to {@link SupportedRange#MAX_COUNT}
   * @return the threshold
   * @throws IllegalArgumentException naming the count if it is negative or above
   *     {@link SupportedRange#MAX_COUNT}
   */
  public static Threshold atMost(long count) {
    return new Threshold(Comparison.AT_MOST_COUNT, Share.ZERO, SupportedRange.requireCount(count, "count"));
  }

  /**
   * Obtains "yes": the unit has what the target asks for.
   *
   * @return the threshold
   */
  public static Threshold yes() {
    return YES;
  }

  /**
   * Returns how values are compared.
   *
   * @return the comparison
   */
  public Comparison getComparison() {
    return comparison;
  }

  /**
   * Returns the share of an {@link Comparison#AT_LEAST_SHARE} threshold.
   *
   * @return the share; 1/1 for yes, 0/1 for count thresholds
   */
  public Share getShare() {
    return share;
  }

  /**
   * Returns the count of a count threshold.
   *
   * @return the count; 1 for yes, 0 for share thresholds
   */
  public long getCount() {
    return count;
  }

  /**
   * Returns the kind of value this threshold compares.
   *
   * @return share, count or yes/no
   */
  public Measured.Kind getKind() {
    return switch (comparison) {
      case AT_LEAST_SHARE -> Measured.Kind.SHARE;
      case AT_LEAST_COUNT, AT_MOST_COUNT -> Measured.Kind.COUNT;
      case YES -> Measured.Kind.YES_NO;
    };
  }

  /**
   * Checks whether a value meets this threshold.
   *
   * @param value the value, of this threshold's {@link #getKind() kind}, not null
   * @return true if met
   * @throws NullPointerException if the value is null
   */
  public boolean isMetBy(Measured value) {
    return gap(value) == 0;
  }

  /**
   * Returns how far a value is from this threshold: the further qualifying units of a share
   * ({@code ceil(threshold × total) − qualifying}), the missing or excess count, 1 for a no.
   *
   * @param value the value, of this threshold's {@link #getKind() kind}, not null
   * @return the gap, 0 exactly when met
   * @throws NullPointerException if the value is null
   */
  public long gap(Measured value) {
    Objects.requireNonNull(value, "value");
    return switch (comparison) {
      case AT_LEAST_SHARE -> value.getShare().unitsNeeded(share);
      case AT_LEAST_COUNT -> Math.max(0, count - value.getCount());
      case AT_MOST_COUNT -> Math.max(0, value.getCount() - count);
      case YES -> value.isYes() ? 0 : 1;
    };
  }

  /** Tells whether a value that breaks this threshold can never meet it later in the same period. */
  boolean isFinalOnceBroken() {
    return comparison == Comparison.AT_MOST_COUNT;
  }

  /**
   * Checks whether another object is the same threshold.
   *
   * @param obj the object to check
   * @return true if it compares the same way with the same share and count
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Threshold other
        && comparison == other.comparison
        && share.isEqualTo(other.share)
        && count == other.count;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(comparison, share.toPercent(9, RoundingMode.DOWN), count);
  }

  /** Returns the value that meets nothing: no unit of {@code total} qualifies, the count is 0, the answer no. */
  Measured nothing(long total) {
    return switch (getKind()) {
      case SHARE -> Measured.share(Share.of(0, Math.max(1, total)));
      case COUNT -> Measured.count(0);
      case YES_NO -> Measured.yesNo(false);
    };
  }

  /** Returns the threshold for display in Chinese: 是 for yes, else as {@link #toString()}. */
  String toChinese() {
    return comparison == Comparison.YES ? "是" : toString();
  }

  /**
   * Returns the threshold for display: {@code "≥ 60 %"}, {@code "≥ 3"}, {@code "≤ 0"},
   * {@code "yes"}.
   *
   * @return the threshold as text
   */
  @Override
  public String toString() {
    return switch (comparison) {
      case AT_LEAST_SHARE -> "≥ " + share.toPercent(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
      case AT_LEAST_COUNT -> "≥ " + count;
      case AT_MOST_COUNT -> "≤ " + count;
      case YES -> "yes";
    };
  }
}
