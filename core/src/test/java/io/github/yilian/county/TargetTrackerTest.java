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

import io.github.yilian.common.DateRange;
import io.github.yilian.common.Share;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void prefectureWithOneOfTenCountiesNeedsTwoMoreForThirtyPercent() {
      TargetResult result = share(1, 10, 0, "T10", "P1", Level.COUNTY, 1, END_2023);

      assertThat(result.getGap()).isEqualTo(2);
      assertThat(result.getReason().getEnglish())
          .isEqualTo("T10 P1: share of counties with unified personnel 1/10 (10.0 %), threshold ≥ 30 % "
              + "by 2023-12-31: missed, gap 2 (county)");
    }

    @Test
    void countiesWithoutFactsCountAsNotQualifying() {
      AdministrativeTree tree = tree(1, 4, 0);
      TargetResult result = judge(tree, "T8", "P1", END_2023,
          List.of(Fact.yes("P1C1", XinjiangCountyTargets2023.GLOBAL_BUDGET, MID_2023)));

      assertThat(result.getValue()).contains(Measured.share(Share.of(1, 4)));
    }

    @Test
    void noFactAboutAnyCountedUnitIsNoData() {
      TargetResult result = judge(tree(1, 4, 0), "T8", "P1", END_2023, List.of());

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NO_DATA);
      assertThat(result.getValue()).isEmpty();
      assertThat(result.getGap()).isZero();
    }
  }

  @Nested
  class YesNoTargets {
    @ParameterizedTest
    @CsvSource({"T4, P1C1", "T6, P1C1M", "T9, P1C1M", "T11, P1C1M", "T12, P1C1M", "T16, P1C1M"})
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

    @Test
    void noFactIsNoData() {
      assertThat(judge("T6", "P1C1M", END_2023).getStatus()).isEqualTo(TargetStatus.NO_DATA);
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
    void inMarchTheLastEndedHalfYearIsJudged() {
      TargetResult result = judge("T5", "P1C1", day(2024, 3, 1), foundedInMarch,
          Fact.yes("P1C1", COMMITTEE_REPORT, day(2023, 12, 31)));

      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(result.getDeadline()).isEqualTo(END_2023);
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
    void withoutACommitteeThereIsNoData() {
      assertThat(judge("T5", "P1C1", END_2023).getStatus()).isEqualTo(TargetStatus.NO_DATA);
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
    void twoPairingVisitsAYearAreMetAndOneIsNot() {
      Fact visit = Fact.yes("P1C1", XinjiangCountyTargets2023.PAIRING_VISIT, day(2023, 5, 1));
      Fact again = Fact.yes("P1C1", XinjiangCountyTargets2023.PAIRING_VISIT, day(2023, 11, 1));

      assertThat(judge("T19", "P1C1", END_2023, visit, again).getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(judge("T19", "P1C1", END_2023, visit).getStatus()).isEqualTo(TargetStatus.MISSED);
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
