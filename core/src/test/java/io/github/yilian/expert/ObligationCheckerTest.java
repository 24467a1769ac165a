package io.github.yilian.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ObligationCheckerTest {

  private static final ObligationChecker CHECKER = ObligationChecker.of(TieredCareExpertGroupMeasures.obligationPolicy());
  private static final LocalDate DATE_2023_05_10 = LocalDate.of(2023, 5, 10);
  private static final LocalDate DATE_2023_05_09 = LocalDate.of(2023, 5, 9);
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

    @Test
    void approvalOnTheDayIsNotPrior() {
      assertThat(check(activity(ExpertActivityKind.MEDIA_INTERVIEW, true).approvedOn(DATE_2023_05_10)))
          .extracting(Finding::getRuleId, f -> f.getReason().getEnglish())
          .containsExactly(
              tuple("expert.activity.approval", "media interview a1 in the group's name on 2023-05-10 was approved only on 2023-05-10; approval must come before"));
    }

    @Test
    void unapprovedActivityInTheGroupsNameIsReported() {
      assertThat(check(activity(ExpertActivityKind.ARTICLE, true)))
          .extracting(Finding::getSubject, f -> f.getReason().getChinese())
          .containsExactly(tuple("a1", "发表文章 a1 以专家组名义开展，未经医政医管局同意，应事先同意"));
    }

    @Test
    void approvalFindingSaysInBothLanguagesWhetherApprovalCameLateOrNever() {
      assertThat(check(activity(ExpertActivityKind.ARTICLE, true)))
          .extracting(f -> f.getReason().getEnglish())
          .containsExactly("article a1 in the group's name on 2023-05-10 was not approved; approval must come before");
      assertThat(check(activity(ExpertActivityKind.ARTICLE, true).approvedOn(DATE_2023_05_10)))
          .extracting(f -> f.getReason().getChinese())
          .containsExactly("发表文章 a1 以专家组名义开展，于 2023-05-10 才经医政医管局同意，应事先同意");
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
  }

  @Nested
  class Commercial {

    @Test
    void commercialActivityInTheGroupsNameIsReportedEvenIfApproved() {
      assertThat(check(activity(ExpertActivityKind.COMMERCIAL_ENGAGEMENT, true).approvedOn(DATE_2023_05_09)))
          .extracting(Finding::getRuleId, f -> f.getReason().getEnglish(), f -> f.getReason().getChinese())
          .containsExactly(
              tuple("expert.activity.commercial", "commercial engagement a1 is commercial and in the group's name", "商业性活动 a1 以专家组专家名义参加商业性活动"));
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
          .containsExactly(tuple("expert.activity.commercial", "commercial engagement a1 is commercial", "商业性活动 a1 为商业性活动，按政策不得参加"));
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

    @Test
    void missingReportIsOverdueTheDayAfterTheDueDate() {
      assertThat(CHECKER.overdueReports(List.of(hebei().build()), due)).isEmpty();
      assertThat(CHECKER.overdueReports(List.of(hebei().build()), due.plusDays(1)))
          .extracting(Finding::getRuleId, Finding::getSubject, f -> f.getReason().getEnglish())
          .containsExactly(
              tuple("expert.report.overdue", "v1", "the evaluation of Hebei ended on 2023-06-30; its summary report was due by 2023-07-30 and is 1 days overdue"));
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

  @Test
  void presetForbidsCommercialActivityInTheGroupsNameOnly() {
    assertThat(TieredCareExpertGroupMeasures.obligationPolicy().getCommercialRule()).isEqualTo(CommercialRule.IN_GROUP_NAME);
    assertThat(ObligationPolicy.builder().reportDueDays(30).build().getCommercialRule()).isEqualTo(CommercialRule.IN_GROUP_NAME);
  }
}
