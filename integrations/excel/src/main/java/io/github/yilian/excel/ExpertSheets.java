package io.github.yilian.excel;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.expert.AdjustmentEvent;
import io.github.yilian.expert.Attestation;
import io.github.yilian.expert.EvaluationAssignment;
import io.github.yilian.expert.EventType;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The expert group workbook (seed 000): the group, the provinces it covers, its teams and their
 * provinces, the provincial liaisons, the roster with the selection criteria attested, the
 * adjustment log, the experts' activities and the teams' evaluation assignments.
 */
final class ExpertSheets {

  private ExpertSheets() {}

  /** What the workbook fills. */
  static final class Book {
    final ExpertGroup.Builder group = ExpertGroup.builder();
    final List<AdjustmentEvent> events = new ArrayList<>();
    final List<ExpertActivity> activities = new ArrayList<>();
    final List<EvaluationAssignment> evaluations = new ArrayList<>();

    ExpertLogBook build() {
      return ExpertLogBook.of(group.build(), events, activities, evaluations);
    }
  }

  /** The group's own facts, from its one-row sheet. */
  record Settings(BilingualText name, BilingualText office, LocalDate termStart) {}

  /** What a roster row fills: the expert and the criteria attested. */
  static final class ExpertRow {
    final Expert.Builder expert = Expert.builder();
  }

  /** What an event row fills; a dismissal's reason needs both languages. */
  static final class EventRow {
    final AdjustmentEvent.Builder event = AdjustmentEvent.builder();
    @Nullable String reasonZh;
    @Nullable String reasonEn;

    AdjustmentEvent build() {
      if (reasonZh != null || reasonEn != null) {
        event.reason(BilingualText.of(reasonZh == null ? "" : reasonZh, reasonEn == null ? "" : reasonEn));
      }
      return event.build();
    }
  }

  static final Column<String> EXPERT = Column.text("expert", "专家编号", "expert id");
  static final Column<String> TEAM = Column.text("team", "小组编号", "team id");
  static final Column<Province> PROVINCE = Column.choice(Province.class, "province", "省份", "province");

  static final SheetSpec<Values, Settings> GROUP = SheetSpec.ofValues("专家组", "Group",
          "专家组名称、管理办公室和首届聘期开始日期（一行）", "the group's name, its management office and the first term's start (one row)",
          v -> new Settings(BilingualText.of(v.get(Keys.NAME_ZH), v.get(Keys.NAME_EN)),
              BilingualText.of(v.get(Keys.OFFICE_ZH), v.get(Keys.OFFICE_EN)), v.get(Keys.TERM_START)))
      .value(Keys.NAME_ZH, s -> s.name().getChinese())
      .value(Keys.NAME_EN, s -> s.name().getEnglish())
      .value(Keys.OFFICE_ZH, s -> s.office().getChinese())
      .value(Keys.OFFICE_EN, s -> s.office().getEnglish())
      .value(Keys.TERM_START, Settings::termStart)
      .single();

  static final SheetSpec<Values, Province> COVERAGE = SheetSpec.ofValues("覆盖省份", "Coverage",
          "专家组负责的省份，每行一个（含新疆生产建设兵团时单列）", "the provinces the group covers, one a row (list the Xinjiang Corps if covered)",
          v -> v.get(PROVINCE))
      .value(PROVINCE, p -> p);

  static final SheetSpec<Values, ExpertTeam> TEAMS = SheetSpec.ofValues("专家小组", "Teams",
          "专家小组及其负责的省份（分区包段）；成员和组长由“调整记录”产生", "teams and the provinces each is responsible for; members and leaders come from the events",
          v -> ExpertTeam.builder().id(v.get(TEAM)).name(BilingualText.of(v.get(Keys.TEAM_ZH), v.get(Keys.TEAM_EN)))
              .provinces(v.find(Keys.PROVINCES).orElse(Set.of())).build())
      .valueKey(TEAM, ExpertTeam::getId)
      .value(Keys.TEAM_ZH, t -> t.getName().getChinese())
      .value(Keys.TEAM_EN, t -> t.getName().getEnglish())
      .value(Keys.PROVINCES, t -> t.getProvinces().isEmpty() ? null : t.getProvinces());

  static final SheetSpec<Values, Liaison> LIAISONS = SheetSpec.ofValues("联络员", "Liaisons",
          "各省联络员，每人一行（一个省可有多位）", "the provincial liaisons, one a row (a province may have several)",
          v -> Liaison.of(v.get(PROVINCE), v.get(Keys.PERSON), v.get(Keys.LIAISON_OFFICE)))
      .value(PROVINCE, Liaison::getProvince)
      .value(Keys.PERSON, Liaison::getName)
      .value(Keys.LIAISON_OFFICE, Liaison::getOffice);

  static final SheetSpec<Values, Attestation> ATTESTATIONS = SheetSpec.ofValues("遴选条件", "Attestations",
          "专家符合各项遴选条件的确认", "the selection criteria attested for each expert",
          v -> Attestation.of(v.get(Keys.CRITERION), v.get(Keys.ATTESTED_BY), v.get(Keys.ATTESTED_ON)))
      .value(Keys.CRITERION, Attestation::getCriterion)
      .value(Keys.ATTESTED_BY, Attestation::getAttestedBy)
      .value(Keys.ATTESTED_ON, Attestation::getAttestedOn);

  static final SheetSpec<Expert.Builder, Expert> ROSTER = SheetSpec.of("专家名册", "Roster",
          "专家名册：所在部门、专业领域、是否高级职称；电话和身份证号仅本单位保存", "the roster: sector, fields, seniority; phone and ID number stay with the office",
          Expert::builder, Expert.Builder::build)
      .key(EXPERT, Expert.Builder::id, Expert::getId)
      .column(Column.text("name", "姓名", "name"), Expert.Builder::name, Expert::getName)
      .column(Column.choice(Sector.class, "sector", "所在部门", "sector"), Expert.Builder::sector, Expert::getSector)
      .column(Column.choices(Expertise.class, "fields", "专业领域", "fields"), Expert.Builder::addAllFields, Expert::getFields)
      .column(Column.yesNo("senior", "高级职称", "senior title"), Expert.Builder::senior, Expert::isSenior)
      .optional(Column.text("phone", "电话", "phone").personal(), Expert.Builder::phone, Expert::getPhone)
      .optional(Column.text("idNumber", "身份证号", "ID number").personal(), Expert.Builder::idNumber, Expert::getIdNumber)
      .child(ATTESTATIONS, Expert.Builder::addAttestations, Expert::getAttestations, "attestations");

  static final SheetSpec<EventRow, AdjustmentEvent> EVENTS = SheetSpec.of("调整记录", "Events",
          "聘任、续聘、调整小组、任命组长、退出、解聘、聘期届满，按日期先后", "appointments, reappointments, moves, leaders, withdrawals, dismissals, ends of term, in date order",
          EventRow::new, EventRow::build)
      .column(Column.choice(EventType.class, "type", "类型", "type"), (b, v) -> b.event.type(v), AdjustmentEvent::getType)
      .column(Column.date("date", "日期", "date").note("聘任、续聘、调整小组、任命组长填新状态的第一天；退出、解聘、聘期届满填最后任职日",
          "appointed, reappointed, moved, made leader: the first day of the new state; withdrew, dismissed, term ended: "
              + "the last day served"), (b, v) -> b.event.date(v), AdjustmentEvent::getDate)
      .column(EXPERT, (b, v) -> b.event.expert(v), AdjustmentEvent::getExpert)
      .optional(TEAM.note("聘任和调整小组时填写", "for appointments and moves"), (b, v) -> b.event.team(v), AdjustmentEvent::getTeam)
      .optional(Keys.REASON_ZH, (b, v) -> b.reasonZh = v, e -> e.getReason().map(BilingualText::getChinese))
      .optional(Keys.REASON_EN, (b, v) -> b.reasonEn = v, e -> e.getReason().map(BilingualText::getEnglish))
      .refers(EXPERT, ROSTER)
      .refers(TEAM, TEAMS);

  static final SheetSpec<ExpertActivity.Builder, ExpertActivity> ACTIVITIES = SheetSpec.of("专家活动", "Activities",
          "专家以专家组名义或个人开展的活动", "the experts' activities, in the group's name or not",
          ExpertActivity::builder, ExpertActivity.Builder::build)
      .key(Column.text("id", "活动编号", "activity id"), ExpertActivity.Builder::id, ExpertActivity::getId)
      .column(EXPERT, ExpertActivity.Builder::expert, ExpertActivity::getExpert)
      .column(Column.choice(ExpertActivityKind.class, "kind", "类型", "kind"), ExpertActivity.Builder::kind, ExpertActivity::getKind)
      .column(Column.date("date", "日期", "date"), ExpertActivity.Builder::date, ExpertActivity::getDate)
      .column(Column.yesNo("inGroupName", "以专家组名义", "in the group's name"), ExpertActivity.Builder::inGroupName,
          ExpertActivity::isInGroupName)
      .optional(Column.date("approvedOn", "批准日期", "approved on"), ExpertActivity.Builder::approvedOn, ExpertActivity::getApprovedOn)
      .optional(Column.yesNo("arrangedByBureau", "司局统一安排", "arranged by the bureau")
          .note("按照统一工作部署安排的活动无需另行报批", "an activity the bureau arranged under its unified work plan needs no separate approval"),
          ExpertActivity.Builder::arrangedByBureau, a -> Optional.of(a.isArrangedByBureau()))
      .optional(Column.yesNo("disclosesInternalMaterial", "披露内部资料", "discloses internal material"),
          ExpertActivity.Builder::disclosesInternalMaterial, a -> Optional.of(a.isDisclosesInternalMaterial()))
      .optional(Column.yesNo("disclosureAuthorised", "披露已授权", "disclosure authorised"),
          ExpertActivity.Builder::disclosureAuthorised, a -> Optional.of(a.isDisclosureAuthorised()))
      .refers(EXPERT, ROSTER);

  static final SheetSpec<Values, EvaluationAssignment> EVALUATIONS = SheetSpec.ofValues("调研评估", "Evaluations",
          "专家小组承担的调研评估任务及报告提交日期", "the teams' evaluation assignments and when their reports were submitted",
          v -> EvaluationAssignment.builder().id(v.get(Keys.ASSIGNMENT)).team(v.get(TEAM)).province(v.get(PROVINCE))
              .period(DateRange.of(v.get(Keys.START), v.get(Keys.END))).reportSubmittedOn(v.find(Keys.REPORT)).build())
      .valueKey(Keys.ASSIGNMENT, EvaluationAssignment::getId)
      .value(TEAM, EvaluationAssignment::getTeam)
      .value(PROVINCE, EvaluationAssignment::getProvince)
      .value(Keys.START, e -> e.getPeriod().getStart())
      .value(Keys.END, e -> e.getPeriod().getEnd())
      .value(Keys.REPORT, e -> e.getReportSubmittedOn().orElse(null))
      .refers(TEAM, TEAMS);

  static final SheetSpec<Book, ExpertLogBook> ROOT = SheetSpec.root("专家组管理", "expert group management", Book::new, Book::build)
      .child(GROUP, (b, s) -> b.group.name(s.name()).managementOffice(s.office()).termStart(s.termStart()), l -> List.of(settings(l)),
          "name", "managementOffice", "termStart")
      .child(COVERAGE, (b, p) -> b.group.addCoveredProvinces(p), l -> l.getFounding().getCoveredProvinces(), "coveredProvinces")
      .child(TEAMS, (b, t) -> b.group.addTeams(t), l -> l.getFounding().getTeams(), "teams")
      .child(LIAISONS, (b, l) -> b.group.addLiaisons(l), l -> l.getFounding().getLiaisons(), "liaisons")
      .child(ROSTER, (b, e) -> b.group.addRoster(e), l -> l.getFounding().getRoster(), "roster")
      .child(EVENTS, (b, e) -> b.events.add(e), ExpertLogBook::getEvents, "events")
      .child(ACTIVITIES, (b, a) -> b.activities.add(a), ExpertLogBook::getActivities, "activities")
      .child(EVALUATIONS, (b, e) -> b.evaluations.add(e), ExpertLogBook::getEvaluations, "evaluations");

  static final WorkbookSpec<ExpertLogBook> WORKBOOK = new WorkbookSpec<>(
      BilingualText.of("专家组管理台账", "expert group management log"), ROOT);

  static final List<String[]> NOTES = List.<String[]>of(
      new String[] {"“调整记录”按日期先后填写；专家和小组编号须在“专家名册”和“专家小组”表中。",
          "Fill the Events sheet in date order; expert and team ids must be in the Roster and Teams sheets."});

  private static Settings settings(ExpertLogBook book) {
    ExpertGroup g = book.getFounding();
    return new Settings(g.getName(), g.getManagementOffice(), g.getTermStart());
  }

  /** The columns named once. */
  static final class Keys {
    static final Column<String> NAME_ZH = Column.text("name", "专家组名称（中文）", "group name (Chinese)");
    static final Column<String> NAME_EN = Column.text("name", "专家组名称（英文）", "group name (English)");
    static final Column<String> OFFICE_ZH = Column.text("managementOffice", "管理办公室（中文）", "management office (Chinese)");
    static final Column<String> OFFICE_EN = Column.text("managementOffice", "管理办公室（英文）", "management office (English)");
    static final Column<LocalDate> TERM_START = Column.date("termStart", "首届聘期开始日期", "first term starts");
    static final Column<String> TEAM_ZH = Column.text("name", "小组名称（中文）", "team name (Chinese)");
    static final Column<String> TEAM_EN = Column.text("name", "小组名称（英文）", "team name (English)");
    static final Column<String> PERSON = Column.text("name", "姓名", "name");
    static final Column<String> LIAISON_OFFICE = Column.text("office", "单位及处室", "office");
    static final Column<SelectionCriterion> CRITERION = Column.choice(SelectionCriterion.class, "criterion", "遴选条件", "criterion");
    static final Column<String> ATTESTED_BY = Column.text("attestedBy", "确认人", "attested by");
    static final Column<LocalDate> ATTESTED_ON = Column.date("attestedOn", "确认日期", "attested on");
    static final Column<String> REASON_ZH = Column.text("reason", "原因（中文）", "reason (Chinese)")
        .note("解聘时必填", "required for a dismissal");
    static final Column<String> REASON_EN = Column.text("reason", "原因（英文）", "reason (English)")
        .note("解聘时必填", "required for a dismissal");
    static final Column<java.util.Set<Province>> PROVINCES =
        Column.choices(Province.class, "provinces", "负责省份", "provinces").optional();
    static final Column<String> ASSIGNMENT = Column.text("id", "任务编号", "assignment id");
    static final Column<LocalDate> REPORT = Column.date("reportSubmittedOn", "报告提交日期", "report submitted on").optional();
    static final Column<LocalDate> START = Column.date("period", "开始日期", "first day");
    static final Column<LocalDate> END = Column.date("period", "结束日期", "last day");

    private Keys() {}
  }
}
