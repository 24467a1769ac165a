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
import java.util.Optional;
import java.util.Set;

/**
 * The plan's duties that the rubric does not score (seed 003, sections 三(一), 三(二) and 三(六)):
 * 1–2 working meetings every month ("每月定期召开 1~2 次工作会议"), at least one research project per
 * member unit a year ("每个成员单位每年至少 1 项"), and outreach to every member unit. Each is a warning.
 *
 * <p>A month is asked for its meetings only if the alliance operated from its first day: months
 * before the operating date, and the month it began in unless it began on the 1st, are not months
 * "without a meeting" (the plan asks an operating alliance to meet; Haikou began by the end of
 * October 2021, so November 2021 is the first month asked).
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
      if (count < rubric.getProjectsPerMember()) {
        found.add(finding("alliance.research-per-member", member.getId(),
            Reasons.memberShortOfResearch(member, count, rubric.getProjectsPerMember())));
      }
      if (!visited.contains(member.getId())) {
        found.add(finding("alliance.outreach-per-member", member.getId(), Reasons.memberWithoutOutreach(member)));
      }
    }
    return List.copyOf(found);
  }

  private static void monthsShortOfMeetings(AllianceAssessmentRecord record, int perMonth, List<Finding> found) {
    Map<YearMonth, Integer> meetings = new HashMap<>();
    for (LocalDate date : record.getMeetingDates()) {
      meetings.merge(YearMonth.from(date), 1, Integer::sum);
    }
    Optional<LocalDate> operatingSince = record.getAlliance().getOperatingSince();
    for (int month = 1; month <= 12; month++) {
      YearMonth yearMonth = YearMonth.of(record.getYear(), month);
      if (operatingSince.isPresent() && yearMonth.atDay(1).isBefore(operatingSince.get())) {
        continue;
      }
      int count = meetings.getOrDefault(yearMonth, 0);
      if (count < perMonth) {
        found.add(finding("alliance.monthly-meetings", yearMonth.toString(), Reasons.monthShortOfMeetings(yearMonth, count, perMonth)));
      }
    }
  }

  private static Finding finding(String ruleId, String subject, BilingualText reason) {
    return Finding.builder().ruleId(ruleId).subject(subject).severity(Severity.WARNING).reason(reason).build();
  }
}
