package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Share;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The twenty targets T1–T20 of the Xinjiang health commission's notice of 2023-04-07 on tight
 * county medical communities (seed 002), and the indicators their facts are recorded under.
 *
 * <p>Readings: "60%以上" and "不低于" are "≥"; the seed's "每年舉辦1-2次" (T20) is read as at least
 * once a year; committee report hearings (T5) are judged per calendar half-year from the first
 * full half-year after the committee's founding, each half-year on its own; new techniques (T13)
 * and the studio share (T15) are judged per lead hospital, as the seed says "牵头医院"; the six-month
 * secondment limit (T18) applies to each secondment, counted per community; pairing visits (T19)
 * are counted per county and apply only to a county paired with a party-group member on the last
 * day of the year (or the "as of" date while the year runs); T7 and T14 count township and
 * community health centres, not village clinics; T9 needs the finance centre with the asset
 * inventory ({@link #FINANCE_CENTRE}) and the asset-sharing mechanism ({@link #ASSET_SHARING});
 * T7, T8 and T10 also report their region-wide figure, without a status.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XinjiangCountyTargets2023 {

  /** Indicator: a community is tight (紧密型), per community. */
  public static final String TIGHT = "tight";
  /** Indicator: a community is a demonstration community (示范性), per community. */
  public static final String DEMONSTRATION = "demonstration";
  /** Indicator: the county has a management committee (管委会), per county. */
  public static final String MANAGEMENT_COMMITTEE = "management-committee";
  /** Indicator: the committee heard a community work report (events), per county. */
  public static final String COMMITTEE_REPORT = "committee-report";
  /** Indicator: the community has a party committee (医共体党委), per community. */
  public static final String PARTY_COMMITTEE = "party-committee";
  /** Indicator: "公益一类财政供给、公益二类绩效管理" applies, per primary-care unit. */
  public static final String PUBLIC_FUNDING = "public-funding";
  /** Indicator: the county pays the community by global budget (总额付费), per county. */
  public static final String GLOBAL_BUDGET = "global-budget";
  /** Indicator: finance accounting centre founded and state assets inventoried (财务核算中心、资产盘点登记), per community. */
  public static final String FINANCE_CENTRE = "finance-centre";
  /** Indicator: a mechanism for sharing and reallocating assets set up (调剂共享机制), per community. */
  public static final String ASSET_SHARING = "asset-sharing";
  /** Indicator: the county has unified personnel management, per county. */
  public static final String UNIFIED_PERSONNEL = "unified-personnel";
  /** Indicator: unified chronic-disease drug list, per community. */
  public static final String UNIFIED_DRUG_LIST = "unified-drug-list";
  /** Indicator: capacity assessed and support ledger kept, per community. */
  public static final String SUPPORT_LEDGER = "support-ledger";
  /** Indicator: new techniques the lead hospital helped start (events), per lead hospital. */
  public static final String NEW_TECHNIQUE = "new-technique";
  /** Indicator: the primary-care unit has a renowned-doctor studio (名医工作室). */
  public static final String STUDIO = "studio";
  /** Indicator: senior doctors serving a day a week in studios, of all (share), per lead hospital. */
  public static final String STUDIO_DOCTORS = "studio-doctors";
  /** Indicator: results mutually recognised (检验检查结果互认), per community. */
  public static final String MUTUAL_RECOGNITION = "mutual-recognition";
  /** Indicator: primary-care staff rotated through training in the year, of all (share), per community. */
  public static final String ROTATION = "rotation";
  /** Indicator of the secondment target; secondments are recorded as {@link Secondment}s. */
  public static final String SECONDMENT = "secondment";
  /**
   * Indicator: a party-group member's visit to a paired county (events), per county; the pairings
   * themselves are recorded as {@link Pairing}s.
   */
  public static final String PAIRING_VISIT = "pairing-visit";
  /** Indicator: a region-wide training course or promotion meeting (events), per region. */
  public static final String TRAINING_MEETING = "training-meeting";

  private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
  private static final LocalDate FROM_2023 = LocalDate.of(2023, 1, 1);
  private static final Set<UnitKind> HEALTH_CENTRES =
      Set.of(UnitKind.TOWNSHIP_HEALTH_CENTRE, UnitKind.COMMUNITY_HEALTH_CENTRE);

  private static final TargetPolicy POLICY = TargetPolicy.of(List.of(
      units("T1", "一", "紧密型县域医共体占比", "share of tight communities",
          Level.REGION, TIGHT, Level.COMMUNITY, "60"),
      units("T2", "一", "紧密型县域医共体占比", "share of tight communities",
          Level.PREFECTURE, TIGHT, Level.COMMUNITY, "50"),
      target("T3", "一", "示范性县域医共体数", "demonstration communities", Level.PREFECTURE,
          Measure.COUNT_OF_UNITS, DEMONSTRATION)
          .countedLevel(Level.COMMUNITY).addMilestones(Milestone.of(END_2023, Threshold.atLeast(1))).build(),
      state("T4", "二(一)1", "成立医共体管委会", "management committee founded",
          Level.COUNTY, MANAGEMENT_COMMITTEE),
      target("T5", "二(一)1", "管委会听取医共体建设工作汇报", "committee heard a work report",
          Level.COUNTY, Measure.EVENTS, COMMITTEE_REPORT)
          .recurrence(Recurrence.builder().period(Period.HALF_YEAR).firstDay(FROM_2023)
              .threshold(Threshold.atLeast(1)).startIndicator(MANAGEMENT_COMMITTEE).build())
          .build(),
      state("T6", "二(一)2", "成立医共体党委", "party committee founded", Level.COMMUNITY, PARTY_COMMITTEE),
      unitsBuilder("T7", "二(一)3", "实行“公益一类财政供给、公益二类绩效管理”的基层医疗卫生机构占比",
          "share of primary-care units under public-service funding", Level.PREFECTURE, PUBLIC_FUNDING,
          Level.PRIMARY_CARE_UNIT, "50", "90")
          .addAllCountedKinds(HEALTH_CENTRES).regionFigureReported(true).build(),
      unitsBuilder("T8", "二(一)4", "开展医保总额付费的县（市、区）占比", "share of counties paid by global budget",
          Level.PREFECTURE, GLOBAL_BUDGET, Level.COUNTY, "50", "90").regionFigureReported(true).build(),
      target("T9", "二(二)5", "成立财务核算中心、完成资产盘点登记并建立调剂共享机制",
          "finance centre, asset inventory and asset-sharing mechanism", Level.COMMUNITY, Measure.STATE,
          FINANCE_CENTRE)
          .addFurtherIndicators(ASSET_SHARING).addMilestones(Milestone.of(END_2023, Threshold.yes())).build(),
      unitsBuilder("T10", "二(二)6", "实现人员统一管理的县（市、区）占比", "share of counties with unified personnel",
          Level.PREFECTURE, UNIFIED_PERSONNEL, Level.COUNTY, "30", "90").regionFigureReported(true).build(),
      state("T11", "二(二)7", "慢性病用药目录统一", "unified chronic-disease drug list",
          Level.COMMUNITY, UNIFIED_DRUG_LIST),
      state("T12", "二(三)8", "完成能力评估并建立帮带台账", "capacity assessed and support ledger kept",
          Level.COMMUNITY, SUPPORT_LEDGER),
      yearly("T13", "二(三)8", "帮助基层开展新技术项数", "new techniques helped",
          Level.LEAD_HOSPITAL, Measure.EVENTS, NEW_TECHNIQUE, Threshold.atLeast(3)),
      unitsBuilder("T14", "二(三)9", "设立名医工作室的基层成员单位占比", "share of primary-care units with a studio",
          Level.COMMUNITY, STUDIO, Level.PRIMARY_CARE_UNIT, "30", "100").addAllCountedKinds(HEALTH_CENTRES).build(),
      target("T15", "二(三)9", "每周在名医工作室服务不少于1天的副高以上医务人员占比",
          "share of senior doctors serving a day a week in studios", Level.LEAD_HOSPITAL,
          Measure.REPORTED_SHARE, STUDIO_DOCTORS)
          .addMilestones(Milestone.of(END_2023, Threshold.atLeast(Share.percent("50")))).build(),
      state("T16", "二(三)10", "检验检查结果互认", "test and imaging results recognised",
          Level.COMMUNITY, MUTUAL_RECOGNITION),
      yearly("T17", "二(三)11", "基层医务人员（含乡村医生）年内轮训占比", "share of primary-care staff rotated",
          Level.COMMUNITY, Measure.REPORTED_SHARE, ROTATION, Threshold.atLeast(Share.ONE)),
      target("T18", "二(三)11", "未经批准抽调超过6个月的人次", "secondments over 6 months unapproved",
          Level.COMMUNITY, Measure.OVERLONG_SECONDMENTS, SECONDMENT)
          .limitMonths(6)
          .recurrence(yearlyFrom2023(Threshold.atMost(0))).build(),
      target("T19", "三(一)12", "委党组成员实地指导次数", "party-group member visits",
          Level.COUNTY, Measure.EVENTS, PAIRING_VISIT)
          .applicability(Applicability.WHILE_PAIRED).recurrence(yearlyFrom2023(Threshold.atLeast(2))).build(),
      yearly("T20", "三(一)14", "全区医共体建设培训班或推进会次数", "region-wide training or promotion meetings",
          Level.REGION, Measure.EVENTS, TRAINING_MEETING, Threshold.atLeast(1))));

  private XinjiangCountyTargets2023() {}

  /**
   * Returns the twenty targets T1–T20, in the seed's order.
   *
   * @return the policy
   */
  public static TargetPolicy policy() {
    return POLICY;
  }

  /**
   * Returns the twenty targets T1–T20, in the seed's order.
   *
   * @return the targets
   */
  public static List<Target> targets() {
    return POLICY.getTargets();
  }

  /**
   * Returns one target of the preset.
   *
   * @param id the id, "T1" to "T20", not null
   * @return the target
   * @throws IllegalArgumentException if there is no such target
   * @throws NullPointerException if the id is null
   */
  public static Target target(String id) {
    return POLICY.getTarget(id).orElseThrow(() -> new IllegalArgumentException("no target " + id));
  }

  private static Target.Builder target(String id, String section, String chinese, String english,
      Level level, Measure measure, String indicator) {
    return Target.builder().id(id).section(section).name(BilingualText.of(chinese, english))
        .level(level).measure(measure).indicator(indicator);
  }

  private static Target state(String id, String section, String chinese, String english,
      Level level, String indicator) {
    return target(id, section, chinese, english, level, Measure.STATE, indicator)
        .addMilestones(Milestone.of(END_2023, Threshold.yes())).build();
  }

  private static Target units(String id, String section, String chinese, String english,
      Level level, String indicator, Level counted, String... percents) {
    return unitsBuilder(id, section, chinese, english, level, indicator, counted, percents).build();
  }

  private static Target.Builder unitsBuilder(String id, String section, String chinese, String english,
      Level level, String indicator, Level counted, String... percents) {
    Target.Builder builder = target(id, section, chinese, english, level, Measure.SHARE_OF_UNITS, indicator)
        .countedLevel(counted);
    LocalDate[] deadlines = {END_2023, END_2025};
    for (int i = 0; i < percents.length; i++) {
      builder.addMilestones(Milestone.of(deadlines[i], Threshold.atLeast(Share.percent(percents[i]))));
    }
    return builder;
  }

  private static Target yearly(String id, String section, String chinese, String english,
      Level level, Measure measure, String indicator, Threshold threshold) {
    return target(id, section, chinese, english, level, measure, indicator)
        .recurrence(yearlyFrom2023(threshold)).build();
  }

  private static Recurrence yearlyFrom2023(Threshold threshold) {
    return Recurrence.builder().period(Period.YEAR).firstDay(FROM_2023).threshold(threshold).build();
  }
}
