package io.github.yilian.report.internal;

import io.github.yilian.common.BilingualText;
import io.github.yilian.expert.Province;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every sentence and label the report adds to the library's own text, in Chinese and English, in
 * one place: Chinese with Chinese punctuation and no English words, English plural-correct.
 */
public final class Texts {

  private Texts() {}

  private static BilingualText t(String chinese, String english) {
    return BilingualText.of(chinese, english);
  }

  // the page
  public static final BilingualText REPORT_TITLE = t("医联报告", "Yilian report");
  public static final BilingualText CONTENTS = t("目录", "Contents");
  public static final BilingualText SECTION = t("内容", "Section");
  public static final BilingualText AS_OF = t("数据时间", "Date");
  public static final BilingualText PRESET = t("政策预设", "Policy preset");
  public static final BilingualText LEGEND = t("图例", "Legend");
  public static final BilingualText LANGUAGE = t("语言", "Language");
  public static final BilingualText FOOTER = t(
      "本报告为单个自包含文件：不联网，图表为内嵌矢量图，所有名称和理由均作为文本显示。",
      "Made by yilian-report as one self-contained file: no network, charts as inline SVG, every name and "
          + "reason shown as text.");
  public static final BilingualText OWN_POLICY = t("自定义政策", "own policy");
  public static final BilingualText NONE = t("无", "none");

  // county
  public static final BilingualText COUNTY_TITLE = t("县域医共体建设目标", "County medical community targets");
  public static final BilingualText COUNTY_PRESET = t(
      "新疆紧密型县域医共体建设目标（2023 年印发）",
      "Xinjiang county medical community targets (issued 2023)");
  public static final BilingualText STATUS_SUMMARY = t("全部结果的状态", "Status of every result");
  public static final BilingualText REGION_FIGURES = t("全区指标（仅报告数值，不作判断）",
      "Region-wide figures (reported as values, not judged)");
  public static final BilingualText HEAT_MAP = t("热力图：单位 × 目标（按地州分组）",
      "Heat map: units × targets, grouped by prefecture");
  public static final BilingualText HEAT_MAP_NOTE = t(
      "每格为一个单位在一个目标上的状态；鼠标悬停显示数值、阈值和差距，下方表格列出全部结果。县一行汇总该县所辖医共体和牵头医院；"
          + "带三角标记的格为该县在上级目标中的所辖部分。",
      "Each cell is one unit's status on one target; hover for its value, threshold and gap, and the table "
          + "below lists every result. A county's row sums up its communities and lead hospitals; a cell with a "
          + "triangle is the county's own part in a target judged above it.");
  public static final BilingualText OWN_PART = t("所辖部分（以县为单位）", "own part (counted per county)");
  public static final BilingualText NOT_AT_LEVEL = t("不在本级考核", "not judged at this level");
  public static final BilingualText PREFECTURE_BARS = t("各地州达标情况（适用结果中已达标的数量）",
      "Targets met per prefecture (applicable results met)");
  public static final BilingualText RANKINGS = t("排名", "Rankings");
  public static final BilingualText PREFECTURE_RANKING = t("地州排名", "Prefecture ranking");
  public static final BilingualText COUNTY_RANKING = t("县排名", "County ranking");
  public static final BilingualText AUDITED_RANKING = t("审核后排名（区级审核的年度评价）",
      "Audited ranking (evaluations audited by the region)");
  public static final BilingualText PROBLEM_LISTS = t("问题清单（各地州，按县列出未达标目标）",
      "Problem lists (per prefecture, the targets each county did not meet)");
  public static final BilingualText NO_EVALUATIONS = t("未提供年度评价：问题清单和评价记录来自区级审核的年度评价。",
      "No annual evaluations given: problem lists and trails come from evaluations audited by the region.");
  public static final BilingualText PENDING = t("尚未审核", "not audited yet");
  public static final BilingualText NO_PROBLEM = t("无问题", "no problem");
  public static final BilingualText TRAILS = t("年度评价记录（谁、何时、改了什么）", "Evaluation trail (who, when, what changed)");
  public static final BilingualText CHANGES = t("与起草稿相比的改动：", "Changes against the draft: ");
  public static final BilingualText NO_CHANGES = t("与起草稿相同", "same as the draft");
  public static final BilingualText DRAFTED = t("起草稿", "drafted");
  public static final BilingualText NOW = t("当前", "now");
  public static final BilingualText ALL_RESULTS = t("全部结果：数值、阈值、差距", "Every result: value, threshold, gap");
  public static final BilingualText REGION = t("全区", "Region");

  // table headings
  public static final BilingualText UNIT = t("单位", "Unit");
  public static final BilingualText TARGET = t("目标", "Target");
  public static final BilingualText STATUS = t("状态", "Status");
  public static final BilingualText VALUE = t("数值", "Value");
  public static final BilingualText THRESHOLD = t("阈值", "Threshold");
  public static final BilingualText DEADLINE = t("截止", "Deadline");
  public static final BilingualText GAP = t("差距", "Gap");
  public static final BilingualText PERIODS = t("各期", "Periods");
  public static final BilingualText RANK = t("名次", "Rank");
  public static final BilingualText MET_OF_APPLICABLE = t("已达标／适用", "Met / applicable");
  public static final BilingualText SHARE = t("占比", "Share");
  public static final BilingualText PREFECTURE = t("地州", "Prefecture");
  public static final BilingualText COUNTY = t("县", "County");
  public static final BilingualText TARGETS_NOT_MET = t("未达标目标", "Targets not met");
  public static final BilingualText DATE = t("日期", "Date");
  public static final BilingualText STEP = t("环节", "Step");
  public static final BilingualText ACTOR = t("经办人", "Actor");
  public static final BilingualText REASON = t("理由", "Reason");
  public static final BilingualText SEVERITY = t("严重程度", "Severity");
  public static final BilingualText RULE = t("规则", "Rule");
  public static final BilingualText SUBJECT = t("对象", "Subject");
  public static final BilingualText NOT_APPLICABLE_TARGETS = t("不适用目标：", "Targets not applicable: ");

  // alliance
  public static final BilingualText ALLIANCE_TITLE = t("专科联盟综合绩效考核", "Specialty alliance assessment");
  public static final BilingualText CRITERION = t("评价项目", "Criterion");
  public static final BilingualText COUNTED = t("计数", "Counted");
  public static final BilingualText POINTS = t("得分／满分", "Points / maximum");
  public static final BilingualText TOTAL_AND_GRADE = t("总分与等级档次", "Total against the grade bands");
  public static final BilingualText FUNDING = t("学科建设经费", "Funding");
  public static final BilingualText GRADE = t("等级", "Grade");
  public static final BilingualText TOTAL = t("总分", "Total");
  public static final BilingualText OBSERVATIONS = t("提示（不计分的职责）", "Observations (duties not scored)");
  public static final BilingualText ALLIANCE_RANKING = t("联盟排名", "Alliance ranking");
  public static final BilingualText ALLIANCE = t("联盟", "Alliance");
  public static final BilingualText LEAD = t("牵头", "Lead");
  public static final BilingualText READINGS = t("理解选项", "Readings");

  // pilot
  public static final BilingualText PILOT_TITLE = t("公立医院改革试点协作组", "Pilot-city collaboration groups");
  public static final BilingualText PILOT_PRESET = t("公立医院改革试点工作协作组制度（2011 年）",
      "collaboration groups of the public-hospital reform pilot (2011)");
  public static final BilingualText TIMELINE = t("义务时间线（按到期日）", "Obligations by due date");
  public static final BilingualText OVERDUE = t("逾期事项", "Overdue");
  public static final BilingualText NONE_OVERDUE = t("无逾期事项", "nothing overdue");
  public static final BilingualText NEXT_HOST = t("建议下次承办", "Next host");
  public static final BilingualText FINDINGS = t("检查结果", "Findings");
  public static final BilingualText MINISTRY_MEETING = t("国家卫生健康委的全国会议：列入日历，不作判断",
      "the ministry's national meeting: in the calendar, never judged");
  public static final BilingualText OBLIGATION = t("义务", "Obligation");
  public static final BilingualText DUE = t("到期日", "Due");
  public static final BilingualText LEADS = t("牵头单位", "Lead units");

  // expert
  public static final BilingualText EXPERT_TITLE = t("专家组管理", "Expert group");
  public static final BilingualText EXPERT_PRESET = t("推进分级诊疗专家组管理办法（聘期 3 年，续聘审核提前 90 天）",
      "tiered care expert group measures (3-year terms, review 90 days ahead)");
  public static final BilingualText COVERAGE = t("分区包段：各省份的负责小组", "Province assignment: the team responsible for each province");
  public static final BilingualText COVERED = t("有一个小组负责", "one team responsible");
  public static final BilingualText GAP_TILE = t("缺口：无小组负责", "gap: no team");
  public static final BilingualText OVERLAP_TILE = t("重叠：多个小组负责", "overlap: several teams");
  public static final BilingualText UNCOVERED_TILE = t("不在专家组覆盖范围内", "not covered by the group");
  public static final BilingualText TEAMS = t("专家小组", "Teams");
  public static final BilingualText TEAM = t("小组", "Team");
  public static final BilingualText LEADER = t("组长", "Leader");
  public static final BilingualText MEMBERS = t("组员", "Members");
  public static final BilingualText PROVINCES = t("负责省份", "Provinces");
  public static final BilingualText TERMS = t("聘期、剩余天数与续聘审核", "Terms, days remaining and review");
  public static final BilingualText EXPERT = t("专家", "Expert");
  public static final BilingualText ROLE = t("职务", "Role");
  public static final BilingualText TERM = t("聘期", "Term");
  public static final BilingualText DAYS_REMAINING = t("剩余天数", "Days remaining");
  public static final BilingualText REVIEW_DUE = t("待续聘审核", "Review due");
  public static final BilingualText REVIEW_WINDOW = t("续聘审核期", "review window");
  public static final BilingualText ACTIVE = t("在聘", "serving");
  public static final BilingualText LEAVING = t("在聘，已定离任日", "serving, last day recorded");
  public static final BilingualText INACTIVE = t("不在聘", "not serving");
  public static final BilingualText LIAISONS = t("联络员", "Liaisons");
  public static final BilingualText YES = t("是", "yes");
  public static final BilingualText NO = t("否", "no");

  /**
   * Returns "截至 2023-12-31" / "as of 2023-12-31".
   *
   * @param date the date
   * @return the text
   */
  public static BilingualText asOf(LocalDate date) {
    return t("截至 " + date, "as of " + date);
  }

  /**
   * Returns "2022 年度" / "year 2022".
   *
   * @param year the year
   * @return the text
   */
  public static BilingualText year(int year) {
    return t(year + " 年度", "year " + year);
  }

  /**
   * Returns "共 3 项结果" / "3 results".
   *
   * @param n the count
   * @return the text
   */
  public static BilingualText results(long n) {
    return t("共 " + n + " 项结果", plural(n, "result", "results"));
  }

  /**
   * Returns "4 家成员单位" / "4 member units".
   *
   * @param n the count
   * @return the text
   */
  public static BilingualText memberUnits(long n) {
    return t(n + " 家成员单位", plural(n, "member unit", "member units"));
  }

  /**
   * Returns "5 个成员城市" / "5 member cities".
   *
   * @param n the count
   * @return the text
   */
  public static BilingualText memberCities(long n) {
    return t(n + " 个成员城市", plural(n, "member city", "member cities"));
  }

  /**
   * Returns "61 天" / "61 days".
   *
   * @param n the count
   * @return the text
   */
  public static BilingualText days(long n) {
    return t(n + " 天", plural(n, "day", "days"));
  }

  /**
   * Returns the on-time summary of a pilot group.
   *
   * @param metOnTime met on time
   * @param due due
   * @param metLate met late
   * @param overdue overdue
   * @param pending pending
   * @return "应完成 12 项，按时完成 10 项，逾期完成 1 项，逾期 1 项，未到期 3 项" / "10 of 12 due met on time, 1 met late, 1
   *     overdue, 3 pending"
   */
  public static BilingualText onTime(long metOnTime, long due, long metLate, long overdue, long pending) {
    return t("应完成 " + due + " 项，按时完成 " + metOnTime + " 项，逾期完成 " + metLate + " 项，逾期 " + overdue
            + " 项，未到期 " + pending + " 项",
        metOnTime + " of " + due + " due met on time, " + metLate + " met late, " + overdue + " overdue, "
            + pending + " pending");
  }

  /**
   * Returns "37/60（61.7 %）" style text for met of applicable.
   *
   * @param met met
   * @param applicable applicable
   * @param percent the percentage text, such as "61.7 %"
   * @return the text
   */
  public static BilingualText metOf(long met, long applicable, String percent) {
    return t(met + "/" + applicable + "（" + percent + "）", met + "/" + applicable + " (" + percent + ")");
  }

  /**
   * Returns "得分 87（满分 100）" / "87 of 100 points".
   *
   * @param total the total
   * @param max the maximum
   * @return the text
   */
  public static BilingualText totalOf(int total, int max) {
    return t("得分 " + total + "（满分 " + max + "）", total + " of " + plural(max, "point", "points"));
  }

  /**
   * Returns "1 项" / "1 finding".
   *
   * @param n the count
   * @return the text
   */
  public static BilingualText findings(long n) {
    return t(n + " 项", plural(n, "finding", "findings"));
  }

  /**
   * Returns "在 3 个单位中最差" / "worst of 3 units" for a county cell that sums up several units.
   *
   * @param n the number of units
   * @return the text
   */
  public static BilingualText worstOf(long n) {
    return t("所辖 " + n + " 个单位中最差的状态", "the worst status of " + plural(n, "unit", "units"));
  }

  /**
   * Returns "1 县" / "1 county" style counts.
   *
   * @param n the count
   * @param singular the English singular
   * @param pluralForm the English plural
   * @return "1 county", "2 counties"
   */
  public static String plural(long n, String singular, String pluralForm) {
    return n + " " + (n == 1 ? singular : pluralForm);
  }

  private static final Map<Province, BilingualText> SHORT = new EnumMap<>(Province.class);

  static {
    String[][] names = {
      {"BEIJING", "北京", "Beijing"}, {"TIANJIN", "天津", "Tianjin"}, {"HEBEI", "河北", "Hebei"},
      {"SHANXI", "山西", "Shanxi"}, {"INNER_MONGOLIA", "内蒙古", "Inner Mongolia"}, {"LIAONING", "辽宁", "Liaoning"},
      {"JILIN", "吉林", "Jilin"}, {"HEILONGJIANG", "黑龙江", "Heilongjiang"}, {"SHANGHAI", "上海", "Shanghai"},
      {"JIANGSU", "江苏", "Jiangsu"}, {"ZHEJIANG", "浙江", "Zhejiang"}, {"ANHUI", "安徽", "Anhui"},
      {"FUJIAN", "福建", "Fujian"}, {"JIANGXI", "江西", "Jiangxi"}, {"SHANDONG", "山东", "Shandong"},
      {"HENAN", "河南", "Henan"}, {"HUBEI", "湖北", "Hubei"}, {"HUNAN", "湖南", "Hunan"},
      {"GUANGDONG", "广东", "Guangdong"}, {"GUANGXI", "广西", "Guangxi"}, {"HAINAN", "海南", "Hainan"},
      {"CHONGQING", "重庆", "Chongqing"}, {"SICHUAN", "四川", "Sichuan"}, {"GUIZHOU", "贵州", "Guizhou"},
      {"YUNNAN", "云南", "Yunnan"}, {"XIZANG", "西藏", "Xizang"}, {"SHAANXI", "陕西", "Shaanxi"},
      {"GANSU", "甘肃", "Gansu"}, {"QINGHAI", "青海", "Qinghai"}, {"NINGXIA", "宁夏", "Ningxia"},
      {"XINJIANG", "新疆", "Xinjiang"}, {"XINJIANG_CORPS", "兵团", "XPCC"},
    };
    for (String[] row : names) {
      SHORT.put(Province.valueOf(row[0]), t(row[1], row[2]));
    }
  }

  /**
   * Returns a province's short name for a map tile: 新疆 / Xinjiang, 兵团 / XPCC.
   *
   * @param province the province
   * @return the short name
   */
  public static BilingualText shortName(Province province) {
    return SHORT.get(province);
  }
}
