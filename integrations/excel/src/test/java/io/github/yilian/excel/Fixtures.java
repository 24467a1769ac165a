package io.github.yilian.excel;

import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.CareUnit;
import io.github.yilian.alliance.CommitteeMember;
import io.github.yilian.alliance.CommitteeRole;
import io.github.yilian.alliance.MemberVolume;
import io.github.yilian.alliance.OutreachKind;
import io.github.yilian.alliance.OutreachVisit;
import io.github.yilian.alliance.PartyActivity;
import io.github.yilian.alliance.PartyActivityKind;
import io.github.yilian.alliance.ProjectStatus;
import io.github.yilian.alliance.Referral;
import io.github.yilian.alliance.ReferralStandard;
import io.github.yilian.alliance.ResearchProject;
import io.github.yilian.alliance.ResultSharing;
import io.github.yilian.alliance.SpecialtyAlliance;
import io.github.yilian.alliance.TraineeStay;
import io.github.yilian.alliance.TrainingKind;
import io.github.yilian.alliance.Volume;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import java.time.LocalDate;

/** Named models the tests share, shaped like the seeds' examples. */
final class Fixtures {

  static final BilingualText NEUROSURGERY = BilingualText.of("神经外科", "neurosurgery");
  static final BilingualText PEOPLES = BilingualText.of("海口市人民医院", "Haikou People's Hospital");
  static final BilingualText TCM = BilingualText.of("海口市中医医院", "Haikou Hospital of TCM");
  static final BilingualText THIRD = BilingualText.of("海口市第三人民医院", "Haikou Third People's Hospital");
  static final LocalDate DATE_2021_11_02 = LocalDate.of(2021, 11, 2);

  private Fixtures() {}

  static SpecialtyAlliance neurosurgery() {
    return SpecialtyAlliance.builder().id("neurosurgery").specialty(NEUROSURGERY)
        .lead(CareUnit.of("peoples", PEOPLES, NEUROSURGERY))
        .addMembers(CareUnit.of("tcm", TCM, NEUROSURGERY), CareUnit.of("third", THIRD, NEUROSURGERY))
        .addCommittee(CommitteeMember.of("夏鹰", CommitteeRole.CHAIR), CommitteeMember.of("陈伟明", CommitteeRole.OFFICE_DIRECTOR))
        .build();
  }

  /** A 2021 record with at least one item of every kind of evidence. */
  static AllianceAssessmentRecord record2021() {
    return AllianceAssessmentRecord.builder().alliance(neurosurgery()).year(2021).charterAdopted(true)
        .referralStandard(ReferralStandard.DRAFTED).resultSharing(ResultSharing.PLATFORM)
        .addMeetingDates(LocalDate.of(2021, 1, 15), LocalDate.of(2021, 2, 15))
        .addConferenceDates(LocalDate.of(2021, 11, 20))
        .addOutreachVisits(OutreachVisit.of(DATE_2021_11_02, "tcm", OutreachKind.SURGERY_GUIDANCE),
            OutreachVisit.of(DATE_2021_11_02, "tcm", OutreachKind.LECTURE),
            OutreachVisit.of(LocalDate.of(2021, 12, 1), "third", OutreachKind.WARD_ROUND))
        .addTraineeStays(TraineeStay.builder().personId("trainee-1").memberUnitId("third").kind(TrainingKind.ADVANCED_STUDY)
            .period(DateRange.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 8, 31))).build())
        .addReferrals(Referral.builder().patientId("patient-1").date(LocalDate.of(2021, 5, 6)).fromUnitId("tcm").toUnitId("peoples").build())
        .addResearchProjects(ResearchProject.of("tcm", "卒中康复", ProjectStatus.APPROVED))
        .addPartyActivities(PartyActivity.of(LocalDate.of(2021, 7, 1), PartyActivityKind.THEORY_STUDY))
        .addMemberVolumes(MemberVolume.of("tcm", Volume.of(10_000, 900, 300), Volume.of(10_700, 950, 330)),
            MemberVolume.of("third", Volume.of(8_000, 700, 200), Volume.of(8_100, 720, 210)))
        .build();
  }
}
