package io.github.yilian.county;

import io.github.yilian.common.Share;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A measured value of a target: an exact share (numerator, denominator, percentage), a count, or
 * yes/no.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Measured {

  /** The kinds of value. */
  public enum Kind {
    /** An exact share. */
    SHARE,
    /** A count, 0 or more. */
    COUNT,
    /** Yes or no. */
    YES_NO
  }

  private static final Measured YES = new Measured(Kind.YES_NO, Share.ZERO, 1);
  private static final Measured NO = new Measured(Kind.YES_NO, Share.ZERO, 0);
  /** The small counts, made once: most event counts of a period are a few. */
  private static final Measured[] SMALL_COUNTS = new Measured[16];

  static {
    for (int i = 0; i < SMALL_COUNTS.length; i++) {
      SMALL_COUNTS[i] = new Measured(Kind.COUNT, Share.ZERO, i);
    }
  }

  private final Kind kind;
  private final Share share;
  private final long count;

  private Measured(Kind kind, Share share, long count) {
    this.kind = kind;
    this.share = share;
    this.count = count;
  }

  /**
   * Obtains a share value.
   *
   * @param share the share, not null
   * @return the value
   */
  public static Measured share(Share share) {
    return new Measured(Kind.SHARE, Objects.requireNonNull(share, "share"), share.getNumerator());
  }

  /**
   * Obtains a count value.
   *
   * @param count the count, 0 or more
   * @return the value
   * @throws IllegalArgumentException if the count is negative
   */
  public static Measured count(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return count < SMALL_COUNTS.length ? SMALL_COUNTS[(int) count] : new Measured(Kind.COUNT, Share.ZERO, count);
  }

  /**
   * Obtains a yes/no value.
   *
   * @param yes true for yes
   * @return the value
   */
  public static Measured yesNo(boolean yes) {
    return yes ? YES : NO;
  }

  /**
   * Returns the kind of value.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the share of a share value.
   *
   * @return the share; 0/1 unless the kind is {@link Kind#SHARE}
   */
  public Share getShare() {
    return share;
  }

  /**
   * Returns the count: the count of a count value, 1 or 0 for yes or no, the numerator of a share.
   *
   * @return the count, 0 or more
   */
  public long getCount() {
    return count;
  }

  /**
   * Tells whether a yes/no value is yes (or a count or share is above 0).
   *
   * @return true for yes
   */
  public boolean isYes() {
    return count > 0;
  }

  /**
   * Checks whether another object is the same value.
   *
   * @param obj the object to check
   * @return true if it is a value of the same kind and counts
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Measured other
        && kind == other.kind
        && share.equals(other.share)
        && count == other.count;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, share, count);
  }

  /** Returns the value for display in Chinese: "3/5（60.0 %）", "2", 是 or 否. */
  String toChinese() {
    return switch (kind) {
      case SHARE -> share + "（" + share.toPercent(1, RoundingMode.HALF_UP) + " %）";
      case COUNT -> Long.toString(count);
      case YES_NO -> isYes() ? "是" : "否";
    };
  }

  /**
   * Returns the value for display: {@code "3/5 (60.0 %)"}, {@code "2"}, {@code "yes"}.
   *
   * @return the value as text
   */
  @Override
  public String toString() {
    return switch (kind) {
      case SHARE -> share + " (" + share.toPercent(1, RoundingMode.HALF_UP) + " %)";
      case COUNT -> Long.toString(count);
      case YES_NO -> isYes() ? "yes" : "no";
    };
  }
}
