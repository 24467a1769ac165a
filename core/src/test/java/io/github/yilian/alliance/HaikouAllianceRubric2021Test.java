package io.github.yilian.alliance;

import static io.github.yilian.alliance.Fixtures.MARCH_1;
import static io.github.yilian.alliance.Fixtures.MARCH_2;
import static io.github.yilian.alliance.Fixtures.day;
import static io.github.yilian.alliance.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HaikouAllianceRubric2021Test {

  private static final Rubric HAIKOU = HaikouAllianceRubric2021.rubric();

  private static CriterionScore score(AllianceAssessmentRecord.Builder record, String criterionId) {
    return HAIKOU.assess(record.build()).getScores().stream()
        .filter(s -> s.getCriterion().getId().equals(criterionId))
        .findFirst()
        .orElseThrow();
  }

  private static List<java.time.LocalDate> days(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(Fixtures::day).toList();
  }

  @Test
  void hasElevenCriteriaWorthOneHundredPoints() {
    assertThat(HAIKOU.getCriteria()).hasSize(11);
    assertThat(HAIKOU.getCriteria()).extracting(Criterion::getMaxPoints).containsExactly(5, 5, 5, 20, 10, 5, 10, 5, 15, 10, 10);
    assertThat(HAIKOU.getTotalPoints()).isEqualTo(100);
  }

  @Test
  void defaultReadingsArePooledGrowthAndPerDayOutreach() {
    assertThat(HAIKOU.getGrowthReading()).isEqualTo(GrowthReading.POOLED);
    assertThat(HAIKOU.getOutreachCounting()).isEqualTo(OutreachCounting.PER_DAY);
  }

  @Test
  void emptyRecordScoresNothingAndFails() {
    AllianceAssessment assessment = HAIKOU.assess(record().build());

    assertThat(assessment.getScores()).allSatisfy(s -> assertThat(s.getPoints()).isZero());
    assertThat(assessment.getTotal()).isZero();
    assertThat(assessment.getGrade()).isEqualTo(Grade.FAIL);
    assertThat(assessment.getFunding()).isEqualByComparingTo("0");
  }

  @Nested
  class Charter {

    @Test
    void adoptedCharterEarnsFive() {
      CriterionScore score = score(record().charterAdopted(true), "charter");

      assertThat(score.getPoints()).isEqualTo(5);
      assertThat(score.getQuantity()).contains(BigDecimal.ONE);
      assertThat(score.getReason().getEnglish()).isEqualTo("charter adopted: yes: 5 points");
      assertThat(score.getReason().getChinese()).isEqualTo("制订联盟章程：是：得 5 分");
    }

    @Test
    void noCharterEarnsNothing() {
      CriterionScore score = score(record(), "charter");

      assertThat(score.getPoints()).isZero();
      assertThat(score.getReason().getEnglish()).isEqualTo("charter adopted: no: 0 points");
    }
  }

  @Nested
  class Meetings {

    @Test
    void twelveMeetingsEarnFive() {
      assertThat(score(record().meetingDates(days(12)), "meetings").getPoints()).isEqualTo(5);
    }

    @Test
    void elevenMeetingsEarnFour() {
      CriterionScore score = score(record().meetingDates(days(11)), "meetings");

      assertThat(score.getPoints()).isEqualTo(4);
      assertThat(score.getReason().getEnglish())
          .isEqualTo("11 working meetings against a target of 12, 1 short, 1 off per missing one: 4 points");
    }

    @Test
    void sevenMeetingsEarnNothing() {
      assertThat(score(record().meetingDates(days(7)), "meetings").getPoints()).isZero();
    }

    @Test
    void eightMeetingsEarnOne() {
      CriterionScore score = score(record().meetingDates(days(8)), "meetings");

      assertThat(score.getPoints()).isEqualTo(1);
      assertThat(score.getReason().getEnglish()).endsWith(": 1 point");
    }

    @Test
    void moreThanTwelveMeetingsEarnNoMoreThanFive() {
      assertThat(score(record().meetingDates(days(24)), "meetings").getPoints()).isEqualTo(5);
    }

    @Test
    void noMeetingNeverGoesBelowZero() {
      assertThat(score(record(), "meetings").getPoints()).isZero();
    }
  }

  @Nested
  class Conference {

    @Test
    void heldConferenceEarnsFive() {
      assertThat(score(record().addConferenceDates(MARCH_1), "conference").getPoints()).isEqualTo(5);
    }

    @Test
    void noConferenceEarnsNothing() {
      assertThat(score(record(), "conference").getPoints()).isZero();
    }
  }

  @Nested
  class Outreach {

    @Test
    void outreachOnSameDayCountsOnce() {
      CriterionScore score = score(record().addOutreachVisits(
          OutreachVisit.of(MARCH_1, "tcm", OutreachKind.SURGERY_GUIDANCE),
          OutreachVisit.of(MARCH_1, "third", OutreachKind.LECTURE),
          OutreachVisit.of(MARCH_2, "tcm", OutreachKind.WARD_ROUND)), "outreach");

      assertThat(score.getPoints()).isEqualTo(2);
      assertThat(score.getQuantity()).contains(BigDecimal.valueOf(2));
      assertThat(score.getReason().getEnglish()).isEqualTo("2 outreach days at 1 each, capped at 20: 2 points");
    }

    @Test
    void perDayAndMemberCountsTwoUnitsOnOneDayTwice() {
      Rubric perUnit = HaikouAllianceRubric2021.builder().outreachCounting(OutreachCounting.PER_DAY_AND_MEMBER).build();
      AllianceAssessmentRecord visits = record().addOutreachVisits(
          OutreachVisit.of(MARCH_1, "tcm", OutreachKind.SURGERY_GUIDANCE),
          OutreachVisit.of(MARCH_1, "tcm", OutreachKind.CLINIC),
          OutreachVisit.of(MARCH_1, "third", OutreachKind.LECTURE)).build();

      assertThat(perUnit.assess(visits).getScores().get(3).getPoints()).isEqualTo(2);
    }

    @Test
    void twentyOneDaysAreCappedAtTwenty() {
      List<OutreachVisit> visits = new ArrayList<>();
      days(21).forEach(d -> visits.add(OutreachVisit.of(d, "fourth", OutreachKind.CLINIC)));
      CriterionScore score = score(record().outreachVisits(visits), "outreach");

      assertThat(score.getPoints()).isEqualTo(20);
      assertThat(score.getQuantity()).contains(BigDecimal.valueOf(21));
    }
  }

  @Nested
  class Training {

    @Test
    void samePersonTwiceCountsOnce() {
      assertThat(score(record().addTraineeStays(Fixtures.trainee("d1", "tcm"), Fixtures.trainee("d1", "tcm"), Fixtures.trainee("d2", "third")), "training")
          .getPoints()).isEqualTo(2);
    }

    @Test
    void elevenTraineesAreCappedAtTen() {
      List<TraineeStay> stays = IntStream.rangeClosed(1, 11).mapToObj(i -> Fixtures.trainee("d" + i, "tcm")).toList();
      assertThat(score(record().traineeStays(stays), "training").getPoints()).isEqualTo(10);
    }
  }

  @Nested
  class ReferralStandardCriterion {

    @ParameterizedTest
    @CsvSource({"NONE, 0", "DRAFTED, 2", "DRAFTED_AND_IMPLEMENTED, 5"})
    void pointsByLevel(ReferralStandard standard, int points) {
      assertThat(score(record().referralStandard(standard), "referral-standard").getPoints()).isEqualTo(points);
    }

    @Test
    void reasonNamesTheLevel() {
      assertThat(score(record().referralStandard(ReferralStandard.DRAFTED), "referral-standard").getReason().getEnglish())
          .isEqualTo("referral standard: drafted, not implemented: 2 points");
    }
  }

  @Nested
  class Referrals {

    @Test
    void samePatientReferredTwiceCountsOnce() {
      assertThat(score(record().addReferrals(
          Fixtures.referral("p1", "tcm", "peoples"), Fixtures.referral("p1", "peoples", "tcm"), Fixtures.referral("p2", "third", "peoples")),
          "referrals").getPoints()).isEqualTo(2);
    }

    @Test
    void elevenPatientsAreCappedAtTen() {
      List<Referral> referrals = IntStream.rangeClosed(1, 11).mapToObj(i -> Fixtures.referral("p" + i, "tcm", "peoples")).toList();
      assertThat(score(record().referrals(referrals), "referrals").getPoints()).isEqualTo(10);
    }
  }

  @Nested
  class ResultSharingCriterion {

    @ParameterizedTest
    @CsvSource({"NONE, 0", "PLATFORM, 2", "PLATFORM_AND_SHARING, 5"})
    void sharingLevelsAreCumulative(ResultSharing sharing, int points) {
      assertThat(score(record().resultSharing(sharing), "result-sharing").getPoints()).isEqualTo(points);
    }
  }

  @Nested
  class Research {

    @Test
    void declaredEarnsThreeAndApprovedFive() {
      CriterionScore score = score(record().addResearchProjects(
          ResearchProject.of("tcm", "A", ProjectStatus.DECLARED),
          ResearchProject.of("third", "B", ProjectStatus.APPROVED)), "research");

      assertThat(score.getPoints()).isEqualTo(8);
      assertThat(score.getReason().getEnglish())
          .isEqualTo("research projects: 1 declared only (3 each), 1 approved (5 each), capped at 15: 8 points");
    }

    @Test
    void fourApprovedProjectsAreCappedAtFifteen() {
      List<ResearchProject> projects = IntStream.rangeClosed(1, 4).mapToObj(i -> ResearchProject.of("tcm", "P" + i, ProjectStatus.APPROVED)).toList();
      CriterionScore score = score(record().researchProjects(projects), "research");

      assertThat(score.getPoints()).isEqualTo(15);
      assertThat(score.getQuantity()).contains(BigDecimal.valueOf(4));
    }

    @Test
    void seedLabelSlipIsNamedAsResearchCollaboration() {
      assertThat(HAIKOU.getCriteria().get(8).getName().getEnglish()).isEqualTo("research collaboration");
    }
  }

  @Nested
  class PartyBuilding {

    @Test
    void eachActivityEarnsTwo() {
      assertThat(score(record().addPartyActivities(
          PartyActivity.of(MARCH_1, PartyActivityKind.THEORY_STUDY), PartyActivity.of(MARCH_1, PartyActivityKind.TEAM_BUILDING),
          PartyActivity.of(MARCH_2, PartyActivityKind.JOINT_PRACTICE)), "party-building").getPoints()).isEqualTo(6);
    }

    @Test
    void sixActivitiesAreCappedAtTen() {
      List<PartyActivity> activities = days(6).stream().map(d -> PartyActivity.of(d, PartyActivityKind.RESOURCE_SHARING)).toList();
      assertThat(score(record().partyActivities(activities), "party-building").getPoints()).isEqualTo(10);
    }
  }

  @Nested
  class Results {

    /** One member unit whose outpatient visits go from 1,000 to {@code thisYear}; the other measures stay at 0. */
    private AllianceAssessmentRecord.Builder growth(long previous, long thisYear) {
      return record().addMemberVolumes(MemberVolume.of("tcm", Volume.of(previous, 0, 0), Volume.of(thisYear, 0, 0)));
    }

    @ParameterizedTest(name = "{0} -> {1} is {2} points")
    @CsvSource({
      "10000, 10499, 0", // 4.99 %
      "10000, 10500, 5", // 5 %
      "10000, 10690, 6", // 6.9 %
      "10000, 10999, 9", // 9.99 %
      "10000, 11000, 10", // 10 %
      "10000, 14000, 10", // 40 %
      "10000, 9000, 0", // shrinking
      "1, 100000000000000000, 10", // 10^19 %: more whole steps than a long holds
      "1, 9223372036854775807, 10", // the largest volume
    })
    void growthStepsAtWholePoints(long previous, long thisYear, int points) {
      assertThat(score(growth(previous, thisYear), "results").getPoints()).isEqualTo(points);
    }

    @Test
    void reasonShowsTheGrowthTruncated() {
      CriterionScore score = score(growth(10000, 10999), "results");

      assertThat(score.getQuantity()).contains(new BigDecimal("9.99"));
      assertThat(score.getReason().getEnglish())
          .isEqualTo("member units' volume grew 9.99 % (pooled); 5 at 5 %, 1 more per further 1 point(s), capped at 10: 9 points");
    }

    @Test
    void pooledGrowthSumsUnitsAndMeasures() {
      // last year 600 + 300 + 100 = 1,000; this year 630 + 320 + 110 = 1,060: 6 %
      AllianceAssessmentRecord.Builder pooled = record().addMemberVolumes(
          MemberVolume.of("tcm", Volume.of(400, 200, 50), Volume.of(420, 210, 60)),
          MemberVolume.of("third", Volume.of(200, 100, 50), Volume.of(210, 110, 50)));

      assertThat(score(pooled, "results").getPoints()).isEqualTo(6);
    }

    @Test
    void meanOfRatesAveragesTheThreeMeasures() {
      // outpatient +0 %, inpatient +10 %, operations +20 %: mean 10 %; pooled (1000+110+120)/(1000+100+100) = 2.5 %
      AllianceAssessmentRecord mixed = record().addMemberVolumes(
          MemberVolume.of("tcm", Volume.of(1000, 100, 100), Volume.of(1000, 110, 120))).build();
      Rubric mean = HaikouAllianceRubric2021.builder().growthReading(GrowthReading.MEAN_OF_RATES).build();

      assertThat(mean.assess(mixed).getScores().get(10).getPoints()).isEqualTo(10);
      assertThat(HAIKOU.assess(mixed).getScores().get(10).getPoints()).isZero();
    }

    @Test
    void noBaseYearVolumeAwardsNothingAndSaysSo() {
      CriterionScore score = score(growth(0, 500), "results");

      assertThat(score.getPoints()).isZero();
      assertThat(score.getQuantity()).isEmpty();
      assertThat(score.getReason().getEnglish()).isEqualTo("no base-year volume (the year before is 0), so no growth rate: 0 points");
    }

    @Test
    void meanOfRatesHasNoBaseWhenOneMeasureWasZero() {
      Rubric mean = HaikouAllianceRubric2021.builder().growthReading(GrowthReading.MEAN_OF_RATES).build();
      AllianceAssessmentRecord noOperations = growth(1000, 2000).build();

      assertThat(mean.assess(noOperations).getScores().get(10).getQuantity()).isEmpty();
    }

    @Test
    void noVolumesAtAllHaveNoBase() {
      assertThat(score(record(), "results").getQuantity()).isEmpty();
    }
  }

  @Nested
  class Grades {

    @ParameterizedTest(name = "{0} points is {1}")
    @CsvSource({
      "100, EXCELLENT, 1500000", "91, EXCELLENT, 1500000", "90, GOOD, 1000000", "81, GOOD, 1000000",
      "80, PASS, 500000", "61, PASS, 500000", "60, FAIL, 0", "0, FAIL, 0"
    })
    void boundsAreStrict(int total, Grade grade, BigDecimal funding) {
      assertThat(HAIKOU.gradeFor(total)).isEqualTo(grade);
      assertThat(HAIKOU.fundingFor(total)).isEqualByComparingTo(funding);
    }

    @Test
    void ninetyPointsIsGoodNotExcellent() {
      assertThat(HAIKOU.gradeFor(90)).isEqualTo(Grade.GOOD);
    }
  }

  @Test
  void fullRecordScoresOneHundredAndIsExcellent() {
    AllianceAssessment assessment = HAIKOU.assess(full());

    assertThat(assessment.getTotal()).isEqualTo(100);
    assertThat(assessment.getGrade()).isEqualTo(Grade.EXCELLENT);
    assertThat(assessment.getFunding()).isEqualByComparingTo("1500000");
  }

  /** Every criterion at its maximum. */
  static AllianceAssessmentRecord full() {
    List<OutreachVisit> visits = new ArrayList<>();
    List<java.time.LocalDate> meetings = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      meetings.add(java.time.LocalDate.of(Fixtures.YEAR, month, 10));
    }
    days(20).forEach(d -> visits.add(OutreachVisit.of(d, List.of("tcm", "third", "fourth").get(d.getDayOfYear() % 3), OutreachKind.CLINIC)));
    return record()
        .charterAdopted(true)
        .meetingDates(meetings)
        .addConferenceDates(day(100))
        .outreachVisits(visits)
        .traineeStays(IntStream.rangeClosed(1, 10).mapToObj(i -> Fixtures.trainee("d" + i, "tcm")).toList())
        .referralStandard(ReferralStandard.DRAFTED_AND_IMPLEMENTED)
        .referrals(IntStream.rangeClosed(1, 10).mapToObj(i -> Fixtures.referral("p" + i, "third", "peoples")).toList())
        .resultSharing(ResultSharing.PLATFORM_AND_SHARING)
        .addResearchProjects(
            ResearchProject.of("tcm", "A", ProjectStatus.APPROVED),
            ResearchProject.of("third", "B", ProjectStatus.APPROVED),
            ResearchProject.of("fourth", "C", ProjectStatus.APPROVED))
        .partyActivities(days(5).stream().map(d -> PartyActivity.of(d, PartyActivityKind.THEORY_STUDY)).toList())
        .addMemberVolumes(MemberVolume.of("tcm", Volume.of(1000, 100, 100), Volume.of(1100, 110, 110)))
        .build();
  }
}
