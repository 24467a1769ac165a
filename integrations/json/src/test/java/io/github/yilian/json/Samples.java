package io.github.yilian.json;

import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.CareUnit;
import io.github.yilian.alliance.MemberVolume;
import io.github.yilian.alliance.OutreachKind;
import io.github.yilian.alliance.OutreachVisit;
import io.github.yilian.alliance.Referral;
import io.github.yilian.alliance.SpecialtyAlliance;
import io.github.yilian.alliance.TraineeStay;
import io.github.yilian.alliance.TrainingKind;
import io.github.yilian.alliance.Volume;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.Fact;
import io.github.yilian.county.Level;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.Unit;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.expert.Expert;
import io.github.yilian.expert.Expertise;
import io.github.yilian.expert.Sector;
import java.time.LocalDate;

/** Named models the JSON example tests of every binding share, as the README builds them. */
public final class Samples {

  /** The neurosurgery department, shared by the alliance's units. */
  public static final BilingualText NEUROSURGERY = BilingualText.of("神经外科", "neurosurgery");

  /** Haikou's neurosurgery alliance: the People's Hospital leads, the TCM hospital is a member. */
  public static final SpecialtyAlliance ALLIANCE = SpecialtyAlliance.builder()
      .id("neurosurgery").specialty(NEUROSURGERY)
      .lead(CareUnit.of("peoples", BilingualText.of("海口市人民医院", "Haikou People's Hospital"), NEUROSURGERY))
      .addMembers(CareUnit.of("tcm", BilingualText.of("海口市中医医院", "Haikou Hospital of TCM"), NEUROSURGERY))
      .build();

  /** The alliance's 2021 evidence: a charter, one outreach day, two referrals of one patient, a trainee. */
  public static final AllianceAssessmentRecord RECORD = AllianceAssessmentRecord.builder()
      .alliance(ALLIANCE).year(2021).charterAdopted(true)
      .addOutreachVisits(OutreachVisit.of(LocalDate.of(2021, 11, 2), "tcm", OutreachKind.SURGERY_GUIDANCE))
      .addReferrals(
          Referral.builder().patientId("460100199001011234").date(LocalDate.of(2021, 5, 1))
              .fromUnitId("tcm").toUnitId("peoples").build(),
          Referral.builder().patientId("460100199001011234").date(LocalDate.of(2021, 6, 1))
              .fromUnitId("peoples").toUnitId("tcm").build(),
          Referral.builder().patientId("460100198502023456").date(LocalDate.of(2021, 6, 2))
              .fromUnitId("tcm").toUnitId("peoples").build())
      .addTraineeStays(TraineeStay.builder().personId("D-0042").memberUnitId("tcm")
          .kind(TrainingKind.ADVANCED_STUDY)
          .period(DateRange.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 8, 31))).build())
      .addMemberVolumes(MemberVolume.of("tcm", Volume.of(10_000, 900, 300), Volume.of(10_700, 950, 330)))
      .build();

  /** An expert with a phone and an ID number. */
  public static final Expert EXPERT = Expert.builder().id("e1").name("张三").sector(Sector.UNIVERSITY)
      .addFields(Expertise.POLICY_RESEARCH).senior(true)
      .phone("13800138000").idNumber("110101198001010011").build();

  /** The README's county tree: Xinjiang, Urumqi, Tianshan, its community and lead hospital. */
  public static final AdministrativeTree TREE = AdministrativeTree.builder()
      .addUnits(Unit.region("65", BilingualText.of("新疆", "Xinjiang")),
          Unit.of("6501", BilingualText.of("乌鲁木齐市", "Urumqi"), Level.PREFECTURE, "65"),
          Unit.of("650102", BilingualText.of("天山区", "Tianshan"), Level.COUNTY, "6501"),
          Unit.of("650102-M", BilingualText.of("天山区医共体", "Tianshan community"), Level.COMMUNITY, "650102"),
          Unit.of("650102-L", BilingualText.of("天山区人民医院", "Tianshan hospital"), Level.LEAD_HOSPITAL, "650102-M"))
      .build();

  /** The README's tracker: 39 of 80 senior doctors in studios at Tianshan's lead hospital. */
  public static final TargetTracker TRACKER = TargetTracker.of(XinjiangCountyTargets2023.policy(),
      MonitoringData.builder().tree(TREE)
          .addFacts(Fact.share("650102-L", XinjiangCountyTargets2023.STUDIO_DOCTORS, LocalDate.of(2023, 9, 1), 39, 80))
          .build());

  private Samples() {}
}
