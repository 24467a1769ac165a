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
      assertThat(march.getReason().getEnglish()).isEqualTo("2021-03 had 0 working meetings, fewer than 1 a month");
      assertThat(march.getReason().getChinese()).isEqualTo("2021-03 召开工作会议 0 次，少于每月 1 次");
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
                .isEqualTo("neurosurgery at Haikou Third People's Hospital (third) has 0 research projects this year, fewer than 1");
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
                .isEqualTo("neurosurgery at Haikou Third People's Hospital (third) received no outreach visit this year");
            assertThat(f.getReason().getChinese()).isEqualTo("成员单位海口市第三人民医院神经外科（third）本年度未接受外派指导");
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
  void assessmentsOfTheSameRecordAreEqual() {
    AllianceAssessmentRecord full = HaikouAllianceRubric2021Test.full();

    assertThat(HAIKOU.assess(full)).isEqualTo(HAIKOU.assess(full));
  }
}
