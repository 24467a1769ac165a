package io.github.yilian.examples;

import io.github.yilian.pilot.Activity;
import io.github.yilian.pilot.ActivityKind;
import io.github.yilian.pilot.CollaborationGroup;
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
 * with its status as of 2012-12-31, the overdue list, and an iCalendar file for one group.
 */
final class PilotScenario {

  private static final LocalDate AS_OF = LocalDate.of(2012, 12, 31);
  /** The obligations listed once per activity, summarised rather than printed one by one. */
  private static final Set<Obligation> PER_ACTIVITY = EnumSet.of(Obligation.P7, Obligation.P8, Obligation.P9);
  private static final List<PilotCity> CITIES =
      List.of(
          PilotCity.of("鞍山市", "辽宁省"), PilotCity.of("抚顺市", "辽宁省"), PilotCity.of("七台河市", "黑龙江省"),
          PilotCity.of("上海市", "上海市"), PilotCity.of("镇江市", "江苏省"), PilotCity.of("芜湖市", "安徽省"),
          PilotCity.of("马鞍山市", "安徽省"), PilotCity.of("厦门市", "福建省"), PilotCity.of("潍坊市", "山东省"),
          PilotCity.of("鄂州市", "湖北省"), PilotCity.of("株洲市", "湖南省"), PilotCity.of("深圳市", "广东省"),
          PilotCity.of("遵义市", "贵州省"), PilotCity.of("昆明市", "云南省"), PilotCity.of("宝鸡市", "陕西省"),
          PilotCity.of("西宁市", "青海省"), PilotCity.of("洛阳市", "河南省"));

  private PilotScenario() {}

  static void run(PrintStream out) {
    out.println("== Pilot-city collaboration groups (seed 001) / 公立医院改革试点协作组 ==");
    PilotSchedule schedule = PilotSchedule.of(PilotProgramme2011.programme());
    Map<ReformTopic, GroupRecord> records = new EnumMap<>(ReformTopic.class);
    for (ReformTopic topic : ReformTopic.values()) {
      records.put(topic, record(topic));
    }
    records.forEach((topic, record) -> print(out, schedule, record));
    GroupRecord first = records.get(ReformTopic.SEPARATING_MEDICINE_FROM_PHARMACY);
    String ics =
        ICalendarExport.write(
            first.getGroup().getTopic(),
            schedule.obligations(first, LocalDate.of(2013, 12, 31)),
            Instant.parse("2012-12-31T00:00:00Z"),
            "pilot.yilian.example");
    Path file = writeIcs("pilot-separating-medicine.ics", ics);
    out.printf("iCalendar for 医药分开 written to / 日历文件: %s (%d lines)%n%n", file, ics.split("\r\n").length);
  }

  private static void print(PrintStream out, PilotSchedule schedule, GroupRecord record) {
    CollaborationGroup group = record.getGroup();
    GroupCompliance compliance = schedule.compliance(record, AS_OF);
    out.printf(
        "%n%s / %s — leads 牵头 %s, %s; %d members; as of %s: %d of %d due met on time%n",
        group.getTopic().getChineseName(),
        group.getTopic().getEnglishName(),
        group.getLeadUnits().get(0).getName(),
        group.getLeadUnits().get(1).getName(),
        group.getMembers().size(),
        AS_OF,
        compliance.getMetOnTime(),
        compliance.getDueCount());
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
    out.printf("  P7–P9 for %d activity obligations: %s%n", perActivity, perActivityStatus);
    for (ObligationStatus overdue : compliance.getOverdue()) {
      out.printf("  OVERDUE 逾期: %s%n", overdue.getReason());
    }
    HostSuggestion next = schedule.nextHost(record, AS_OF);
    out.printf("  next host 下次承办: %s%n", next.getReason());
  }

  /** Illustrative members and activities: groups differ in which quarter they miss and what is late. */
  static GroupRecord record(ReformTopic topic) {
    int n = topic.ordinal();
    List<PilotCity> members = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      members.add(CITIES.get((2 * n + i) % CITIES.size()));
    }
    CollaborationGroup group =
        CollaborationGroup.builder()
            .topic(topic)
            .addLeadUnits(members.get(0), members.get(1))
            .addAllParticipants(members.subList(2, 5))
            .addGuidingExperts("指导专家" + (2 * n + 1), "指导专家" + (2 * n + 2))
            .build();
    List<LocalDate> dates =
        new ArrayList<>(List.of(LocalDate.of(2011, 11, 20 + n), LocalDate.of(2012, 1, 12), LocalDate.of(2012, 3, 28)));
    for (LocalDate quarter = LocalDate.of(2012, 5, 15); quarter.getYear() < 2014; quarter = quarter.plusMonths(3)) {
      if (quarter.getMonthValue() != 2 + 3 * (n % 4)) {
        dates.add(quarter);
      }
    }
    GroupRecord.Builder record = GroupRecord.builder().group(group);
    String prefix = "g" + (n + 1) + "-";
    for (int i = 0; i < dates.size(); i++) {
      LocalDate date = dates.get(i);
      Activity.Builder activity =
          Activity.builder()
              .id(prefix + (i + 1))
              .date(date)
              .kind(i % 3 == 1 ? ActivityKind.SITE_VISIT : ActivityKind.SYMPOSIUM)
              .host(members.get(i % members.size()))
              .planSubmitted(date.minusDays(10))
              .reportSubmitted(date.plusDays(i == n ? 7 : 4));
      for (PilotCity member : members) {
        activity.putHealthBureauHeads(member, member.equals(members.get(4)) && i == 2 ? 0 : 1);
      }
      record.addActivities(activity.build());
    }
    Activity.Builder exchange =
        Activity.builder()
            .id(prefix + "exchange")
            .date(LocalDate.of(2012, 9, 20))
            .kind(ActivityKind.INTER_GROUP_EXCHANGE)
            .host(members.get(2))
            .planSubmitted(LocalDate.of(2012, 9, 1))
            .reportSubmitted(LocalDate.of(2012, 9, 24));
    members.forEach(member -> exchange.putHealthBureauHeads(member, 2));
    record.addActivities(
        exchange.build(),
        Activity.builder().id(prefix + "national").date(LocalDate.of(2012, 12, 12)).kind(ActivityKind.NATIONAL_MEETING).build());
    return record
        .addSubmissions(
            Submission.ofYear(DocumentKind.WORK_PLAN, 2011, LocalDate.of(2011, 11, 25)),
            Submission.of(DocumentKind.EXPERIENCE_REPORT, LocalDate.of(2011, 12, 28).plusDays(n % 5)),
            Submission.ofYear(DocumentKind.WORK_SUMMARY, 2011, LocalDate.of(2012, 1, 20)),
            Submission.ofYear(DocumentKind.WORK_PLAN, 2012, LocalDate.of(2012, 1, 20)),
            Submission.of(DocumentKind.POLICY_DRAFT, LocalDate.of(2012, 2, 10 + n)),
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
