package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;
import java.util.Comparator;

/**
 * How a ranking lists units whose shares are equal; tied units share a rank either way (seed 002
 * 三(二)16 leaves the order to the policy).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TieBreak implements Named {
  /** By unit id, a stable listing only (the default). */
  BY_ID("按编号", "by id"),
  /** By the number of applicable results, more first, then by unit id. */
  MORE_APPLICABLE_FIRST("适用项多者在前", "more applicable results first");

  private final BilingualText name;

  TieBreak(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }

  /** Returns the order of tied scores. */
  Comparator<UnitScore> order() {
    Comparator<UnitScore> byId = Comparator.comparing(UnitScore::getUnitId);
    return this == BY_ID ? byId
        : Comparator.comparingLong(UnitScore::getApplicable).reversed().thenComparing(byId);
  }
}
