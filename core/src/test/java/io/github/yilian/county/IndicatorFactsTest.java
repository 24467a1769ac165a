package io.github.yilian.county;

import static io.github.yilian.county.CountyFixtures.tracker;
import static io.github.yilian.county.CountyFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The facts of an indicator by unit, searched by date: sums over periods, the newest state, the first yes. */
class IndicatorFactsTest {

  private static final LocalDate JUNE_30 = LocalDate.of(2023, 6, 30);
  private static final LocalDate JULY_1 = LocalDate.of(2023, 7, 1);

  private static Fact events(String date, long count) {
    return Fact.count("U", "i", LocalDate.parse(date), count);
  }

  /**
   * Facts of unit 1, between two units without facts: on 2023-06-29 (1), 06-30 (10), 06-30 (100),
   * 07-01 (1,000) and 07-02 (10,000), given out of order.
   */
  private static final IndicatorFacts AROUND_MID_YEAR = unitOneOfThree(List.of(
      events("2023-07-01", 1_000), events("2023-06-30", 10), events("2023-07-02", 10_000),
      events("2023-06-29", 1), events("2023-06-30", 100)));

  /** Units 0 and 2 have no facts; unit 1 has these. */
  @SuppressWarnings("unchecked")
  private static IndicatorFacts unitOneOfThree(List<Fact> facts) {
    List<Fact>[] byUnit = (List<Fact>[]) new List<?>[3];
    byUnit[1] = new ArrayList<>(facts);
    return new IndicatorFacts(byUnit);
  }

  private static long day(LocalDate date) {
    return date.toEpochDay();
  }

  @Nested
  class Sum {
    @ParameterizedTest(name = "{0} to {1} = {2}")
    @CsvSource({
        "2023-06-30, 2023-06-30, 110",     // both facts of the first and last day
        "2023-06-29, 2023-06-30, 111",     // the first day included
        "2023-07-01, 2023-07-01, 1000",
        "2023-06-30, 2023-07-01, 1110",    // the last day included
        "2023-07-02, 2023-12-31, 10000",
        "2023-06-28, 2023-06-28, 0",       // the day before the first fact
        "2023-07-03, 2023-07-31, 0",       // after the last fact
        "2023-01-01, 2023-06-29, 1",       // a period ending the day before a fact leaves it out
        "2023-07-02, 2023-07-02, 10000",   // a period starting the day after a fact leaves it out
        "2023-07-01, 2023-06-30, 0",       // an empty period
        "1900-01-01, 2200-12-31, 11111"})
    void sumsTheFactsDatedInThePeriodBothEndsIncluded(LocalDate from, LocalDate to, long expected) {
      assertThat(AROUND_MID_YEAR.sum(1, day(from), day(to))).isEqualTo(expected);
    }

    @Test
    void sumOfNoFactsIsZero() {
      assertThat(AROUND_MID_YEAR.sum(0, day(SupportedRange.MIN_DATE), day(SupportedRange.MAX_DATE))).isZero();
      assertThat(AROUND_MID_YEAR.sum(2, day(SupportedRange.MIN_DATE), day(SupportedRange.MAX_DATE))).isZero();
    }

    /** Issue 11: "two Long.MAX_VALUE facts and 2 more give 0 new techniques"; counts now enter bounded. */
    @Test
    void largestCountsAddUpExactly() {
      List<Fact> facts = new ArrayList<>();
      for (int i = 0; i < 1_000; i++) {
        facts.add(events("2023-05-01", SupportedRange.MAX_COUNT));
      }
      facts.add(events("2023-05-02", 2));

      assertThat(unitOneOfThree(facts).sum(1, day(LocalDate.of(2023, 1, 1)), day(LocalDate.of(2023, 12, 31))))
          .isEqualTo(1_000 * SupportedRange.MAX_COUNT + 2);
    }
  }

  @Nested
  class Latest {
    /** Yes/no facts of unit 1: no (0) on 06-29, yes then no on 06-30, yes on 07-01, given out of order. */
    private final IndicatorFacts states = unitOneOfThree(List.of(
        events("2023-07-01", 1), events("2023-06-30", 1), events("2023-06-29", 0), events("2023-06-30", 0)));

    @ParameterizedTest(name = "as of {0}: known {1}, yes {2}")
    @CsvSource({
        "2023-06-28, false, false",
        "2023-06-29, true, false",
        "2023-06-30, true, false",   // of two facts on one day, the last added
        "2023-07-01, true, true",
        "2200-12-31, true, true"})
    void newestFactOnOrBeforeTheDateCounts(LocalDate asOf, boolean known, boolean yes) {
      assertThat(states.isKnown(1, day(asOf))).isEqualTo(known);
      assertThat(states.isYes(1, day(asOf))).isEqualTo(yes);
      assertThat(states.isKnown(0, day(asOf))).isFalse();
      assertThat(states.isYes(2, day(asOf))).isFalse();
    }

    @Test
    void reportedShareIsTheNewestFactsValueOverItsTotalIfRecentEnough() {
      IndicatorFacts shares = unitOneOfThree(List.of(
          Fact.share("U", "i", LocalDate.of(2023, 3, 1), 1, 4), Fact.share("U", "i", LocalDate.of(2023, 9, 1), 3, 4)));

      assertThat(shares.reportedShare(1, day(LocalDate.of(2023, 1, 1)), day(LocalDate.of(2023, 8, 31))))
          .isEqualTo(Measured.share(io.github.yilian.common.Share.of(1, 4)));
      assertThat(shares.reportedShare(1, day(LocalDate.of(2023, 1, 1)), day(LocalDate.of(2023, 12, 31))))
          .isEqualTo(Measured.share(io.github.yilian.common.Share.of(3, 4)));
      assertThat(shares.reportedShare(1, day(LocalDate.of(2023, 3, 2)), day(LocalDate.of(2023, 8, 31)))).isNull();
      assertThat(shares.reportedShare(0, day(LocalDate.of(2023, 1, 1)), day(LocalDate.of(2023, 12, 31)))).isNull();
    }
  }

  @Nested
  class FirstYes {
    private final IndicatorFacts noThenYes = unitOneOfThree(List.of(
        events("2023-03-01", 0), events("2023-05-01", 1), events("2023-09-01", 1)));

    @Test
    void firstYesSkipsEarlierNos() {
      assertThat(noThenYes.firstYes(1, day(LocalDate.of(2023, 12, 31)))).isEqualTo(LocalDate.of(2023, 5, 1));
    }

    @Test
    void firstYesOnTheDateIsFound() {
      assertThat(noThenYes.firstYes(1, day(LocalDate.of(2023, 5, 1)))).isEqualTo(LocalDate.of(2023, 5, 1));
    }

    @Test
    void firstYesAfterTheDateIsNotSeen() {
      assertThat(noThenYes.firstYes(1, day(LocalDate.of(2023, 4, 30)))).isNull();
      assertThat(noThenYes.firstYes(2, day(SupportedRange.MAX_DATE))).isNull();
    }
  }

  /** The period boundaries as the tracker uses them: "每半年" splits on 30 June / 1 July, "每年" on 31 December / 1 January. */
  @Nested
  class PeriodBoundaries {
    private final AdministrativeTree tree = tree(1, 1, 0);

    private TargetResult judge(String target, String unit, LocalDate asOf, Fact... facts) {
      return tracker(tree, List.of(facts)).status(XinjiangCountyTargets2023.target(target), unit, asOf);
    }

    private Fact committee() {
      return Fact.yes("P1C1", XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE, LocalDate.of(2022, 6, 1));
    }

    private Fact report(LocalDate date) {
      return Fact.yes("P1C1", XinjiangCountyTargets2023.COMMITTEE_REPORT, date);
    }

    /** "每半年至少听取一次": a report on 30 June counts for January–June only. */
    @Test
    void reportOnThirtiethJuneCountsForTheFirstHalfOnly() {
      TargetResult result = judge("T5", "P1C1", LocalDate.of(2023, 12, 31), committee(), report(JUNE_30));

      assertThat(result.getPeriods()).extracting(p -> p.getValue().orElseThrow().getCount()).containsExactly(1L, 0L);
    }

    /** "每半年至少听取一次": a report on 1 July counts for July–December only. */
    @Test
    void reportOnFirstJulyCountsForTheSecondHalfOnly() {
      TargetResult result = judge("T5", "P1C1", LocalDate.of(2023, 12, 31), committee(), report(JULY_1));

      assertThat(result.getPeriods()).extracting(p -> p.getValue().orElseThrow().getCount()).containsExactly(0L, 1L);
    }

    /** "牵头医院每年至少帮助基层成员单位开展新技术3项": techniques on 31 December count for that year, not the next. */
    @Test
    void techniquesOnNewYearsEveCountForTheirYearOnly() {
      Fact lastDay = Fact.count("P1C1ML", XinjiangCountyTargets2023.NEW_TECHNIQUE, LocalDate.of(2023, 12, 31), 3);

      assertThat(judge("T13", "P1C1ML", LocalDate.of(2023, 12, 31), lastDay).getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(judge("T13", "P1C1ML", LocalDate.of(2024, 12, 31), lastDay).getValue()).contains(Measured.count(0));
    }

    /** A report dated the day after the "as of" date is not seen, even inside the period. */
    @Test
    void reportAfterTheDateIsNotCountedYet() {
      TargetResult result = judge("T5", "P1C1", LocalDate.of(2023, 6, 29), committee(), report(JUNE_30));

      assertThat(result.getPeriods()).singleElement().extracting(PeriodResult::getValue)
          .isEqualTo(java.util.Optional.of(Measured.count(0)));
    }
  }
}
