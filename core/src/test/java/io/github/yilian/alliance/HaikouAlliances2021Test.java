package io.github.yilian.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.yilian.common.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The four alliances of seed 003, section 四: "以海口市人民医院神经外科、康复医学科和心血管内科为大专科联盟牵头单位，
 * 市中医医院、市第三人民医院、市第四人民医院神经外科、康复医学科和心血管内科作为成员单位；以海口市骨科与糖尿病医院骨科为大专科
 * 联盟牵头单位，市人民医院、市中医医院、市第三人民医院、市第四人民医院骨科作为成员单位".
 */
class HaikouAlliances2021Test {

  private static List<String> memberHospitals(SpecialtyAlliance alliance) {
    return alliance.getMembers().stream().map(m -> m.getHospital().getChinese()).toList();
  }

  @Test
  void fourAlliancesInTheOrderOfSectionFour() {
    assertThat(HaikouAlliances2021.alliances())
        .extracting(SpecialtyAlliance::getId, a -> a.getSpecialty().getChinese(), a -> a.getLead().getHospital().getChinese())
        .containsExactly(
            tuple("neurosurgery", "神经外科", "海口市人民医院"),
            tuple("rehabilitation", "康复医学科", "海口市人民医院"),
            tuple("cardiology", "心血管内科", "海口市人民医院"),
            tuple("orthopaedics", "骨科", "海口市骨科与糖尿病医院"));
  }

  @Test
  void peoplesHospitalAlliancesHaveTheTcmThirdAndFourthHospitalsAsMembers() {
    for (SpecialtyAlliance alliance : List.of(HaikouAlliances2021.neurosurgery(), HaikouAlliances2021.rehabilitationMedicine(),
        HaikouAlliances2021.cardiology())) {
      assertThat(memberHospitals(alliance)).containsExactly("海口市中医医院", "海口市第三人民医院", "海口市第四人民医院");
      assertThat(alliance.getMembers()).allSatisfy(m -> assertThat(m.getDepartment()).isEqualTo(alliance.getSpecialty()));
    }
  }

  @Test
  void orthopaedicsHasThePeoplesHospitalAmongItsFourMembers() {
    SpecialtyAlliance orthopaedics = HaikouAlliances2021.orthopaedics();

    assertThat(orthopaedics.getLead().getId()).isEqualTo("ortho-diabetes-orthopaedics");
    assertThat(orthopaedics.getLead().getHospital().getEnglish()).isEqualTo("Haikou Orthopaedics and Diabetes Hospital");
    assertThat(memberHospitals(orthopaedics)).containsExactly("海口市人民医院", "海口市中医医院", "海口市第三人民医院", "海口市第四人民医院");
  }

  @Test
  void unitIdsAreTheHospitalCodeAndTheAllianceId() {
    assertThat(HaikouAlliances2021.neurosurgery().getLead().getId()).isEqualTo("peoples-neurosurgery");
    assertThat(HaikouAlliances2021.cardiology().getMembers()).extracting(CareUnit::getId)
        .containsExactly("tcm-cardiology", "third-cardiology", "fourth-cardiology");
    assertThat(HaikouAlliances2021.orthopaedics().hasMember("peoples-orthopaedics")).isTrue();
  }

  /** "2021 年 10 月底前正式实施大专科联盟运营" (section 五): every alliance began operating by 31 October 2021. */
  @Test
  void everyAllianceBeganOperatingAtTheEndOfOctober2021() {
    assertThat(HaikouAlliances2021.alliances())
        .allSatisfy(a -> assertThat(a.getOperatingSince()).contains(LocalDate.of(2021, 10, 31)));
    assertThat(HaikouAlliances2021.OPERATING_SINCE).isEqualTo(LocalDate.of(2021, 10, 31));
  }

  /** Section 六(二): "主 委：夏 鹰 市人民医院神经外科主任 … 下设办公室 … 主 任：陈伟明". */
  @Test
  void committeesFollowSectionSix() {
    assertThat(HaikouAlliances2021.neurosurgery().getCommittee())
        .extracting(CommitteeMember::getPersonName, CommitteeMember::getRole)
        .containsExactly(
            tuple("夏鹰", CommitteeRole.CHAIR),
            tuple("陈伟明", CommitteeRole.VICE_CHAIR),
            tuple("武旭刚", CommitteeRole.VICE_CHAIR),
            tuple("王少雄", CommitteeRole.VICE_CHAIR),
            tuple("林晶", CommitteeRole.VICE_CHAIR),
            tuple("陈伟明", CommitteeRole.OFFICE_DIRECTOR));
    assertThat(HaikouAlliances2021.cardiology().getCommittee()).hasSize(7)
        .last().isEqualTo(CommitteeMember.of("黄康", CommitteeRole.OFFICE_DIRECTOR));
    assertThat(HaikouAlliances2021.orthopaedics().getCommittee().get(0)).isEqualTo(CommitteeMember.of("江潮胤", CommitteeRole.CHAIR));
  }

  /** The first year's assessment asks for meetings in November and December 2021 only. */
  @Test
  void aFirstYearRecordIsAskedForMeetingsFromNovember() {
    AllianceAssessmentRecord firstYear = AllianceAssessmentRecord.builder().alliance(HaikouAlliances2021.rehabilitationMedicine())
        .year(2021).addMeetingDates(LocalDate.of(2021, 12, 3)).build();

    assertThat(HaikouAllianceRubric2021.rubric().assess(firstYear).getObservations())
        .filteredOn(f -> f.getRuleId().equals("alliance.monthly-meetings")).extracting(Finding::getSubject).containsExactly("2021-11");
  }

  @Test
  void presetIsOneSharedList() {
    assertThat(HaikouAlliances2021.alliances()).isSameAs(HaikouAlliances2021.alliances()).hasSize(4);
    assertThat(HaikouAlliances2021.alliances().get(0)).isSameAs(HaikouAlliances2021.neurosurgery());
  }
}
