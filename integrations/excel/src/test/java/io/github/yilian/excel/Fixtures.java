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
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.Fact;
import io.github.yilian.county.Level;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.Pairing;
import io.github.yilian.county.Secondment;
import io.github.yilian.county.Unit;
import io.github.yilian.county.UnitKind;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.expert.AdjustmentEvent;
import io.github.yilian.expert.Attestation;
import io.github.yilian.expert.EvaluationAssignment;
import io.github.yilian.expert.Expert;
import io.github.yilian.expert.ExpertActivity;
import io.github.yilian.expert.ExpertActivityKind;
import io.github.yilian.expert.ExpertGroup;
import io.github.yilian.expert.ExpertTeam;
import io.github.yilian.expert.Expertise;
import io.github.yilian.expert.Liaison;
import io.github.yilian.expert.Province;
import io.github.yilian.expert.SelectionCriterion;
import io.github.yilian.expert.Sector;
import io.github.yilian.pilot.CollaborationGroup;
import io.github.yilian.pilot.DocumentKind;
import io.github.yilian.pilot.GroupRecord;
import io.github.yilian.pilot.PilotCity;
import io.github.yilian.pilot.ReformTopic;
import io.github.yilian.pilot.Submission;
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
        .operatingSince(LocalDate.of(2021, 10, 31))
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
            // the third hospital keeps no operations figure: blank cells, not 0
            MemberVolume.of("third", Volume.builder().outpatientVisits(8_000).inpatientAdmissions(700).build(),
                Volume.builder().outpatientVisits(8_100).inpatientAdmissions(720).build()))
        .build();
  }

  static MonitoringData urumqi() {
    AdministrativeTree tree = AdministrativeTree.builder()
        .addUnits(Unit.region("65", BilingualText.of("新疆", "Xinjiang")),
            Unit.of("6501", BilingualText.of("乌鲁木齐市", "Urumqi"), Level.PREFECTURE, "65"),
            Unit.of("650102", BilingualText.of("天山区", "Tianshan"), Level.COUNTY, "6501"),
            Unit.of("650102-M", BilingualText.of("天山区医共体", "Tianshan community"), Level.COMMUNITY, "650102"),
            Unit.of("650102-L", BilingualText.of("天山区人民医院", "Tianshan hospital"), Level.LEAD_HOSPITAL, "650102-M"),
            Unit.primaryCare("650102-U1", BilingualText.of("乡镇卫生院1", "township health centre 1"), UnitKind.TOWNSHIP_HEALTH_CENTRE,
                "650102-M"),
            Unit.primaryCare("650102-U2", BilingualText.of("村卫生室2", "village clinic 2"), UnitKind.VILLAGE_CLINIC, "650102-M"),
            Unit.of("650103", BilingualText.of("沙依巴克区", "Saybagh"), Level.COUNTY, "6501"),
            Unit.of("650103-M", BilingualText.of("沙依巴克区医共体", "Saybagh community"), Level.COMMUNITY, "650103"),
            Unit.of("650103-L", BilingualText.of("沙依巴克区人民医院", "Saybagh hospital"), Level.LEAD_HOSPITAL, "650103-M"))
        .build();
    return MonitoringData.builder().tree(tree)
        .addFacts(Fact.yes("650102", XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE, LocalDate.of(2023, 6, 1)))
        .addFacts(Fact.no("650103", XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE, LocalDate.of(2023, 6, 1)))
        .addFacts(Fact.share("650102-L", XinjiangCountyTargets2023.STUDIO_DOCTORS, LocalDate.of(2023, 9, 1), 39, 80))
        .addFacts(Fact.count("650102-L", XinjiangCountyTargets2023.NEW_TECHNIQUE, LocalDate.of(2023, 11, 1), 3))
        .addSecondments(Secondment.builder().id("s1").unitId("650102-U1").start(LocalDate.of(2023, 1, 1))
            .end(LocalDate.of(2023, 9, 30)).approved(true).build())
        .addPairings(Pairing.of("member-1", "650102", LocalDate.of(2023, 3, 1), LocalDate.of(2024, 6, 30)),
            Pairing.of("member-2", "650103", LocalDate.of(2024, 7, 1)))
        .build();
  }

  static final PilotCity ZHENJIANG = PilotCity.of("镇江市", "江苏省");
  static final PilotCity WUHU = PilotCity.of("芜湖市", "安徽省");
  static final PilotCity XIAMEN = PilotCity.of("厦门市", "福建省");

  static final PilotCity ANSHAN = PilotCity.of("鞍山市", "辽宁省");

  /** The exchange the informatisation and the medicine-separation groups held jointly (三(二)2). */
  static io.github.yilian.pilot.Activity jointExchange() {
    return io.github.yilian.pilot.Activity.builder().id("joint-1").date(LocalDate.of(2012, 9, 20)).lastDay(LocalDate.of(2012, 9, 21))
        .kind(io.github.yilian.pilot.ActivityKind.INTER_GROUP_EXCHANGE)
        .heldBy(java.util.EnumSet.of(ReformTopic.HOSPITAL_INFORMATISATION, ReformTopic.SEPARATING_MEDICINE_FROM_PHARMACY))
        .host(ZHENJIANG).putHealthBureauHeads(ZHENJIANG, 1).putHealthBureauHeads(ANSHAN, 2)
        .addGuidingExpertsPresent("专家甲").liaisonPresent(true)
        .planSubmitted(LocalDate.of(2012, 9, 1)).reportSubmitted(LocalDate.of(2012, 9, 25)).build();
  }

  static GroupRecord informatisation() {
    CollaborationGroup group = CollaborationGroup.builder().topic(ReformTopic.HOSPITAL_INFORMATISATION)
        .addLeadUnits(ZHENJIANG, WUHU).addParticipants(XIAMEN).addGuidingExperts("专家甲", "专家乙").build();
    return GroupRecord.builder().group(group)
        .addActivities(io.github.yilian.pilot.Activity.builder().id("a1").date(LocalDate.of(2012, 3, 28))
            .kind(io.github.yilian.pilot.ActivityKind.SYMPOSIUM).host(ZHENJIANG)
            .planSubmitted(LocalDate.of(2012, 3, 20)).reportSubmitted(LocalDate.of(2012, 4, 2))
            .putHealthBureauHeads(ZHENJIANG, 1).putHealthBureauHeads(WUHU, 2)
            .addGuidingExpertsPresent("专家甲").liaisonPresent(true).build())
        .addActivities(io.github.yilian.pilot.Activity.builder().id("v1").date(LocalDate.of(2012, 6, 12)).lastDay(LocalDate.of(2012, 6, 14))
            .kind(io.github.yilian.pilot.ActivityKind.SITE_VISIT).host(WUHU)
            .addGuestCities(ANSHAN).addGuestRegions("浙江省", "四川省")
            .putHealthBureauHeads(WUHU, 1).putHealthBureauHeads(ANSHAN, 1)
            .reportSubmitted(LocalDate.of(2012, 6, 19)).build())
        .addActivities(jointExchange())
        .addActivities(io.github.yilian.pilot.Activity.builder().id("n1").date(LocalDate.of(2012, 12, 12))
            .kind(io.github.yilian.pilot.ActivityKind.NATIONAL_MEETING).build())
        .addSubmissions(Submission.of(DocumentKind.POLICY_MEASURES, LocalDate.of(2012, 2, 29)),
            Submission.ofYear(DocumentKind.WORK_PLAN, 2012, LocalDate.of(2012, 1, 20)))
        .build();
  }

  static ExpertLogBook expertLog() {
    LocalDate start = LocalDate.of(2022, 1, 1);
    ExpertGroup founding = ExpertGroup.builder()
        .name(BilingualText.of("分级诊疗专家组", "tiered care expert group"))
        .managementOffice(BilingualText.of("专家组管理办公室", "management office"))
        .termStart(start)
        .addCoveredProvinces(Province.BEIJING, Province.TIANJIN, Province.XINJIANG_CORPS)
        .addTeams(ExpertTeam.builder().id("north").name(BilingualText.of("华北组", "North"))
            .addProvinces(Province.BEIJING, Province.TIANJIN).build())
        .addLiaisons(Liaison.of(Province.BEIJING, "联络员甲", "北京市卫生健康委医政医管处"),
            Liaison.of(Province.BEIJING, "联络员乙", "北京市卫生健康委基层处"), Liaison.of(Province.TIANJIN, "联络员丙", "天津市卫生健康委"))
        .addRoster(Expert.builder().id("e1").name("张三").sector(Sector.UNIVERSITY)
            .addFields(Expertise.POLICY_RESEARCH, Expertise.HOSPITAL_MANAGEMENT).senior(true).phone("13800000000")
            .addAttestations(Attestation.of(SelectionCriterion.INTEGRITY, "办公室", start)).build())
        .addRoster(Expert.builder().id("e2").name("李四").sector(Sector.FINANCE).addFields(Expertise.INSURANCE_PAYMENT)
            .senior(false).build())
        .build();
    return ExpertLogBook.of(founding,
        java.util.List.of(AdjustmentEvent.appointed(start, "e1", "north"), AdjustmentEvent.appointed(start, "e2", "north"),
            AdjustmentEvent.madeLeader(start, "e1"),
            AdjustmentEvent.dismissed(LocalDate.of(2023, 3, 15), "e2", BilingualText.of("年度考核不合格", "failed the annual assessment"))),
        java.util.List.of(ExpertActivity.builder().id("act-1").expert("e1").kind(ExpertActivityKind.ARTICLE)
                .date(LocalDate.of(2024, 5, 20)).inGroupName(true).build(),
            ExpertActivity.builder().id("act-2").expert("e1").kind(ExpertActivityKind.MEDIA_INTERVIEW)
                .date(LocalDate.of(2024, 6, 2)).inGroupName(true).arrangedByBureau(true).build()),
        java.util.List.of(EvaluationAssignment.builder().id("eval-1").team("north").province(Province.BEIJING)
            .period(DateRange.of(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 20))).build()));
  }
}
