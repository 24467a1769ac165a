package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every sentence the {@code expert} package shows a user, in Chinese and English, built in one place
 * so the wording stays consistent: the reasons of findings, of tenures and of invalid events.
 *
 * <p>Chinese text uses Chinese punctuation and no English words; English text is plural-correct
 * ("1 day", "2 days"). Callers build a text only when it is needed: a finding's reason when the rule
 * is broken, a tenure's reason when it is read.
 */
final class Reasons {

  private Reasons() {}


  /** Returns "1 day", "2 days". */
  static String days(long n) {
    return count(n, "day", "days");
  }

  /** Returns "1 sector", "2 sectors". */
  static String sectors(long n) {
    return count(n, "sector", "sectors");
  }

  /** Returns "1 field of expertise", "2 fields of expertise". */
  static String fields(long n) {
    return count(n, "field of expertise", "fields of expertise");
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Returns the English ordinal of a 1-based position: "1st", "2nd", "3rd", "4th", "11th", "22nd". */
  static String ordinal(long n) {
    long lastTwo = n % 100;
    String suffix;
    if (lastTwo >= 11 && lastTwo <= 13) {
      suffix = "th";
    } else {
      suffix = switch ((int) (n % 10)) {
        case 1 -> "st";
        case 2 -> "nd";
        case 3 -> "rd";
        default -> "th";
      };
    }
    return n + suffix;
  }


  static BilingualText provinceNotCovered(Province province, List<String> teams) {
    return BilingualText.of(
        province.getChineseName() + "不在专家组负责范围内，却由小组负责：" + String.join("、", teams),
        province.getEnglishName() + " is not covered by the group, yet is assigned to: " + String.join(", ", teams));
  }

  static BilingualText provinceWithoutTeam(Province province) {
    return BilingualText.of("无专家小组负责" + province.getChineseName(), "no team is responsible for " + province.getEnglishName());
  }

  static BilingualText provinceWithSeveralTeams(Province province, List<String> teams) {
    return BilingualText.of(
        province.getChineseName() + "由多个小组负责：" + String.join("、", teams),
        province.getEnglishName() + " is the responsibility of more than one team: " + String.join(", ", teams));
  }

  static BilingualText provinceWithoutLiaison(Province province) {
    return BilingualText.of(province.getChineseName() + "没有联络员", province.getEnglishName() + " has no liaison");
  }

  static BilingualText teamWithoutLeader(String team) {
    return BilingualText.of("小组 " + team + " 没有组长", "team " + team + " has no leader");
  }

  static BilingualText leaderNotSenior(String team, String leader) {
    return BilingualText.of(
        "小组 " + team + " 的组长 " + leader + " 不是资深专家", "leader " + leader + " of team " + team + " is not a senior expert");
  }

  static BilingualText tooFewSectors(String team, int found, int minimum) {
    return BilingualText.of(
        "小组 " + team + " 的成员来自 " + found + " 类单位，少于 " + minimum + " 类",
        "members of team " + team + " come from " + sectors(found) + ", fewer than " + minimum);
  }

  static BilingualText tooFewFields(String team, int found, int minimum) {
    return BilingualText.of(
        "小组 " + team + " 的成员来自 " + found + " 个专业领域，少于 " + minimum + " 个",
        "members of team " + team + " come from " + fields(found) + ", fewer than " + minimum);
  }

  static BilingualText criteriaNotAttested(String expert, String team, Collection<SelectionCriterion> missing) {
    return BilingualText.of(
        "小组 " + team + " 的专家 " + expert + " 未确认全部四项遴选条件，缺少："
            + missing.stream().map(c -> "“" + c.getChineseName() + "”").collect(Collectors.joining("、")),
        "expert " + expert + " of team " + team + " is appointed without all four selection criteria attested; missing: "
            + missing.stream().map(SelectionCriterion::getEnglishName).collect(Collectors.joining("; ")));
  }


  static BilingualText notApprovedInTime(ExpertActivity activity, Optional<LocalDate> approvedOn) {
    String what = activity.getKind().getChineseName() + " " + activity.getId();
    String whatEn = activity.getKind().getEnglishName() + " " + activity.getId();
    return BilingualText.of(
        what + " 于 " + activity.getDate() + " 以专家组名义开展，"
            + approvedOn.map(d -> "于 " + d + " 才经").orElse("未经") + "医政医管局同意，应于活动当日或之前同意",
        whatEn + " in the group's name on " + activity.getDate()
            + approvedOn.map(d -> " was approved only on " + d).orElse(" was not approved")
            + "; approval must come on or before the activity's date");
  }

  static BilingualText commercialInGroupName(ExpertActivity activity) {
    return BilingualText.of(
        activity.getKind().getChineseName() + " " + activity.getId() + " 以专家组专家名义参加商业性活动，办法不允许",
        activity.getKind().getEnglishName() + " " + activity.getId() + " is commercial and in the group's name, which is never allowed");
  }

  static BilingualText commercialForbiddenByPolicy(ExpertActivity activity) {
    return BilingualText.of(
        activity.getKind().getChineseName() + " " + activity.getId() + " 为商业性活动，按政策不得参加",
        activity.getKind().getEnglishName() + " " + activity.getId() + " is commercial, which the policy forbids");
  }

  static BilingualText unauthorisedDisclosure(ExpertActivity activity) {
    return BilingualText.of(
        activity.getKind().getChineseName() + " " + activity.getId() + " 未经授权公开内部情况和内容",
        activity.getKind().getEnglishName() + " " + activity.getId() + " disclosed internal material without authorisation");
  }

  static BilingualText reportOverdue(EvaluationAssignment assignment, LocalDate due, long daysLate, int defaultDays) {
    Province province = assignment.getProvince();
    LocalDate end = assignment.getPeriod().getEnd();
    return BilingualText.of(
        "对" + province.getChineseName() + "的调研评估于 " + end + " 结束，总结报告最迟应于 " + due + " 提交，已逾期 " + daysLate
            + " 天（办法未规定期限，只要求“适时报送”；" + defaultDays + " 天是本库的默认期限）",
        "the evaluation of " + province.getEnglishName() + " ended on " + end + "; its summary report was due by " + due
            + " and is " + days(daysLate) + " overdue (the seed sets no deadline, only \"in good time\"; "
            + days(defaultDays) + " is the library's default)");
  }

  static BilingualText assignmentTeamUnknown(EvaluationAssignment assignment) {
    return BilingualText.of(
        "调研评估 " + assignment.getId() + " 的小组 " + assignment.getTeam() + " 不是本专家组的小组",
        "evaluation " + assignment.getId() + " names team " + assignment.getTeam() + ", which is not a team of the group");
  }

  static BilingualText assignmentOutsideTeamProvinces(EvaluationAssignment assignment) {
    Province province = assignment.getProvince();
    return BilingualText.of(
        "调研评估 " + assignment.getId() + " 评估" + province.getChineseName() + "，该省不是小组 " + assignment.getTeam()
            + " 的负责省份（分区包段；办法五（四）允许根据工作需要另行委托，故仅作提醒）",
        "evaluation " + assignment.getId() + " of " + province.getEnglishName() + " is outside the provinces team "
            + assignment.getTeam() + " is responsible for (province assignment; section 5(4) lets the bureau entrust"
            + " other tasks, so this is a warning)");
  }


  static BilingualText notServing(LocalDate date, long daysServed) {
    return BilingualText.of(
        date + " 未在聘，累计服务 " + daysServed + " 天", "not serving on " + date + ", " + days(daysServed) + " served");
  }

  static BilingualText serving(Tenure tenure, boolean leaving) {
    Role role = tenure.getRole().orElseThrow();
    DateRange term = tenure.getTerm().orElseThrow();
    String team = tenure.getTeam().orElseThrow();
    String last = tenure.getLastDayServed().map(LocalDate::toString).orElse("");
    return BilingualText.of(
        tenure.getDate() + " 在聘：" + team + " 小组" + role.getChineseName() + "，聘期 " + term.getStart() + " 至 "
            + term.getEnd() + (leaving ? "，最后在聘日 " + last : "") + "，剩余 " + tenure.getDaysRemaining()
            + " 天，累计服务 " + tenure.getDaysServed() + " 天" + (tenure.isDueForReview() ? "，应进行续聘评议" : ""),
        "serving on " + tenure.getDate() + ": " + role.getEnglishName() + " of team " + team + ", term " + term.getStart()
            + " to " + term.getEnd() + (leaving ? ", last day served " + last : "") + ", "
            + days(tenure.getDaysRemaining()) + " left, " + days(tenure.getDaysServed()) + " served"
            + (tenure.isDueForReview() ? ", due for reappointment review" : ""));
  }


  /** The event in short form in Chinese: "2023-05-01 专家 e12 调整至小组 t3". */
  static String chineseEvent(AdjustmentEvent event) {
    String what =
        event.getTeam()
            .map(team -> (event.getType() == EventType.APPOINTED ? "聘任至小组 " : "调整至小组 ") + team)
            .orElse(event.getType().getChineseName());
    return event.getDate() + " 专家 " + event.getExpert() + " " + what;
  }

  static BilingualText invalidEvent(int index, AdjustmentEvent event, BilingualText problem) {
    return BilingualText.of(
        "第 " + (index + 1) + " 个事件（" + chineseEvent(event) + "）无效：" + problem.getChinese(),
        englishInvalidEvent(index, event, problem.getEnglish()));
  }

  static String englishInvalidEvent(int index, AdjustmentEvent event, String problem) {
    return "the " + ordinal(index + 1L) + " event (" + event + ") is invalid: " + problem;
  }

  static BilingualText datedBeforePrevious(LocalDate previous) {
    return BilingualText.of("日期早于前一事件的日期 " + previous, "it is dated before the previous event, dated " + previous);
  }

  static BilingualText notOnRoster(String expert) {
    return BilingualText.of("专家 " + expert + " 不在专家名册中", "expert " + expert + " is not on the group's roster");
  }

  static BilingualText notATeam(String team) {
    return BilingualText.of("小组 " + team + " 不是本专家组的小组", "team " + team + " is not a team of the group");
  }

  static BilingualText alreadyServing(String expert, LocalDate date) {
    return BilingualText.of("专家 " + expert + " 于 " + date + " 已在聘", "expert " + expert + " is already serving on " + date);
  }

  static BilingualText beforeFirstTerm(LocalDate termStart) {
    return BilingualText.of(
        "日期早于专家组首个聘期的开始日期 " + termStart, "it is dated before the group's first term starts on " + termStart);
  }

  static BilingualText notServingOn(String expert, LocalDate date) {
    return BilingualText.of("专家 " + expert + " 于 " + date + " 不在聘", "expert " + expert + " is not serving on " + date);
  }

  static BilingualText leaving(String expert, LocalDate lastDayServed) {
    return BilingualText.of(
        "专家 " + expert + " 的最后在聘日为 " + lastDayServed + "，之后不能再有其他事件",
        "the last day served by expert " + expert + " is " + lastDayServed + ", and no other event may follow");
  }

  static BilingualText termEndsOtherDay(String expert, LocalDate termEnd) {
    return BilingualText.of(
        "专家 " + expert + " 的聘期于 " + termEnd + " 届满，聘期届满事件应记在该日",
        "the term of expert " + expert + " ends on " + termEnd + ", the date a TERM_ENDED event must carry");
  }

  static BilingualText nextTermUnsupported(LocalDate nextStart) {
    return BilingualText.of(
        "下一聘期将于 " + nextStart + " 开始，超出支持的日期范围（至 " + SupportedRange.MAX_DATE + "）",
        "the next term would start on " + nextStart + ", after the last supported date " + SupportedRange.MAX_DATE);
  }

  static BilingualText alreadyInTeam(String expert, String team) {
    return BilingualText.of("专家 " + expert + " 已在小组 " + team, "expert " + expert + " is already in team " + team);
  }

  static BilingualText alreadyLeads(String expert, String team) {
    return BilingualText.of("专家 " + expert + " 已是小组 " + team + " 的组长", "expert " + expert + " already leads team " + team);
  }
}
