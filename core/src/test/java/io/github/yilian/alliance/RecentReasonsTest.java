package io.github.yilian.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.yilian.common.BilingualText;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class RecentReasonsTest {

  private static final BilingualText FIRST = BilingualText.of("甲", "first");
  private static final BilingualText SECOND = BilingualText.of("乙", "second");

  @Test
  void aKeptReasonIsFoundByItsKeyOnly() {
    RecentReasons recent = new RecentReasons();

    assertThat(recent.keep(1, FIRST)).isSameAs(FIRST);

    assertThat(recent.get(1)).isSameAs(FIRST);
    assertThat(recent.get(2)).isNull();
  }

  @Test
  void aKeyWhoseSlotAnotherKeyTookGivesNoReasonNeverTheOther() {
    // keys below 2^16 fall in slot key mod 256
    RecentReasons recent = new RecentReasons();
    recent.keep(1, FIRST);

    assertThat(RecentReasons.slot(1 + RecentReasons.SLOTS)).isEqualTo(RecentReasons.slot(1));
    assertThat(recent.get(1 + RecentReasons.SLOTS)).isNull();

    recent.keep(1 + RecentReasons.SLOTS, SECOND);

    assertThat(recent.get(1)).isNull();
    assertThat(recent.get(1 + RecentReasons.SLOTS)).isSameAs(SECOND);
  }

  @Test
  void aGrowthReasonKeyHoldsItsHundredthsPointsAndReading() {
    long bound = (1L << 45) - 1;
    qt().forAll(longs().between(-bound, bound), integers().between(0, (1 << 16) - 1), Generate.enumValues(GrowthReading.class))
        .checkAssert((hundredths, points, reading) -> {
          long key = GrowthRule.reasonKey(hundredths, points, reading);
          assertThat(key >> 18).isEqualTo(hundredths);
          assertThat((int) (key >>> 2 & 0xFFFF)).isEqualTo(points);
          assertThat((int) (key & 3)).isEqualTo(reading.ordinal());
          assertThat(key).isNotEqualTo(GrowthRule.NOT_KEPT);
        });
  }

  @Test
  void numbersTooLargeForAGrowthReasonKeyAreNotKept() {
    assertThat(GrowthRule.reasonKey(1L << 45, 0, GrowthReading.POOLED)).isEqualTo(GrowthRule.NOT_KEPT);
    assertThat(GrowthRule.reasonKey(-(1L << 45), 0, GrowthReading.POOLED)).isEqualTo(GrowthRule.NOT_KEPT);
    assertThat(GrowthRule.reasonKey(Growth.NO_HUNDREDTHS, 0, GrowthReading.POOLED)).isEqualTo(GrowthRule.NOT_KEPT);
    assertThat(GrowthRule.reasonKey(0, 1 << 16, GrowthReading.MEAN_OF_RATES)).isEqualTo(GrowthRule.NOT_KEPT);
  }
}
