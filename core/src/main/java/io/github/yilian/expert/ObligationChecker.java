package io.github.yilian.expert;

import static io.github.yilian.expert.GroupChecker.finding;

import io.github.yilian.common.Finding;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the experts' activities and evaluation reports against their obligations and reports each
 * breach as a {@link Finding} (seed 000, sections 六(二) and 七(三)–(六)):
 *
 * <ul>
 *   <li>{@value #APPROVAL}: an activity in the group's name needs the bureau's approval before its
 *       date (六(二), 七(三));
 *   <li>{@value #COMMERCIAL}: no commercial activity in the group's name, approved or not (七(五));
 *       with {@link CommercialRule#ANY} no commercial activity at all;
 *   <li>{@value #DISCLOSURE}: no disclosure of internal material without authorisation (七(四));
 *   <li>{@value #REPORT}: a summary report is due within the policy's days after an evaluation ends
 *       (七(六)).
 * </ul>
 *
 * <p>Only what happened on or before the as-of date is seen. This class is immutable and
 * thread-safe.
 */
public final class ObligationChecker {

  /** Rule id: activities in the group's name are approved in advance. */
  public static final String APPROVAL = "expert.activity.approval";

  /** Rule id: no commercial activity in the group's name. */
  public static final String COMMERCIAL = "expert.activity.commercial";

  /** Rule id: no unauthorised disclosure of internal material. */
  public static final String DISCLOSURE = "expert.activity.disclosure";

  /** Rule id: evaluation summary reports are on time. */
  public static final String REPORT = "expert.report.overdue";

  private final ObligationPolicy policy;

  private ObligationChecker(ObligationPolicy policy) {
    this.policy = policy;
  }

  /**
   * Obtains a checker for an obligation policy.
   *
   * @param policy the report days and the commercial rule, not null
   * @return the checker
   */
  public static ObligationChecker of(ObligationPolicy policy) {
    return new ObligationChecker(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Checks the activities dated on or before a date, in the order given.
   *
   * @param activities the activities, not null
   * @param asOf the as-of date, not null
   * @return the findings, subject the activity's id; empty if none
   */
  public List<Finding> checkActivities(List<ExpertActivity> activities, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Finding> findings = new ArrayList<>();
    for (ExpertActivity activity : activities) {
      if (activity.getDate().isAfter(asOf)) {
        continue;
      }
      String id = activity.getId();
      String what = activity.getKind().getChineseName() + " " + id;
      String whatEn = activity.getKind().getEnglishName() + " " + id;
      Optional<LocalDate> approved = activity.getApprovedOn();
      if (activity.isInGroupName() && approved.filter(d -> d.isBefore(activity.getDate())).isEmpty()) {
        findings.add(
            finding(
                APPROVAL,
                id,
                what + " 以专家组名义开展，" + approved.map(d -> "于 " + d + " 才经").orElse("未经") + "医政医管局同意，应事先同意",
                whatEn + " in the group's name on " + activity.getDate()
                    + approved.map(d -> " was approved only on " + d).orElse(" was not approved") + "; approval must come before"));
      }
      if (activity.getKind() == ExpertActivityKind.COMMERCIAL_ENGAGEMENT
          && (activity.isInGroupName() || policy.getCommercialRule() == CommercialRule.ANY)) {
        findings.add(
            finding(
                COMMERCIAL,
                id,
                what + (activity.isInGroupName() ? " 以专家组专家名义参加商业性活动" : " 为商业性活动，按政策不得参加"),
                whatEn + (activity.isInGroupName() ? " is commercial and in the group's name" : " is commercial")));
      }
      if (activity.isDisclosesInternalMaterial() && !activity.isDisclosureAuthorised()) {
        findings.add(finding(DISCLOSURE, id, what + " 未经授权公开内部情况和内容", whatEn + " disclosed internal material without authorisation"));
      }
    }
    return List.copyOf(findings);
  }

  /**
   * Lists the evaluations whose summary report is overdue on a date: the due date has passed and no
   * report was submitted on or before the as-of date.
   *
   * @param assignments the evaluations, not null
   * @param asOf the as-of date, not null
   * @return a finding per overdue report, subject the assignment's id, in the order given
   */
  public List<Finding> overdueReports(List<EvaluationAssignment> assignments, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Finding> findings = new ArrayList<>();
    for (EvaluationAssignment assignment : assignments) {
      LocalDate due = policy.reportDueDate(assignment);
      boolean submitted = assignment.getReportSubmittedOn().filter(d -> !d.isAfter(asOf)).isPresent();
      if (!submitted && asOf.isAfter(due)) {
        long late = ChronoUnit.DAYS.between(due, asOf);
        Province province = assignment.getProvince();
        LocalDate end = assignment.getPeriod().getEnd();
        findings.add(
            finding(
                REPORT,
                assignment.getId(),
                "对" + province.getChineseName() + "的调研评估于 " + end + " 结束，总结报告应于 " + due + " 前提交，已逾期 " + late + " 天",
                "the evaluation of " + province.getEnglishName() + " ended on " + end + "; its summary report was due by " + due
                    + " and is " + late + " days overdue"));
      }
    }
    return List.copyOf(findings);
  }
}
