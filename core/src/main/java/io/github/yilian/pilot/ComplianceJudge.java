package io.github.yilian.pilot;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Judges each obligation instance of a group as of a date from the activities and documents dated
 * on or before it (seed 001, 三, 四(二), 五). A report on the last day of its period is on time; a
 * count obligation (P2, P6, P12, P13) is met by the activity that completes the count inside its
 * window; attendance (P9) that was missed is overdue at once.
 */
final class ComplianceJudge {

  private final CollaborationProgramme programme;
  private final GroupRecord record;
  private final LocalDate asOf;
  private final List<Activity> activities;
  private final Map<String, Activity> byId;
  private final List<LocalDate> groupActivities;
  private final List<LocalDate> exchanges;
  private final List<LocalDate> nationalMeetings;

  ComplianceJudge(CollaborationProgramme programme, GroupRecord record, LocalDate asOf) {
    this.programme = programme;
    this.record = record;
    this.asOf = asOf;
    this.activities =
        record.getActivities().stream()
            .filter(a -> !a.getDate().isAfter(asOf))
            .sorted(Comparator.comparing(Activity::getDate))
            .toList();
    this.byId = activities.stream().collect(Collectors.toMap(Activity::getId, Function.identity()));
    this.groupActivities = dates(a -> a.getKind().isGroupActivity());
    this.exchanges = dates(a -> a.getKind() == ActivityKind.INTER_GROUP_EXCHANGE);
    this.nationalMeetings = dates(a -> a.getKind() == ActivityKind.NATIONAL_MEETING);
  }

  /** The dates of the activities of a kind held by the as-of date, in order. */
  private List<LocalDate> dates(Predicate<Activity> kind) {
    return activities.stream().filter(kind).map(Activity::getDate).toList();
  }

  ObligationStatus judge(ObligationInstance instance) {
    return switch (instance.getObligation()) {
      case P1 -> firstActivity(instance);
      case P2, P6 -> counted(instance, groupActivities);
      case P12 -> counted(instance, exchanges);
      case P13 -> counted(instance, nationalMeetings);
      case P3 -> document(instance, DocumentKind.EXPERIENCE_REPORT, Optional.empty());
      case P4 -> document(instance, DocumentKind.POLICY_DRAFT, Optional.empty());
      case P5 -> document(instance, DocumentKind.POLICY_MEASURES, Optional.empty());
      case P10 -> document(instance, DocumentKind.WORK_PLAN, Optional.of(Integer.valueOf(instance.getSubject())));
      case P11 -> document(instance, DocumentKind.WORK_SUMMARY, Optional.of(Integer.valueOf(instance.getSubject())));
      case P7 -> single(instance, byId.get(instance.getSubject()).getPlanSubmitted());
      case P8 -> single(instance, byId.get(instance.getSubject()).getReportSubmitted());
      case P9 -> attendance(instance, byId.get(instance.getSubject()));
    };
  }

  private ObligationStatus firstActivity(ObligationInstance instance) {
    int from = firstOnOrAfter(groupActivities, programme.getStart());
    return single(instance, from < groupActivities.size() ? Optional.of(groupActivities.get(from)) : Optional.empty());
  }

  /** Counts the dates inside the window by binary search; the evidence completes the count. */
  private ObligationStatus counted(ObligationInstance instance, List<LocalDate> dates) {
    int from = firstOnOrAfter(dates, instance.getWindow().getStart());
    int to = firstOnOrAfter(dates, instance.getDue().plusDays(1));
    int required = instance.getRequired();
    Optional<LocalDate> evidence = to - from >= required ? Optional.of(dates.get(from + required - 1)) : Optional.empty();
    return status(instance, evidence, to - from);
  }

  /** Returns the index of the first date on or after {@code date} in sorted dates. */
  private static int firstOnOrAfter(List<LocalDate> dates, LocalDate date) {
    int low = 0;
    int high = dates.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (dates.get(middle).isBefore(date)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private ObligationStatus document(ObligationInstance instance, DocumentKind kind, Optional<Integer> workYear) {
    Optional<LocalDate> first =
        record.getSubmissions().stream()
            .filter(s -> s.getKind() == kind && s.getWorkYear().equals(workYear) && !s.getDate().isAfter(asOf))
            .map(Submission::getDate)
            .min(LocalDate::compareTo);
    return single(instance, first);
  }

  private ObligationStatus single(ObligationInstance instance, Optional<LocalDate> evidence) {
    Optional<LocalDate> known = evidence.filter(date -> !date.isAfter(asOf));
    return status(instance, known, known.isPresent() ? 1 : 0);
  }

  private ObligationStatus attendance(ObligationInstance instance, Activity activity) {
    List<String> absent =
        record.getGroup().getMembers().stream()
            .filter(city -> activity.headsFrom(city) == 0)
            .map(PilotCity::getName)
            .sorted()
            .toList();
    int counted = instance.getRequired() - absent.size();
    if (absent.isEmpty()) {
      return status(instance, Optional.of(activity.getDate()), counted);
    }
    return build(instance, ComplianceStatus.OVERDUE, Optional.empty(), counted).absentMembers(absent).build();
  }

  private ObligationStatus status(ObligationInstance instance, Optional<LocalDate> evidence, int counted) {
    ComplianceStatus status;
    if (evidence.isPresent()) {
      status = evidence.get().isAfter(instance.getDue()) ? ComplianceStatus.MET_LATE : ComplianceStatus.MET;
    } else {
      status = asOf.isAfter(instance.getDue()) ? ComplianceStatus.OVERDUE : ComplianceStatus.PENDING;
    }
    return build(instance, status, evidence, counted).build();
  }

  private ImmutableObligationStatus.Builder build(
      ObligationInstance instance, ComplianceStatus status, Optional<LocalDate> evidence, int counted) {
    return ObligationStatus.builder().instance(instance).status(status).asOf(asOf).evidence(evidence).counted(counted);
  }
}
