package io.github.yilian.expert;

import static io.github.yilian.expert.GroupChecker.finding;

import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the experts' activities and evaluation reports against their obligations and reports each
 * breach as a {@link Finding} (seed 000, sections 五(三), 六(二) and 七(三)–(六)):
 *
 * <ul>
 *   <li>{@value #APPROVAL} ({@link Severity#VIOLATION}): an activity in the group's name needs the
 *       bureau's approval on or before its date (经…同意, 六(二); 须事先报…审核备案, 七(三)); an activity
 *       the bureau itself arranged (按照统一的工作部署, 五(三)) needs none;
 *   <li>{@value #COMMERCIAL} ({@link Severity#VIOLATION}): no commercial activity in the group's name,
 *       approved or not (七(五)); with {@link CommercialRule#ANY} no commercial activity at all;
 *   <li>{@value #DISCLOSURE} ({@link Severity#VIOLATION}): no disclosure of internal material without
 *       authorisation (七(四));
 *   <li>{@value #REPORT} ({@link Severity#WARNING}): a summary report is due within the policy's days
 *       after an evaluation ends (七(六)); the seed sets no deadline ("适时报送"), so the days are the
 *       library's reading and an overdue report is a warning whose reason says so;
 *   <li>{@value #ASSIGNMENT}: an evaluation is by a team of the group ({@link Severity#VIOLATION}) of a
 *       province the team is responsible for (分区包段, 五(一) and 七(六); a {@link Severity#WARNING},
 *       as 五(四) lets the bureau entrust other tasks).
 * </ul>
 *
 * <p>Only what happened on or before the as-of date is seen. As-of dates lie in 1900-01-01 to
 * 2200-12-31 ({@link SupportedRange}). This class is immutable and thread-safe.
 */
public final class ObligationChecker {

  /** Rule id: activities in the group's name are approved on or before their date. */
  public static final String APPROVAL = "expert.activity.approval";

  /** Rule id: no commercial activity in the group's name. */
  public static final String COMMERCIAL = "expert.activity.commercial";

  /** Rule id: no unauthorised disclosure of internal material. */
  public static final String DISCLOSURE = "expert.activity.disclosure";

  /** Rule id: evaluation summary reports are on time. */
  public static final String REPORT = "expert.report.overdue";

  /** Rule id: an evaluation is by a team of the group, of a province it is responsible for. */
  public static final String ASSIGNMENT = "expert.evaluation.assignment";

  private final ObligationPolicy policy;

  private ObligationChecker(ObligationPolicy policy) {
    this.policy = policy;
  }

  /**
   * Obtains a checker for an obligation policy.
   *
   * @param policy the report days and the commercial rule, not null
   * @return the checker
   * @throws NullPointerException if {@code policy} is null
   */
  public static ObligationChecker of(ObligationPolicy policy) {
    return new ObligationChecker(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Checks the activities dated on or before a date, in the order given. An approval dated after
   * {@code asOf} is not seen.
   *
   * @param activities the activities, their ids unique, not null and without null elements
   * @param asOf the as-of date, from 1900-01-01 to 2200-12-31
   * @return the findings, subject the activity's id; empty if none
   * @throws IllegalArgumentException if two activities have the same id, or {@code asOf} is outside
   *     the supported dates
   * @throws NullPointerException naming the argument or the element ({@code "activities[2]"}) that
   *     is null
   */
  public List<Finding> checkActivities(List<ExpertActivity> activities, LocalDate asOf) {
    requireUniqueIds(activities, "activities", ExpertActivity::getId);
    SupportedRange.requireDate(asOf, "asOf");
    List<Finding> findings = new ArrayList<>();
    for (ExpertActivity activity : activities) {
      if (activity.getDate().isAfter(asOf)) {
        continue;
      }
      String id = activity.getId();
      Optional<LocalDate> approved = activity.getApprovedOn().filter(d -> !d.isAfter(asOf));
      boolean inTime = approved.filter(d -> !d.isAfter(activity.getDate())).isPresent();
      if (activity.isInGroupName() && !activity.isArrangedByBureau() && !inTime) {
        findings.add(finding(APPROVAL, id, Reasons.notApprovedInTime(activity, approved)));
      }
      if (activity.getKind() == ExpertActivityKind.COMMERCIAL_ENGAGEMENT) {
        if (activity.isInGroupName()) {
          findings.add(finding(COMMERCIAL, id, Reasons.commercialInGroupName(activity)));
        } else if (policy.getCommercialRule() == CommercialRule.ANY) {
          findings.add(finding(COMMERCIAL, id, Reasons.commercialForbiddenByPolicy(activity)));
        }
      }
      if (activity.isDisclosesInternalMaterial() && !activity.isDisclosureAuthorised()) {
        findings.add(finding(DISCLOSURE, id, Reasons.unauthorisedDisclosure(activity)));
      }
    }
    return List.copyOf(findings);
  }

  /**
   * Lists the evaluations whose summary report is overdue on a date: the due date has passed and no
   * report was submitted on or before the as-of date. Each is a {@link Severity#WARNING}: the seed
   * gives no deadline ("适时报送"), and the reason says that the policy's days are the library's
   * reading.
   *
   * @param assignments the evaluations, their ids unique, not null and without null elements
   * @param asOf the as-of date, from 1900-01-01 to 2200-12-31
   * @return a finding per overdue report, subject the assignment's id, in the order given
   * @throws IllegalArgumentException if two assignments have the same id, or {@code asOf} is outside
   *     the supported dates
   * @throws NullPointerException naming the argument or the element ({@code "assignments[2]"}) that
   *     is null
   */
  public List<Finding> overdueReports(List<EvaluationAssignment> assignments, LocalDate asOf) {
    requireUniqueIds(assignments, "assignments", EvaluationAssignment::getId);
    SupportedRange.requireDate(asOf, "asOf");
    List<Finding> findings = new ArrayList<>();
    for (EvaluationAssignment assignment : assignments) {
      LocalDate due = policy.reportDueDate(assignment);
      boolean submitted = assignment.getReportSubmittedOn().filter(d -> !d.isAfter(asOf)).isPresent();
      if (!submitted && asOf.isAfter(due)) {
        long late = ChronoUnit.DAYS.between(due, asOf);
        findings.add(
            finding(REPORT, assignment.getId(), Severity.WARNING, Reasons.reportOverdue(assignment, due, late, policy.getReportDueDays())));
      }
    }
    return List.copyOf(findings);
  }

  /**
   * Checks that each evaluation is by a team of the group and of a province that team is responsible
   * for (分区包段, 五(一) and 七(六)): a team the group does not have is a {@link Severity#VIOLATION}, a
   * province outside the team's a {@link Severity#WARNING} (五(四) lets the bureau entrust other
   * tasks).
   *
   * @param group the group whose teams and provinces are meant, not null
   * @param assignments the evaluations, their ids unique, not null and without null elements
   * @return a finding per misassigned evaluation, subject the assignment's id, in the order given
   * @throws IllegalArgumentException if two assignments have the same id
   * @throws NullPointerException naming the argument or the element ({@code "assignments[2]"}) that
   *     is null
   */
  public List<Finding> checkAssignments(ExpertGroup group, List<EvaluationAssignment> assignments) {
    Objects.requireNonNull(group, "group");
    requireUniqueIds(assignments, "assignments", EvaluationAssignment::getId);
    List<Finding> findings = new ArrayList<>();
    for (EvaluationAssignment assignment : assignments) {
      Optional<ExpertTeam> team = group.findTeam(assignment.getTeam());
      if (team.isEmpty()) {
        findings.add(finding(ASSIGNMENT, assignment.getId(), Reasons.assignmentTeamUnknown(assignment)));
      } else if (!team.get().getProvinces().contains(assignment.getProvince())) {
        findings.add(finding(ASSIGNMENT, assignment.getId(), Severity.WARNING, Reasons.assignmentOutsideTeamProvinces(assignment)));
      }
    }
    return List.copyOf(findings);
  }

  private static <T> void requireUniqueIds(List<T> items, String name, Function<T, String> id) {
    Objects.requireNonNull(items, name);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      T item = Objects.requireNonNull(items.get(i), name + "[" + i + "]");
      if (!seen.add(id.apply(item))) {
        throw new IllegalArgumentException(name + "[" + i + "] repeats the id " + id.apply(item) + " of an earlier item");
      }
    }
  }

  /**
   * Returns the checker in short form, such as
   * {@code "ObligationChecker[reports due 30 days after an evaluation, commercial rule IN_GROUP_NAME]"}.
   *
   * @return the checker and its policy
   */
  @Override
  public String toString() {
    return "ObligationChecker[reports due " + Reasons.days(policy.getReportDueDays()) + " after an evaluation, commercial rule "
        + policy.getCommercialRule() + "]";
  }
}
