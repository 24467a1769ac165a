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
import io.github.yilian.common.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The alliance evidence workbook (seed 003): one row per alliance and year, and a sheet per kind of
 * evidence, each row naming its alliance.
 */
final class AllianceSheets {

  private AllianceSheets() {}

  /** What a row of the alliances sheet fills: the alliance and its record for the year. */
  static final class Book {
    final SpecialtyAlliance.Builder alliance = SpecialtyAlliance.builder();
    final AllianceAssessmentRecord.Builder record = AllianceAssessmentRecord.builder();
    @Nullable String specialtyZh;
    @Nullable String specialtyEn;
    @Nullable String leadId;
    @Nullable String leadHospitalZh;
    @Nullable String leadHospitalEn;
    @Nullable String leadDepartmentZh;
    @Nullable String leadDepartmentEn;

    AllianceAssessmentRecord build() {
      BilingualText specialty = BilingualText.of(text(specialtyZh), text(specialtyEn));
      BilingualText department = leadDepartmentZh == null || leadDepartmentEn == null
          ? specialty : BilingualText.of(leadDepartmentZh, leadDepartmentEn);
      alliance.specialty(specialty)
          .lead(CareUnit.of(text(leadId), BilingualText.of(text(leadHospitalZh), text(leadHospitalEn)), department));
      return record.alliance(alliance.build()).build();
    }

    private static String text(@Nullable String value) {
      return value == null ? "" : value;
    }
  }

  /** A row of the meetings sheet: a working meeting or an academic conference. */
  record Meeting(LocalDate date, MeetingKind kind) {}

  /** Which list of the record a meeting goes to. */
  enum MeetingKind implements Named {
    WORKING_MEETING("工作会议", "working meeting"),
    ACADEMIC_CONFERENCE("学术研讨交流会", "academic conference");

    private final BilingualText name;

    MeetingKind(String chinese, String english) {
      this.name = BilingualText.of(chinese, english);
    }

    @Override
    public BilingualText getName() {
      return name;
    }
  }

  static final Column<String> MEMBER = Column.text("memberUnitId", "成员单位编号", "member unit id");
  static final Column<LocalDate> DATE = Column.date("date", "日期", "date");

  static final SheetSpec<Values, CareUnit> MEMBERS = SheetSpec.ofValues("成员单位", "Members",
          "联盟的成员单位（不含牵头专科）", "the alliance's member units (not the lead department)",
          v -> CareUnit.of(v.get(Keys.UNIT), BilingualText.of(v.get(Keys.HOSPITAL_ZH), v.get(Keys.HOSPITAL_EN)),
              BilingualText.of(v.get(Keys.DEPARTMENT_ZH), v.get(Keys.DEPARTMENT_EN))))
      .key(Keys.UNIT, (v, id) -> v.put(Keys.UNIT, id), CareUnit::getId)
      .value(Keys.HOSPITAL_ZH, u -> u.getHospital().getChinese())
      .value(Keys.HOSPITAL_EN, u -> u.getHospital().getEnglish())
      .value(Keys.DEPARTMENT_ZH, u -> u.getDepartment().getChinese())
      .value(Keys.DEPARTMENT_EN, u -> u.getDepartment().getEnglish());

  static final SheetSpec<Values, CommitteeMember> COMMITTEE = SheetSpec.ofValues("管理委员会", "Committee",
          "管理委员会和联盟办公室人员", "the management committee and the alliance office",
          v -> CommitteeMember.of(v.get(Keys.PERSON), v.get(Keys.ROLE)))
      .value(Keys.PERSON, CommitteeMember::getPersonName)
      .value(Keys.ROLE, CommitteeMember::getRole);

  static final SheetSpec<Values, Meeting> MEETINGS = SheetSpec.ofValues("会议", "Meetings",
          "工作会议（每次一行）和学术研讨交流会", "working meetings (one a row) and academic conferences",
          v -> new Meeting(v.get(DATE), v.get(Keys.MEETING_KIND)))
      .value(DATE, Meeting::date)
      .value(Keys.MEETING_KIND, Meeting::kind);

  static final SheetSpec<Values, OutreachVisit> OUTREACH = SheetSpec.ofValues("下沉指导", "Outreach",
          "派出专业骨干到成员单位指导（同一天算一次）", "outreach visits to member units (one day counts once)",
          v -> OutreachVisit.of(v.get(DATE), v.get(MEMBER), v.get(Keys.OUTREACH_KIND)))
      .value(DATE, OutreachVisit::getDate)
      .value(MEMBER, OutreachVisit::getMemberUnitId)
      .value(Keys.OUTREACH_KIND, OutreachVisit::getKind)
      .refers(MEMBER, MEMBERS);

  static final SheetSpec<Values, TraineeStay> TRAINEES = SheetSpec.ofValues("进修", "Trainees",
          "成员单位人员到牵头专科进修、跟班学习", "member units' staff trained at the lead department",
          v -> TraineeStay.builder().personId(v.get(Keys.PERSON_ID)).memberUnitId(v.get(MEMBER)).kind(v.get(Keys.TRAINING_KIND))
              .period(DateRange.of(v.get(Keys.START), v.get(Keys.END))).build())
      .value(Keys.PERSON_ID, TraineeStay::getPersonId)
      .value(MEMBER, TraineeStay::getMemberUnitId)
      .value(Keys.TRAINING_KIND, TraineeStay::getKind)
      .value(Keys.START, s -> s.getPeriod().getStart())
      .value(Keys.END, s -> s.getPeriod().getEnd())
      .refers(MEMBER, MEMBERS);

  static final SheetSpec<Referral.Builder, Referral> REFERRALS = SheetSpec.of("双向转诊", "Referrals",
          "联盟单位之间的双向转诊，每名患者每次一行", "referrals between units of the alliance, one a row",
          Referral::builder, Referral.Builder::build)
      .column(Keys.PATIENT, Referral.Builder::patientId, Referral::getPatientId)
      .column(DATE, Referral.Builder::date, Referral::getDate)
      .column(Keys.FROM, Referral.Builder::fromUnitId, Referral::getFromUnitId)
      .column(Keys.TO, Referral.Builder::toUnitId, Referral::getToUnitId);

  static final SheetSpec<Values, ResearchProject> RESEARCH = SheetSpec.ofValues("科研项目", "Research",
          "与成员单位共同申报的科研项目", "research projects declared with member units",
          v -> ResearchProject.of(v.get(MEMBER), v.get(Keys.TITLE), v.get(Keys.PROJECT_STATUS)))
      .value(MEMBER, ResearchProject::getMemberUnitId)
      .value(Keys.TITLE, ResearchProject::getTitle)
      .value(Keys.PROJECT_STATUS, ResearchProject::getStatus)
      .refers(MEMBER, MEMBERS);

  static final SheetSpec<Values, PartyActivity> PARTY = SheetSpec.ofValues("党建活动", "Party",
          "“党建联盟”活动", "party-building activities",
          v -> PartyActivity.of(v.get(DATE), v.get(Keys.PARTY_KIND)))
      .value(DATE, PartyActivity::getDate)
      .value(Keys.PARTY_KIND, PartyActivity::getKind);

  static final SheetSpec<Values, MemberVolume> VOLUMES = SheetSpec.ofValues("业务量", "Volumes",
          "成员单位上年和本年的门诊人次、住院人次、手术台次；单位不统计的项目留空（不填 0），两年留空的项目须相同",
          "member units' outpatient visits, admissions and operations, last year and this; leave blank (not 0) a measure the unit "
              + "does not keep, the same in both years",
          v -> MemberVolume.of(v.get(MEMBER),
              volume(v.find(Keys.PREV_OUT), v.find(Keys.PREV_IN), v.find(Keys.PREV_OPS)),
              volume(v.find(Keys.THIS_OUT), v.find(Keys.THIS_IN), v.find(Keys.THIS_OPS))))
      .value(MEMBER, MemberVolume::getMemberUnitId)
      .value(Keys.PREV_OUT, m -> boxed(m.getPreviousYear().getOutpatientVisits()))
      .value(Keys.PREV_IN, m -> boxed(m.getPreviousYear().getInpatientAdmissions()))
      .value(Keys.PREV_OPS, m -> boxed(m.getPreviousYear().getOperations()))
      .value(Keys.THIS_OUT, m -> boxed(m.getThisYear().getOutpatientVisits()))
      .value(Keys.THIS_IN, m -> boxed(m.getThisYear().getInpatientAdmissions()))
      .value(Keys.THIS_OPS, m -> boxed(m.getThisYear().getOperations()))
      .refers(MEMBER, MEMBERS);

  static final SheetSpec<Book, AllianceAssessmentRecord> ALLIANCES = SheetSpec.of("联盟", "Alliances",
          "每个联盟每个考核年度一行：联盟、牵头专科和年度情况", "one row per alliance and assessment year: the alliance, its lead department and the year's facts",
          Book::new, Book::build)
      .key(Keys.ALLIANCE, (b, id) -> b.alliance.id(id), r -> r.getAlliance().getId())
      .column(Keys.SPECIALTY_ZH, (b, v) -> b.specialtyZh = v, r -> r.getAlliance().getSpecialty().getChinese())
      .column(Keys.SPECIALTY_EN, (b, v) -> b.specialtyEn = v, r -> r.getAlliance().getSpecialty().getEnglish())
      .column(Keys.YEAR, (b, v) -> b.record.year(v), AllianceAssessmentRecord::getYear)
      .column(Keys.LEAD, (b, v) -> b.leadId = v, r -> r.getAlliance().getLead().getId())
      .column(Keys.LEAD_HOSPITAL_ZH, (b, v) -> b.leadHospitalZh = v, r -> r.getAlliance().getLead().getHospital().getChinese())
      .column(Keys.LEAD_HOSPITAL_EN, (b, v) -> b.leadHospitalEn = v, r -> r.getAlliance().getLead().getHospital().getEnglish())
      .column(Keys.LEAD_DEPARTMENT_ZH, (b, v) -> b.leadDepartmentZh = v, r -> r.getAlliance().getLead().getDepartment().getChinese())
      .column(Keys.LEAD_DEPARTMENT_EN, (b, v) -> b.leadDepartmentEn = v, r -> r.getAlliance().getLead().getDepartment().getEnglish())
      .column(Keys.CHARTER, (b, v) -> b.record.charterAdopted(v), AllianceAssessmentRecord::isCharterAdopted)
      .column(Keys.REFERRAL_STANDARD, (b, v) -> b.record.referralStandard(v), AllianceAssessmentRecord::getReferralStandard)
      .column(Keys.RESULT_SHARING, (b, v) -> b.record.resultSharing(v), AllianceAssessmentRecord::getResultSharing)
      .optional(Keys.OPERATING_SINCE, (b, v) -> b.alliance.operatingSince(v), r -> r.getAlliance().getOperatingSince())
      .child(MEMBERS, (b, unit) -> b.alliance.addMembers(unit), r -> r.getAlliance().getMembers(), "members")
      .child(COMMITTEE, (b, m) -> b.alliance.addCommittee(m), r -> r.getAlliance().getCommittee(), "committee")
      .child(MEETINGS, (b, m) -> {
        if (m.kind() == MeetingKind.WORKING_MEETING) {
          b.record.addMeetingDates(m.date());
        } else {
          b.record.addConferenceDates(m.date());
        }
      }, AllianceSheets::meetings, "meetingDates", "conferenceDates")
      .child(OUTREACH, (b, v) -> b.record.addOutreachVisits(v), AllianceAssessmentRecord::getOutreachVisits, "outreachVisits")
      .child(TRAINEES, (b, v) -> b.record.addTraineeStays(v), AllianceAssessmentRecord::getTraineeStays, "traineeStays")
      .child(REFERRALS, (b, v) -> b.record.addReferrals(v), AllianceAssessmentRecord::getReferrals, "referrals")
      .child(RESEARCH, (b, v) -> b.record.addResearchProjects(v), AllianceAssessmentRecord::getResearchProjects, "researchProjects")
      .child(PARTY, (b, v) -> b.record.addPartyActivities(v), AllianceAssessmentRecord::getPartyActivities, "partyActivities")
      .child(VOLUMES, (b, v) -> b.record.addMemberVolumes(v), AllianceAssessmentRecord::getMemberVolumes, "memberVolumes");

  static final WorkbookSpec<AllianceAssessmentRecord> WORKBOOK = new WorkbookSpec<>(
      BilingualText.of("大专科联盟年度考核材料", "specialty alliance assessment evidence"), ALLIANCES);

  static final List<String[]> NOTES = List.<String[]>of(
      new String[] {"各证据表的“联盟编号”须与“联盟 Alliances”表一致；单位编号须为该联盟的成员单位（双向转诊可含牵头专科）。",
          "The alliance id of every evidence row must be in the Alliances sheet; unit ids must be member units of that alliance (referrals may name the lead)."},
      new String[] {"所有日期须在考核年度内；进修按开始日期计入当年，可延续到以后年度；每个成员单位的业务量只填一行。",
          "Every date lies in the assessment year; a trainee stay counts in the year it begins and may end in a later one; "
              + "one volume row per member unit."},
      new String[] {"“开始运营日期”可不填；填写后，该日期所在月份之前的月份不要求召开工作会议（不按比例折算分数）。",
          "The operating start date is optional; the months before the one it falls in ask for no meeting (no points are pro-rated)."});

  /** A year's volume of the measures given; a measure left blank is one the unit does not keep. */
  private static Volume volume(Optional<Long> outpatients, Optional<Long> inpatients, Optional<Long> operations) {
    Volume.Builder volume = Volume.builder();
    outpatients.ifPresent(volume::outpatientVisits);
    inpatients.ifPresent(volume::inpatientAdmissions);
    operations.ifPresent(volume::operations);
    return volume.build();
  }

  private static @Nullable Long boxed(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  private static List<Meeting> meetings(AllianceAssessmentRecord record) {
    List<Meeting> meetings = new ArrayList<>();
    record.getMeetingDates().forEach(d -> meetings.add(new Meeting(d, MeetingKind.WORKING_MEETING)));
    record.getConferenceDates().forEach(d -> meetings.add(new Meeting(d, MeetingKind.ACADEMIC_CONFERENCE)));
    return meetings;
  }

  /** The columns, named once. */
  static final class Keys {
    static final Column<String> ALLIANCE = Column.text("id", "联盟编号", "alliance id");
    static final Column<String> SPECIALTY_ZH = Column.text("specialty", "专科（中文）", "specialty (Chinese)");
    static final Column<String> SPECIALTY_EN = Column.text("specialty", "专科（英文）", "specialty (English)");
    static final Column<Integer> YEAR = Column.year("year", "考核年度", "assessment year");
    static final Column<String> LEAD = Column.text("lead", "牵头专科单位编号", "lead unit id");
    static final Column<String> LEAD_HOSPITAL_ZH = Column.text("lead", "牵头医院（中文）", "lead hospital (Chinese)");
    static final Column<String> LEAD_HOSPITAL_EN = Column.text("lead", "牵头医院（英文）", "lead hospital (English)");
    static final Column<String> LEAD_DEPARTMENT_ZH = Column.text("lead", "牵头科室（中文）", "lead department (Chinese)")
        .optional().note("空白时同专科名称", "the specialty when blank");
    static final Column<String> LEAD_DEPARTMENT_EN = Column.text("lead", "牵头科室（英文）", "lead department (English)")
        .optional().note("空白时同专科名称", "the specialty when blank");
    static final Column<Boolean> CHARTER = Column.yesNo("charterAdopted", "已制订联盟章程", "charter adopted").optional();
    static final Column<ReferralStandard> REFERRAL_STANDARD =
        Column.choice(ReferralStandard.class, "referralStandard", "转诊标准和流程", "referral standard").optional();
    static final Column<ResultSharing> RESULT_SHARING =
        Column.choice(ResultSharing.class, "resultSharing", "检查检验结果共享", "result sharing").optional();
    static final Column<String> UNIT = Column.text("id", "单位编号", "unit id");
    static final Column<String> HOSPITAL_ZH = Column.text("hospital", "医院（中文）", "hospital (Chinese)");
    static final Column<String> HOSPITAL_EN = Column.text("hospital", "医院（英文）", "hospital (English)");
    static final Column<String> DEPARTMENT_ZH = Column.text("department", "科室（中文）", "department (Chinese)");
    static final Column<String> DEPARTMENT_EN = Column.text("department", "科室（英文）", "department (English)");
    static final Column<String> PERSON = Column.text("personName", "姓名", "name");
    static final Column<CommitteeRole> ROLE = Column.choice(CommitteeRole.class, "role", "职务", "role");
    static final Column<MeetingKind> MEETING_KIND = Column.choice(MeetingKind.class, "kind", "会议类型", "kind of meeting");
    static final Column<OutreachKind> OUTREACH_KIND = Column.choice(OutreachKind.class, "kind", "指导形式", "kind");
    static final Column<String> PERSON_ID = Column.text("personId", "进修人员编号", "trainee id").personal();
    static final Column<TrainingKind> TRAINING_KIND = Column.choice(TrainingKind.class, "kind", "培养形式", "kind");
    static final Column<LocalDate> START = Column.date("period", "开始日期", "first day");
    static final Column<LocalDate> END = Column.date("period", "结束日期", "last day");
    static final Column<String> PATIENT = Column.text("patientId", "患者编号", "patient id").personal();
    static final Column<String> FROM = Column.text("fromUnitId", "转出单位编号", "from unit id");
    static final Column<String> TO = Column.text("toUnitId", "转入单位编号", "to unit id");
    static final Column<String> TITLE = Column.text("title", "项目名称", "project title");
    static final Column<ProjectStatus> PROJECT_STATUS = Column.choice(ProjectStatus.class, "status", "状态", "status");
    static final Column<PartyActivityKind> PARTY_KIND = Column.choice(PartyActivityKind.class, "kind", "活动类型", "kind");
    static final Column<LocalDate> OPERATING_SINCE = Column.date("operatingSince", "开始运营日期", "operating since")
        .note("联盟正式开始运营的日期；可不填", "the day the alliance began operating; may be left blank");
    static final Column<Long> PREV_OUT = volume("previousYear.outpatientVisits", "上年门诊人次", "outpatient visits last year");
    static final Column<Long> PREV_IN = volume("previousYear.inpatientAdmissions", "上年住院人次", "admissions last year");
    static final Column<Long> PREV_OPS = volume("previousYear.operations", "上年手术台次", "operations last year");
    static final Column<Long> THIS_OUT = volume("thisYear.outpatientVisits", "本年门诊人次", "outpatient visits this year");
    static final Column<Long> THIS_IN = volume("thisYear.inpatientAdmissions", "本年住院人次", "admissions this year");
    static final Column<Long> THIS_OPS = volume("thisYear.operations", "本年手术台次", "operations this year");

    /** A measure of a year's volume: blank when the unit does not keep it, which is not 0. */
    private static Column<Long> volume(String key, String zh, String en) {
      return Column.count(key, zh, en).optional()
          .note("0 至 10^12 的整数；单位不统计此项时留空（不填 0）", "whole number from 0 to 10^12; blank (not 0) if the unit does not keep it");
    }

    private Keys() {}
  }
}
