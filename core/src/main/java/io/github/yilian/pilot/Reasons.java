package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every sentence the pilot package shows, in one place: titles and descriptions of obligation
 * instances, status reasons, host suggestions, summaries and the iCalendar texts. Chinese text uses
 * Chinese punctuation and no English words; English text is plural-correct. Each text is built when
 * it is first read, never while the schedule is computed.
 */
final class Reasons {

  private static final String PHASE_1_ZH = "第一阶段";
  private static final int OVERDUE_SHOWN = 5;

  private Reasons() {}

  /** A city in Chinese form: "镇江市（江苏省）". */
  static String chinese(PilotCity city) {
    return city.getName() + "（" + city.getProvince() + "）";
  }

  /** A city as a message parameter: "镇江市（江苏省）" in Chinese messages, "镇江市 (江苏省)" in English ones. */
  static BilingualText named(PilotCity city) {
    return BilingualText.of(chinese(city), city.toString());
  }

  /** Topics as a message parameter: Chinese names joined with "、", English ones with ", ", in enum order. */
  static BilingualText topics(Collection<ReformTopic> topics) {
    return BilingualText.of(chineseTopics(topics), englishTopics(topics));
  }

  /** Topics' English names, comma-separated, in enum order. */
  static String englishTopics(Collection<ReformTopic> topics) {
    return topics.stream().sorted().map(ReformTopic::getEnglishName).collect(Collectors.joining(", "));
  }

  /** Topics' Chinese names, joined with "、", in enum order. */
  static String chineseTopics(Collection<ReformTopic> topics) {
    return topics.stream().sorted().map(ReformTopic::getChineseName).collect(Collectors.joining("、"));
  }

  /** A seed section in Chinese punctuation: "三（一）1". */
  static String chineseSection(Obligation obligation) {
    return obligation.getSection().replace('(', '（').replace(')', '）');
  }

  /** The subject of an instance in Chinese words: 第一阶段, 2012年第2季度, 2012年度, or the activity id. */
  private static String chineseSubject(ObligationInstance instance) {
    return switch (instance.getScope()) {
      case PHASE_1 -> PHASE_1_ZH;
      case QUARTER -> instance.getYear().orElseThrow() + "年第" + instance.getQuarter().orElseThrow() + "季度";
      case WORK_YEAR -> instance.getYear().orElseThrow() + "年度";
      case ACTIVITY -> instance.getSubject();
    };
  }

  static BilingualText title(ObligationInstance instance) {
    Obligation obligation = instance.getObligation();
    return BilingualText.of(
        obligation.name() + " " + obligation.getChineseName() + "（" + chineseSubject(instance) + "）",
        obligation.name() + " " + obligation.getEnglishName() + " (" + instance.getSubject() + ")");
  }

  static String describe(ObligationInstance instance) {
    String text =
        instance.getTitle().getEnglish() + ": due " + instance.getDue() + ", window " + instance.getWindow() + ", ";
    return instance.getObligation().isGroupDuty()
        ? text + instance.getRequired() + " required"
        : text + "held by the ministry";
  }

  static BilingualText status(ObligationStatus status) {
    ObligationInstance instance = status.getInstance();
    BilingualText title = instance.getTitle();
    ComplianceStatus state = status.getStatus();
    String count = " " + status.getCounted() + "/" + instance.getRequired();
    StringBuilder chinese =
        new StringBuilder(title.getChinese()).append("：").append(state.getChineseName()).append(count)
            .append("，期限").append(instance.getDue());
    StringBuilder english =
        new StringBuilder(title.getEnglish()).append(": ").append(state.getEnglishName()).append(count)
            .append(", due ").append(instance.getDue());
    status.getEvidence().ifPresent(date -> {
      chinese.append("，完成日期").append(date);
      english.append(", done ").append(date);
    });
    chinese.append("，截至").append(status.getAsOf());
    english.append(", as of ").append(status.getAsOf());
    if (!status.getAbsentMembers().isEmpty()) {
      chinese.append("；未派卫生局负责人：").append(String.join("、", status.getAbsentMembers()));
      english.append("; no health-bureau head from ").append(String.join(", ", status.getAbsentMembers()));
    }
    if (!status.getAbsentExperts().isEmpty() || status.isLiaisonAbsent()) {
      List<String> chineseAbsent = new ArrayList<>(status.getAbsentExperts());
      List<String> englishAbsent = new ArrayList<>(status.getAbsentExperts());
      if (status.isLiaisonAbsent()) {
        chineseAbsent.add("卫生部联络员");
        englishAbsent.add("the ministry's liaisons");
      }
      chinese.append("；未出席：").append(String.join("、", chineseAbsent));
      english.append("; absent: ").append(String.join(", ", englishAbsent));
    }
    if (state == ComplianceStatus.OVERDUE || state == ComplianceStatus.MET_LATE) {
      switch (instance.getObligation().getWording()) {
        case IN_PRINCIPLE -> {
          chinese.append("；文件规定为“原则上”，列为提醒");
          english.append("; the document asks this only in principle, so it is a warning");
        }
        case NO_PERIOD -> {
          chinese.append("；文件未规定期限或频次，此期限为本库的默认理解，并非文件规定，列为提醒");
          english.append(
              "; the document sets no deadline or frequency: this period is the library's reading, not the"
                  + " document's, so it is a warning");
        }
        default -> { }
      }
    }
    return BilingualText.of(chinese.toString(), english.toString());
  }

  static BilingualText host(HostSuggestion suggestion) {
    String name = suggestion.getCity().getName();
    int times = suggestion.getTimesHosted();
    String chineseRule = "；承办次数最少者优先，其次为距上次承办最久者，再按名称";
    String englishRule = "; fewest hosted goes first, then longest since hosting, then by name";
    return suggestion
        .getLastHosted()
        .map(
            last ->
                BilingualText.of(
                    name + "已承办" + times + "次，最近一次为" + last + chineseRule,
                    name + " hosted " + times + (times == 1 ? " time" : " times") + ", last on " + last + englishRule))
        .orElseGet(() -> BilingualText.of(name + "尚未承办" + chineseRule, name + " has not hosted yet" + englishRule));
  }

  static String summary(GroupCompliance compliance) {
    List<ObligationStatus> overdue = compliance.getOverdue();
    long late = compliance.getStatuses().stream().filter(s -> s.getStatus() == ComplianceStatus.MET_LATE).count();
    StringBuilder text =
        new StringBuilder(compliance.getTopic().getEnglishName())
            .append(" as of ").append(compliance.getAsOf()).append(": ")
            .append(compliance.getMetOnTime()).append(" of ").append(compliance.getDueCount())
            .append(" due met on time, ").append(late).append(" met late, ")
            .append(overdue.size()).append(" overdue");
    if (!overdue.isEmpty()) {
      text.append(": ")
          .append(
              overdue.stream()
                  .limit(OVERDUE_SHOWN)
                  .map(s -> s.getInstance().getTitle().getEnglish())
                  .collect(Collectors.joining(", ")));
      if (overdue.size() > OVERDUE_SHOWN) {
        text.append(" and ").append(overdue.size() - OVERDUE_SHOWN).append(" more");
      }
    }
    return text.toString();
  }

  /** The iCalendar SUMMARY: topic and title, Chinese then English. */
  static String eventSummary(ReformTopic topic, ObligationInstance instance) {
    BilingualText title = instance.getTitle();
    return topic.getChineseName() + " " + title.getChinese() + " / " + topic.getEnglishName() + ": " + title.getEnglish();
  }

  /** The iCalendar DESCRIPTION: due date, window, what is needed and the seed section, Chinese then English. */
  static String eventDescription(ObligationInstance instance) {
    Obligation obligation = instance.getObligation();
    LocalDate due = instance.getDue();
    LocalDate from = instance.getWindow().getStart();
    String chineseNeed = obligation.isGroupDuty() ? "须" + instance.getRequired() + "项" : "由卫生部举办，非协作组义务";
    String englishNeed =
        obligation.isGroupDuty() ? instance.getRequired() + " required" : "held by the ministry, not a duty of the group";
    return "期限" + due + "，时段" + from + "至" + due + "，" + chineseNeed + "；依据" + chineseSection(obligation) + "\n"
        + "due " + due + ", window " + from + " to " + due + ", " + englishNeed + "; seed 001 " + obligation.getSection();
  }
}
