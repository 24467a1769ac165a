package io.github.yilian.excel;

import io.github.yilian.common.BilingualText;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.Fact;
import io.github.yilian.county.Level;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.Pairing;
import io.github.yilian.county.Recurrence;
import io.github.yilian.county.Secondment;
import io.github.yilian.county.Target;
import io.github.yilian.county.Unit;
import io.github.yilian.county.UnitKind;
import io.github.yilian.county.XinjiangCountyTargets2023;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The county monitoring workbook (seed 002): the units of the administrative tree, the dated facts
 * of every indicator and the secondments of primary-care staff.
 */
final class CountySheets {

  private CountySheets() {}

  /** What the workbook fills: the tree and the data around it. */
  static final class Book {
    final AdministrativeTree.Builder tree = AdministrativeTree.builder();
    final MonitoringData.Builder data = MonitoringData.builder();

    MonitoringData build() {
      return data.tree(tree.build()).build();
    }
  }

  static final Column<String> ID = Column.text("id", "单位编号", "unit id");
  static final Column<String> UNIT = Column.text("unitId", "单位编号", "unit id");

  static final SheetSpec<Values, Unit> UNITS = SheetSpec.ofValues("单位", "Units",
          "行政区划和医共体：自治区、地（州、市）、县（市、区）、医共体、牵头医院、基层成员单位",
          "the tree: region, prefectures, counties, medical communities, lead hospitals, primary-care units",
          v -> Unit.builder().id(v.get(ID)).name(BilingualText.of(v.get(Keys.NAME_ZH), v.get(Keys.NAME_EN)))
              .level(v.get(Keys.LEVEL)).parentId(v.find(Keys.PARENT)).kind(v.find(Keys.KIND)).build())
      .valueKey(ID, Unit::getId)
      .value(Keys.NAME_ZH, u -> u.getName().getChinese())
      .value(Keys.NAME_EN, u -> u.getName().getEnglish())
      .value(Keys.LEVEL, Unit::getLevel)
      .value(Keys.PARENT, u -> u.getParentId().orElse(null))
      .value(Keys.KIND, u -> u.getKind().orElse(null));

  static final SheetSpec<Fact.Builder, Fact> FACTS = SheetSpec.of("监测数据", "Facts",
          "各单位各指标的数据：是否类填 1（是）或 0（否）；占比类填达标数和总数；次数类填本次次数",
          "dated facts per unit and indicator: 1 (yes) or 0 (no); qualifying and total for a share; a count for events",
          Fact::builder, Fact.Builder::build)
      .column(UNIT, Fact.Builder::unitId, Fact::getUnitId)
      .column(Column.text("indicator", "指标", "indicator").suggest(indicators())
          .note("下拉列表为《新疆县域医共体》预设指标，也可填写自定义指标", "the drop-down lists the Xinjiang preset's indicators; your own are accepted"),
          Fact.Builder::indicator, Fact::getIndicator)
      .column(Column.date("date", "日期", "date"), Fact.Builder::date, Fact::getDate)
      .column(Column.count("value", "数值", "value"), Fact.Builder::value, Fact::getValue)
      .optional(Column.count("total", "总数", "total").note("仅占比类指标填写", "only for a share"), Fact.Builder::total, Fact::getTotal)
      .refers(UNIT, UNITS);

  static final SheetSpec<Secondment.Builder, Secondment> SECONDMENTS = SheetSpec.of("抽调", "Secondments",
          "从基层成员单位抽调人员", "staff seconded from primary-care units",
          Secondment::builder, Secondment.Builder::build)
      .key(Column.text("id", "编号", "id"), Secondment.Builder::id, Secondment::getId)
      .column(UNIT, Secondment.Builder::unitId, Secondment::getUnitId)
      .column(Column.date("start", "开始日期", "first day"), Secondment.Builder::start, Secondment::getStart)
      .column(Column.date("end", "结束日期", "last day"), Secondment.Builder::end, Secondment::getEnd)
      .optional(Column.yesNo("approved", "已按程序审批", "approved"), Secondment.Builder::approved, s -> java.util.Optional.of(s.isApproved()))
      .refers(UNIT, UNITS);

  static final SheetSpec<Pairing.Builder, Pairing> PAIRINGS = SheetSpec.of("包联", "Pairings",
          "委党组成员包联县（市、区）：成员编号、县、首日和末日（仍在包联时末日不填）",
          "party-group members paired with counties: member id, county, first and last day (blank while the pairing lasts)",
          Pairing::builder, Pairing.Builder::build)
      .column(Column.text("memberId", "成员编号", "member id").personal()
          .note("个人编号，不在任何提示中显示", "a person's id, never shown in a message"), Pairing.Builder::memberId, Pairing::getMemberId)
      .column(UNIT.note("被包联的县（市、区）", "the paired county"), Pairing.Builder::unitId, Pairing::getUnitId)
      .column(Column.date("firstDay", "首日", "first day"), Pairing.Builder::firstDay, Pairing::getFirstDay)
      .optional(Column.date("lastDay", "末日", "last day").note("仍在包联时不填", "blank while the pairing lasts"),
          Pairing.Builder::lastDay, Pairing::getLastDay)
      .refers(UNIT, UNITS);

  static final SheetSpec<Book, MonitoringData> ROOT = SheetSpec.root("县域医共体监测数据", "county medical community monitoring data",
          Book::new, Book::build)
      .child(UNITS, (b, u) -> b.tree.addUnits(u), d -> d.getTree().getUnits(), "units", "tree")
      .child(FACTS, (b, f) -> b.data.addFacts(f), MonitoringData::getFacts, "facts")
      .child(SECONDMENTS, (b, s) -> b.data.addSecondments(s), MonitoringData::getSecondments, "secondments")
      .child(PAIRINGS, (b, p) -> b.data.addPairings(p), MonitoringData::getPairings, "pairings");

  static final WorkbookSpec<MonitoringData> WORKBOOK = new WorkbookSpec<>(
      BilingualText.of("县域医共体监测数据", "county medical community monitoring data"), ROOT);

  static {
    UNITS.refers(Keys.PARENT, UNITS);
  }

  static final List<String[]> NOTES = List.<String[]>of(
      new String[] {"“单位”表须有且只有一个自治区（无上级单位）；每个单位的上级须为其上一层级；每个医共体有一家牵头医院。",
          "The Units sheet has exactly one region (no parent); every unit's parent is of the level above; every community has one lead hospital."},
      new String[] {"基层成员单位须填写“机构类别”（乡镇卫生院、社区卫生服务中心、村卫生室或其他），其他层级不填。",
          "A primary-care unit needs its kind (township or community health centre, village clinic or other); other levels leave it blank."},
      new String[] {"“监测数据”“抽调”和“包联”表的单位编号须在“单位”表中；T19 只在县被包联期间适用。",
          "Unit ids of the Facts, Secondments and Pairings sheets must be in the Units sheet; T19 applies to a county only while it is paired."});

  private static List<String> indicators() {
    Set<String> names = new LinkedHashSet<>();
    for (Target target : XinjiangCountyTargets2023.targets()) {
      names.add(target.getIndicator());
      names.addAll(target.getFurtherIndicators());
      target.getRecurrence().flatMap(Recurrence::getStartIndicator).ifPresent(names::add);
    }
    return List.copyOf(names);
  }

  /** The columns named once. */
  static final class Keys {
    static final Column<String> NAME_ZH = Column.text("name", "名称（中文）", "name (Chinese)");
    static final Column<String> NAME_EN = Column.text("name", "名称（英文）", "name (English)");
    static final Column<Level> LEVEL = Column.choice(Level.class, "level", "层级", "level");
    static final Column<String> PARENT = Column.text("parentId", "上级单位编号", "parent unit id").optional()
        .note("自治区不填", "blank for the region");
    static final Column<UnitKind> KIND = Column.choice(UnitKind.class, "kind", "机构类别", "kind").optional()
        .note("仅基层成员单位填写：乡镇卫生院、社区卫生服务中心、村卫生室、其他基层医疗卫生机构",
            "only for a primary-care unit: township or community health centre, village clinic, other");

    private Keys() {}
  }
}
