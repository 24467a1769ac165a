package io.github.yilian.county;

import static io.github.yilian.county.CountyFixtures.END_2023;
import static io.github.yilian.county.CountyFixtures.MID_2023;
import static io.github.yilian.county.CountyFixtures.tracker;
import static io.github.yilian.county.CountyFixtures.tree;
import static io.github.yilian.county.XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.yilian.common.Ranked;
import io.github.yilian.common.Ranking;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Share;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RollUpAndRankingTest {

  /** Two prefectures of three counties; committees in P1C1, P1C2, P2C1 and P2C2. */
  private static final TargetTracker TRACKER = tracker(tree(2, 3, 2), List.of(
      Fact.yes("P1C1", MANAGEMENT_COMMITTEE, MID_2023),
      Fact.yes("P1C2", MANAGEMENT_COMMITTEE, MID_2023),
      Fact.no("P1C3", MANAGEMENT_COMMITTEE, MID_2023),
      Fact.yes("P2C1", MANAGEMENT_COMMITTEE, MID_2023),
      Fact.yes("P2C2", MANAGEMENT_COMMITTEE, MID_2023)));

  private static final Target T4 = XinjiangCountyTargets2023.target("T4");

  @Nested
  class RollUps {
    @Test
    void prefectureRollUpListsTheCountiesThatMissed() {
      RollUp rollUp = TRACKER.rollUp(T4, "P1", END_2023);

      assertThat(rollUp.getShare()).contains(Share.of(2, 3));
      assertThat(rollUp.getNotMet()).extracting(r -> r.getUnit().getId()).containsExactly("P1C3");
      assertThat(rollUp.getMet()).extracting(r -> r.getUnit().getId()).containsExactly("P1C1", "P1C2");
    }

    @Test
    void regionRollUpCountsCountiesWithoutFactsAsNotMet() {
      RollUp rollUp = TRACKER.rollUp(T4, "XJ", END_2023);

      assertThat(rollUp.getShare()).contains(Share.of(4, 6));
      assertThat(rollUp.getNotMet()).extracting(TargetResult::getStatus)
          .containsExactly(TargetStatus.MISSED, TargetStatus.NO_DATA);
    }

    @Test
    void rollUpOfACountyHoldsOnlyThatCounty() {
      assertThat(TRACKER.rollUp(T4, "P1C3", END_2023).getShare()).contains(Share.of(0, 1));
    }

    @Test
    void rollUpWithNoUnitOfTheLevelHasNoShare() {
      assertThat(TRACKER.rollUp(T4, "P1C1M", END_2023).getShare()).isEmpty();
    }

    @Test
    void rollUpReadsInEnglish() {
      assertThat(TRACKER.rollUp(T4, "P1", END_2023))
          .hasToString("T4 for P1: 2 of 3 counties met (66.7 %); not met: P1C3 missed");
      assertThat(TRACKER.rollUp(T4, "P1C3", END_2023)).hasToString("T4 for P1C3: 0 of 1 county met (0.0 %); not met: P1C3 missed");
      assertThat(TRACKER.rollUp(T4, "P1C1M", END_2023)).hasToString("T4 for P1C1M: 0 of 0 counties met");
    }

    /** "委党组成员……对包联县开展实地指导": counties no member is paired with are left out of the T19 roll-up. */
    @Test
    void rollUpLeavesUnitsTheTargetDoesNotApplyToOut() {
      MonitoringData data = MonitoringData.builder().tree(tree(1, 3, 0))
          .addPairings(Pairing.of("m1", "P1C1", LocalDate.of(2023, 1, 1)))
          .addFacts(Fact.count("P1C1", XinjiangCountyTargets2023.PAIRING_VISIT, MID_2023, 2),
              Fact.count("P1C2", XinjiangCountyTargets2023.PAIRING_VISIT, MID_2023, 5))
          .build();
      RollUp rollUp = TargetTracker.of(XinjiangCountyTargets2023.policy(), data)
          .rollUp(XinjiangCountyTargets2023.target("T19"), "P1", END_2023);

      assertThat(rollUp.getShare()).contains(Share.of(1, 1));
      assertThat(rollUp.getNotMet()).isEmpty();
      assertThat(rollUp.getNotApplicable()).extracting(r -> r.getUnit().getId()).containsExactly("P1C2", "P1C3");
      assertThat(rollUp).hasToString("T19 for P1: 1 of 1 county met (100.0 %); not applicable: 2 counties");
    }

    @Test
    void unknownUnitIsRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> TRACKER.rollUp(T4, "P9", END_2023))
          .withMessage("unit P9 is not in the tree");
    }
  }

  @Nested
  class Dashboards {
    @Test
    void dashboardHoldsEveryTargetForEveryUnitOfItsLevel() {
      Dashboard dashboard = TRACKER.dashboard(END_2023);

      // region 2 targets, prefecture 5 × 2, county 3 × 6, community 8 × 6, lead hospital 2 × 6
      assertThat(dashboard.getResults()).hasSize(2 + 10 + 18 + 48 + 12);
      assertThat(dashboard.resultsOf("T4")).hasSize(6);
      assertThat(dashboard.resultsFor("P1C1")).extracting(TargetResult::getRuleId)
          .containsExactly("T4", "T5", "T19");
      assertThat(dashboard.getAsOf()).isEqualTo(END_2023);
    }

    @Test
    void notMetListsEveryApplicableResultNotMet() {
      Dashboard dashboard = TRACKER.dashboard(END_2023);

      // met: T4 in four counties, T18 (no overlong secondment) in all six communities; T19 applies to
      // no county (none is paired)
      assertThat(dashboard.getNotMet()).allMatch(r -> !r.getStatus().isMet() && r.getStatus().isApplicable())
          .hasSize(dashboard.getResults().size() - 4 - 6 - 6);
      assertThat(dashboard).hasToString("dashboard as of 2023-12-31: 90 results, 10 met, 74 not met, "
          + "6 not applicable; 3 region-wide figures");
    }
  }

  @Nested
  class Rankings {
    @Test
    void countiesWithACommitteeShareTheFirstRank() {
      Ranking<UnitScore> ranking = TRACKER.ranking(Level.COUNTY, 2023);

      assertThat(ranking.getEntries()).extracting(Ranked::getRank).containsExactly(1, 1, 1, 1, 5, 5);
      assertThat(ranking.getEntries()).extracting(e -> e.getItem().getUnitId())
          .containsExactly("P1C1", "P1C2", "P2C1", "P2C2", "P1C3", "P2C3");
    }

    @Test
    void countyScoreCountsItsOwnItsCommunitysAndItsOwnPartsTargets() {
      UnitScore first = TRACKER.ranking(Level.COUNTY, 2023).getEntries().get(0).getItem();

      // county T4, T5 (T19 does not apply: no pairing); community 8; lead hospital 2; own parts in T1,
      // T2, T7, T8, T10: only T4 and T18 (no overlong secondment) met
      assertThat(first).isEqualTo(UnitScore.of("P1C1", 2, 17));
    }

    /** "每年对监测评价结果进行全区排名": the tracker's county ranking scores what the evaluation drafts score. */
    @Test
    void countyRankingScoresAsTheDraftEvaluationsDo() {
      for (Ranked<UnitScore> entry : TRACKER.ranking(Level.COUNTY, 2023).getEntries()) {
        AnnualEvaluation draft = AnnualEvaluation.draft(TRACKER, entry.getItem().getUnitId(), 2023);
        assertThat(entry.getItem().getApplicable()).isEqualTo(draft.getValues().size());
        assertThat(entry.getItem().getMet()).isEqualTo(draft.getValues().size() - draft.getNotMet().size());
      }
    }

    @Test
    void pairedCountyCountsT19AndAnUnpairedOneDoesNot() {
      MonitoringData data = MonitoringData.builder().from(TRACKER.getData())
          .addPairings(Pairing.of("m1", "P1C1", LocalDate.of(2023, 1, 1)))
          .addFacts(Fact.count("P1C1", XinjiangCountyTargets2023.PAIRING_VISIT, MID_2023, 2))
          .build();
      Ranking<UnitScore> ranking = TargetTracker.of(XinjiangCountyTargets2023.policy(), data).ranking(Level.COUNTY, 2023);

      assertThat(ranking.getEntries().get(0).getItem()).isEqualTo(UnitScore.of("P1C1", 3, 18));
      assertThat(ranking.getEntries()).extracting(Ranked::getItem).contains(UnitScore.of("P1C2", 2, 17));
    }

    /** A county whose primary-care units are all village clinics has no own part in T7 to score. */
    @Test
    void ownPartThatDoesNotApplyIsLeftOutOfTheRanking() {
      AdministrativeTree tree = AdministrativeTree.builder().addAllUnits(CountyFixtures.units(1, 1, 0))
          .addUnits(CountyFixtures.villageClinic("P1C1MV1", "P1C1M")).build();
      TargetPolicy t7 = TargetPolicy.of(List.of(XinjiangCountyTargets2023.target("T7")));

      assertThat(TargetTracker.of(t7, MonitoringData.builder().tree(tree).build()).ranking(Level.COUNTY, 2023)
          .getEntries()).extracting(Ranked::getItem).containsExactly(UnitScore.of("P1C1", 0, 0));
      assertThat(TargetTracker.of(t7, MonitoringData.builder().tree(tree(1, 1, 1)).build())
          .ranking(Level.COUNTY, 2023).getEntries()).extracting(Ranked::getItem)
          .containsExactly(UnitScore.of("P1C1", 0, 1));
    }

    @Test
    void rankingOfLeadHospitalsIgnoresTargetsOfPrimaryCareUnits() {
      Target perUnit = Target.builder().id("U").section("test").name(BilingualText.of("单位", "per unit"))
          .level(Level.PRIMARY_CARE_UNIT).measure(Measure.STATE).indicator("flag")
          .addMilestones(Milestone.of(END_2023, Threshold.yes())).build();
      TargetPolicy policy = TargetPolicy.of(List.of(perUnit, XinjiangCountyTargets2023.target("T13")));

      Ranking<UnitScore> ranking = TargetTracker.of(policy, TRACKER.getData()).ranking(Level.LEAD_HOSPITAL, 2023);

      assertThat(ranking.getEntries()).hasSize(6).allMatch(e -> e.getItem().getApplicable() == 1);
      assertThat(TargetTracker.of(policy, TRACKER.getData()).ranking(Level.PRIMARY_CARE_UNIT, 2023).getEntries())
          .hasSize(12).allMatch(e -> e.getItem().getApplicable() == 1);
    }

    @Test
    void rankingLeavesOutResultsAboutUnitsOfAnotherTree() {
      Dashboard elsewhere = tracker(tree(3, 1, 0), List.of()).dashboard(END_2023);

      assertThat(TRACKER.ranking(Level.COUNTY, elsewhere).getEntries()).hasSize(6);
    }

    @Test
    void prefecturesRankByTheShareOfTheirUnitsResults() {
      Ranking<UnitScore> ranking = TRACKER.ranking(Level.PREFECTURE, 2023);

      assertThat(ranking.getEntries()).extracting(e -> e.getItem().getUnitId()).containsExactly("P1", "P2");
      assertThat(ranking.getEntries()).extracting(Ranked::getRank).containsExactly(1, 1);
    }

    @Test
    void policyMayListTiesWithMoreApplicableResultsFirst() {
      AdministrativeTree tree = AdministrativeTree.builder().addAllUnits(CountyFixtures.units(1, 2, 0))
          .addUnits(CountyFixtures.unit("P1C2N", Level.COMMUNITY, "P1C2"),
              CountyFixtures.unit("P1C2NL", Level.LEAD_HOSPITAL, "P1C2N"))
          .build();
      List<Target> t4AndT6 = List.of(T4, XinjiangCountyTargets2023.target("T6"));
      MonitoringData data = MonitoringData.builder().tree(tree).build();
      TargetPolicy byId = TargetPolicy.of(t4AndT6);
      TargetPolicy moreFirst = TargetPolicy.builder().addAllTargets(t4AndT6)
          .tieBreak(TieBreak.MORE_APPLICABLE_FIRST).build();

      // no facts: P1C1 has 0 of 2 results met, P1C2 (two communities) 0 of 3, a tie at rank 1
      assertThat(TargetTracker.of(byId, data).ranking(Level.COUNTY, 2023).getEntries())
          .extracting(Ranked::getRank, e -> e.getItem().getUnitId())
          .containsExactly(tuple(1, "P1C1"), tuple(1, "P1C2"));
      assertThat(TargetTracker.of(moreFirst, data).ranking(Level.COUNTY, 2023).getEntries())
          .extracting(Ranked::getRank, e -> e.getItem().getUnitId())
          .containsExactly(tuple(1, "P1C2"), tuple(1, "P1C1"));
      assertThat(byId.getTieBreak()).isEqualTo(TieBreak.BY_ID);
      assertThat(TieBreak.BY_ID.getChineseName()).isEqualTo("按编号");
    }

    @Test
    void unitScoreWithNothingApplicableIsZero() {
      assertThat(UnitScore.of("X", 0, 0).getShare()).isEqualTo(Share.ZERO);
    }

    @Test
    void unitScoreWithMoreMetThanApplicableIsRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> UnitScore.of("X", 3, 2))
          .withMessage("met 3 must be from 0 to applicable 2");
    }
  }
}
