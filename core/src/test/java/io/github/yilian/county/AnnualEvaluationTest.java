package io.github.yilian.county;

import static io.github.yilian.county.CountyFixtures.MID_2023;
import static io.github.yilian.county.CountyFixtures.tracker;
import static io.github.yilian.county.CountyFixtures.tree;
import static io.github.yilian.county.XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.yilian.common.Ranked;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
    void draftTakesTheTrackersStatusesForTheCountyItsUnitsAndItsOwnParts() {
      AnnualEvaluation draft = draft();

      assertThat(draft.getStage()).isEqualTo(EvaluationStage.DRAFT);
      // county T4, T5; community 8; lead hospital 2; own parts T1, T2, T7, T8, T10; T19 not applicable
      assertThat(draft.getValues()).hasSize(17)
          .containsEntry("T4", TargetStatus.MET)
          .containsEntry("T6", TargetStatus.MET)
          .containsEntry("T9", TargetStatus.NO_DATA)
          .containsKeys("T1", "T2", "T7", "T8", "T10")
          .doesNotContainKeys("T3", "T19", "T20");
      assertThat(draft.getNotApplicable()).containsExactly("T19");
      assertThat(draft.getResults()).filteredOn(TargetResult::isOwnPart).extracting(TargetResult::getRuleId)
          .containsExactly("T1", "T2", "T7", "T8", "T10");
      assertThat(draft.getPrefectureId()).isEqualTo("P1");
      assertThat(draft.getRegionId()).isEqualTo("XJ");
      assertThat(draft.getTrail()).isEmpty();
      assertThat(draft.getAuditedValues()).isEmpty();
    }

    @Test
    void countyStatusIsTheWorstStatusOfItsCommunities() {
      AdministrativeTree tree = AdministrativeTree.builder().addAllUnits(CountyFixtures.units(1, 1, 0))
          .addUnits(CountyFixtures.unit("P1C1N", Level.COMMUNITY, "P1C1"),
              CountyFixtures.unit("P1C1NL", Level.LEAD_HOSPITAL, "P1C1N"))
          .build();
      TargetTracker tracker = tracker(tree, List.of(
          Fact.yes("P1C1M", XinjiangCountyTargets2023.PARTY_COMMITTEE, MID_2023),
          Fact.no("P1C1N", XinjiangCountyTargets2023.PARTY_COMMITTEE, MID_2023),
          Fact.yes("P1C1M", XinjiangCountyTargets2023.FINANCE_CENTRE, MID_2023),
          Fact.yes("P1C1M", XinjiangCountyTargets2023.ASSET_SHARING, MID_2023),
          Fact.yes("P1C1N", XinjiangCountyTargets2023.FINANCE_CENTRE, LocalDate.of(2024, 1, 5)),
          Fact.yes("P1C1N", XinjiangCountyTargets2023.ASSET_SHARING, LocalDate.of(2024, 1, 5)),
          Fact.yes("P1C1M", XinjiangCountyTargets2023.UNIFIED_DRUG_LIST, MID_2023)));

      AnnualEvaluation draft = AnnualEvaluation.draft(tracker, "P1C1", 2024);

      // T11: one community met, the other has no data; no data is worse than met
      assertThat(draft.getValues()).containsEntry("T6", TargetStatus.MISSED)
          .containsEntry("T9", TargetStatus.MET_LATE)
          .containsEntry("T11", TargetStatus.NO_DATA)
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
          .isThrownBy(() -> draft().selfAssess("P1C1", "王", JAN_10, Map.of("T20", TargetStatus.MET)))
          .withMessage("target T20 is not in the 2023 evaluation of county P1C1");
    }

    @Test
    void auditedEvaluationCannotBeAuditedAgain() {
      AnnualEvaluation audited = reviewed().audit("XJ", "张", FEB_1, Map.of());

      assertThatIllegalStateException().isThrownBy(() -> audited.audit("XJ", "张", FEB_1, Map.of()))
          .withMessage("the 2023 evaluation of county P1C1 cannot be audited by the region: it is audited by "
              + "the region and final");
    }

    /**
     * "县级自评、地级复核、区级审核": an audited evaluation is final; a second review does not move it back
     * (it did before: review() accepted a step one stage back).
     */
    @Test
    void auditedEvaluationCannotBeReviewedAgain() {
      AnnualEvaluation audited = reviewed().audit("XJ", "张", FEB_1, Map.of());

      assertThatIllegalStateException().isThrownBy(() -> audited.review("P1", "李", FEB_1, Map.of()))
          .withMessage("the 2023 evaluation of county P1C1 cannot be reviewed by the prefecture: it is audited "
              + "by the region and final");
      assertThatIllegalStateException().isThrownBy(() -> audited.selfAssess("P1C1", "王", FEB_1, Map.of()));
      assertThat(audited.getStage()).isEqualTo(EvaluationStage.REGION_AUDITED);
    }

    @Test
    void reviewedEvaluationCannotBeSelfAssessedAgain() {
      assertThatIllegalStateException().isThrownBy(() -> reviewed().selfAssess("P1C1", "王", FEB_1, Map.of()))
          .withMessage("the 2023 evaluation of county P1C1 cannot be self-assessed by the county: it is "
              + "reviewed by the prefecture, not draft");
    }

    @Test
    void reviewedEvaluationCannotBeReviewedTwice() {
      assertThatIllegalStateException().isThrownBy(() -> reviewed().review("P1", "李", FEB_1, Map.of()))
          .withMessage("the 2023 evaluation of county P1C1 cannot be reviewed by the prefecture: it is "
              + "reviewed by the prefecture, not self-assessed by the county");
    }

    @Test
    void draftCannotBeReviewed() {
      assertThatIllegalStateException().isThrownBy(() -> draft().review("P1", "李", JAN_20, Map.of()));
    }

    @Test
    void stepWithANullDateNamesIt() {
      assertThatNullPointerException().isThrownBy(() -> draft().selfAssess("P1C1", "王", null, Map.of()))
          .withMessage("date");
      assertThatNullPointerException()
          .isThrownBy(() -> reviewed().returnForCorrection("XJ", "张", null, "理由"))
          .withMessage("date");
    }

    @Test
    void stepWithANullActorOrUnitOrAdjustmentsNamesIt() {
      assertThatNullPointerException().isThrownBy(() -> draft().selfAssess("P1C1", null, JAN_10, Map.of()))
          .withMessage("actor");
      assertThatNullPointerException().isThrownBy(() -> draft().selfAssess(null, "王", JAN_10, Map.of()))
          .withMessage("unitId");
      assertThatNullPointerException().isThrownBy(() -> draft().selfAssess("P1C1", "王", JAN_10, null))
          .withMessage("adjustments");
      Map<String, TargetStatus> nullStatus = new HashMap<>();
      nullStatus.put("T5", null);
      assertThatNullPointerException().isThrownBy(() -> draft().selfAssess("P1C1", "王", JAN_10, nullStatus))
          .withMessage("adjustments[T5]");
    }

    @Test
    void stepOutsideTheSupportedDatesIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> draft().selfAssess("P1C1", "王", LocalDate.MAX, Map.of()))
          .withMessage("date +999999999-12-31 is outside the supported dates 1900-01-01 to 2200-12-31");
    }

    @Test
    void blankActorIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> draft().selfAssess("P1C1", " ", JAN_10, Map.of()))
          .withMessageContaining("actor");
    }

    @Test
    void adjustingToNotApplicableIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> draft().selfAssess("P1C1", "王", JAN_10, Map.of("T5", TargetStatus.NOT_APPLICABLE)))
          .withMessage("target T5 cannot be adjusted to not applicable: applicability follows from the data");
    }

    @Test
    void evaluationReadsInEnglish() {
      AnnualEvaluation audited = reviewed().audit("XJ", "张", FEB_1, Map.of());

      assertThat(audited).hasToString("2023 evaluation of county P1C1, audited by the region: 3 of 17 targets met; "
          + "not met: T1 no data, T2 no data, T5 missed, T7 no data, T8 no data, T9 no data, T10 no data, "
          + "T11 no data, T12 no data, T13 missed, T14 no data, T15 no data, T16 no data, T17 no data; "
          + "not applicable: T19");
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
    void auditedEvaluationCannotBeReturned() {
      AnnualEvaluation audited = reviewed().audit("XJ", "张", FEB_1, Map.of());

      assertThatIllegalStateException()
          .isThrownBy(() -> audited.returnForCorrection("XJ", "张", FEB_1, "复核有误"))
          .withMessage("the 2023 evaluation of county P1C1 cannot be returned: it is audited by the region and final");
    }

    @Test
    void returnedReviewCanBeReviewedAgainAndAudited() {
      AnnualEvaluation audited = reviewed().returnForCorrection("XJ", "张", FEB_1, "T5 汇报记录缺失")
          .review("P1", "李", FEB_1.plusDays(3), Map.of("T5", TargetStatus.MISSED))
          .audit("XJ", "张", FEB_1.plusDays(5), Map.of());

      assertThat(audited.getTrail()).extracting(Transition::getToStage).containsExactly(
          EvaluationStage.SELF_ASSESSED, EvaluationStage.PREFECTURE_REVIEWED, EvaluationStage.SELF_ASSESSED,
          EvaluationStage.PREFECTURE_REVIEWED, EvaluationStage.REGION_AUDITED);
      assertThat(audited.getTrail()).extracting(Transition::isReturn)
          .containsExactly(false, false, true, false, false);
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
      assertThatNullPointerException().isThrownBy(() -> reviewed().returnForCorrection("XJ", "张", FEB_1, null))
          .withMessage("reason");
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
      assertThat(list.getProblems().get("P1C1")).containsExactly(
          "T1", "T2", "T5", "T7", "T8", "T9", "T10", "T11", "T12", "T13", "T14", "T15", "T16", "T17");
      assertThat(list.getPending()).containsExactly("P1C2");
      assertThat(list).hasToString("problem list of prefecture P1: P1C1 T1, T2, T5, T7, T8, T9, T10, T11, T12, "
          + "T13, T14, T15, T16, T17; pending: P1C2");
    }

    @Test
    void problemListOfAPrefectureWithNothingAuditedSaysSo() {
      assertThat(ProblemList.of("P1", List.of(pending))).hasToString(
          "problem list of prefecture P1: no audited county; pending: P1C2");
      assertThat(ProblemList.of("P1", List.of())).hasToString("problem list of prefecture P1: no audited county");
    }

    @Test
    void nullEvaluationIsNamedByItsPosition() {
      List<AnnualEvaluation> withNull = new ArrayList<>(List.of(audited));
      withNull.add(null);

      assertThatNullPointerException().isThrownBy(() -> ProblemList.of("P1", withNull))
          .withMessage("evaluations[1]");
      assertThatNullPointerException().isThrownBy(() -> AnnualEvaluation.ranking(withNull))
          .withMessage("evaluations[1]");
    }

    @Test
    void rankingOrdersAuditedCountiesByShareMet() {
      assertThat(AnnualEvaluation.ranking(List.of(other, audited, pending)).getEntries())
          .extracting(Ranked::getRank, r -> r.getItem().getUnitId())
          .containsExactly(tuple(1, "P1C1"), tuple(2, "P1C2"));
    }
  }

  @Nested
  class Fidelity {
    private final LocalDate founded = LocalDate.of(2022, 12, 1);

    private AnnualEvaluation draftOf(List<Fact> facts, List<Pairing> pairings) {
      MonitoringData data = MonitoringData.builder().tree(tree(1, 2, 1)).addAllFacts(facts).addAllPairings(pairings)
          .build();
      return AnnualEvaluation.draft(TargetTracker.of(XinjiangCountyTargets2023.policy(), data), "P1C1", 2023);
    }

    /**
     * "管委会……每半年至少听取一次医共体建设工作汇报": a county with no committee report for January–June
     * misses T5 in its annual evaluation, whatever it reported in the second half.
     */
    @Test
    void countyWithNoJanuaryToJuneReportMissesT5InItsAnnualEvaluation() {
      AnnualEvaluation draft = draftOf(List.of(Fact.yes("P1C1", MANAGEMENT_COMMITTEE, founded),
          Fact.count("P1C1", XinjiangCountyTargets2023.COMMITTEE_REPORT, LocalDate.of(2023, 9, 1), 2)), List.of());

      assertThat(draft.getValues()).containsEntry("T5", TargetStatus.MISSED);
      assertThat(draft.getResults()).filteredOn(r -> r.getRuleId().equals("T5")).singleElement()
          .satisfies(r -> assertThat(r.getPeriods()).hasSize(2));
    }

    @Test
    void countyWithAReportInEachHalfMeetsT5() {
      AnnualEvaluation draft = draftOf(List.of(Fact.yes("P1C1", MANAGEMENT_COMMITTEE, founded),
          Fact.yes("P1C1", XinjiangCountyTargets2023.COMMITTEE_REPORT, LocalDate.of(2023, 4, 1)),
          Fact.yes("P1C1", XinjiangCountyTargets2023.COMMITTEE_REPORT, LocalDate.of(2023, 10, 1))), List.of());

      assertThat(draft.getValues()).containsEntry("T5", TargetStatus.MET);
    }

    /** "委党组成员……对包联县(市、区)开展实地指导": an unpaired county's evaluation leaves T19 out. */
    @Test
    void unpairedCountyLeavesT19OutOfItsEvaluationAndProblemList() {
      AnnualEvaluation draft = draftOf(List.of(), List.of(Pairing.of("m1", "P1C2", LocalDate.of(2023, 1, 1))));

      assertThat(draft.getValues()).doesNotContainKey("T19");
      assertThat(draft.getNotApplicable()).containsExactly("T19");
      AnnualEvaluation audited = draft.selfAssess("P1C1", "王", JAN_10, Map.of())
          .review("P1", "李", JAN_20, Map.of()).audit("XJ", "张", FEB_1, Map.of());
      assertThat(ProblemList.of("P1", List.of(audited)).getProblems().get("P1C1")).doesNotContain("T19");
    }

    @Test
    void pairedCountyWithOneVisitMissesT19() {
      AnnualEvaluation draft = draftOf(List.of(
              Fact.yes("P1C1", XinjiangCountyTargets2023.PAIRING_VISIT, LocalDate.of(2023, 6, 1))),
          List.of(Pairing.of("m1", "P1C1", LocalDate.of(2023, 4, 7))));

      assertThat(draft.getValues()).containsEntry("T19", TargetStatus.MISSED);
      assertThat(draft.getNotApplicable()).isEmpty();
    }

    /**
     * "每年以县为单位……开展评价": a county's evaluation shows and scores its own part in T8 and T10 (the
     * county pays by global budget and manages personnel in a unified way), against 50 % and 30 %.
     */
    @Test
    void evaluationShowsAndScoresTheCountysOwnPartInShareTargetsJudgedAbove() {
      AnnualEvaluation draft = draftOf(List.of(
          Fact.yes("P1C1", XinjiangCountyTargets2023.GLOBAL_BUDGET, MID_2023),
          Fact.no("P1C1", XinjiangCountyTargets2023.UNIFIED_PERSONNEL, MID_2023),
          Fact.yes("P1C1M", XinjiangCountyTargets2023.TIGHT, MID_2023),
          Fact.yes("P1C1MU1", XinjiangCountyTargets2023.PUBLIC_FUNDING, MID_2023)), List.of());

      assertThat(draft.getValues()).containsEntry("T1", TargetStatus.MET).containsEntry("T2", TargetStatus.MET)
          .containsEntry("T7", TargetStatus.MET).containsEntry("T8", TargetStatus.MET)
          .containsEntry("T10", TargetStatus.MISSED);
      AnnualEvaluation audited = draft.selfAssess("P1C1", "王", JAN_10, Map.of())
          .review("P1", "李", JAN_20, Map.of()).audit("XJ", "张", FEB_1, Map.of());
      // met: T1, T2, T7, T8 (own parts) and T18 (no overlong secondment) of 17
      assertThat(AnnualEvaluation.ranking(List.of(audited)).getEntries().get(0).getItem())
          .isEqualTo(UnitScore.of("P1C1", 5, 17));
    }
  }
}
