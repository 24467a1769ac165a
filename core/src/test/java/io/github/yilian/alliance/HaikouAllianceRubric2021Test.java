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
    return score(HAIKOU, record, criterionId);
  }

  private static CriterionScore score(Rubric rubric, AllianceAssessmentRecord.Builder record, String criterionId) {
    return rubric.assess(record.build()).score(criterionId);
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
      assertThat(score.getReason().getChinese()).isEqualTo("制订联盟章程：是，得 5 分");
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
          .isEqualTo("11 working meetings against a target of 12, 1 short at 1 point off each: 4 points");
      assertThat(score.getReason().getChinese()).isEqualTo("工作会议 11 次，目标 12 次，差 1 次，每差 1 次扣 1 分，得 4 分");
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
      assertThat(score.getReason().getEnglish()).isEqualTo("2 outreach days at 1 point each, capped at 20: 2 points");
      assertThat(score.getReason().getChinese()).isEqualTo("外派指导 2 天，每天 1 分，最高 20 分，得 2 分");
    }

    @Test
    void oneOutreachDayIsSingular() {
      CriterionScore score = score(record().addOutreachVisits(OutreachVisit.of(MARCH_1, "tcm", OutreachKind.CLINIC)), "outreach");

      assertThat(score.getReason().getEnglish()).isEqualTo("1 outreach day at 1 point each, capped at 20: 1 point");
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
    void perDayAndMemberCountsPairsInAnAllianceOfManyMembers() {
      List<CareUnit> members = java.util.stream.IntStream.range(0, 12)
          .mapToObj(i -> CareUnit.of("member-" + i, Fixtures.NEUROSURGERY, Fixtures.NEUROSURGERY)).toList();
      SpecialtyAlliance large = SpecialtyAlliance.builder().from(Fixtures.ALLIANCE).members(members).build();
      Rubric perUnit = HaikouAllianceRubric2021.builder().outreachCounting(OutreachCounting.PER_DAY_AND_MEMBER).build();
      AllianceAssessmentRecord visits = AllianceAssessmentRecord.builder().alliance(large).year(Fixtures.YEAR).addOutreachVisits(
          OutreachVisit.of(MARCH_1, "member-11", OutreachKind.CLINIC),
          OutreachVisit.of(MARCH_1, "member-9", OutreachKind.CLINIC),
          OutreachVisit.of(MARCH_1, "member-11", OutreachKind.LECTURE),
          OutreachVisit.of(MARCH_1.plusDays(1), "member-0", OutreachKind.LECTURE)).build();

      assertThat(perUnit.assess(visits).getScores().get(3).getQuantity()).contains(BigDecimal.valueOf(3));
      assertThat(HAIKOU.assess(visits).getScores().get(3).getQuantity()).contains(BigDecimal.valueOf(2));
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

    /**
     * "接收各成员单位专业骨干来科进修、跟班学习或为开展某种技术进行短期学习等……每接收一人得 1 分": a 进修 stay
     * that begins in November and ends in April counts in the year it begins.
     */
    @Test
    void traineeStayRunningIntoNextYearCountsInTheYearItBegins() {
      TraineeStay winter = TraineeStay.builder().personId("d1").memberUnitId("tcm").kind(TrainingKind.ADVANCED_STUDY)
          .period(io.github.yilian.common.DateRange.of(java.time.LocalDate.of(2021, 11, 1), java.time.LocalDate.of(2022, 4, 30))).build();
      CriterionScore score = score(record().addTraineeStays(winter), HaikouAllianceRubric2021.TRAINING);

      assertThat(score.getPoints()).isEqualTo(1);
      assertThat(score.getReason().getEnglish()).isEqualTo("1 trainee received at 1 point each, capped at 10: 1 point");
      assertThat(score.getReason().getChinese()).isEqualTo("接收进修人员 1 人，每人 1 分，最高 10 分，得 1 分");
    }

    /** Ids with one hash code ("Aa" and "BB" hash alike): more of them than are compared pairwise. */
    @Test
    void traineesWhoseIdsShareAHashCodeAreStillTold() {
      List<String> ids = new java.util.ArrayList<>();
      for (int bits = 0; bits < 16; bits++) {
        StringBuilder id = new StringBuilder();
        for (int block = 0; block < 4; block++) {
          id.append((bits >> block & 1) == 0 ? "Aa" : "BB");
        }
        ids.add(id.toString());
      }
      assertThat(ids.stream().map(String::hashCode).distinct()).hasSize(1);
      // 9 distinct persons, 3 of them twice: a run of 12 equal hash codes
      List<TraineeStay> stays = new java.util.ArrayList<>();
      for (int i = 0; i < 12; i++) {
        stays.add(Fixtures.trainee(ids.get(i % 9), "tcm"));
      }

      CriterionScore score = score(record().traineeStays(stays), "training");

      assertThat(score.getQuantity()).contains(java.math.BigDecimal.valueOf(9));
      assertThat(score.getPoints()).isEqualTo(9);
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

    /** "有平台得 2 分，建立共享得 3 分，未共享不得分", read literally as an option: a platform without sharing scores 0. */
    @ParameterizedTest
    @CsvSource({"NONE, 0", "PLATFORM, 0", "PLATFORM_AND_SHARING, 5"})
    void platformWithoutSharingScoresNothingReadLiterally(ResultSharing sharing, int points) {
      Rubric literal = HaikouAllianceRubric2021.builder().resultSharingReading(ResultSharingReading.LITERAL).build();

      assertThat(score(literal, record().resultSharing(sharing), HaikouAllianceRubric2021.RESULT_SHARING).getPoints()).isEqualTo(points);
    }

    @Test
    void literalReadingSaysWhyAPlatformScoresNothing() {
      Rubric literal = HaikouAllianceRubric2021.builder().resultSharingReading(ResultSharingReading.LITERAL).build();
      CriterionScore score = score(literal, record().resultSharing(ResultSharing.PLATFORM), HaikouAllianceRubric2021.RESULT_SHARING);

      assertThat(score.getQuantity()).contains(BigDecimal.ONE);
      assertThat(score.getReason().getEnglish()).isEqualTo("result sharing: platform (read literally, no sharing scores nothing): 0 points");
      assertThat(score.getReason().getChinese()).isEqualTo("检查检验结果共享：有平台（按字面计分，未共享不得分），得 0 分");
    }

    @Test
    void cumulativeIsTheDefaultReading() {
      assertThat(HAIKOU.getResultSharingReading()).isEqualTo(ResultSharingReading.CUMULATIVE);
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
          .isEqualTo("research projects: 1 declared only at 3 points each, 1 approved at 5 points each, capped at 15: 8 points");
      assertThat(score.getReason().getChinese()).isEqualTo("科研项目：仅申报 1 项，每项 3 分；立项 1 项，每项 5 分；最高 15 分，得 8 分");
    }

    @Test
    void fourApprovedProjectsAreCappedAtFifteen() {
      List<ResearchProject> projects = IntStream.rangeClosed(1, 4).mapToObj(i -> ResearchProject.of("tcm", "P" + i, ProjectStatus.APPROVED)).toList();
      CriterionScore score = score(record().researchProjects(projects), "research");

      assertThat(score.getPoints()).isEqualTo(15);
      assertThat(score.getQuantity()).contains(BigDecimal.valueOf(4));
    }

    /**
     * "联合或协助各成员单位开展科研立项和申报（每个成员单位每年至少 1 项）……有申报 1 项得 3 分，有申报并立项 1 项得
     * 5 分，最高 15 分", read per member unit as an option: each unit scores its best project.
     */
    @Test
    void perMemberUnitEachUnitScoresItsBestProject() {
      Rubric perUnit = HaikouAllianceRubric2021.builder().researchCounting(ResearchCounting.PER_MEMBER_UNIT).build();
      AllianceAssessmentRecord.Builder projects = record().addResearchProjects(
          ResearchProject.of("tcm", "A", ProjectStatus.DECLARED),
          ResearchProject.of("tcm", "B", ProjectStatus.APPROVED),
          ResearchProject.of("tcm", "C", ProjectStatus.APPROVED),
          ResearchProject.of("third", "D", ProjectStatus.DECLARED),
          ResearchProject.of("third", "E", ProjectStatus.DECLARED));
      CriterionScore score = score(perUnit, projects, HaikouAllianceRubric2021.RESEARCH);

      // tcm: approved 5; third: declared 3; per project it would be 3 + 5 + 5 + 3 + 3 = 19, capped 15
      assertThat(score.getPoints()).isEqualTo(8);
      assertThat(score.getQuantity()).contains(BigDecimal.valueOf(2));
      assertThat(score(projects, HaikouAllianceRubric2021.RESEARCH).getPoints()).isEqualTo(15);
      assertThat(score.getReason().getEnglish()).isEqualTo("research projects per member unit: 1 member unit with an approved project "
          + "at 5 points each, 1 member unit with a declared project only at 3 points each, capped at 15: 8 points");
      assertThat(score.getReason().getChinese()).isEqualTo(
          "科研项目（按成员单位计）：有立项项目的成员单位 1 个，每个 5 分；仅有申报项目的成员单位 1 个，每个 3 分；最高 15 分，得 8 分");
    }

    @Test
    void perMemberUnitIsCappedAtFifteen() {
      Rubric perUnit = HaikouAllianceRubric2021.builder().researchCounting(ResearchCounting.PER_MEMBER_UNIT).build();
      AllianceAssessmentRecord.Builder projects = record().addResearchProjects(
          ResearchProject.of("tcm", "A", ProjectStatus.APPROVED),
          ResearchProject.of("third", "B", ProjectStatus.APPROVED),
          ResearchProject.of("fourth", "C", ProjectStatus.APPROVED));

      assertThat(score(perUnit, projects, HaikouAllianceRubric2021.RESEARCH).getPoints()).isEqualTo(15);
    }

    @Test
    void perProjectIsTheDefaultReading() {
      assertThat(HAIKOU.getResearchCounting()).isEqualTo(ResearchCounting.PER_PROJECT);
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

    private static final Rubric MEAN = HaikouAllianceRubric2021.builder().growthReading(GrowthReading.MEAN_OF_RATES).build();

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
      "1, 1000000000000, 10", // 10^14 %: the largest supported volume on the smallest base
      "1000000000000, 0, 0", // the largest supported base, all lost
    })
    void growthStepsAtWholePoints(long previous, long thisYear, int points) {
      assertThat(score(growth(previous, thisYear), "results").getPoints()).isEqualTo(points);
    }

    @Test
    void reasonShowsTheGrowthTruncated() {
      CriterionScore score = score(growth(10000, 10999), "results");

      assertThat(score.getQuantity()).contains(new BigDecimal("9.99"));
      assertThat(score.getReason().getEnglish())
          .isEqualTo("member units' volume grew 9.99 % (pooled); 5 points at 5 %, 1 more for each further 1 percentage point, capped at 10: 9 points");
      assertThat(score.getReason().getChinese())
          .isEqualTo("成员单位业务量增长 9.99%（合并计算），达 5% 得 5 分，每再增 1 个百分点加 1 分，最高 10 分，得 9 分");
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
      assertThat(score.getReason().getEnglish())
          .isEqualTo("the member units' volume of the year before is 0, so there is no growth rate (pooled): 0 points");
      assertThat(score.getReason().getChinese()).isEqualTo("成员单位上一年度业务量合计为 0，无法计算增长率（合并计算），得 0 分");
    }

    /** A figure of 0 is a figure: operations recorded as 0 last year give that measure no rate. */
    @Test
    void meanOfRatesHasNoBaseWhenAKeptMeasureWasZero() {
      CriterionScore score = score(MEAN, growth(1000, 2000), "results");

      assertThat(score.getQuantity()).isEmpty();
      assertThat(score.getReason().getEnglish()).isEqualTo(
          "the member units had 0 inpatient admissions and 0 operations the year before, so there is no growth rate (mean of rates): 0 points");
      assertThat(score.getReason().getChinese()).isEqualTo("成员单位上一年度住院量、手术量为 0，无法计算增长率（各项增长率平均），得 0 分");
    }

    /**
     * "调取各成员单位相应专科的门诊量、住院量和手术量，与前一年度进行对比": a rehabilitation department that
     * operates on no one has no operations figure, which is not a figure of 0; under mean-of-rates the
     * measure is left out of the mean (outpatient +10 %, inpatient +6 %: mean 8 %) and the reason says so.
     */
    @Test
    void meanOfRatesLeavesOutAMeasureNoMemberUnitKeeps() {
      Volume before = Volume.builder().outpatientVisits(1000).inpatientAdmissions(100).build();
      Volume after = Volume.builder().outpatientVisits(1100).inpatientAdmissions(106).build();
      CriterionScore score = score(MEAN, record().addMemberVolumes(MemberVolume.of("tcm", before, after)), "results");

      assertThat(score.getPoints()).isEqualTo(8);
      assertThat(score.getQuantity()).contains(new BigDecimal("8.00"));
      assertThat(score.getReason().getEnglish()).isEqualTo("member units' volume grew 8.00 % (mean of rates; operations kept by no "
          + "member unit, left out of the mean); 5 points at 5 %, 1 more for each further 1 percentage point, capped at 10: 8 points");
      assertThat(score.getReason().getChinese()).isEqualTo("成员单位业务量增长 8.00%（各项增长率平均；手术量无成员单位填报，不计入平均），"
          + "达 5% 得 5 分，每再增 1 个百分点加 1 分，最高 10 分，得 8 分");
    }

    @Test
    void noRateUnderMeanOfRatesStillNamesTheMeasureLeftOut() {
      Volume before = Volume.builder().outpatientVisits(1000).inpatientAdmissions(0).build();
      Volume after = Volume.builder().outpatientVisits(1100).inpatientAdmissions(20).build();
      CriterionScore score = score(MEAN, record().addMemberVolumes(MemberVolume.of("tcm", before, after)), "results");

      assertThat(score.getQuantity()).isEmpty();
      assertThat(score.getReason().getEnglish()).isEqualTo("the member units had 0 inpatient admissions the year before, so there is "
          + "no growth rate (mean of rates; operations kept by no member unit, left out of the mean): 0 points");
      assertThat(score.getReason().getChinese())
          .isEqualTo("成员单位上一年度住院量为 0，无法计算增长率（各项增长率平均；手术量无成员单位填报，不计入平均），得 0 分");
    }

    /** Read as 0 instead, the same unit's missing operations would leave no growth rate at all. */
    @Test
    void operationsRecordedAsZeroInsteadGiveNoRateUnderMeanOfRates() {
      CriterionScore score = score(MEAN, record().addMemberVolumes(
          MemberVolume.of("tcm", Volume.of(1000, 100, 0), Volume.of(1100, 106, 0))), "results");

      assertThat(score.getPoints()).isZero();
      assertThat(score.getQuantity()).isEmpty();
    }

    @Test
    void aMeasureSomeUnitsKeepIsPooledOverThoseUnits() {
      // operations only at tcm: 100 -> 110 (+10 %); outpatients 2,000 -> 2,100 (+5 %), inpatients 200 -> 218 (+9 %): mean 8 %
      Volume rehabBefore = Volume.builder().outpatientVisits(1000).inpatientAdmissions(100).build();
      Volume rehabAfter = Volume.builder().outpatientVisits(1040).inpatientAdmissions(109).build();
      CriterionScore score = score(MEAN, record().addMemberVolumes(
          MemberVolume.of("tcm", Volume.of(1000, 100, 100), Volume.of(1060, 109, 110)),
          MemberVolume.of("third", rehabBefore, rehabAfter)), "results");

      assertThat(score.getQuantity()).contains(new BigDecimal("8.00"));
      assertThat(score.getReason().getEnglish()).startsWith("member units' volume grew 8.00 % (mean of rates); ");
    }

    @Test
    void pooledGrowthAddsOnlyTheFiguresKept() {
      // 1,000 + 100 -> 1,100 + 106: 1,206 / 1,100 = 9.63 %
      Volume before = Volume.builder().outpatientVisits(1000).inpatientAdmissions(100).build();
      Volume after = Volume.builder().outpatientVisits(1100).inpatientAdmissions(106).build();
      CriterionScore score = score(record().addMemberVolumes(MemberVolume.of("tcm", before, after)), "results");

      assertThat(score.getPoints()).isEqualTo(9);
      assertThat(score.getReason().getEnglish()).startsWith("member units' volume grew 9.63 % (pooled); ");
    }

    @Test
    void noVolumesAtAllHaveNoBase() {
      CriterionScore score = score(record(), "results");

      assertThat(score.getQuantity()).isEmpty();
      assertThat(score.getReason().getEnglish()).isEqualTo("no member unit reported its volume, so there is no growth rate: 0 points");
      assertThat(score.getReason().getChinese()).isEqualTo("未填报成员单位业务量，无法计算增长率，得 0 分");
    }

    @Test
    void volumesAtTheLargestSupportedCountAddUpWithoutOverflow() {
      long max = io.github.yilian.common.SupportedRange.MAX_COUNT;
      AllianceAssessmentRecord.Builder largest = record().addMemberVolumes(
          MemberVolume.of("tcm", Volume.of(max, max, max), Volume.of(max, max, max)),
          MemberVolume.of("third", Volume.of(max, max, max), Volume.of(max, max, max)),
          MemberVolume.of("fourth", Volume.of(max / 2, max, max), Volume.of(max, max, max)));

      // pooled: 8.5 max -> 9 max is 5.88 %; mean of rates: outpatients 2.5 max -> 3 max is 20 %, the others 0 %: 6.66 %
      assertThat(score(largest, "results").getQuantity()).contains(new BigDecimal("5.88"));
      assertThat(score(MEAN, largest, "results").getQuantity()).contains(new BigDecimal("6.66"));
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

  @Nested
  class ScoreById {

    @Test
    void everyHaikouCriterionIdIsAConstant() {
      assertThat(HAIKOU.getCriteria()).extracting(Criterion::getId).containsExactly(
          HaikouAllianceRubric2021.CHARTER, HaikouAllianceRubric2021.MEETINGS, HaikouAllianceRubric2021.CONFERENCE,
          HaikouAllianceRubric2021.OUTREACH, HaikouAllianceRubric2021.TRAINING, HaikouAllianceRubric2021.REFERRAL_STANDARD,
          HaikouAllianceRubric2021.REFERRALS, HaikouAllianceRubric2021.RESULT_SHARING, HaikouAllianceRubric2021.RESEARCH,
          HaikouAllianceRubric2021.PARTY_BUILDING, HaikouAllianceRubric2021.RESULTS);
    }

    @Test
    void scoreByIdIsTheScoreOfThatCriterion() {
      AllianceAssessment assessment = HAIKOU.assess(full());

      for (int i = 0; i < assessment.getScores().size(); i++) {
        CriterionScore byIndex = assessment.getScores().get(i);
        assertThat(assessment.score(byIndex.getCriterion().getId())).isSameAs(byIndex);
      }
      assertThat(assessment.score("outreach").getPoints()).isEqualTo(20);
    }

    @Test
    void unknownIdIsRejectedNamingItAndTheRubric() {
      AllianceAssessment assessment = HAIKOU.assess(record().build());

      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> assessment.score("outreach-days"))
          .withMessage("rubric haikou-alliance-2021 has no criterion outreach-days");
    }
  }

  @Nested
  class OverallReason {

    @Test
    void excellentNamesTotalBoundGradeAndFunding() {
      AllianceAssessment assessment = HAIKOU.assess(full());

      assertThat(assessment.getReason().getEnglish()).isEqualTo("100 of 100 points, above 90: excellent, funding 1,500,000 yuan");
      assertThat(assessment.getReason().getChinese()).isEqualTo("总分 100 分（满分 100 分），高于 90 分，等级为优秀，学科建设经费 150 万元");
    }

    /** "考核总得分 >90 为优秀；>80 为良好": 90 is good, funded 100 万元. */
    @Test
    void ninetyIsGoodAboveEighty() {
      AllianceAssessment ninety = HAIKOU.assess(AllianceAssessmentRecord.builder().from(full()).charterAdopted(false)
          .resultSharing(ResultSharing.NONE).build());

      assertThat(ninety.getTotal()).isEqualTo(90);
      assertThat(ninety.getReason().getEnglish()).isEqualTo("90 of 100 points, above 80: good, funding 1,000,000 yuan");
      assertThat(ninety.getReason().getChinese()).isEqualTo("总分 90 分（满分 100 分），高于 80 分，等级为良好，学科建设经费 100 万元");
    }

    @Test
    void failSaysTheTotalIsNotAboveTheLowestBound() {
      AllianceAssessment assessment = HAIKOU.assess(record().charterAdopted(true).build());

      assertThat(assessment.getReason().getEnglish()).isEqualTo("5 of 100 points, not above 60: fail, no funding");
      assertThat(assessment.getReason().getChinese()).isEqualTo("总分 5 分（满分 100 分），未高于 60 分，等级为不合格，无学科建设经费");
    }

    /** A city's own bands: funding of whole ten-thousands reads in 万元 from 1 万元 on, other amounts in 元. */
    @org.junit.jupiter.params.ParameterizedTest
    @CsvSource({"10000, 1 万元, '10,000 yuan'", "9999, 9999 元, '9,999 yuan'", "12345.50, 12345.5 元, '12,345.5 yuan'",
        "1500000.00, 150 万元, '1,500,000 yuan'"})
    void fundingReadsAsChineseAndEnglishWriteIt(BigDecimal funding, String chinese, String english) {
      Rubric city = HaikouAllianceRubric2021.builder().gradeBands(List.of(GradeBand.of(Grade.PASS, 0, funding))).build();
      AllianceAssessment assessment = city.assess(record().charterAdopted(true).build());

      assertThat(assessment.getReason().getChinese()).isEqualTo("总分 5 分（满分 100 分），高于 0 分，等级为合格，学科建设经费 " + chinese);
      assertThat(assessment.getReason().getEnglish()).isEqualTo("5 of 100 points, above 0: pass, funding " + english);
    }

    @Test
    void aBandFundedWithNothingSaysNoFundingAndARubricWithoutBandsNamesNoBound() {
      Rubric unfunded = HaikouAllianceRubric2021.builder().gradeBands(List.of(GradeBand.of(Grade.PASS, 0, BigDecimal.ZERO))).build();
      Rubric bandless = HaikouAllianceRubric2021.builder().gradeBands(List.of()).build();
      AllianceAssessmentRecord one = record().charterAdopted(true).build();

      assertThat(unfunded.assess(one).getReason().getEnglish()).isEqualTo("5 of 100 points, above 0: pass, no funding");
      assertThat(bandless.assess(one).getReason().getEnglish()).isEqualTo("5 of 100 points: fail, no funding");
      assertThat(bandless.assess(one).getReason().getChinese()).isEqualTo("总分 5 分（满分 100 分），等级为不合格，无学科建设经费");
    }

    @Test
    void assessmentPrintsAsAOneLineSummary() {
      AllianceAssessment assessment = HAIKOU.assess(full());

      assertThat(assessment).hasToString("AllianceAssessment{alliance=neurosurgery, year=2021, total=100, grade=EXCELLENT, funding=1500000}");
      assertThat(assessment.score("outreach")).hasToString("CriterionScore{criterion=outreach, points=20, maxPoints=20, quantity=20}");
      assertThat(HAIKOU.assess(record().build()).score("results"))
          .hasToString("CriterionScore{criterion=results, points=0, maxPoints=10, quantity=none}");
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
