package io.github.yilian.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RankingProperties {

  record Score(int id, int points) {}

  private static final Comparator<Score> HIGHEST_FIRST = Comparator.comparingInt(Score::points).reversed();
  private static final Comparator<Score> BY_ID = Comparator.comparingInt(Score::id);

  /** Up to 40 scores of 0 to 10 points, so ties are common; ids are distinct. */
  private static Gen<List<Score>> scores() {
    return lists().of(integers().between(0, 10)).ofSizeBetween(0, 40).map(points -> {
      List<Score> list = new ArrayList<>();
      for (int i = 0; i < points.size(); i++) {
        list.add(new Score(i, points.get(i)));
      }
      return list;
    });
  }

  @Test
  void rankingIsAPermutationOfTheItems() {
    qt().forAll(scores())
        .checkAssert(scores -> assertThat(Ranking.of(scores, HIGHEST_FIRST, BY_ID).getEntries())
            .extracting(Ranked::getItem)
            .containsExactlyInAnyOrderElementsOf(scores));
  }

  @Test
  void rankIsOnePlusTheNumberOfStrictlyBetterItems() {
    qt().forAll(scores())
        .checkAssert(scores -> Ranking.of(scores, HIGHEST_FIRST, BY_ID).getEntries().forEach(entry -> {
          long better = scores.stream().filter(s -> s.points() > entry.getItem().points()).count();
          assertThat(entry.getRank()).isEqualTo(better + 1);
        }));
  }

  @Test
  void equalScoresShareARank() {
    qt().forAll(scores())
        .checkAssert(scores -> {
          List<Ranked<Score>> entries = Ranking.of(scores, HIGHEST_FIRST, BY_ID).getEntries();
          for (Ranked<Score> a : entries) {
            for (Ranked<Score> b : entries) {
              assertThat(a.getRank() == b.getRank()).isEqualTo(a.getItem().points() == b.getItem().points());
            }
          }
        });
  }

  @Test
  void inputOrderDoesNotMatter() {
    qt().forAll(scores())
        .checkAssert(scores -> {
          List<Score> reversed = new ArrayList<>(scores);
          Collections.reverse(reversed);
          assertThat(Ranking.of(reversed, HIGHEST_FIRST, BY_ID)).isEqualTo(Ranking.of(scores, HIGHEST_FIRST, BY_ID));
        });
  }

  @Test
  void aNullItemAnywhereIsNamedByItsPosition() {
    qt().forAll(scores(), integers().between(0, 40))
        .checkAssert((scores, seed) -> {
          int at = seed % (scores.size() + 1);
          List<Score> withNull = new ArrayList<>(scores);
          withNull.add(at, null);
          assertThatNullPointerException()
              .isThrownBy(() -> Ranking.of(withNull, HIGHEST_FIRST, BY_ID))
              .withMessage("items[" + at + "]");
        });
  }

  @Test
  void thousandsOfTiedItemsShareRankOne() {
    List<Score> tied = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      tied.add(new Score(4_999 - i, 7));
    }

    List<Ranked<Score>> entries = Ranking.of(tied, HIGHEST_FIRST, BY_ID).getEntries();

    assertThat(entries).hasSize(5_000).extracting(Ranked::getRank).containsOnly(1);
    assertThat(entries.get(0).getItem().id()).isZero();
    assertThat(entries.get(4_999).getItem().id()).isEqualTo(4_999);
  }
}
