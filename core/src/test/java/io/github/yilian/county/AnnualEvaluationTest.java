package io.github.yilian.county;

import static io.github.yilian.county.CountyFixtures.MID_2023;
import static io.github.yilian.county.CountyFixtures.tracker;
import static io.github.yilian.county.CountyFixtures.tree;
import static io.github.yilian.county.XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.yilian.common.Ranked;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnnualEvaluationTest {

  private static final TargetTracker TRACKER = tracker(tree(2, 2, 1), List.of(
      Fact.yes("P1C1", MANAGEMENT_COMMITTEE, MID_2023),
      Fact.yes("P1C1M", XinjiangCountyTargets2023.PARTY_COMMITTEE, MID_2023)));
  private static final LocalDate JAN_10 = LocalDate.of(2024, 1, 10);
  private static final LocalDate JAN_20 = LocalDate.of(2024, 1, 20);
  private static final LocalDate FEB_1 = LocalDate.of(2024, 2, 1);

  private static AnnualEvaluation draft() {
    return AnnualEvaluation.draft(TRACKER, "P1C1", 2023);
  }

  private static AnnualEvaluation reviewed() {
    return draft().selfAssess("P1C1", "县卫健委 王", JAN_10, Map.of())
        .review("P1", "地区卫健委 李", JAN_20, Map.of());
  }

  @Nested
  class Draft {
    @Test
    void draftTakesTheTrackersStatusesForTheCountyAndItsUnits() {
      AnnualEvaluation draft = draft();

      assertThat(draft.getStage()).isEqualTo(EvaluationStage.DRAFT);
      assertThat(draft.getValues()).hasSize(13)
          .containsEntry("T4", TargetStatus.MET)
          .containsEntry("T6", TargetStatus.MET)
          .containsEntry("T9", TargetStatus.NO_DATA);
      assertThat(draft.getPrefectureId()).isEqualTo("P1");
      assertThat(draft.getRegionId()).isEqualTo("XJ");
      assertThat(draft.getTrail()).isEmpty();
      assertThat(draft.getAuditedValues()).isEmpty();
    }

    @Test
    void countyStatusIsTheFirstUnmetStatusOfItsCommunities() {
      AdministrativeTree tree = AdministrativeTree.builder().addAllUnits(CountyFixtures.units(1, 1, 0))
          .addUnits(CountyFixtures.unit("P1C1N", Level.COMMUNITY, "P1C1"),
              CountyFixtures.unit("P1C1NL", Level.LEAD_HOSPITAL, "P1C1N"))
          .build();
      TargetTracker tracker = tracker(tree, List.of(
          Fact.yes("P1C1M", XinjiangCountyTargets2023.PARTY_COMMITTEE, MID_2023),
          Fact.no("P1C1N", XinjiangCountyTargets2023.PARTY_COMMITTEE, MID_2023),
          Fact.yes("P1C1M", XinjiangCountyTargets2023.FINANCE_CENTRE, MID_2023),
          Fact.yes("P1C1N", XinjiangCountyTargets2023.FINANCE_CENTRE, LocalDate.of(2024, 1, 5))));

      AnnualEvaluation draft = AnnualEvaluation.draft(tracker, "P1C1", 2024);

      assertThat(draft.getValues()).containsEntry("T6", TargetStatus.MISSED)
          .containsEntry("T9", TargetStatus.MET_LATE)
          .containsEntry("T18", TargetStatus.MET);
      assertThat(draft.getYear()).isEqualTo(2024);
    }

    @Test
    void draftOfAPrefectureIsRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> AnnualEvaluation.draft(TRACKER, "P1", 2023))
          .withMessage("unit P1 is not a county of the tree");
    }
  }

  @Nested
  class Steps {
    @Test
    void fullPathRecordsEveryStepAndTheAuditedValuesCount() {
      AnnualEvaluation audited = reviewed()
          .audit("XJ", "自治区卫健委 张", FEB_1, Map.of("T6", TargetStatus.MISSED));

      assertThat(audited.getStage()).isEqualTo(EvaluationStage.REGION_AUDITED);
      assertThat(audited.getAuditedValues()).hasValueSatisfying(v ->
          assertThat(v).containsEntry("T6", TargetStatus.MISSED));
      assertThat(audited.getTrail()).extracting(Transition::getUnitId).containsExactly("P1C1", "P1", "XJ");
      assertThat(audited.getTrail()).extracting(Transition::getToStage).containsExactly(
          EvaluationStage.SELF_ASSESSED, EvaluationStage.PREFECTURE_REVIEWED, EvaluationStage.REGION_AUDITED);
    }

    @Test
    void eachStageMayAdjustTheValues() {
      AnnualEvaluation assessed = draft().selfAssess("P1C1", "王", JAN_10, Map.of("T9", TargetStatus.MET));

      assertThat(assessed.getValues()).containsEntry("T9", TargetStatus.MET);
      assertThat(assessed.getNotMet()).doesNotContain("T9").contains("T5", "T11");
    }

    @Test
    void auditBeforeTheReviewIsRejected() {
      AnnualEvaluation assessed = draft().selfAssess("P1C1", "王", JAN_10, Map.of());

      assertThatIllegalStateException().isThrownBy(() -> assessed.audit("XJ", "张", FEB_1, Map.of()))
          .withMessage("the 2023 evaluation of county P1C1 cannot be audited by the region: it is "
              + "self-assessed by the county, not reviewed by the prefecture");
    }

    @Test
    void anotherPrefectureCannotReview() {
      AnnualEvaluation assessed = draft().selfAssess("P1C1", "王", JAN_10, Map.of());

      assertThatIllegalArgumentException().isThrownBy(() -> assessed.review("P2", "赵", JAN_20, Map.of()))
          .withMessage("unit P2 cannot review the 2023 evaluation of county P1C1: only P1 can");
    }

    @Test
    void anotherCountyCannotSelfAssess() {
      assertThatIllegalArgumentException().isThrownBy(() -> draft().selfAssess("P1C2", "王", JAN_10, Map.of()))
          .withMessage("unit P1C2 cannot self-assess the 2023 evaluation of county P1C1: only P1C1 can");
    }

    @Test
    void stepDatedBeforeTheLastIsRejected() {
      AnnualEvaluation assessed = draft().selfAssess("P1C1", "王", JAN_20, Map.of());

      assertThatIllegalArgumentException().isThrownBy(() -> assessed.review("P1", "李", JAN_10, Map.of()))
          .withMessage("date 2024-01-10 is before the last step on 2024-01-20");
    }

    @Test
    void adjustingAnUnknownTargetIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> draft().selfAssess("P1C1", "王", JAN_10, Map.of("T1", TargetStatus.MET)))
          .withMessage("target T1 is not in the 2023 evaluation of county P1C1");
    }

    @Test
    void auditedEvaluationCannotBeAuditedAgain() {
      AnnualEvaluation audited = reviewed().audit("XJ", "张", FEB_1, Map.of());

      assertThatIllegalStateException().isThrownBy(() -> audited.audit("XJ", "张", FEB_1, Map.of()));
    }
  }

  @Nested
  class Returns {
    @Test
    void regionReturnsAReviewToThePrefectureWithAReason() {
      AnnualEvaluation returned = reviewed().returnForCorrection("XJ", "张", FEB_1, "T5 汇报记录缺失");

      assertThat(returned.getStage()).isEqualTo(EvaluationStage.SELF_ASSESSED);
      Transition last = returned.getTrail().get(2);
      assertThat(last.isReturn()).isTrue();
      assertThat(last.getReason()).contains("T5 汇报记录缺失");
    }

    @Test
    void prefectureReturnsASelfAssessmentToTheCounty() {
      AnnualEvaluation returned = draft().selfAssess("P1C1", "王", JAN_10, Map.of())
          .returnForCorrection("P1", "李", JAN_20, "数据不全");

      assertThat(returned.getStage()).isEqualTo(EvaluationStage.DRAFT);
      assertThat(returned.getTrail().get(0).isReturn()).isFalse();
    }

    @Test
    void countyCannotReturnItsOwnSelfAssessment() {
      AnnualEvaluation assessed = draft().selfAssess("P1C1", "王", JAN_10, Map.of());

      assertThatIllegalArgumentException()
          .isThrownBy(() -> assessed.returnForCorrection("P1C1", "王", JAN_20, "oops"));
    }

    @Test
    void draftCannotBeReturned() {
      assertThatIllegalStateException().isThrownBy(() -> draft().returnForCorrection("P1", "李", JAN_20, "x"))
          .withMessage("the 2023 evaluation of county P1C1 cannot be returned: it is draft");
    }

    @Test
    void returnWithoutAReasonIsRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> reviewed().returnForCorrection("XJ", "张", FEB_1, " "))
          .withMessage("a return for correction needs a reason");
    }
  }

  @Nested
  class ProblemListsAndRanking {
    private final AnnualEvaluation audited = reviewed().audit("XJ", "张", FEB_1, Map.of());
    private final AnnualEvaluation other = AnnualEvaluation.draft(TRACKER, "P1C2", 2023)
        .selfAssess("P1C2", "周", JAN_10, Map.of()).review("P1", "李", JAN_20, Map.of())
        .audit("XJ", "张", FEB_1, Map.of());
    private final AnnualEvaluation pending = AnnualEvaluation.draft(TRACKER, "P1C2", 2023);
    private final AnnualEvaluation elsewhere = AnnualEvaluation.draft(TRACKER, "P2C1", 2023)
        .selfAssess("P2C1", "周", JAN_10, Map.of()).review("P2", "孙", JAN_20, Map.of())
        .audit("XJ", "张", FEB_1, Map.of());

    @Test
    void problemListNamesEveryTargetNotMetByCounty() {
      AnnualEvaluation pendingElsewhere = AnnualEvaluation.draft(TRACKER, "P2C2", 2023);
      ProblemList list = ProblemList.of("P1", List.of(audited, pending, elsewhere, pendingElsewhere));

      assertThat(list.getPrefectureId()).isEqualTo("P1");
      assertThat(list.getProblems()).containsOnlyKeys("P1C1");
      assertThat(list.getProblems().get("P1C1"))
          .containsExactly("T5", "T9", "T11", "T12", "T13", "T14", "T15", "T16", "T17", "T19");
      assertThat(list.getPending()).containsExactly("P1C2");
    }

    @Test
    void rankingOrdersAuditedCountiesByShareMet() {
      assertThat(AnnualEvaluation.ranking(List.of(other, audited, pending)).getEntries())
          .extracting(Ranked::getRank, r -> r.getItem().getUnitId())
          .containsExactly(tuple(1, "P1C1"), tuple(2, "P1C2"));
    }
  }
}
