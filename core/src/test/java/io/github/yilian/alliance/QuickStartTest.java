package io.github.yilian.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.common.BilingualText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's quick start, as written there, with its commented results checked. */
class QuickStartTest {

  @Test
  void readmeQuickStartComputesWhatItsCommentsSay() {
    BilingualText neurosurgery = BilingualText.of("神经外科", "neurosurgery");
    SpecialtyAlliance alliance = SpecialtyAlliance.builder()
        .id("neurosurgery").specialty(neurosurgery)
        .lead(CareUnit.of("peoples", BilingualText.of("海口市人民医院", "Haikou People's Hospital"), neurosurgery))
        .addMembers(CareUnit.of("tcm", BilingualText.of("海口市中医医院", "Haikou Hospital of TCM"), neurosurgery))
        .build();
    AllianceAssessmentRecord record = AllianceAssessmentRecord.builder()
        .alliance(alliance).year(2021).charterAdopted(true)
        .addOutreachVisits(
            OutreachVisit.of(LocalDate.of(2021, 11, 2), "tcm", OutreachKind.SURGERY_GUIDANCE),
            OutreachVisit.of(LocalDate.of(2021, 11, 2), "tcm", OutreachKind.LECTURE))
        .addResearchProjects(ResearchProject.of("tcm", "卒中康复", ProjectStatus.APPROVED))
        .addMemberVolumes(MemberVolume.of("tcm", Volume.of(10_000, 900, 300), Volume.of(10_700, 950, 330)))
        .build();

    AllianceAssessment assessment = HaikouAllianceRubric2021.rubric().assess(record);

    // charter 5, one outreach day 1, one approved project 5, growth 780 / 11,200 = 6.96 % -> 6
    assertThat(assessment.getTotal()).isEqualTo(17);
    assertThat(assessment.getGrade()).isEqualTo(Grade.FAIL);
    assertThat(assessment.getFunding()).isEqualByComparingTo("0");
    assertThat(AllianceAssessment.rank(List.of(assessment)).getEntries()).hasSize(1);
  }
}
