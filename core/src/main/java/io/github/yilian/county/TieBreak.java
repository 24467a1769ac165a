package io.github.yilian.county;

import java.util.Comparator;

/**
 * How a ranking lists units whose shares are equal; tied units share a rank either way (seed 002
 * 三(二)16 leaves the order to the policy).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TieBreak {
  /** By unit id, a stable listing only (the default). */
  BY_ID("按编号", "by id"),
  /** By the number of applicable results, more first, then by unit id. */
  MORE_APPLICABLE_FIRST("适用项多者在前", "more applicable results first");

  private final String chineseName;
  private final String englishName;

  TieBreak(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the name in Chinese, such as "按编号"
   */
  public String getChineseName() {
    return chineseName;
  }

  /**
   * Returns the English name.
   *
   * @return the name in English, such as "by id"
   */
  public String getEnglishName() {
    return englishName;
  }

  /** Returns the order of tied scores. */
  Comparator<UnitScore> order() {
    Comparator<UnitScore> byId = Comparator.comparing(UnitScore::getUnitId);
    return this == BY_ID ? byId
        : Comparator.comparingLong(UnitScore::getApplicable).reversed().thenComparing(byId);
  }
}
