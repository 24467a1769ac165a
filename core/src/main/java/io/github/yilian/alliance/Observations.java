package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan's duties that the rubric does not score (seed 003, sections 三(一), 三(二) and 三(六)):
 * 1–2 working meetings every month, at least one research project per member unit a year, and
 * outreach to every member unit.
 */
final class Observations {

  private Observations() {}

  static List<Finding> of(AllianceAssessmentRecord record, Rubric rubric) {
    List<Finding> found = new ArrayList<>();
    monthsShortOfMeetings(record, rubric.getMeetingsPerMonth(), found);
    Map<String, Integer> projects = new HashMap<>();
    record.getResearchProjects().forEach(p -> projects.merge(p.getMemberUnitId(), 1, Integer::sum));
    Set<String> visited = new HashSet<>();
    record.getOutreachVisits().forEach(v -> visited.add(v.getMemberUnitId()));
    for (CareUnit member : record.getAlliance().getMembers()) {
      int count = projects.getOrDefault(member.getId(), 0);
      String chinese = "成员单位" + member.getHospital().getChinese() + member.getDepartment().getChinese() + "（" + member.getId() + "）";
      String english = member.getDepartment().getEnglish() + " at " + member.getHospital().getEnglish() + " (" + member.getId() + ")";
      if (count < rubric.getProjectsPerMember()) {
        found.add(finding("alliance.research-per-member", member.getId(), BilingualText.of(
            chinese + "本年度科研项目 " + count + " 项，少于 " + rubric.getProjectsPerMember() + " 项",
            english + " has " + count + " research projects this year, fewer than " + rubric.getProjectsPerMember())));
      }
      if (!visited.contains(member.getId())) {
        found.add(finding("alliance.outreach-per-member", member.getId(), BilingualText.of(
            chinese + "本年度未接受外派指导", english + " received no outreach visit this year")));
      }
    }
    return List.copyOf(found);
  }

  private static void monthsShortOfMeetings(AllianceAssessmentRecord record, int perMonth, List<Finding> found) {
    Map<YearMonth, Integer> meetings = new HashMap<>();
    for (LocalDate date : record.getMeetingDates()) {
      meetings.merge(YearMonth.from(date), 1, Integer::sum);
    }
    for (int month = 1; month <= 12; month++) {
      YearMonth yearMonth = YearMonth.of(record.getYear(), month);
      int count = meetings.getOrDefault(yearMonth, 0);
      if (count < perMonth) {
        found.add(finding("alliance.monthly-meetings", yearMonth.toString(), BilingualText.of(
            yearMonth + " 召开工作会议 " + count + " 次，少于每月 " + perMonth + " 次",
            yearMonth + " had " + count + " working meetings, fewer than " + perMonth + " a month")));
      }
    }
  }

  private static Finding finding(String ruleId, String subject, BilingualText reason) {
    return Finding.builder().ruleId(ruleId).subject(subject).severity(Severity.WARNING).reason(reason).build();
  }
}
