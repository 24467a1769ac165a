package io.github.yilian.county;

import io.github.yilian.common.Share;
import java.util.Objects;

/**
 * A unit's score in a ranking: how many of its applicable target results are met.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitScore {

  private final String unitId;
  private final long met;
  private final long applicable;
  private final Share share;

  private UnitScore(String unitId, long met, long applicable) {
    this.unitId = unitId;
    this.met = met;
    this.applicable = applicable;
    this.share = applicable == 0 ? Share.ZERO : Share.of(met, applicable);
  }

  /**
   * Obtains a score.
   *
   * @param unitId the unit's id, not null
   * @param met the results met, from 0 to {@code applicable}
   * @param applicable the applicable results, 0 or more
   * @return the score
   * @throws IllegalArgumentException if a count is negative or more are met than applicable
   */
  public static UnitScore of(String unitId, long met, long applicable) {
    Objects.requireNonNull(unitId, "unitId");
    if (met < 0 || met > applicable) {
      throw new IllegalArgumentException("met " + met + " must be from 0 to applicable " + applicable);
    }
    return new UnitScore(unitId, met, applicable);
  }

  /**
   * Returns the unit's id.
   *
   * @return the id
   */
  public String getUnitId() {
    return unitId;
  }

  /**
   * Returns the number of results met.
   *
   * @return the count met
   */
  public long getMet() {
    return met;
  }

  /**
   * Returns the number of applicable results.
   *
   * @return the count applicable
   */
  public long getApplicable() {
    return applicable;
  }

  /**
   * Returns the share met.
   *
   * @return met of applicable; 0/1 when nothing is applicable
   */
  public Share getShare() {
    return share;
  }

  /**
   * Checks whether another object is the same score.
   *
   * @param obj the object to check
   * @return true if it is a score of the same unit and counts
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof UnitScore other
        && unitId.equals(other.unitId)
        && met == other.met
        && applicable == other.applicable;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(unitId, met, applicable);
  }

  /**
   * Returns the score, such as {@code "650102 12/15"}.
   *
   * @return the unit id and the share met
   */
  @Override
  public String toString() {
    return unitId + " " + met + "/" + applicable;
  }
}
