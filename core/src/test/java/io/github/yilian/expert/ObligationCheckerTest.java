package io.github.yilian.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ObligationCheckerTest {

  private static final ObligationChecker CHECKER = ObligationChecker.of(TieredCareExpertGroupMeasures.obligationPolicy());
  private static final LocalDate DATE_2023_05_10 = LocalDate.of(2023, 5, 10);
  private static final LocalDate DATE_2023_05_09 = LocalDate.of(2023, 5, 9);
  private static final LocalDate DATE_2023_05_11 = LocalDate.of(2023, 5, 11);
  private static final LocalDate DATE_2023_12_31 = LocalDate.of(2023, 12, 31);

  private static ExpertActivity.Builder activity(ExpertActivityKind kind, boolean inGroupName) {
    ExpertActivity.Builder builder = ExpertActivity.builder();
    builder.id("a1").expert("e1").kind(kind).date(DATE_2023_05_10).inGroupName(inGroupName);
    return builder;
  }

  private static List<Finding> check(ExpertActivity.Builder activity) {
    return CHECKER.checkActivities(List.of(activity.build()), DATE_2023_12_31);
  }

  @Nested
  class Approval {

    @Test
    void approvalTheDayBeforeIsInTime() {
      assertThat(check(activity(ExpertActivityKind.MEDIA_INTERVIEW, true).approvedOn(DATE_2023_05_09))).isEmpty();
    }

    /** "经国家卫生健康委医政医管局同意": approval on the activity's own date is in time (issue 10). */
    @Test
    void approvalOnTheDayIsInTime() {
      assertThat(check(activity(ExpertActivityKind.MEDIA_INTERVIEW, true).approvedOn(DATE_2023_05_10))).isEmpty();
    }

    @Test
    void approvalTheDayAfterIsLateAndSaysWhen() {
      assertThat(check(activity(ExpertActivityKind.ARTICLE, true).approvedOn(DATE_2023_05_11)))
          .extracting(Finding::getRuleId, Finding::getSeverity, f -> f.getReason().getEnglish(), f -> f.getReason().getChinese())
          .containsExactly(
              tuple(
                  "expert.activity.approval",
                  Severity.VIOLATION,
                  "article a1 in the group's name on 2023-05-10 was approved only on 2023-05-11; approval must come on or before the activity's date",
                  "发表文章 a1 于 2023-05-10 以专家组名义开展，于 2023-05-11 才经医政医管局同意，应于活动当日或之前同意"));
    }

    @Test
    void unapprovedActivityInTheGroupsNameIsReported() {
      assertThat(check(activity(ExpertActivityKind.ARTICLE, true)))
          .extracting(Finding::getSubject, f -> f.getReason().getChinese(), f -> f.getReason().getEnglish())
          .containsExactly(
              tuple(
                  "a1",
                  "发表文章 a1 于 2023-05-10 以专家组名义开展，未经医政医管局同意，应于活动当日或之前同意",
                  "article a1 in the group's name on 2023-05-10 was not approved; approval must come on or before the activity's date"));
    }

    /** "按照统一的工作部署，邀请专家接受新闻媒体采访、撰写专栏文章": what the bureau arranged needs no separate approval. */
    @Test
    void activityTheBureauArrangedNeedsNoSeparateApproval() {
      assertThat(check(activity(ExpertActivityKind.MEDIA_INTERVIEW, true).arrangedByBureau(true))).isEmpty();
      assertThat(activity(ExpertActivityKind.MEDIA_INTERVIEW, true).build().isArrangedByBureau()).isFalse();
    }

    @Test
    void activityTheBureauArrangedMustStillNotDiscloseWithoutAuthorisation() {
      assertThat(check(activity(ExpertActivityKind.MEDIA_INTERVIEW, true).arrangedByBureau(true).disclosesInternalMaterial(true)))
          .extracting(Finding::getRuleId)
          .containsExactly("expert.activity.disclosure");
    }

    @Test
    void approvalAfterTheAsOfDateIsNotSeen() {
      List<Finding> findings =
          CHECKER.checkActivities(List.of(activity(ExpertActivityKind.ARTICLE, true).approvedOn(DATE_2023_05_11).build()), DATE_2023_05_10);

      assertThat(findings).extracting(f -> f.getReason().getEnglish()).singleElement().asString().contains("was not approved");
    }

    @Test
    void activityInOwnNameNeedsNoApproval() {
      assertThat(check(activity(ExpertActivityKind.ARTICLE, false))).isEmpty();
    }

    @Test
    void activityAfterTheAsOfDateIsNotSeen() {
      assertThat(CHECKER.checkActivities(List.of(activity(ExpertActivityKind.ARTICLE, true).build()), DATE_2023_05_09)).isEmpty();
      assertThat(CHECKER.checkActivities(List.of(activity(ExpertActivityKind.ARTICLE, true).build()), DATE_2023_05_10)).hasSize(1);
    }

    @Test
    void activitiesWithTheSameIdAreRejected() {
      ExpertActivity a1 = activity(ExpertActivityKind.ARTICLE, false).build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> CHECKER.checkActivities(List.of(a1, a1), DATE_2023_12_31))
          .withMessage("activities[1] repeats the id a1 of an earlier item");
    }
  }

  @Nested
  class Commercial {

    @Test
    void commercialActivityInTheGroupsNameIsReportedEvenIfApproved() {
      assertThat(check(activity(ExpertActivityKind.COMMERCIAL_ENGAGEMENT, true).approvedOn(DATE_2023_05_09)))
          .extracting(Finding::getRuleId, f -> f.getReason().getEnglish(), f -> f.getReason().getChinese())
          .containsExactly(
              tuple(
                  "expert.activity.commercial",
                  "commercial engagement a1 is commercial and in the group's name, which is never allowed",
                  "商业性活动 a1 以专家组专家名义参加商业性活动，办法不允许"));
    }

    @Test
    void commercialActivityInOwnNameIsAllowedByTheSeed() {
      assertThat(check(activity(ExpertActivityKind.COMMERCIAL_ENGAGEMENT, false))).isEmpty();
    }

    @Test
    void stricterRuleReportsEveryCommercialActivity() {
      ObligationPolicy strict = ObligationPolicy.builder().reportDueDays(30).commercialRule(CommercialRule.ANY).build();

      assertThat(ObligationChecker.of(strict).checkActivities(List.of(activity(ExpertActivityKind.COMMERCIAL_ENGAGEMENT, false).build()), DATE_2023_12_31))
          .extracting(Finding::getRuleId, f -> f.getReason().getEnglish(), f -> f.getReason().getChinese())
          .containsExactly(
              tuple("expert.activity.commercial", "commercial engagement a1 is commercial, which the policy forbids", "商业性活动 a1 为商业性活动，按政策不得参加"));
    }

    @Test
    void stricterRuleReportsACommercialActivityInTheGroupsNameOnce() {
      ObligationPolicy strict = ObligationPolicy.builder().reportDueDays(30).commercialRule(CommercialRule.ANY).build();

      assertThat(ObligationChecker.of(strict).checkActivities(List.of(activity(ExpertActivityKind.COMMERCIAL_ENGAGEMENT, true).arrangedByBureau(true).build()), DATE_2023_12_31))
          .extracting(Finding::getRuleId)
          .containsExactly("expert.activity.commercial");
    }
  }

  @Nested
  class Disclosure {

    @Test
    void unauthorisedDisclosureIsReported() {
      assertThat(check(activity(ExpertActivityKind.MEDIA_INTERVIEW, false).disclosesInternalMaterial(true)))
          .extracting(Finding::getRuleId, f -> f.getReason().getEnglish())
          .containsExactly(tuple("expert.activity.disclosure", "media interview a1 disclosed internal material without authorisation"));
    }

    @Test
    void authorisedDisclosureIsAllowed() {
      assertThat(check(activity(ExpertActivityKind.MEDIA_INTERVIEW, false).disclosesInternalMaterial(true).disclosureAuthorised(true))).isEmpty();
    }
  }

  @Nested
  class Reports {

    private final LocalDate end = LocalDate.of(2023, 6, 30);
    private final LocalDate due = LocalDate.of(2023, 7, 30);

    private EvaluationAssignment.Builder hebei() {
      EvaluationAssignment.Builder builder = EvaluationAssignment.builder();
      builder.id("v1").team("t1").province(Province.HEBEI).period(DateRange.of(LocalDate.of(2023, 6, 1), end));
      return builder;
    }

    @Test
    void reportIsDueThirtyDaysAfterTheEvaluationEnds() {
      assertThat(TieredCareExpertGroupMeasures.obligationPolicy().reportDueDate(hebei().build())).isEqualTo(due);
    }

    /**
     * "调研评估结束后形成总结报告及政策建议……适时报送": the seed sets no deadline, so a report missing after
     * the library's 30 days is a warning whose reason says so (issue 10), counted in days, plural-correct.
     */
    @Test
    void missingReportIsAWarningTheDayAfterTheDueDate() {
      assertThat(CHECKER.overdueReports(List.of(hebei().build()), due)).isEmpty();
      List<Finding> findings = CHECKER.overdueReports(List.of(hebei().build()), due.plusDays(1));

      assertThat(findings)
          .extracting(Finding::getRuleId, Finding::getSubject, Finding::getSeverity, f -> f.getReason().getEnglish())
          .containsExactly(
              tuple(
                  "expert.report.overdue",
                  "v1",
                  Severity.WARNING,
                  "the evaluation of Hebei ended on 2023-06-30; its summary report was due by 2023-07-30 and is 1 day overdue"
                      + " (the seed sets no deadline, only \"in good time\"; 30 days is the library's default)"));
      assertThat(findings.get(0).getReason().getChinese())
          .isEqualTo("对河北省的调研评估于 2023-06-30 结束，总结报告最迟应于 2023-07-30 提交，已逾期 1 天（办法未规定期限，只要求“适时报送”；30 天是本库的默认期限）");
      assertThat(CHECKER.overdueReports(List.of(hebei().build()), due.plusDays(2)))
          .extracting(f -> f.getReason().getEnglish()).singleElement().asString().contains("is 2 days overdue");
    }

    @Test
    void reportSubmittedByTheAsOfDateIsNotOverdueEvenIfLate() {
      assertThat(CHECKER.overdueReports(List.of(hebei().reportSubmittedOn(due.plusDays(5)).build()), due.plusDays(5))).isEmpty();
    }

    @Test
    void reportSubmittedAfterTheAsOfDateIsNotYetSeen() {
      assertThat(CHECKER.overdueReports(List.of(hebei().reportSubmittedOn(due.plusDays(5)).build()), due.plusDays(4))).hasSize(1);
    }

    @Test
    void reportBeforeTheEvaluationEndsIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> hebei().reportSubmittedOn(end.minusDays(1)).build())
          .withMessage("EvaluationAssignment is invalid: reportSubmittedOn: report date 2023-06-29 is before the evaluation ends on 2023-06-30");
    }

    @Test
    void negativeReportDaysAreRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> ObligationPolicy.builder().reportDueDays(-1).build())
          .withMessage("ObligationPolicy is invalid: reportDueDays must be greater than or equal to 0: -1");
    }
  }

  /** "对负责省份开展调研评估" (七(六)) under "分区包段" (五(一)): an evaluation is a team's, of its provinces. */
  @Nested
  class Assignments {

    private final ExpertGroup group =
        Fixtures.group(List.of(), List.of(Fixtures.emptyTeam("t1", Set.of(Province.HEBEI, Province.SHANXI)), Fixtures.emptyTeam("t2", Set.of(Province.GANSU))))
            .build();

    private EvaluationAssignment evaluation(String id, String team, Province province) {
      return EvaluationAssignment.builder().id(id).team(team).province(province)
          .period(DateRange.of(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30))).build();
    }

    @Test
    void evaluationOfAResponsibleProvinceIsInOrder() {
      assertThat(CHECKER.checkAssignments(group, List.of(evaluation("v1", "t1", Province.HEBEI), evaluation("v2", "t2", Province.GANSU)))).isEmpty();
    }

    @Test
    void evaluationByATeamTheGroupDoesNotHaveIsAViolation() {
      assertThat(CHECKER.checkAssignments(group, List.of(evaluation("v1", "t9", Province.HEBEI))))
          .extracting(Finding::getRuleId, Finding::getSubject, Finding::getSeverity, f -> f.getReason().getEnglish(), f -> f.getReason().getChinese())
          .containsExactly(
              tuple("expert.evaluation.assignment", "v1", Severity.VIOLATION, "evaluation v1 names team t9, which is not a team of the group",
                  "调研评估 v1 的小组 t9 不是本专家组的小组"));
    }

    @Test
    void evaluationOfAnotherTeamsProvinceIsAWarning() {
      assertThat(CHECKER.checkAssignments(group, List.of(evaluation("v1", "t1", Province.GANSU))))
          .extracting(Finding::getRuleId, Finding::getSeverity, f -> f.getReason().getEnglish(), f -> f.getReason().getChinese())
          .containsExactly(
              tuple(
                  "expert.evaluation.assignment",
                  Severity.WARNING,
                  "evaluation v1 of Gansu is outside the provinces team t1 is responsible for (province assignment; section 5(4) lets the bureau entrust other tasks, so this is a warning)",
                  "调研评估 v1 评估甘肃省，该省不是小组 t1 的负责省份（分区包段；办法五（四）允许根据工作需要另行委托，故仅作提醒）"));
    }

    @Test
    void assignmentsWithTheSameIdAreRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CHECKER.checkAssignments(group, List.of(evaluation("v1", "t1", Province.HEBEI), evaluation("v1", "t2", Province.GANSU))))
          .withMessage("assignments[1] repeats the id v1 of an earlier item");
    }
  }

  @Test
  void presetForbidsCommercialActivityInTheGroupsNameOnly() {
    assertThat(TieredCareExpertGroupMeasures.obligationPolicy().getCommercialRule()).isEqualTo(CommercialRule.IN_GROUP_NAME);
    assertThat(ObligationPolicy.builder().reportDueDays(30).build().getCommercialRule()).isEqualTo(CommercialRule.IN_GROUP_NAME);
  }
}
