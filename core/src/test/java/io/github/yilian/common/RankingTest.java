package io.github.yilian.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

  record Score(String id, int points) {}

  private static final Comparator<Score> HIGHEST_FIRST = Comparator.comparingInt(Score::points).reversed();
  private static final Comparator<Score> BY_ID = Comparator.comparing(Score::id);

  @Test
  void tiesShareARankAndTheNextRankSkips() {
    List<Score> scores = List.of(new Score("a", 90), new Score("b", 85), new Score("c", 85), new Score("d", 70));

    Ranking<Score> ranking = Ranking.of(scores, HIGHEST_FIRST, BY_ID);

    assertThat(ranking.getEntries())
        .extracting(Ranked::getRank, e -> e.getItem().id())
        .containsExactly(tuple(1, "a"), tuple(2, "b"), tuple(2, "c"), tuple(4, "d"));
  }

  @Test
  void tieBreakFixesTheOrderWithinATieWhateverTheInputOrder() {
    List<Score> scores = List.of(new Score("z", 85), new Score("m", 85), new Score("a", 85));

    Ranking<Score> ranking = Ranking.of(scores, HIGHEST_FIRST, BY_ID);

    assertThat(ranking.getEntries()).extracting(e -> e.getItem().id()).containsExactly("a", "m", "z");
    assertThat(ranking.getEntries()).extracting(Ranked::getRank).containsOnly(1);
  }

  @Test
  void nothingToRankGivesAnEmptyRanking() {
    Ranking<Score> ranking = Ranking.of(List.of(), HIGHEST_FIRST, BY_ID);

    assertThat(ranking.isEmpty()).isTrue();
    assertThat(ranking).hasToString("[]");
  }

  @Test
  void printsRanksAndItems() {
    Ranking<String> ranking = Ranking.of(List.of("b", "a"), Comparator.naturalOrder(), Comparator.naturalOrder());

    assertThat(ranking).hasToString("[1 a, 2 b]");
    assertThat(ranking.isEmpty()).isFalse();
  }

  @Test
  void rankingsOfTheSameEntriesAreEqual() {
    Ranking<String> ranking = Ranking.of(List.of("b", "a"), Comparator.naturalOrder(), Comparator.naturalOrder());
    Ranking<String> same = Ranking.of(List.of("a", "b"), Comparator.naturalOrder(), Comparator.naturalOrder());
    Ranking<String> reversed = Ranking.of(List.of("a", "b"), Comparator.reverseOrder(), Comparator.naturalOrder());

    assertThat(ranking).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(reversed);
    assertThat(ranking.hashCode()).isNotEqualTo(reversed.hashCode());
  }

  @Test
  void nullItemIsNamedByItsPositionBeforeAnyComparatorSeesIt() {
    List<String> items = java.util.Arrays.asList("a", "b", "c", null);

    assertThatNullPointerException()
        .isThrownBy(() -> Ranking.of(items, Comparator.nullsLast(Comparator.<String>naturalOrder()), (x, y) -> 0))
        .withMessage("items[3]");
    assertThatNullPointerException()
        .isThrownBy(() -> Ranking.of(items, Comparator.<String>naturalOrder(), Comparator.<String>naturalOrder()))
        .withMessage("items[3]");
  }

  @Test
  void nullArgumentsAreNamed() {
    List<String> items = List.of("a");
    Comparator<String> natural = Comparator.naturalOrder();

    assertThatNullPointerException().isThrownBy(() -> Ranking.of(null, natural, natural)).withMessage("items");
    assertThatNullPointerException().isThrownBy(() -> Ranking.of(items, null, natural)).withMessage("bestFirst");
    assertThatNullPointerException().isThrownBy(() -> Ranking.of(items, natural, null)).withMessage("tieBreak");
  }
}
