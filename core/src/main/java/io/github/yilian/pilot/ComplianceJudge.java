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
 * Judges each instance of a group's own obligations as of a date from the activities begun and
 * the documents dated on or before it (seed 001, 三, 四(二), 五). A report on the last day of its
 * period is on time; a count obligation (P2, P6, P12) is met by the activity that completes the
 * count inside its window, an activity counting on its first day; attendance (P9, P14) that was
 * missed is pending until the activity's last day and overdue from then on. P13 is the ministry's
 * and is never judged.
 */
final class ComplianceJudge {

  private final CollaborationProgramme programme;
  private final GroupRecord record;
  private final LocalDate asOf;
  private final Map<String, Activity> byId;
  private final List<LocalDate> groupActivities;
  private final List<LocalDate> exchanges;

  ComplianceJudge(CollaborationProgramme programme, GroupRecord record, LocalDate asOf) {
    this.programme = programme;
    this.record = record;
    this.asOf = asOf;
    List<Activity> activities =
        record.getActivities().stream()
            .filter(a -> !a.getDate().isAfter(asOf))
            .sorted(Comparator.comparing(Activity::getDate))
            .toList();
    this.byId = activities.stream().collect(Collectors.toMap(Activity::getId, Function.identity()));
    this.groupActivities = dates(activities, a -> a.getKind().isGroupActivity());
    this.exchanges = dates(activities, a -> a.getKind() == ActivityKind.INTER_GROUP_EXCHANGE);
  }

  /** The first days of the activities of a kind begun by the as-of date, in order. */
  private static List<LocalDate> dates(List<Activity> activities, Predicate<Activity> kind) {
    return activities.stream().filter(kind).map(Activity::getDate).toList();
  }

  ObligationStatus judge(ObligationInstance instance) {
    return switch (instance.getObligation()) {
      case P1 -> firstActivity(instance);
      case P2, P6 -> counted(instance, groupActivities);
      case P12 -> counted(instance, exchanges);
      case P3 -> document(instance, DocumentKind.EXPERIENCE_REPORT);
      case P4 -> document(instance, DocumentKind.POLICY_DRAFT);
      case P5 -> document(instance, DocumentKind.POLICY_MEASURES);
      case P10 -> document(instance, DocumentKind.WORK_PLAN);
      case P11 -> document(instance, DocumentKind.WORK_SUMMARY);
      case P7 -> single(instance, activity(instance).getPlanSubmitted());
      case P8 -> single(instance, activity(instance).getReportSubmitted());
      case P9 -> headsAttendance(instance, activity(instance));
      case P14 -> expertsAttendance(instance, activity(instance));
      case P13 -> throw new IllegalArgumentException("P13 is the ministry's duty and is never judged");
    };
  }

  private Activity activity(ObligationInstance instance) {
    return byId.get(instance.getSubject());
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

  /**
   * The earliest submission of a kind dated by the as-of date; an annual kind must name the
   * instance's work year.
   */
  private ObligationStatus document(ObligationInstance instance, DocumentKind kind) {
    Optional<Integer> workYear = kind.isAnnual() ? Optional.of(instance.getYear().orElseThrow()) : Optional.empty();
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

  /** P9: every member city sent at least one health-bureau head. */
  private ObligationStatus headsAttendance(ObligationInstance instance, Activity activity) {
    List<String> absent =
        record.getGroup().getMembers().stream()
            .filter(city -> activity.headsFrom(city) == 0)
            .map(PilotCity::getName)
            .sorted()
            .toList();
    int counted = instance.getRequired() - absent.size();
    return attendance(instance, activity, absent.isEmpty(), counted).absentMembers(absent).build();
  }

  /** P14: both of the group's guiding experts and the ministry's liaisons attended. */
  private ObligationStatus expertsAttendance(ObligationInstance instance, Activity activity) {
    List<String> absent =
        record.getGroup().getGuidingExperts().stream()
            .filter(expert -> !activity.getGuidingExpertsPresent().contains(expert))
            .toList();
    boolean liaisonAbsent = !activity.isLiaisonPresent();
    int counted = instance.getRequired() - absent.size() - (liaisonAbsent ? 1 : 0);
    return attendance(instance, activity, absent.isEmpty() && !liaisonAbsent, counted)
        .absentExperts(absent)
        .liaisonAbsent(liaisonAbsent)
        .build();
  }

  /** Met on the first day if everyone came; otherwise pending until the last day, then overdue. */
  private ImmutableObligationStatus.Builder attendance(
      ObligationInstance instance, Activity activity, boolean everyone, int counted) {
    if (everyone) {
      return build(instance, ComplianceStatus.MET, Optional.of(activity.getDate()), counted);
    }
    ComplianceStatus status = asOf.isBefore(instance.getDue()) ? ComplianceStatus.PENDING : ComplianceStatus.OVERDUE;
    return build(instance, status, Optional.empty(), counted);
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
