package io.github.yilian.report.internal;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import io.github.yilian.pilot.CollaborationGroup;
import io.github.yilian.pilot.CollaborationProgramme;
import io.github.yilian.pilot.ComplianceStatus;
import io.github.yilian.pilot.GroupCompliance;
import io.github.yilian.pilot.GroupRecord;
import io.github.yilian.pilot.HostSuggestion;
import io.github.yilian.pilot.Obligation;
import io.github.yilian.pilot.ObligationInstance;
import io.github.yilian.pilot.ObligationStatus;
import io.github.yilian.pilot.PilotProgramme2011;
import io.github.yilian.pilot.PilotSchedule;
import io.github.yilian.report.PilotReport;
import io.github.yilian.report.internal.PilotView.Group;
import io.github.yilian.report.internal.PilotView.Lane;
import io.github.yilian.report.internal.PilotView.Marker;
import io.github.yilian.report.internal.PilotView.OverdueRow;
import io.github.yilian.report.internal.PilotView.Timeline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Works out the pilot view of a {@link PilotReport}. */
public final class PilotViews {

  static final int LABEL_W = 290;
  static final int PLOT_W = 600;
  static final int LANE_H = 18;
  static final int TOP = 22;

  private PilotViews() {}

  /**
   * Works out the view.
   *
   * @param report the pilot part
   * @param id the section's anchor
   * @return the view
   */
  public static PilotView of(PilotReport report, String id) {
    PilotSchedule schedule = report.getSchedule();
    CollaborationProgramme programme = schedule.getProgramme();
    boolean preset = CollaborationProgramme.builder().from(programme).groups(List.of()).build()
        .equals(PilotProgramme2011.programme());
    SectionHead head = new SectionHead(id, Texts.PILOT_TITLE, Texts.asOf(report.getAsOf()), report.getPreset(),
        preset ? "PilotProgramme2011" : "");
    List<Group> groups = new ArrayList<>();
    int n = 0;
    for (GroupRecord record : report.getRecords()) {
      groups.add(group(id + "-g" + n++, schedule, record, report.getAsOf()));
    }
    return new PilotView(id, head, groups);
  }

  private static Group group(String anchor, PilotSchedule schedule, GroupRecord record, LocalDate asOf) {
    CollaborationGroup group = record.getGroup();
    GroupCompliance compliance = schedule.compliance(record, asOf);
    Map<ComplianceStatus, Long> byStatus = new EnumMap<>(ComplianceStatus.class);
    for (ComplianceStatus status : ComplianceStatus.values()) {
      byStatus.put(status, 0L);
    }
    compliance.getStatuses().forEach(s -> byStatus.merge(s.getStatus(), 1L, Long::sum));
    List<Count> counts = new ArrayList<>();
    byStatus.forEach((status, count) -> counts.add(new Count(Badge.of(status), count)));

    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    bySeverity.put(Severity.VIOLATION, 0L);
    bySeverity.put(Severity.WARNING, 0L);
    for (Finding finding : compliance.findings()) {
      bySeverity.merge(finding.getSeverity(), 1L, Long::sum);
    }
    List<Count> severities = new ArrayList<>();
    bySeverity.forEach((severity, count) -> severities.add(new Count(Badge.of(severity), count)));

    List<OverdueRow> overdue = new ArrayList<>();
    for (ObligationStatus status : compliance.getOverdue()) {
      ObligationInstance instance = status.getInstance();
      overdue.add(new OverdueRow(instance.getDue().toString(), instance.getTitle(),
          Badge.of(instance.getObligation().getSeverity()), status.getReason()));
    }
    HostSuggestion next = schedule.nextHost(record, asOf);
    String leads = group.getLeadUnits().get(0).getName() + "、" + group.getLeadUnits().get(1).getName();
    return new Group(anchor, group.getTopic().name(), group.getTopic().getName(), leads,
        Texts.memberCities(group.getMembers().size()),
        Texts.onTime(compliance.getMetOnTime(), compliance.getDueCount(), byStatus.get(ComplianceStatus.MET_LATE),
            byStatus.get(ComplianceStatus.OVERDUE), byStatus.get(ComplianceStatus.PENDING)),
        counts, timeline(schedule, record, compliance, asOf), overdue, severities, next.getCity().getName(),
        next.getReason());
  }

  private static Timeline timeline(PilotSchedule schedule, GroupRecord record, GroupCompliance compliance,
      LocalDate asOf) {
    LocalDate start = schedule.getProgramme().getStart();
    List<ObligationInstance> ministry = schedule.obligations(record, asOf).stream()
        .filter(i -> !i.getObligation().isGroupDuty()).toList();
    Set<Obligation> present = EnumSet.noneOf(Obligation.class);
    compliance.getStatuses().forEach(s -> present.add(s.getInstance().getObligation()));
    ministry.forEach(i -> present.add(i.getObligation()));
    LocalDate end = asOf;
    for (ObligationStatus status : compliance.getStatuses()) {
      if (status.getInstance().getDue().isAfter(end)) {
        end = status.getInstance().getDue();
      }
    }
    for (ObligationInstance instance : ministry) {
      if (instance.getDue().isAfter(end)) {
        end = instance.getDue();
      }
    }
    long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
    Map<Obligation, Integer> laneY = new EnumMap<>(Obligation.class);
    List<Lane> lanes = new ArrayList<>();
    int i = 0;
    for (Obligation obligation : present) {
      int top = TOP + i++ * LANE_H;
      laneY.put(obligation, top + LANE_H / 2);
      lanes.add(new Lane(obligation.name(), BilingualText.of(obligation.name() + " " + obligation.getChineseName(),
          obligation.name() + " " + obligation.getEnglishName()), top + LANE_H / 2, top));
    }
    List<Marker> markers = new ArrayList<>();
    for (ObligationStatus status : compliance.getStatuses()) {
      ObligationInstance instance = status.getInstance();
      markers.add(new Marker(x(start, instance.getDue(), span), laneY.get(instance.getObligation()), Badge.of(status.getStatus()),
          instance.getObligation().name(), instance.getSubject(), Fmt.tip(status.getReason())));
    }
    for (ObligationInstance instance : ministry) {
      markers.add(new Marker(x(start, instance.getDue(), span), laneY.get(instance.getObligation()), Badge.MINISTRY,
          instance.getObligation().name(), instance.getSubject(), Fmt.tip(BilingualText.of(
              instance.getTitle().getChinese() + "：" + Texts.MINISTRY_MEETING.getChinese(),
              instance.getTitle().getEnglish() + ": " + Texts.MINISTRY_MEETING.getEnglish()))));
    }
    List<AllianceView.Tick> ticks = new ArrayList<>();
    LocalDate tick = start.withDayOfMonth(1).withMonth(((start.getMonthValue() - 1) / 3) * 3 + 1);
    for (; !tick.isAfter(end); tick = tick.plusMonths(3)) {
      if (!tick.isBefore(start)) {
        ticks.add(new AllianceView.Tick(x(start, tick, span), tick.getYear() + "-" + String.format("%02d", tick.getMonthValue())));
      }
    }
    int height = TOP + lanes.size() * LANE_H + 8;
    return new Timeline(LABEL_W + PLOT_W + 24, height, LABEL_W, LABEL_W + PLOT_W, lanes, ticks, x(start, asOf, span),
        asOf.toString(), markers);
  }

  private static int x(LocalDate start, LocalDate date, long span) {
    return LABEL_W + (int) Math.round((double) PLOT_W * ChronoUnit.DAYS.between(start, date) / span);
  }
}
