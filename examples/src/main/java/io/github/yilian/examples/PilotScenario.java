package io.github.yilian.examples;

import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import io.github.yilian.pilot.Activity;
import io.github.yilian.pilot.ActivityKind;
import io.github.yilian.pilot.CollaborationGroup;
import io.github.yilian.pilot.CollaborationProgramme;
import io.github.yilian.pilot.ComplianceStatus;
import io.github.yilian.pilot.DocumentKind;
import io.github.yilian.pilot.GroupCompliance;
import io.github.yilian.pilot.GroupRecord;
import io.github.yilian.pilot.HostSuggestion;
import io.github.yilian.pilot.ICalendarExport;
import io.github.yilian.pilot.Obligation;
import io.github.yilian.pilot.ObligationStatus;
import io.github.yilian.pilot.PilotCity;
import io.github.yilian.pilot.PilotProgramme2011;
import io.github.yilian.pilot.PilotSchedule;
import io.github.yilian.pilot.ReformTopic;
import io.github.yilian.pilot.Submission;
import io.github.yilian.report.PilotReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seed 001: the nine collaboration groups of 2011 with illustrative member cities and activities up
 * to 2013 (the seed's annex with the real lists is not part of the document), each group's schedule
 * with its status as of 2012-12-31, its findings by severity, and an iCalendar file for one group.
 *
 * <p>It shows the readings of the spec: three-day site visits whose report is due five days after
 * their last day, guiding experts and liaisons at each activity (P14), guests from outside the
 * group, joint inter-group exchanges that count for both groups that held them, the ministry's
 * national meeting in the calendar but never judged (P13), and warnings for what the seed asks only
 * in principle (P6, P9) or gives no period for (P10, P11, P12).
 */
final class PilotScenario {

  private static final LocalDate AS_OF = LocalDate.of(2012, 12, 31);
  /** The obligations listed once per activity, summarised rather than printed one by one. */
  private static final Set<Obligation> PER_ACTIVITY = EnumSet.of(Obligation.P7, Obligation.P8, Obligation.P9, Obligation.P14);
  private static final List<PilotCity> CITIES =
      List.of(
          PilotCity.of("鞍山市", "辽宁省"), PilotCity.of("抚顺市", "辽宁省"), PilotCity.of("七台河市", "黑龙江省"),
          PilotCity.of("上海市", "上海市"), PilotCity.of("镇江市", "江苏省"), PilotCity.of("芜湖市", "安徽省"),
          PilotCity.of("马鞍山市", "安徽省"), PilotCity.of("厦门市", "福建省"), PilotCity.of("潍坊市", "山东省"),
          PilotCity.of("鄂州市", "湖北省"), PilotCity.of("株洲市", "湖南省"), PilotCity.of("深圳市", "广东省"),
          PilotCity.of("遵义市", "贵州省"), PilotCity.of("昆明市", "云南省"), PilotCity.of("宝鸡市", "陕西省"),
          PilotCity.of("西宁市", "青海省"), PilotCity.of("洛阳市", "河南省"));

  private PilotScenario() {}

  static PilotReport run(PrintStream out) {
    out.println("== Pilot-city collaboration groups (seed 001) / 公立医院改革试点协作组 ==");
    Map<ReformTopic, GroupRecord> records = new EnumMap<>(ReformTopic.class);
    records().forEach(record -> records.put(record.getGroup().getTopic(), record));
    CollaborationProgramme programme =
        CollaborationProgramme.builder()
            .from(PilotProgramme2011.programme())
            .addAllGroups(records.values().stream().map(GroupRecord::getGroup).toList())
            .build();
    PilotSchedule schedule = PilotSchedule.of(programme);
    out.println("P13 全国协作组会议 / national meeting: the ministry's duty, in every group's calendar, never a finding:");
    schedule.obligations(records.get(ReformTopic.PLANNING_AND_REGULATION), LocalDate.of(2013, 12, 31)).stream()
        .filter(i -> i.getObligation() == Obligation.P13)
        .forEach(i -> out.println("  " + i));
    records.forEach((topic, record) -> print(out, schedule, record));
    GroupRecord first = records.get(ReformTopic.SEPARATING_MEDICINE_FROM_PHARMACY);
    GroupCompliance compliance = schedule.compliance(first, AS_OF);
    out.printf("%nLook-ups for 医药分开 without subject strings / 按义务和期间查询:%n");
    out.printf("  quarter(2012, 3):          %s%n", compliance.quarter(2012, 3).orElseThrow());
    out.printf("  workYear(P12, 2012):       %s%n", compliance.workYear(Obligation.P12, 2012).orElseThrow());
    out.printf("  activity(P8, \"g4-2\"):     %s%n", compliance.activity(Obligation.P8, "g4-2").orElseThrow().getReason());
    String ics =
        ICalendarExport.write(
            first.getGroup().getTopic(),
            schedule.obligations(first, LocalDate.of(2013, 12, 31)),
            Instant.parse("2012-12-31T00:00:00Z"),
            "pilot.yilian.example");
    Path file = writeIcs("pilot-separating-medicine.ics", ics);
    out.printf("iCalendar for 医药分开 written to / 日历文件: %s (%d lines)%n%n", file, ics.split("\r\n").length);
    return PilotReport.of(schedule, records.values(), AS_OF);
  }

  /** The nine groups' records in the order of the topics (also in examples/workbooks/pilot-record.xlsx). */
  static List<GroupRecord> records() {
    Map<ReformTopic, CollaborationGroup> groups = new EnumMap<>(ReformTopic.class);
    for (ReformTopic topic : ReformTopic.values()) {
      groups.put(topic, group(topic));
    }
    Map<ReformTopic, Activity> joint = jointExchanges(groups);
    List<GroupRecord> records = new ArrayList<>();
    groups.forEach((topic, group) -> records.add(record(group, joint.get(topic))));
    return records;
  }

  private static void print(PrintStream out, PilotSchedule schedule, GroupRecord record) {
    CollaborationGroup group = record.getGroup();
    GroupCompliance compliance = schedule.compliance(record, AS_OF);
    out.printf(
        "%n%s / %s — leads 牵头 %s, %s; %d members%n  %s%n",
        group.getTopic().getChineseName(),
        group.getTopic().getEnglishName(),
        group.getLeadUnits().get(0).getName(),
        group.getLeadUnits().get(1).getName(),
        group.getMembers().size(),
        compliance);
    int perActivity = 0;
    Map<ComplianceStatus, Integer> perActivityStatus = new EnumMap<>(ComplianceStatus.class);
    for (ObligationStatus status : compliance.getStatuses()) {
      if (PER_ACTIVITY.contains(status.getInstance().getObligation())) {
        perActivity++;
        perActivityStatus.merge(status.getStatus(), 1, Integer::sum);
      } else {
        out.printf("  %s  %-9s %s%n", status.getInstance().getDue(), status.getStatus().getEnglishName(), status.getInstance().getTitle());
      }
    }
    out.printf("  P7, P8, P9, P14 for %d activity obligations: %s%n", perActivity, perActivityStatus);
    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    for (Finding finding : compliance.findings()) {
      bySeverity.merge(finding.getSeverity(), 1L, Long::sum);
    }
    out.printf("  findings 发现: %s%n", bySeverity);
    for (Finding finding : compliance.findings()) {
      if (finding.getSeverity() == Severity.VIOLATION) {
        out.printf("  VIOLATION 违规: %s%n", finding.getReason());
      }
    }
    compliance.findings().stream()
        .filter(f -> f.getSeverity() == Severity.WARNING)
        .findFirst()
        .ifPresent(f -> out.printf("  e.g. WARNING 提醒: %s%n", f.getReason()));
    HostSuggestion next = schedule.nextHost(record, AS_OF);
    out.printf("  next host 下次承办: %s%n", next.getReason());
  }

  /** Illustrative members: five cities per group, overlapping between neighbouring topics. */
  private static CollaborationGroup group(ReformTopic topic) {
    int n = topic.ordinal();
    List<PilotCity> members = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      members.add(CITIES.get((2 * n + i) % CITIES.size()));
    }
    return CollaborationGroup.builder()
        .topic(topic)
        .addLeadUnits(members.get(0), members.get(1))
        .addAllParticipants(members.subList(2, 5))
        .addGuidingExperts("指导专家" + (2 * n + 1), "指导专家" + (2 * n + 2))
        .build();
  }

  /**
   * One joint inter-group exchange for each pair of neighbouring topics (the last topic holds one
   * with the first pair's first group), the same activity in both groups' records.
   */
  private static Map<ReformTopic, Activity> jointExchanges(Map<ReformTopic, CollaborationGroup> groups) {
    Map<ReformTopic, Activity> joint = new EnumMap<>(ReformTopic.class);
    ReformTopic[] topics = ReformTopic.values();
    for (int i = 0; i + 1 < topics.length; i += 2) {
      CollaborationGroup a = groups.get(topics[i]);
      CollaborationGroup b = groups.get(topics[i + 1]);
      Activity.Builder exchange =
          Activity.builder()
              .id("joint-" + (i + 1) + "-" + (i + 2))
              .date(LocalDate.of(2012, 9, 20))
              .lastDay(LocalDate.of(2012, 9, 21))
              .kind(ActivityKind.INTER_GROUP_EXCHANGE)
              .heldBy(EnumSet.of(a.getTopic(), b.getTopic()))
              .host(b.getLeadUnits().get(0))
              .addAllGuidingExpertsPresent(a.getGuidingExperts())
              .addAllGuidingExpertsPresent(b.getGuidingExperts())
              .liaisonPresent(true)
              .planSubmitted(LocalDate.of(2012, 9, 1))
              .reportSubmitted(LocalDate.of(2012, 9, 25));
      a.getMembers().forEach(city -> exchange.putHealthBureauHeads(city, 2));
      b.getMembers().forEach(city -> exchange.putHealthBureauHeads(city, 2));
      Activity built = exchange.build();
      joint.put(a.getTopic(), built);
      joint.put(b.getTopic(), built);
    }
    return joint;
  }

  /**
   * Illustrative activities: groups differ in which quarter they miss, which report is late, which
   * city or expert stays away; every third activity is a three-day site visit.
   */
  private static GroupRecord record(CollaborationGroup group, Activity jointExchange) {
    int n = group.getTopic().ordinal();
    List<PilotCity> members = List.copyOf(group.getMembers());
    List<LocalDate> dates =
        new ArrayList<>(List.of(LocalDate.of(2011, 11, 20 + n), LocalDate.of(2012, 1, 12), LocalDate.of(2012, 3, 26)));
    for (LocalDate quarter = LocalDate.of(2012, 5, 15); quarter.getYear() < 2014; quarter = quarter.plusMonths(3)) {
      if (quarter.getMonthValue() != 2 + 3 * (n % 4)) {
        dates.add(quarter);
      }
    }
    GroupRecord.Builder record = GroupRecord.builder().group(group);
    String prefix = "g" + (n + 1) + "-";
    for (int i = 0; i < dates.size(); i++) {
      LocalDate date = dates.get(i);
      boolean visit = i % 3 == 1;
      LocalDate last = visit ? date.plusDays(2) : date;
      Activity.Builder activity =
          Activity.builder()
              .id(prefix + (i + 1))
              .date(date)
              .lastDay(last)
              .kind(visit ? ActivityKind.SITE_VISIT : ActivityKind.SYMPOSIUM)
              .host(members.get(i % members.size()))
              .addGuidingExpertsPresent(group.getGuidingExperts().get(0))
              .liaisonPresent(i != 4 || n % 3 != 0)
              .planSubmitted(date.minusDays(10))
              .reportSubmitted(last.plusDays(i == n ? 7 : 5));
      if (i != 2 || n % 2 == 0) {
        activity.addGuidingExpertsPresent(group.getGuidingExperts().get(1));
      }
      for (PilotCity member : members) {
        activity.putHealthBureauHeads(member, member.equals(members.get(4)) && i == 2 ? 0 : 1);
      }
      if (i == 3) {
        PilotCity guest = CITIES.get((2 * n + 7) % CITIES.size());
        activity.addGuestCities(guest).putHealthBureauHeads(guest, 1).addGuestRegions("浙江省");
      }
      record.addActivities(activity.build());
    }
    if (jointExchange != null) {
      record.addActivities(jointExchange);
    }
    record.addActivities(
        Activity.builder().id(prefix + "national").date(LocalDate.of(2012, 12, 12)).kind(ActivityKind.NATIONAL_MEETING).build());
    return record
        .addSubmissions(
            Submission.ofYear(DocumentKind.WORK_PLAN, 2011, LocalDate.of(2011, 11, 25)),
            Submission.of(DocumentKind.EXPERIENCE_REPORT, LocalDate.of(2011, 12, 28).plusDays(n % 5)),
            Submission.ofYear(DocumentKind.WORK_SUMMARY, 2011, LocalDate.of(2012, 1, 20)),
            Submission.ofYear(DocumentKind.WORK_PLAN, 2012, LocalDate.of(2012, 1, 20)),
            Submission.of(DocumentKind.POLICY_DRAFT, LocalDate.of(2012, 2, 14 + n)),
            Submission.of(DocumentKind.POLICY_MEASURES, LocalDate.of(2012, 2, 27)))
        .build();
  }

  /** Writes under examples/target/, next to the compiled classes, never into the source tree. */
  private static Path writeIcs(String name, String ics) {
    try {
      Path classes = Path.of(PilotScenario.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path file = classes.getParent().resolve(name);
      Files.writeString(file, ics, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
