package io.github.yilian.excel;

import io.github.yilian.common.BilingualText;
import io.github.yilian.pilot.Activity;
import io.github.yilian.pilot.ActivityKind;
import io.github.yilian.pilot.CollaborationGroup;
import io.github.yilian.pilot.DocumentKind;
import io.github.yilian.pilot.GroupRecord;
import io.github.yilian.pilot.PilotCity;
import io.github.yilian.pilot.ReformTopic;
import io.github.yilian.pilot.Submission;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The pilot-city collaboration group workbook (seed 001): one row per group (its topic, lead units
 * and guiding experts), its participating cities, its activities with the health-bureau heads who
 * attended, and the documents it submitted.
 */
final class PilotSheets {

  private PilotSheets() {}

  /**
   * A city and its province in the last brackets: a city's own name may hold brackets
   * ("第八师（石河子市）（新疆生产建设兵团）"), a province's does not.
   */
  private static final Pattern CITY = Pattern.compile("(.+?)\\s*[（(]\\s*([^（()）]+?)\\s*[)）]");

  /** What a row of the groups sheet fills: the group and its record. */
  static final class Book {
    final CollaborationGroup.Builder group = CollaborationGroup.builder();
    final GroupRecord.Builder record = GroupRecord.builder();
    @Nullable PilotCity lead1;
    @Nullable PilotCity lead2;
    @Nullable String expert1;
    @Nullable String expert2;

    GroupRecord build() {
      for (PilotCity lead : new PilotCity[] {lead1, lead2}) {
        if (lead != null) {
          group.addLeadUnits(lead);
        }
      }
      for (String expert : new String[] {expert1, expert2}) {
        if (expert != null) {
          group.addGuidingExperts(expert);
        }
      }
      return record.group(group.build()).build();
    }
  }

  /** One city's health-bureau heads at one activity. */
  record Attendance(PilotCity city, int heads) {}

  /** A pilot city in one cell: "镇江市（江苏省）". */
  static Column<PilotCity> city(String key, String zh, String en) {
    return Column.custom(key, zh, en, cell -> {
      Matcher m = CITY.matcher(Column.readText(cell).strip());
      if (!m.matches()) {
        throw new BadCell("须写作“城市（省份）”，如“镇江市（江苏省）”", "write it as city (province), such as 镇江市（江苏省）");
      }
      return PilotCity.of(m.group(1), m.group(2));
    }, c -> c.getName() + "（" + c.getProvince() + "）", "城市（省份），如 镇江市（江苏省）", "city (province), such as 镇江市（江苏省）");
  }

  /** Several pilot cities in one cell: "镇江市（江苏省）、芜湖市（安徽省）". */
  static Column<Set<PilotCity>> cities(String key, String zh, String en) {
    return Column.custom(key, zh, en, cell -> {
      Set<PilotCity> cities = new LinkedHashSet<>();
      for (String part : Column.split(Column.readText(cell))) {
        Matcher m = CITY.matcher(part);
        if (!m.matches()) {
          throw new BadCell("“" + part + "”须写作“城市（省份）”，多个城市以“、”分隔", "\"" + part
              + "\" must be written as city (province); separate several cities with 、");
        }
        cities.add(PilotCity.of(m.group(1), m.group(2)));
      }
      return cities;
    }, set -> set.stream().map(c -> c.getName() + "（" + c.getProvince() + "）").collect(Collectors.joining("、")),
        "一个或多个“城市（省份）”，以“、”分隔", "one or more cities as city (province), separated by 、");
  }

  static final Column<PilotCity> CITY_COLUMN = city("city", "城市", "city");

  static final SheetSpec<Values, PilotCity> PARTICIPANTS = SheetSpec.ofValues("参加单位", "Participants",
          "协作组的参加城市（不含两个牵头城市）", "the group's participating cities (not the two lead cities)",
          v -> v.get(CITY_COLUMN))
      .value(CITY_COLUMN, c -> c);

  static final SheetSpec<Values, Attendance> ATTENDANCE = SheetSpec.ofValues("出席", "Attendance",
          "每次活动各城市（成员城市和受邀城市）卫生局出席的负责人人数（未列出的城市按 0 人）",
          "health-bureau heads of each city (members and guests) at each activity (a city not listed sent none)",
          v -> new Attendance(v.get(CITY_COLUMN), v.get(Keys.HEADS)))
      .value(CITY_COLUMN, Attendance::city)
      .value(Keys.HEADS, Attendance::heads);

  static final SheetSpec<Activity.Builder, Activity> ACTIVITIES = SheetSpec.of("活动", "Activities",
          "协作组的活动：座谈会、现场调研、专题报告会、协作组间交流、全国会议（无承办城市）；多日活动填写最后一天",
          "the group's activities: symposia, site visits, lectures, inter-group exchanges, the national meeting (no host); "
              + "the last day of an activity of several days",
          Activity::builder, Activity.Builder::build)
      .key(Column.text("id", "活动编号", "activity id").note("在本协作组内唯一；联合举办的交流活动在每个举办组下各填一行，编号和内容相同",
          "unique in the group; a joint exchange is listed under every group that held it, with the same id and values"),
          Activity.Builder::id, Activity::getId)
      .column(Column.date("date", "日期", "date").note("活动的第一天", "the activity's first day"), Activity.Builder::date, Activity::getDate)
      .optional(Column.date("lastDay", "最后一天", "last day").note("一天的活动不填", "blank for a one-day activity"),
          Activity.Builder::lastDay, a -> a.getLastDay().equals(a.getDate()) ? Optional.empty() : Optional.of(a.getLastDay()))
      .column(Column.choice(ActivityKind.class, "kind", "类型", "kind"), Activity.Builder::kind, Activity::getKind)
      .optional(city("host", "承办城市", "host city"), Activity.Builder::host, Activity::getHost)
      .optional(Column.choices(ReformTopic.class, "heldBy", "联合举办的协作组", "held jointly by")
          .note("仅联合举办的协作组间交流填写：所有举办组的改革专题，以“、”分隔", "only for a joint inter-group exchange: the topics of every group "
              + "that held it, separated by 、"),
          Activity.Builder::addAllHeldBy, a -> nonEmpty(a.getHeldBy()))
      .optional(Column.date("planSubmitted", "方案报部日期", "plan submitted"), Activity.Builder::planSubmitted, Activity::getPlanSubmitted)
      .optional(Column.date("reportSubmitted", "报告报部日期", "report submitted"), Activity.Builder::reportSubmitted,
          Activity::getReportSubmitted)
      .optional(Column.texts("guidingExpertsPresent", "出席的指导专家", "guiding experts present"),
          Activity.Builder::addAllGuidingExpertsPresent, a -> nonEmpty(a.getGuidingExpertsPresent()))
      .optional(Column.yesNo("liaisonPresent", "联络员出席", "liaison present")
          .note("卫生部派驻试点城市的联络员是否出席", "whether the ministry's liaisons to the pilot cities attended"),
          Activity.Builder::liaisonPresent, a -> Optional.of(a.isLiaisonPresent()))
      .optional(cities("guestCities", "受邀的组外试点城市", "guest cities"), Activity.Builder::addAllGuestCities,
          a -> nonEmpty(a.getGuestCities()))
      .optional(Column.texts("guestRegions", "受邀的省级试点地区", "guest regions"), Activity.Builder::addAllGuestRegions,
          a -> nonEmpty(a.getGuestRegions()))
      .child(ATTENDANCE, (b, a) -> b.putHealthBureauHeads(a.city(), a.heads()), PilotSheets::attendance, "healthBureauHeads");

  static final SheetSpec<Values, Submission> SUBMISSIONS = SheetSpec.ofValues("报送材料", "Submissions",
          "报送的材料：年度工作计划和总结须填工作年度", "documents submitted; annual plans and summaries name their work year",
          v -> v.find(Keys.WORK_YEAR).map(y -> Submission.ofYear(v.get(Keys.DOCUMENT), y, v.get(Keys.DATE)))
              .orElseGet(() -> Submission.of(v.get(Keys.DOCUMENT), v.get(Keys.DATE))))
      .value(Keys.DOCUMENT, Submission::getKind)
      .value(Keys.DATE, Submission::getDate)
      .value(Keys.WORK_YEAR, s -> s.getWorkYear().orElse(null));

  static final SheetSpec<Book, GroupRecord> GROUPS = SheetSpec.of("协作组", "Groups",
          "每个协作组一行：改革专题、两个牵头城市、两位指导专家", "one row per group: its topic, two lead cities, two guiding experts",
          Book::new, Book::build)
      .key(Column.choice(ReformTopic.class, "topic", "改革专题", "topic"), (b, t) -> b.group.topic(t), r -> r.getGroup().getTopic())
      .column(city("leadUnits", "牵头城市一", "lead city 1"), (b, c) -> b.lead1 = c, r -> r.getGroup().getLeadUnits().get(0))
      .column(city("leadUnits", "牵头城市二", "lead city 2"), (b, c) -> b.lead2 = c, r -> r.getGroup().getLeadUnits().get(1))
      .column(Column.text("guidingExperts", "指导专家一", "guiding expert 1"), (b, e) -> b.expert1 = e,
          r -> r.getGroup().getGuidingExperts().get(0))
      .column(Column.text("guidingExperts", "指导专家二", "guiding expert 2"), (b, e) -> b.expert2 = e,
          r -> r.getGroup().getGuidingExperts().get(1))
      .child(PARTICIPANTS, (b, c) -> b.group.addParticipants(c), r -> r.getGroup().getParticipants(), "participants", "group")
      .child(ACTIVITIES, (b, a) -> b.record.addActivities(a), GroupRecord::getActivities, "activities")
      .child(SUBMISSIONS, (b, s) -> b.record.addSubmissions(s), GroupRecord::getSubmissions, "submissions");

  static final WorkbookSpec<GroupRecord> WORKBOOK = new WorkbookSpec<>(
      BilingualText.of("公立医院改革试点协作组工作记录", "pilot-city collaboration group record"), GROUPS);

  static final List<String[]> NOTES = List.<String[]>of(
      new String[] {"城市一律写作“城市（省份）”，如“镇江市（江苏省）”；承办城市须为该协作组成员。",
          "Write every city as city (province), such as 镇江市（江苏省）; a host city must be a member of the group."},
      new String[] {"“出席”表的每一行须写明改革专题和活动编号。",
          "Every row of the Attendance sheet names its group's topic and the activity id."},
      new String[] {"每个改革专题只有一个协作组；联合举办的协作组间交流在每个举办组下各填一行，“联合举办的协作组”列出所有举办组。",
          "One group per topic; a joint inter-group exchange is listed under every group that held it, naming them all in \"held jointly by\"."});

  private static List<Attendance> attendance(Activity activity) {
    return activity.getHealthBureauHeads().entrySet().stream().map(e -> new Attendance(e.getKey(), e.getValue())).toList();
  }

  private static <T> Optional<Set<T>> nonEmpty(Set<T> set) {
    return set.isEmpty() ? Optional.empty() : Optional.of(set);
  }

  /** The columns named once. */
  static final class Keys {
    static final Column<Integer> HEADS = Column.whole("healthBureauHeads", "卫生局负责人人数", "health-bureau heads", 0, 1000);
    static final Column<DocumentKind> DOCUMENT = Column.choice(DocumentKind.class, "kind", "材料", "document");
    static final Column<LocalDate> DATE = Column.date("date", "报送日期", "date submitted");
    static final Column<Integer> WORK_YEAR = Column.year("workYear", "工作年度", "work year").optional()
        .note("仅年度工作计划和年度工作总结填写", "only for annual work plans and summaries");

    private Keys() {}
  }
}
