package io.github.yilian.county;

import static io.github.yilian.county.CountyFixtures.END_2023;
import static io.github.yilian.county.CountyFixtures.END_2025;
import static io.github.yilian.county.CountyFixtures.JAN_1_2024;
import static io.github.yilian.county.CountyFixtures.MID_2023;
import static io.github.yilian.county.CountyFixtures.tracker;
import static io.github.yilian.county.CountyFixtures.tree;
import static io.github.yilian.county.XinjiangCountyTargets2023.COMMITTEE_REPORT;
import static io.github.yilian.county.XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Share;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTrackerTest {

  private static final AdministrativeTree SMALL = tree(1, 1, 10);

  private static TargetResult judge(AdministrativeTree tree, String target, String unit, LocalDate asOf,
      List<Fact> facts) {
    return tracker(tree, facts).status(XinjiangCountyTargets2023.target(target), unit, asOf);
  }

  private static TargetResult judge(String target, String unit, LocalDate asOf, Fact... facts) {
    return judge(SMALL, target, unit, asOf, List.of(facts));
  }

  /** Yes facts for the first {@code yes} units and no facts for the rest. */
  private static List<Fact> flags(List<Unit> units, int yes, String indicator, LocalDate date) {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      String id = units.get(i).getId();
      facts.add(i < yes ? Fact.yes(id, indicator, date) : Fact.no(id, indicator, date));
    }
    return facts;
  }

  private static TargetResult share(int prefectures, int counties, int units, String target, String unit,
      Level counted, int yes, LocalDate asOf) {
    AdministrativeTree tree = tree(prefectures, counties, units);
    String indicator = XinjiangCountyTargets2023.target(target).getIndicator();
    return judge(tree, target, unit, asOf, flags(tree.unitsAt(counted), yes, indicator, MID_2023));
  }

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Nested
  class RegionAndPrefectureShares {
    @Test
    void threeOfFiveTightCommunitiesMeetSixtyPercentForTheRegion() {
      TargetResult result = share(1, 5, 0, "T1", "XJ", Level.COMMUNITY, 3, END_2023);

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(result.getValue()).contains(Measured.share(Share.of(3, 5)));
      assertThat(result.getGap()).isZero();
    }

    @Test
    void twoOfFiveTightCommunitiesMissSixtyPercentByOne() {
      TargetResult result = share(1, 5, 0, "T1", "XJ", Level.COMMUNITY, 2, END_2023);

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getGap()).isEqualTo(1);
    }

    @Test
    void twoOfFourTightCommunitiesMeetFiftyPercentForAPrefecture() {
      assertThat(share(1, 4, 0, "T2", "P1", Level.COMMUNITY, 2, END_2023).getStatus())
          .isEqualTo(TargetStatus.MET);
    }

    @Test
    void oneDemonstrationCommunityMeetsThePrefectureTarget() {
      TargetResult result = share(1, 4, 0, "T3", "P1", Level.COMMUNITY, 1, END_2023);

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(result.getValue()).contains(Measured.count(1));
    }

    @Test
    void noDemonstrationCommunityMissesByOne() {
      TargetResult result = share(1, 4, 0, "T3", "P1", Level.COMMUNITY, 0, END_2023);

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getGap()).isEqualTo(1);
    }

    @Test
    void fivePrimaryCareUnitsOfTenMeetFiftyPercentIn2023() {
      assertThat(share(1, 2, 5, "T7", "P1", Level.PRIMARY_CARE_UNIT, 5, END_2023).getStatus())
          .isEqualTo(TargetStatus.MET);
    }

    @Test
    void in2024TheNinetyPercentOf2025AppliesAndIsNotYetDue() {
      TargetResult result = share(1, 2, 5, "T7", "P1", Level.PRIMARY_CARE_UNIT, 5, day(2024, 6, 30));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NOT_YET_DUE);
      assertThat(result.getDeadline()).isEqualTo(END_2025);
      assertThat(result.getGap()).isEqualTo(4);
    }

    @Test
    void eightOfTenPrimaryCareUnitsMissNinetyPercentIn2025() {
      TargetResult result = share(1, 2, 5, "T7", "P1", Level.PRIMARY_CARE_UNIT, 8, END_2025);

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getGap()).isEqualTo(1);
    }

    @Test
    void twoOfFourCountiesPayingByGlobalBudgetMeetFiftyPercent() {
      assertThat(share(1, 4, 0, "T8", "P1", Level.COUNTY, 2, END_2023).getStatus()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void twentyNineOfHundredCountiesMissThirtyPercent() {
      TargetResult result = share(1, 100, 0, "T10", "P1", Level.COUNTY, 29, END_2023);

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getGap()).isEqualTo(1);
    }

    /** "各地(州、市)实现人员统一管理的县(市、区)占比不低于30%": 1 of 10 needs 2 more. */
    @Test
    void prefectureWithOneOfTenCountiesNeedsTwoMoreForThirtyPercent() {
      TargetResult result = share(1, 10, 0, "T10", "P1", Level.COUNTY, 1, END_2023);

      assertThat(result.getGap()).isEqualTo(2);
      assertThat(result.getReason().getEnglish())
          .isEqualTo("T10 P1: share of counties with unified personnel 1/10 (10.0 %), threshold ≥ 30 % "
              + "by 2023-12-31: missed, gap 2 counties");
      assertThat(result.getReason().getChinese())
          .isEqualTo("T10 P1：实现人员统一管理的县（市、区）占比 1/10（10.0 %），目标 ≥ 30 %，截止 2023-12-31："
              + "未达标，差 2 个县（市、区）");
    }

    @Test
    void gapOfOneCountyIsSingular() {
      assertThat(share(1, 10, 0, "T10", "P1", Level.COUNTY, 2, END_2023).getReason().getEnglish())
          .endsWith("missed, gap 1 county");
    }

    @Test
    void countiesWithoutFactsCountAsNotQualifying() {
      AdministrativeTree tree = tree(1, 4, 0);
      TargetResult result = judge(tree, "T8", "P1", END_2023,
          List.of(Fact.yes("P1C1", XinjiangCountyTargets2023.GLOBAL_BUDGET, MID_2023)));

      assertThat(result.getValue()).contains(Measured.share(Share.of(1, 4)));
    }

    /** "不低于50%": with no fact about any of 4 counties, 2 are needed from nothing. */
    @Test
    void noFactAboutAnyCountedUnitIsNoDataWithTheGapFromNothing() {
      TargetResult result = judge(tree(1, 4, 0), "T8", "P1", END_2023, List.of());

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NO_DATA);
      assertThat(result.getValue()).isEmpty();
      assertThat(result.getGap()).isEqualTo(2);
      assertThat(result.getReason().getEnglish()).isEqualTo("T8 P1: share of counties paid by global budget, "
          + "threshold ≥ 50 % by 2023-12-31: no data, gap 2 counties");
    }

    @Test
    void prefectureWithoutCountiesIsNotApplicableForAShareOfCounties() {
      AdministrativeTree tree = AdministrativeTree.builder()
          .addUnits(CountyFixtures.unit("XJ", Level.REGION, null), CountyFixtures.unit("P1", Level.PREFECTURE, "XJ"))
          .build();
      TargetResult result = judge(tree, "T8", "P1", END_2023, List.of());

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NOT_APPLICABLE);
      assertThat(result.getGap()).isZero();
      assertThat(result.getReason().getEnglish()).endsWith(": not applicable, no counties to count");
    }
  }

  @Nested
  class YesNoTargets {
    @ParameterizedTest
    @CsvSource({"T4, P1C1", "T6, P1C1M", "T11, P1C1M", "T12, P1C1M", "T16, P1C1M"})
    void yesOnTheDeadlineIsMet(String target, String unit) {
      String indicator = XinjiangCountyTargets2023.target(target).getIndicator();

      TargetResult result = judge(target, unit, END_2023, Fact.yes(unit, indicator, END_2023));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(result.getValue()).contains(Measured.yesNo(true));
    }

    @Test
    void committeeFoundedOnNewYearsDayIsMetLate() {
      TargetResult result = judge("T4", "P1C1", day(2024, 3, 1),
          Fact.no("P1C1", MANAGEMENT_COMMITTEE, MID_2023), Fact.yes("P1C1", MANAGEMENT_COMMITTEE, JAN_1_2024));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET_LATE);
    }

    @Test
    void committeeFoundedOnNewYearsDayIsMissedOnTheDeadline() {
      TargetResult result = judge("T4", "P1C1", END_2023,
          Fact.no("P1C1", MANAGEMENT_COMMITTEE, MID_2023), Fact.yes("P1C1", MANAGEMENT_COMMITTEE, JAN_1_2024));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getGap()).isEqualTo(1);
    }

    @Test
    void committeeFoundedOnTheDeadlineStaysMetAfterwards() {
      TargetResult result = judge("T4", "P1C1", day(2024, 3, 1),
          Fact.yes("P1C1", MANAGEMENT_COMMITTEE, END_2023));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void noCommitteeBeforeTheDeadlineIsNotYetDue() {
      TargetResult result = judge("T4", "P1C1", MID_2023, Fact.no("P1C1", MANAGEMENT_COMMITTEE, MID_2023));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NOT_YET_DUE);
    }

    @Test
    void committeeBeforeTheDeadlineIsAlreadyMet() {
      TargetResult result = judge("T4", "P1C1", MID_2023, Fact.yes("P1C1", MANAGEMENT_COMMITTEE, MID_2023));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void metOnTheDeadlineButDissolvedSinceIsStillMet() {
      TargetResult result = judge("T4", "P1C1", day(2024, 3, 1),
          Fact.yes("P1C1", MANAGEMENT_COMMITTEE, MID_2023), Fact.no("P1C1", MANAGEMENT_COMMITTEE, JAN_1_2024));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(result.getValue()).contains(Measured.yesNo(true));
    }

    /** "各医共体均成立医共体党委": with no fact, one party committee is needed. */
    @Test
    void noFactIsNoDataWithAGapOfOne() {
      TargetResult result = judge("T6", "P1C1M", END_2023);

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NO_DATA);
      assertThat(result.getGap()).isEqualTo(1);
      assertThat(result.getReason().getChinese())
          .isEqualTo("T6 P1C1M：成立医共体党委，目标 是，截止 2023-12-31：无数据，差 1");
    }

    @Test
    void unitOfTheWrongLevelIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> judge("T6", "P1C1", END_2023))
          .withMessage("unit P1C1 is not a medical community of the tree, as target T6 needs");
    }
  }

  @Nested
  class CommitteeReportsEveryHalfYear {
    private final Fact foundedInMarch = Fact.yes("P1C1", MANAGEMENT_COMMITTEE, day(2023, 3, 10));

    @Test
    void firstJudgedHalfYearIsTheFirstFullOneAfterFounding() {
      TargetResult result = judge("T5", "P1C1", END_2023, foundedInMarch,
          Fact.yes("P1C1", COMMITTEE_REPORT, day(2023, 9, 1)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(result.getPeriod()).contains(DateRange.of(day(2023, 7, 1), END_2023));
    }

    @Test
    void halfYearWithoutAReportIsMissed() {
      TargetResult result = judge("T5", "P1C1", END_2023, foundedInMarch,
          Fact.yes("P1C1", COMMITTEE_REPORT, day(2023, 5, 1)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getGap()).isEqualTo(1);
    }

    @Test
    void currentHalfYearWithoutAReportIsNotYetDue() {
      assertThat(judge("T5", "P1C1", day(2023, 10, 1), foundedInMarch).getStatus())
          .isEqualTo(TargetStatus.NOT_YET_DUE);
    }

    @Test
    void committeeFoundedOnJanuaryFirstIsJudgedForTheFirstHalfYear() {
      TargetResult result = judge("T5", "P1C1", MID_2023,
          Fact.yes("P1C1", MANAGEMENT_COMMITTEE, day(2023, 1, 1)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getDeadline()).isEqualTo(MID_2023);
    }

    @Test
    void inMarchTheNewYearsRunningHalfYearIsJudged() {
      TargetResult result = judge("T5", "P1C1", day(2024, 3, 1), foundedInMarch,
          Fact.yes("P1C1", COMMITTEE_REPORT, day(2023, 12, 31)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NOT_YET_DUE);
      assertThat(result.getDeadline()).isEqualTo(day(2024, 6, 30));
      assertThat(result.getPeriods()).singleElement().satisfies(p -> {
        assertThat(p.isEnded()).isFalse();
        assertThat(p.getValue()).contains(Measured.count(0));
      });
    }

    @Test
    void committeeFoundedInNovemberHasNoHalfYearToJudgeThatYear() {
      TargetResult result = judge("T5", "P1C1", END_2023, Fact.yes("P1C1", MANAGEMENT_COMMITTEE, day(2023, 11, 2)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NOT_YET_DUE);
      assertThat(result.getPeriods()).isEmpty();
      assertThat(result.getPeriod()).contains(DateRange.of(JAN_1_2024, day(2024, 6, 30)));
    }

    @Test
    void committeeFoundedBeforeTheFirstDayIsJudgedFromTheFirstDay() {
      TargetResult result = judge("T5", "P1C1", day(2022, 12, 31),
          Fact.yes("P1C1", MANAGEMENT_COMMITTEE, day(2022, 3, 1)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NOT_YET_DUE);
      assertThat(result.getDeadline()).isEqualTo(MID_2023);
    }

    @Test
    void aNoBeforeTheFoundingDoesNotStartThePeriods() {
      TargetResult result = judge("T5", "P1C1", MID_2023,
          Fact.no("P1C1", MANAGEMENT_COMMITTEE, day(2023, 1, 1)), foundedInMarch);

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NOT_YET_DUE);
      assertThat(result.getDeadline()).isEqualTo(END_2023);
    }

    @Test
    void withoutACommitteeThereIsNoDataAndOneReportIsNeeded() {
      TargetResult result = judge("T5", "P1C1", END_2023);

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NO_DATA);
      assertThat(result.getGap()).isEqualTo(1);
    }
  }

  @Nested
  class YearlyCounts {
    private Fact techniques(LocalDate date, int count) {
      return Fact.count("P1C1ML", XinjiangCountyTargets2023.NEW_TECHNIQUE, date, count);
    }

    @Test
    void threeNewTechniquesInTheYearAreMet() {
      TargetResult result = judge("T13", "P1C1ML", END_2023, techniques(MID_2023, 2), techniques(END_2023, 1));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(result.getValue()).contains(Measured.count(3));
    }

    @Test
    void twoNewTechniquesMissByOne() {
      TargetResult result = judge("T13", "P1C1ML", END_2023, techniques(MID_2023, 2), techniques(JAN_1_2024, 1));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getGap()).isEqualTo(1);
    }

    @Test
    void techniquesOfLastYearDoNotCountForThisYear() {
      TargetResult result = judge("T13", "P1C1ML", day(2024, 12, 31), techniques(MID_2023, 5));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getValue()).contains(Measured.count(0));
    }

    @Test
    void techniquesOnNewYearsDayCountForTheYear() {
      assertThat(judge("T13", "P1C1ML", END_2023, techniques(day(2023, 1, 1), 3)).getStatus())
          .isEqualTo(TargetStatus.MET);
    }

    @Test
    void twoTechniquesByMidYearAreNotYetDue() {
      assertThat(judge("T13", "P1C1ML", MID_2023, techniques(MID_2023, 2)).getStatus())
          .isEqualTo(TargetStatus.NOT_YET_DUE);
    }

    @Test
    void oneRegionWideMeetingAYearIsMet() {
      Fact meeting = Fact.yes("XJ", XinjiangCountyTargets2023.TRAINING_MEETING, day(2023, 8, 1));

      assertThat(judge("T20", "XJ", END_2023, meeting).getStatus()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void threeRegionWideMeetingsStillMeetAtLeastOnce() {
      Fact meetings = Fact.count("XJ", XinjiangCountyTargets2023.TRAINING_MEETING, day(2023, 8, 1), 3);

      assertThat(judge("T20", "XJ", END_2023, meetings).getStatus()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void noRegionWideMeetingIsMissed() {
      assertThat(judge("T20", "XJ", END_2023).getStatus()).isEqualTo(TargetStatus.MISSED);
    }
  }

  @Nested
  class Studios {
    @Test
    void threeStudiosInTenUnitsMeetThirtyPercentIn2023() {
      assertThat(share(1, 1, 10, "T14", "P1C1M", Level.PRIMARY_CARE_UNIT, 3, END_2023).getStatus())
          .isEqualTo(TargetStatus.MET);
    }

    @Test
    void nineStudiosInTenUnitsMissFullCoverageIn2025() {
      TargetResult result = share(1, 1, 10, "T14", "P1C1M", Level.PRIMARY_CARE_UNIT, 9, END_2025);

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getGap()).isEqualTo(1);
    }

    @Test
    void fortyOfEightySeniorDoctorsMeetHalf() {
      TargetResult result = judge("T15", "P1C1ML", END_2023,
          Fact.share("P1C1ML", XinjiangCountyTargets2023.STUDIO_DOCTORS, MID_2023, 40, 80));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(result.getValue()).contains(Measured.share(Share.of(40, 80)));
    }

    @Test
    void thirtyNineOfEightySeniorDoctorsMissHalfByOneDoctor() {
      TargetResult result = judge("T15", "P1C1ML", END_2023,
          Fact.share("P1C1ML", XinjiangCountyTargets2023.STUDIO_DOCTORS, MID_2023, 39, 80));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getGap()).isEqualTo(1);
    }
  }

  @Nested
  class TrainingRotation {
    private Fact rotated(LocalDate date, int rotated, int staff) {
      return Fact.share("P1C1M", XinjiangCountyTargets2023.ROTATION, date, rotated, staff);
    }

    @Test
    void everyStaffMemberRotatedIsMet() {
      assertThat(judge("T17", "P1C1M", END_2023, rotated(END_2023, 120, 120)).getStatus())
          .isEqualTo(TargetStatus.MET);
    }

    @Test
    void oneStaffMemberShortIsMissed() {
      TargetResult result = judge("T17", "P1C1M", END_2023, rotated(END_2023, 119, 120));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getGap()).isEqualTo(1);
    }

    /** "年内轮训": a report dated on the year's first day is within the year and counts for it. */
    @Test
    void reportOnTheYearsFirstDayCountsForThatYear() {
      TargetResult result = judge("T17", "P1C1M", day(2024, 12, 31), rotated(day(2024, 1, 1), 120, 120));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(result.getValue()).contains(Measured.share(Share.of(120, 120)));
    }

    @Test
    void reportOfLastYearIsNoDataForThisYear() {
      assertThat(judge("T17", "P1C1M", day(2024, 12, 31), rotated(END_2023, 120, 120)).getStatus())
          .isEqualTo(TargetStatus.NO_DATA);
    }
  }

  @Nested
  class Secondments {
    private TargetResult judgeSecondment(LocalDate asOf, LocalDate start, LocalDate end, boolean approved) {
      Secondment secondment = Secondment.builder().id("S1").unitId("P1C1MU1")
          .start(start).end(end).approved(approved).build();
      return tracker(SMALL, List.of(), List.of(secondment))
          .status(XinjiangCountyTargets2023.target("T18"), "P1C1M", asOf);
    }

    @Test
    void secondmentIsUnapprovedUnlessSaid() {
      Secondment secondment = Secondment.builder().id("S1").unitId("P1C1MU1")
          .start(day(2023, 1, 1)).end(END_2023).build();

      assertThat(tracker(SMALL, List.of(), List.of(secondment))
          .status(XinjiangCountyTargets2023.target("T18"), "P1C1M", END_2023).getStatus())
          .isEqualTo(TargetStatus.MISSED);
    }

    @Test
    void exactlySixMonthsIsAllowed() {
      assertThat(judgeSecondment(END_2023, day(2023, 1, 1), MID_2023, false).getStatus())
          .isEqualTo(TargetStatus.MET);
    }

    @Test
    void sixMonthsAndOneDayIsMissed() {
      TargetResult result = judgeSecondment(END_2023, day(2023, 1, 1), day(2023, 7, 1), false);

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getGap()).isEqualTo(1);
    }

    @Test
    void approvedLongSecondmentIsAllowed() {
      assertThat(judgeSecondment(END_2023, day(2023, 1, 1), END_2023, true).getStatus())
          .isEqualTo(TargetStatus.MET);
    }

    @Test
    void longSecondmentIsFineUntilItsSixMonthsAreUp() {
      assertThat(judgeSecondment(MID_2023, day(2023, 1, 1), END_2023, false).getStatus())
          .isEqualTo(TargetStatus.MET);
    }

    @Test
    void longSecondmentIsMissedTheDayItPassesSixMonths() {
      assertThat(judgeSecondment(day(2023, 7, 1), day(2023, 1, 1), END_2023, false).getStatus())
          .isEqualTo(TargetStatus.MISSED);
    }

    @Test
    void overrunEndedLastYearDoesNotCountThisYear() {
      assertThat(judgeSecondment(day(2024, 12, 31), day(2023, 1, 1), END_2023, false).getStatus())
          .isEqualTo(TargetStatus.MET);
    }
  }

  @Nested
  class CommitteeReportsJudgedHalfByHalf {
    private final Fact foundedLastYear = Fact.yes("P1C1", MANAGEMENT_COMMITTEE, day(2022, 12, 1));
    private final DateRange firstHalf = DateRange.of(day(2023, 1, 1), MID_2023);
    private final DateRange secondHalf = DateRange.of(day(2023, 7, 1), END_2023);

    private Fact report(LocalDate date) {
      return Fact.yes("P1C1", COMMITTEE_REPORT, date);
    }

    /**
     * "管委会……每半年至少听取一次医共体建设工作汇报": a report in September does not make up for a
     * January–June without one; the 31 December judgement of the year finds the first half missed.
     */
    @Test
    void reportInSeptemberDoesNotMakeUpForAJanuaryToJuneWithout() {
      TargetResult result = judge("T5", "P1C1", END_2023, foundedLastYear, report(day(2023, 9, 15)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getPeriod()).contains(firstHalf);
      assertThat(result.getGap()).isEqualTo(1);
      assertThat(result.getPeriods()).extracting(PeriodResult::getPeriod, PeriodResult::getStatus)
          .containsExactly(tuple(firstHalf, TargetStatus.MISSED), tuple(secondHalf, TargetStatus.MET));
    }

    /** "每半年至少听取一次": on 31 December both halves of the year are judged, each on its own. */
    @Test
    void thirtyFirstDecemberJudgesBothHalvesOfTheYear() {
      TargetResult result = judge("T5", "P1C1", END_2023, foundedLastYear,
          report(day(2023, 3, 1)), report(day(2023, 11, 30)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(result.getPeriods()).extracting(PeriodResult::getValue)
          .containsExactly(Optional.of(Measured.count(1)), Optional.of(Measured.count(1)));
      assertThat(result.getPeriods()).allMatch(PeriodResult::isEnded);
      assertThat(result.getPeriod()).contains(secondHalf);
    }

    /** "每半年至少听取一次": two reports in the second half do not make up for none in the first. */
    @Test
    void twoReportsInTheSecondHalfDoNotMakeUpForNoneInTheFirst() {
      TargetResult result = judge("T5", "P1C1", END_2023, foundedLastYear,
          report(day(2023, 8, 1)), report(day(2023, 12, 1)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getPeriods().get(1).getValue()).contains(Measured.count(2));
    }

    @Test
    void inOctoberTheEndedFirstHalfDecidesAndTheSecondRuns() {
      TargetResult result = judge("T5", "P1C1", day(2023, 10, 1), foundedLastYear, report(day(2023, 5, 1)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(result.getPeriods()).extracting(PeriodResult::isEnded, PeriodResult::getStatus)
          .containsExactly(tuple(true, TargetStatus.MET), tuple(false, TargetStatus.NOT_YET_DUE));
      assertThat(result.getGap()).isZero();
    }

    @Test
    void missedFirstHalfKeepsTheYearMissedWhileTheSecondRuns() {
      TargetResult result = judge("T5", "P1C1", day(2023, 10, 1), foundedLastYear, report(day(2023, 9, 1)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getDeadline()).isEqualTo(MID_2023);
    }

    @Test
    void reasonListsEveryHalfYearInBothLanguages() {
      TargetResult result = judge("T5", "P1C1", END_2023, foundedLastYear, report(day(2023, 9, 15)));

      assertThat(result.getReason().getEnglish()).isEqualTo("T5 P1C1: committee heard a work report 0 in "
          + "2023-01-01/2023-06-30, threshold ≥ 1 each half-year: missed, gap 1 (periods: "
          + "2023-01-01/2023-06-30: 0, missed, gap 1; 2023-07-01/2023-12-31: 1, met)");
      assertThat(result.getReason().getChinese()).isEqualTo("T5 P1C1：管委会听取医共体建设工作汇报，"
          + "2023-01-01至2023-06-30 期间 0，目标每半年 ≥ 1：未达标，差 1（各期：2023-01-01至2023-06-30：0，未达标，差 1；"
          + "2023-07-01至2023-12-31：1，已达标）");
    }

    @Test
    void runningPeriodSaysSoInItsReason() {
      TargetResult result = judge("T5", "P1C1", day(2023, 10, 1), foundedLastYear, report(day(2023, 5, 1)));

      assertThat(result.getPeriods().get(1)).hasToString("2023-07-01/2023-12-31: 0 so far, not yet due, gap 1");
      assertThat(result.getPeriods().get(1).getReason().getChinese())
          .isEqualTo("2023-07-01至2023-12-31（进行中）：0，未到期，差 1");
      assertThat(result.getPeriods().get(1).getThreshold()).isEqualTo(Threshold.atLeast(1));
    }
  }

  @Nested
  class PairingVisits {
    private final Target t19 = XinjiangCountyTargets2023.target("T19");

    private Fact visit(String county, LocalDate date) {
      return Fact.yes(county, XinjiangCountyTargets2023.PAIRING_VISIT, date);
    }

    private TargetResult judgeVisits(LocalDate asOf, List<Pairing> pairings, Fact... facts) {
      MonitoringData data = MonitoringData.builder().tree(tree(1, 2, 0)).addFacts(facts).addAllPairings(pairings)
          .build();
      return TargetTracker.of(XinjiangCountyTargets2023.policy(), data).status(t19, "P1C1", asOf);
    }

    /**
     * "委党组成员每年不少于2次对包联县(市、区)开展实地指导": a county no member is paired with is not
     * subject to it: not applicable, not missed.
     */
    @Test
    void countyWithoutAPairingIsNotApplicableNotMissed() {
      TargetResult result = judgeVisits(END_2023, List.of(Pairing.of("m1", "P1C2", day(2023, 1, 1))));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NOT_APPLICABLE);
      assertThat(result.getGap()).isZero();
      assertThat(result.getValue()).isEmpty();
      assertThat(result.getReason().getEnglish()).isEqualTo("T19 P1C1: party-group member visits in "
          + "2023-01-01/2023-12-31, threshold ≥ 2 each year: not applicable, not paired with a party-group member");
      assertThat(result.getReason().getChinese()).isEqualTo("T19 P1C1：委党组成员实地指导次数，"
          + "2023-01-01至2023-12-31 期间，目标每年 ≥ 2：不适用，未与委党组成员包联");
    }

    /** "每年不少于2次": a paired county with two visits in the year meets it, with one misses it. */
    @Test
    void pairedCountyWithTwoVisitsMeetsItAndWithOneMissesByOne() {
      List<Pairing> paired = List.of(Pairing.of("m1", "P1C1", day(2023, 4, 7)));

      assertThat(judgeVisits(END_2023, paired, visit("P1C1", day(2023, 5, 1)), visit("P1C1", day(2023, 11, 1)))
          .getStatus()).isEqualTo(TargetStatus.MET);
      TargetResult one = judgeVisits(END_2023, paired, visit("P1C1", day(2023, 5, 1)));
      assertThat(one.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(one.getGap()).isEqualTo(1);
    }

    @Test
    void pairingThatEndedBeforeTheYearsEndLeavesTheYearNotApplicable() {
      TargetResult result = judgeVisits(END_2023, List.of(Pairing.of("m1", "P1C1", day(2023, 1, 1), day(2023, 9, 30))),
          visit("P1C1", day(2023, 5, 1)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NOT_APPLICABLE);
      assertThat(result.getPeriods()).singleElement().extracting(PeriodResult::getStatus)
          .isEqualTo(TargetStatus.NOT_APPLICABLE);
    }

    @Test
    void pairingLastingToTheYearsEndMakesTheYearApplicable() {
      TargetResult result = judgeVisits(END_2023, List.of(Pairing.of("m1", "P1C1", day(2023, 7, 1), END_2023)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getGap()).isEqualTo(2);
    }

    @Test
    void whileTheYearRunsThePairingOnTheDateDecides() {
      List<Pairing> paired = List.of(Pairing.of("m1", "P1C1", day(2023, 5, 1)));

      assertThat(judgeVisits(day(2023, 8, 1), paired).getStatus()).isEqualTo(TargetStatus.NOT_YET_DUE);
      assertThat(judgeVisits(day(2023, 4, 30), paired).getStatus()).isEqualTo(TargetStatus.NOT_APPLICABLE);
    }

    @Test
    void beforeTheFirstYearAnUnpairedCountyIsNotApplicable() {
      assertThat(judgeVisits(day(2022, 6, 1), List.of()).getStatus()).isEqualTo(TargetStatus.NOT_APPLICABLE);
      assertThat(judgeVisits(day(2022, 6, 1), List.of(Pairing.of("m1", "P1C1", day(2022, 1, 1)))).getStatus())
          .isEqualTo(TargetStatus.NOT_YET_DUE);
    }

    @Test
    void pairedTargetWithAStartIndicatorIsNotApplicableToAnUnpairedUnitThatHasNotStarted() {
      Target reports = Target.builder().from(XinjiangCountyTargets2023.target("T5"))
          .applicability(Applicability.WHILE_PAIRED).build();
      TargetTracker tracker = tracker(tree(1, 2, 0), List.of());

      assertThat(tracker.status(reports, "P1C1", END_2023).getStatus()).isEqualTo(TargetStatus.NOT_APPLICABLE);
      MonitoringData paired = MonitoringData.builder().from(tracker.getData())
          .addPairings(Pairing.of("m1", "P1C1", day(2023, 1, 1))).build();
      assertThat(TargetTracker.of(XinjiangCountyTargets2023.policy(), paired).status(reports, "P1C1", END_2023)
          .getStatus()).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void pairingCoversItsFirstAndLastDayOnly() {
      Pairing pairing = Pairing.of("m1", "P1C1", day(2023, 1, 1), MID_2023);

      assertThat(pairing.covers(day(2023, 1, 1))).isTrue();
      assertThat(pairing.covers(MID_2023)).isTrue();
      assertThat(pairing.covers(day(2022, 12, 31))).isFalse();
      assertThat(pairing.covers(day(2023, 7, 1))).isFalse();
      assertThat(Pairing.of("m1", "P1C1", day(2023, 1, 1)).covers(LocalDate.of(2200, 12, 31))).isTrue();
    }

    @Test
    void pairingNeverShowsTheMember() {
      assertThat(Pairing.of("王某某-13800000000", "P1C1", day(2023, 1, 1)).toString())
          .doesNotContain("王某某").doesNotContain("13800000000").contains("P1C1");
    }
  }

  @Nested
  class HealthCentresNotVillageClinics {
    /** One community of two township health centres and two village clinics. */
    private final AdministrativeTree mixed = AdministrativeTree.builder().addAllUnits(CountyFixtures.units(1, 1, 2))
        .addUnits(CountyFixtures.villageClinic("P1C1MV1", "P1C1M"), CountyFixtures.villageClinic("P1C1MV2", "P1C1M"))
        .build();

    /**
     * "实行“公益一类财政供给、公益二类绩效管理”的基层医疗卫生机构占比": the health centres, not the village
     * clinics, are counted.
     */
    @Test
    void publicFundingShareCountsHealthCentresOnly() {
      TargetResult result = judge(mixed, "T7", "P1", END_2023, flags(List.of(
          mixed.getUnit("P1C1MU1").orElseThrow(), mixed.getUnit("P1C1MU2").orElseThrow(),
          mixed.getUnit("P1C1MV1").orElseThrow()), 1, XinjiangCountyTargets2023.PUBLIC_FUNDING, MID_2023));

      assertThat(result.getValue()).contains(Measured.share(Share.of(1, 2)));
      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
    }

    /** "医共体在30%的基层成员单位设立名医工作室": one studio in two health centres, village clinics aside. */
    @Test
    void studioShareCountsHealthCentresOnly() {
      TargetResult result = judge(mixed, "T14", "P1C1M", END_2023,
          List.of(Fact.yes("P1C1MU1", XinjiangCountyTargets2023.STUDIO, MID_2023)));

      assertThat(result.getValue()).contains(Measured.share(Share.of(1, 2)));
    }

    @Test
    void communityWithVillageClinicsOnlyIsNotApplicableForStudios() {
      AdministrativeTree clinics = AdministrativeTree.builder().addAllUnits(CountyFixtures.units(1, 1, 0))
          .addUnits(CountyFixtures.villageClinic("P1C1MV1", "P1C1M")).build();

      TargetResult result = judge(clinics, "T14", "P1C1M", END_2023, List.of());

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NOT_APPLICABLE);
      assertThat(result.getReason().getEnglish()).endsWith("not applicable, no primary-care units to count");
      assertThat(result.getReason().getChinese()).endsWith("不适用，无可计数的基层成员单位");
    }

    @Test
    void recurringShareOverVillageClinicsOnlyIsNotApplicable() {
      AdministrativeTree clinics = AdministrativeTree.builder().addAllUnits(CountyFixtures.units(1, 1, 0))
          .addUnits(CountyFixtures.villageClinic("P1C1MV1", "P1C1M")).build();
      Target yearly = Target.builder().from(XinjiangCountyTargets2023.target("T14")).milestones(List.of())
          .recurrence(Recurrence.builder().period(Period.YEAR).firstDay(LocalDate.of(2023, 1, 1))
              .threshold(Threshold.atLeast(Share.percent("30"))).build())
          .build();

      TargetResult result = tracker(clinics, List.of()).status(yearly, "P1C1M", END_2023);

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NOT_APPLICABLE);
      assertThat(result.getPeriods()).isEmpty();
      assertThat(result.getPeriod()).contains(DateRange.of(day(2023, 1, 1), END_2023));
    }

    @Test
    void communityHealthCentresCountLikeTownshipOnes() {
      AdministrativeTree tree = AdministrativeTree.builder().addAllUnits(CountyFixtures.units(1, 1, 0))
          .addUnits(Unit.primaryCare("P1C1MC", BilingualText.of("社区卫生服务中心", "centre"),
              UnitKind.COMMUNITY_HEALTH_CENTRE, "P1C1M"))
          .build();

      assertThat(judge(tree, "T14", "P1C1M", END_2023,
          List.of(Fact.yes("P1C1MC", XinjiangCountyTargets2023.STUDIO, MID_2023))).getStatus())
          .isEqualTo(TargetStatus.MET);
    }
  }

  @Nested
  class FinanceAndAssetSharing {
    private Fact centre(LocalDate date) {
      return Fact.yes("P1C1M", XinjiangCountyTargets2023.FINANCE_CENTRE, date);
    }

    private Fact sharing(LocalDate date) {
      return Fact.yes("P1C1M", XinjiangCountyTargets2023.ASSET_SHARING, date);
    }

    /**
     * "均成立财务核算中心，完成……国有资产盘点登记，建立调剂共享机制": a finance centre without the
     * asset-sharing mechanism does not meet T9.
     */
    @Test
    void financeCentreWithoutTheAssetSharingMechanismIsMissed() {
      TargetResult result = judge("T9", "P1C1M", END_2023, centre(MID_2023));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(result.getValue()).contains(Measured.yesNo(false));
      assertThat(result.getGap()).isEqualTo(1);
    }

    @Test
    void financeCentreAndAssetSharingByTheDeadlineAreMet() {
      assertThat(judge("T9", "P1C1M", END_2023, centre(MID_2023), sharing(END_2023)).getStatus())
          .isEqualTo(TargetStatus.MET);
    }

    @Test
    void assetSharingRecordedAsNoIsMissed() {
      Fact notShared = Fact.no("P1C1M", XinjiangCountyTargets2023.ASSET_SHARING, MID_2023);

      assertThat(judge("T9", "P1C1M", END_2023, centre(MID_2023), notShared).getStatus())
          .isEqualTo(TargetStatus.MISSED);
    }

    @Test
    void assetSharingAloneIsMissed() {
      assertThat(judge("T9", "P1C1M", END_2023, sharing(MID_2023)).getStatus()).isEqualTo(TargetStatus.MISSED);
    }

    @Test
    void assetSharingAfterTheDeadlineIsMetLate() {
      assertThat(judge("T9", "P1C1M", day(2024, 2, 1), centre(MID_2023), sharing(JAN_1_2024)).getStatus())
          .isEqualTo(TargetStatus.MET_LATE);
    }

    @Test
    void withNeitherFactThereIsNoData() {
      assertThat(judge("T9", "P1C1M", END_2023).getStatus()).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void financeTargetNamesTheSharingMechanism() {
      assertThat(XinjiangCountyTargets2023.target("T9").getName().getChinese()).contains("调剂共享机制");
      assertThat(XinjiangCountyTargets2023.target("T9").getFurtherIndicators())
          .containsExactly(XinjiangCountyTargets2023.ASSET_SHARING);
    }
  }

  @Nested
  class RegionWideFigures {
    private final AdministrativeTree tree = tree(2, 2, 0);
    private final TargetTracker tracker = tracker(tree, List.of(
        Fact.yes("P1C1", XinjiangCountyTargets2023.GLOBAL_BUDGET, MID_2023),
        Fact.yes("P1C2", XinjiangCountyTargets2023.GLOBAL_BUDGET, MID_2023),
        Fact.yes("P2C1", XinjiangCountyTargets2023.GLOBAL_BUDGET, MID_2023),
        Fact.no("P2C2", XinjiangCountyTargets2023.GLOBAL_BUDGET, MID_2023)));

    /** "各地(州、市)开展医保总额付费的县(市、区)占比不低于50%": the region-wide figure is reported, not judged. */
    @Test
    void dashboardReportsTheRegionWideFiguresOfT7T8AndT10() {
      Dashboard dashboard = tracker.dashboard(END_2023);

      assertThat(dashboard.getRegionFigures()).extracting(f -> f.getTarget().getId()).containsExactly("T7", "T8", "T10");
      RegionFigure t8 = dashboard.getRegionFigures().get(1);
      assertThat(t8.getValue()).contains(Measured.share(Share.of(3, 4)));
      assertThat(t8.getRegion().getId()).isEqualTo("XJ");
      assertThat(t8.getAsOf()).isEqualTo(END_2023);
      assertThat(t8).hasToString("T8 XJ region-wide: share of counties paid by global budget 3/4 (75.0 %) "
          + "as of 2023-12-31, reported only, not judged");
      assertThat(t8.getReason().getChinese()).isEqualTo("T8 XJ 全区：开展医保总额付费的县（市、区）占比 3/4（75.0 %），"
          + "截至 2023-12-31，仅报告数值，不评定");
      assertThat(dashboard.resultsFor("XJ")).extracting(TargetResult::getRuleId).doesNotContain("T8");
    }

    @Test
    void regionWideFigureWithoutFactsHasNoValue() {
      RegionFigure t10 = tracker.regionFigure(XinjiangCountyTargets2023.target("T10"), END_2023);

      assertThat(t10.getValue()).isEmpty();
      assertThat(t10.getReason().getEnglish()).contains("no data");
      assertThat(t10).isEqualTo(tracker.regionFigure(XinjiangCountyTargets2023.target("T10"), END_2023))
          .hasSameHashCodeAs(tracker.regionFigure(XinjiangCountyTargets2023.target("T10"), END_2023));
      RegionFigure t8 = tracker.regionFigure(XinjiangCountyTargets2023.target("T8"), END_2023);
      assertThat(t10).isNotEqualTo(t8).isNotEqualTo(tracker.regionFigure(XinjiangCountyTargets2023.target("T10"), MID_2023));
      assertThat(t10.hashCode()).isNotEqualTo(t8.hashCode());
    }

    @Test
    void regionWideFigureOfATargetThatCountsNoUnitsIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> tracker.regionFigure(XinjiangCountyTargets2023.target("T4"), END_2023))
          .withMessage("target T4 does not count units: its measure is yes or no");
    }
  }

  @Nested
  class OwnParts {
    private final AdministrativeTree tree = AdministrativeTree.builder().addAllUnits(CountyFixtures.units(1, 2, 0))
        .addUnits(CountyFixtures.unit("P1C1N", Level.COMMUNITY, "P1C1"),
            CountyFixtures.unit("P1C1NL", Level.LEAD_HOSPITAL, "P1C1N"))
        .build();
    private final TargetTracker tracker = tracker(tree, List.of(
        Fact.yes("P1C1", XinjiangCountyTargets2023.GLOBAL_BUDGET, MID_2023),
        Fact.yes("P1C1M", XinjiangCountyTargets2023.TIGHT, MID_2023),
        Fact.no("P1C1N", XinjiangCountyTargets2023.TIGHT, MID_2023)));

    /** "以县为单位": a county's own part in T8 is whether it pays by global budget, against 50 %. */
    @Test
    void countysOwnPartInGlobalBudgetIsTheCountyItself() {
      TargetResult result = tracker.ownPart(XinjiangCountyTargets2023.target("T8"), "P1C1", END_2023);

      assertThat(result.isOwnPart()).isTrue();
      assertThat(result.getValue()).contains(Measured.share(Share.of(1, 1)));
      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(result.getReason().getEnglish()).startsWith("T8 P1C1 (own part): share of counties");
      assertThat(result.getReason().getChinese()).startsWith("T8 P1C1（所辖部分）：");
    }

    /** "全区……60%以上，各地(州、市)……不低于50%": one of two communities tight meets 50 % but not 60 %. */
    @Test
    void countysOwnPartInTightCommunitiesIsJudgedAgainstEachThreshold() {
      assertThat(tracker.ownPart(XinjiangCountyTargets2023.target("T2"), "P1C1", END_2023).getStatus())
          .isEqualTo(TargetStatus.MET);
      TargetResult t1 = tracker.ownPart(XinjiangCountyTargets2023.target("T1"), "P1C1", END_2023);
      assertThat(t1.getStatus()).isEqualTo(TargetStatus.MISSED);
      assertThat(t1.getGap()).isEqualTo(1);
    }

    @Test
    void ownPartOfATargetJudgedAtTheUnitsOwnLevelIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> tracker.ownPart(XinjiangCountyTargets2023.target("T8"), "P1", END_2023))
          .withMessage("target T8 is not a share of units judged above prefecture P1 and counted at or below it");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> tracker.ownPart(XinjiangCountyTargets2023.target("T3"), "P1C1", END_2023));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> tracker.ownPart(XinjiangCountyTargets2023.target("T8"), "P9", END_2023))
          .withMessage("unit P9 is not in the tree");
    }

    @Test
    void regularResultIsNotAnOwnPart() {
      assertThat(tracker.status(XinjiangCountyTargets2023.target("T8"), "P1", END_2023).isOwnPart()).isFalse();
    }
  }

  @Nested
  class NullArguments {

    private final TargetTracker tracker = tracker(SMALL, List.of());
    private final Target t4 = XinjiangCountyTargets2023.target("T4");

    @Test
    void statusNamesANullUnitId() {
      assertThatNullPointerException().isThrownBy(() -> tracker.status(t4, null, END_2023))
          .withMessage("unitId");
    }

    @Test
    void statusNamesANullTarget() {
      assertThatNullPointerException().isThrownBy(() -> tracker.status(null, "P1C1", END_2023))
          .withMessage("target");
    }

    @Test
    void rollUpNamesANullParentId() {
      assertThatNullPointerException().isThrownBy(() -> tracker.rollUp(t4, null, END_2023))
          .withMessage("parentId");
    }

    @Test
    void rankingNamesANullLevel() {
      assertThatNullPointerException().isThrownBy(() -> tracker.ranking(null, 2023))
          .withMessage("level");
    }

    @Test
    void dashboardNamesANullDate() {
      assertThatNullPointerException().isThrownBy(() -> tracker.dashboard(null))
          .withMessage("asOf");
    }
  }
}
