package io.github.yilian.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.common.BilingualText;
import org.junit.jupiter.api.Test;

class ReasonTableTest {

  private static final BilingualText REASON = BilingualText.of("理由", "reason");

  @Test
  void numbersFromZeroToTheSizeAreKept() {
    ReasonTable table = new ReasonTable();

    assertThat(table.keep(0, REASON)).isSameAs(REASON);
    assertThat(table.keep(ReasonTable.SIZE - 1, REASON)).isSameAs(REASON);

    assertThat(table.get(0)).isSameAs(REASON);
    assertThat(table.get(ReasonTable.SIZE - 1)).isSameAs(REASON);
    assertThat(table.get(1)).isNull();
  }

  @Test
  void numbersOutsideTheTableAreNeverKept() {
    ReasonTable table = new ReasonTable();

    assertThat(table.keep(-1, REASON)).isSameAs(REASON);
    assertThat(table.keep(ReasonTable.SIZE, REASON)).isSameAs(REASON);

    assertThat(table.get(-1)).isNull();
    assertThat(table.get(ReasonTable.SIZE)).isNull();
    assertThat(table.get(Long.MAX_VALUE)).isNull();
  }

  @Test
  void pairsOfCountsBelow22HaveDistinctNumbersInTheTableAndOthersNone() {
    assertThat(ReasonTable.pair(0, 0)).isZero();
    assertThat(ReasonTable.pair(0, 21)).isEqualTo(21);
    assertThat(ReasonTable.pair(1, 0)).isEqualTo(22);
    assertThat(ReasonTable.pair(21, 21)).isEqualTo(483).isLessThan(ReasonTable.SIZE);

    assertThat(ReasonTable.pair(22, 0)).isEqualTo(-1);
    assertThat(ReasonTable.pair(0, 22)).isEqualTo(-1);
    assertThat(ReasonTable.pair(-1, 0)).isEqualTo(-1);
    assertThat(ReasonTable.pair(0, -1)).isEqualTo(-1);
  }
}
