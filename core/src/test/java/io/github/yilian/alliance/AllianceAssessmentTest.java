package io.github.yilian.alliance;

import static io.github.yilian.alliance.Fixtures.ALLIANCE;
import static io.github.yilian.alliance.Fixtures.MARCH_1;
import static io.github.yilian.alliance.Fixtures.YEAR;
import static io.github.yilian.alliance.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.common.Finding;
import io.github.yilian.common.Ranked;
import io.github.yilian.common.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AllianceAssessmentTest {

  private static final Rubric HAIKOU = HaikouAllianceRubric2021.rubric();

  @Nested
  class ObservationsOfDuties {

    @Test
    void everyMonthWithoutAMeetingIsObserved() {
      List<LocalDate> meetings = new ArrayList<>();
      for (int month = 1; month <= 12; month++) {
        if (month != 3 && month != 11) {
          meetings.add(LocalDate.of(YEAR, month, 5));
        }
      }
      List<Finding> found = HAIKOU.assess(record().meetingDates(meetings).build()).getObservations();

      assertThat(found).filteredOn(f -> f.getRuleId().equals("alliance.monthly-meetings"))
          .extracting(Finding::getSubject).containsExactly("2021-03", "2021-11");
    }

    @Test
    void meetingObservationExplainsItself() {
      Finding march = HAIKOU.assess(record().build()).getObservations().get(2);

      assertThat(march.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(march.getSubject()).isEqualTo("2021-03");
      assertThat(march.getReason().getEnglish()).isEqualTo("March 2021 had 0 working meetings, fewer than 1 a month");
      assertThat(march.getReason().getChinese()).isEqualTo("2021年3月召开工作会议 0 次，少于每月 1 次");
    }

    @Test
    void oneMeetingShortOfTwoIsSingular() {
      Rubric twice = HaikouAllianceRubric2021.builder().meetingsPerMonth(2).build();
      Finding january = twice.assess(record().addMeetingDates(LocalDate.of(YEAR, 1, 5)).build()).getObservations().get(0);

      assertThat(january.getReason().getEnglish()).isEqualTo("January 2021 had 1 working meeting, fewer than 2 a month");
    }

    /**
     * "2021 年 10 月底前正式实施大专科联盟运营" and "每月定期召开 1~2 次工作会议": an alliance that began operating
     * on 31 October 2021 is asked for meetings from November on; the points are not pro-rated.
     */
    @Test
    void monthsBeforeTheAllianceBeganOperatingAreNotMonthsWithoutAMeeting() {
      SpecialtyAlliance haikou = SpecialtyAlliance.builder().from(ALLIANCE).operatingSince(LocalDate.of(YEAR, 10, 31)).build();
      AllianceAssessmentRecord firstYear = AllianceAssessmentRecord.builder().alliance(haikou).year(YEAR)
          .addMeetingDates(LocalDate.of(YEAR, 11, 15)).build();
      AllianceAssessment assessment = HAIKOU.assess(firstYear);

      assertThat(assessment.getObservations()).filteredOn(f -> f.getRuleId().equals("alliance.monthly-meetings"))
          .extracting(Finding::getSubject).containsExactly("2021-12");
      assertThat(assessment.score(HaikouAllianceRubric2021.MEETINGS).getPoints()).isZero();
    }

    @Test
    void theMonthTheAllianceBeganOnItsFirstDayIsAskedForAMeeting() {
      SpecialtyAlliance fromNovember = SpecialtyAlliance.builder().from(ALLIANCE).operatingSince(LocalDate.of(YEAR, 11, 1)).build();
      List<Finding> found = HAIKOU.assess(AllianceAssessmentRecord.builder().alliance(fromNovember).year(YEAR).build()).getObservations();

      assertThat(found).filteredOn(f -> f.getRuleId().equals("alliance.monthly-meetings"))
          .extracting(Finding::getSubject).containsExactly("2021-11", "2021-12");
    }

    @Test
    void aLaterYearIsAskedForEveryMonth() {
      SpecialtyAlliance haikou = SpecialtyAlliance.builder().from(ALLIANCE).operatingSince(LocalDate.of(YEAR, 10, 31)).build();
      List<Finding> found = HAIKOU.assess(AllianceAssessmentRecord.builder().alliance(haikou).year(YEAR + 1).build()).getObservations();

      assertThat(found).filteredOn(f -> f.getRuleId().equals("alliance.monthly-meetings")).hasSize(12);
    }

    @Test
    void evidenceBeforeTheOperatingDateStillCounts() {
      SpecialtyAlliance haikou = SpecialtyAlliance.builder().from(ALLIANCE).operatingSince(LocalDate.of(YEAR, 10, 31)).build();
      AllianceAssessmentRecord record = AllianceAssessmentRecord.builder().alliance(haikou).year(YEAR)
          .addMeetingDates(LocalDate.of(YEAR, 10, 15)).charterAdopted(true).build();

      assertThat(HAIKOU.assess(record).score(HaikouAllianceRubric2021.MEETINGS).getQuantity()).contains(java.math.BigDecimal.ONE);
    }

    @Test
    void memberUnitWithoutResearchProjectIsObserved() {
      List<Finding> found = HAIKOU.assess(record().addResearchProjects(
          ResearchProject.of("tcm", "A", ProjectStatus.DECLARED), ResearchProject.of("fourth", "B", ProjectStatus.APPROVED)).build())
          .getObservations();

      assertThat(found).filteredOn(f -> f.getRuleId().equals("alliance.research-per-member"))
          .singleElement()
          .satisfies(f -> {
            assertThat(f.getSubject()).isEqualTo("third");
            assertThat(f.getReason().getEnglish())
                .isEqualTo("neurosurgery at Haikou Third People's Hospital has 0 research projects this year, fewer than 1 a year");
            assertThat(f.getReason().getChinese()).isEqualTo("成员单位海口市第三人民医院神经外科本年度科研项目 0 项，少于每年 1 项");
          });
    }

    @Test
    void memberUnitWithoutOutreachVisitIsObserved() {
      List<Finding> found = HAIKOU.assess(record().addOutreachVisits(
          OutreachVisit.of(MARCH_1, "tcm", OutreachKind.CLINIC), OutreachVisit.of(MARCH_1, "fourth", OutreachKind.CLINIC)).build())
          .getObservations();

      assertThat(found).filteredOn(f -> f.getRuleId().equals("alliance.outreach-per-member"))
          .singleElement()
          .satisfies(f -> {
            assertThat(f.getSubject()).isEqualTo("third");
            assertThat(f.getReason().getEnglish())
                .isEqualTo("neurosurgery at Haikou Third People's Hospital received no outreach visit this year");
            assertThat(f.getReason().getChinese()).isEqualTo("成员单位海口市第三人民医院神经外科本年度未接受外派指导");
          });
    }

    @Test
    void fullRecordHasNoObservations() {
      assertThat(HAIKOU.assess(HaikouAllianceRubric2021Test.full()).getObservations()).isEmpty();
    }

    @Test
    void twoProjectsPerMemberAreAskedForWhenThePolicySaysSo() {
      Rubric strict = HaikouAllianceRubric2021.builder().projectsPerMember(2).meetingsPerMonth(2).build();
      List<Finding> found = strict.assess(HaikouAllianceRubric2021Test.full()).getObservations();

      assertThat(found).filteredOn(f -> f.getRuleId().equals("alliance.research-per-member")).hasSize(3);
      assertThat(found).filteredOn(f -> f.getRuleId().equals("alliance.monthly-meetings")).hasSize(12);
    }
  }

  @Nested
  class Ranking {

    @Test
    void nullAssessmentIsNamedByItsPosition() {
      AllianceAssessment one = HAIKOU.assess(record().build());
      List<AllianceAssessment> withNull = new ArrayList<>();
      withNull.add(one);
      withNull.add(null);

      org.assertj.core.api.Assertions.assertThatNullPointerException()
          .isThrownBy(() -> AllianceAssessment.rank(withNull)).withMessage("assessments[1]");
      org.assertj.core.api.Assertions.assertThatNullPointerException()
          .isThrownBy(() -> AllianceAssessment.rank(null)).withMessage("assessments");
    }

    @Test
    void rankingPrintsRanksAndSummaries() {
      assertThat(AllianceAssessment.rank(List.of(HAIKOU.assess(record().build()))))
          .hasToString("[1 AllianceAssessment{alliance=neurosurgery, year=2021, total=0, grade=FAIL, funding=0}]");
    }

    private AllianceAssessment withCharterAndConference(String allianceId, boolean charter, boolean conference) {
      SpecialtyAlliance alliance = SpecialtyAlliance.builder().from(ALLIANCE).id(allianceId).build();
      AllianceAssessmentRecord.Builder builder = AllianceAssessmentRecord.builder();
      builder.alliance(alliance).year(YEAR).charterAdopted(charter);
      if (conference) {
        builder.addConferenceDates(MARCH_1);
      }
      return HAIKOU.assess(builder.build());
    }

    @Test
    void tiesShareARankAndTheNextSkips() {
      List<AllianceAssessment> assessments = List.of(
          withCharterAndConference("d", false, false),
          withCharterAndConference("c", true, false),
          withCharterAndConference("b", false, true),
          withCharterAndConference("a", true, true));

      assertThat(AllianceAssessment.rank(assessments).getEntries())
          .extracting(Ranked::getRank, r -> r.getItem().getRecord().getAlliance().getId())
          .containsExactly(
              org.assertj.core.api.Assertions.tuple(1, "a"),
              org.assertj.core.api.Assertions.tuple(2, "b"),
              org.assertj.core.api.Assertions.tuple(2, "c"),
              org.assertj.core.api.Assertions.tuple(4, "d"));
    }
  }

  @Test
  void sameAllianceInTwoYearsTiesAndIsListedByYear() {
    AllianceAssessmentRecord later = AllianceAssessmentRecord.builder().alliance(ALLIANCE).year(YEAR + 1).build();
    AllianceAssessment first = HAIKOU.assess(later);
    AllianceAssessment second = HAIKOU.assess(record().build());

    assertThat(AllianceAssessment.rank(List.of(first, second)).getEntries())
        .extracting(r -> r.getItem().getRecord().getYear(), Ranked::getRank)
        .containsExactly(org.assertj.core.api.Assertions.tuple(YEAR, 1), org.assertj.core.api.Assertions.tuple(YEAR + 1, 1));
  }

  @Test
  void scoreShowsItsMaximum() {
    assertThat(HAIKOU.assess(record().build()).getScores().get(3).getMaxPoints()).isEqualTo(20);
  }

  @Test
  void aCountBeyondTheKeptReasonsGetsItsOwnReasonEachTime() {
    List<Referral> referrals = new ArrayList<>();
    for (int patient = 0; patient < 600; patient++) {
      referrals.add(Fixtures.referral("patient-" + patient, "tcm", "peoples"));
    }
    AllianceAssessmentRecord busy = record().referrals(referrals).build();

    CriterionScore first = HAIKOU.assess(busy).score(HaikouAllianceRubric2021.REFERRALS);
    CriterionScore second = HAIKOU.assess(busy).score(HaikouAllianceRubric2021.REFERRALS);

    assertThat(first.getReason().getChinese()).isEqualTo("转诊患者 600 人，每人 1 分，最高 10 分，得 10 分");
    assertThat(first.getReason().getEnglish()).isEqualTo("600 referred patients at 1 point each, capped at 10: 10 points");
    assertThat(second.getReason()).isEqualTo(first.getReason()).isNotSameAs(first.getReason());
  }

  @Test
  void aReasonOfACountIsMadeOncePerRule() {
    AllianceAssessmentRecord empty = record().build();

    assertThat(HAIKOU.assess(empty).score(HaikouAllianceRubric2021.OUTREACH).getReason())
        .isSameAs(HAIKOU.assess(empty).score(HaikouAllianceRubric2021.OUTREACH).getReason());
    assertThat(HAIKOU.assess(empty).getReason()).isSameAs(HAIKOU.assess(empty).getReason());
  }

  @Test
  void assessmentsOfTheSameRecordAreEqual() {
    AllianceAssessmentRecord full = HaikouAllianceRubric2021Test.full();

    assertThat(HAIKOU.assess(full)).isEqualTo(HAIKOU.assess(full)).hasSameHashCodeAs(HAIKOU.assess(full));
  }

  @Test
  void assessmentsOfDifferentRecordsAndTheirScoresDiffer() {
    AllianceAssessment full = HAIKOU.assess(HaikouAllianceRubric2021Test.full());
    AllianceAssessment empty = HAIKOU.assess(record().build());
    AllianceAssessment charter = HAIKOU.assess(record().charterAdopted(true).build());

    assertThat(full).isNotEqualTo(empty).isNotEqualTo(charter).isNotEqualTo("an assessment");
    assertThat(empty).isNotEqualTo(charter);
    assertThat(empty.getScores().get(0)).isNotEqualTo(charter.getScores().get(0)).isNotEqualTo("a score")
        .isEqualTo(HAIKOU.assess(record().build()).getScores().get(0));
    assertThat(List.of(full, empty, charter).stream().map(AllianceAssessment::hashCode).distinct()).hasSize(3);
    assertThat(full.getScores().stream().map(CriterionScore::hashCode).distinct()).hasSize(full.getScores().size());
  }
}
