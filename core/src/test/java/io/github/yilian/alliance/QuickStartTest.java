package io.github.yilian.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.common.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's quick start, as written there, with its commented results checked. */
class QuickStartTest {

  @Test
  void readmeQuickStartComputesWhatItsCommentsSay() {
    SpecialtyAlliance alliance = HaikouAlliances2021.neurosurgery();      // section 四; operating since 2021-10-31
    AllianceAssessmentRecord record = AllianceAssessmentRecord.builder()   // facts, not points
        .alliance(alliance).year(2022).charterAdopted(true)
        .addOutreachVisits(                                                 // same day: counts once
            OutreachVisit.of(LocalDate.of(2022, 11, 2), "tcm-neurosurgery", OutreachKind.SURGERY_GUIDANCE),
            OutreachVisit.of(LocalDate.of(2022, 11, 2), "third-neurosurgery", OutreachKind.LECTURE))
        .addTraineeStays(TraineeStay.builder().personId("t-0193")          // pseudonymous, never printed
            .memberUnitId("fourth-neurosurgery").kind(TrainingKind.ADVANCED_STUDY)
            .period(DateRange.of(LocalDate.of(2022, 11, 1), LocalDate.of(2023, 4, 30))).build())   // counts in 2022
        .addResearchProjects(ResearchProject.of("tcm-neurosurgery", "卒中康复", ProjectStatus.APPROVED))
        .addMemberVolumes(MemberVolume.of("tcm-neurosurgery", Volume.of(10_000, 900, 300), Volume.of(10_700, 950, 330)))
        .build();

    AllianceAssessment assessment = HaikouAllianceRubric2021.rubric().assess(record);

    assertThat(assessment.score(HaikouAllianceRubric2021.OUTREACH).getPoints()).isEqualTo(1);
    assertThat(assessment.getTotal()).isEqualTo(18);
    assertThat(assessment.getGrade()).isEqualTo(Grade.FAIL);
    assertThat(assessment.getFunding()).isEqualByComparingTo("0");
    assertThat(assessment.getReason().getEnglish()).isEqualTo("18 of 100 points, not above 60: fail, no funding");
    assertThat(assessment.getReason().getChinese()).startsWith("总分 18 分（满分 100 分），未高于 60 分，");
    assertThat(assessment.getObservations()).isNotEmpty();
    assertThat(record.toString()).doesNotContain("t-0193");
    assertThat(AllianceAssessment.rank(List.of(assessment)).getEntries()).hasSize(1);
  }
}
