package io.github.yilian.county;

import static io.github.yilian.county.CountyFixtures.END_2023;
import static io.github.yilian.county.CountyFixtures.MID_2023;
import static io.github.yilian.county.CountyFixtures.tracker;
import static io.github.yilian.county.CountyFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.yilian.common.Share;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Nested
  class Thresholds {
    @Test
    void thresholdsShowTheirComparison() {
      assertThat(Threshold.atLeast(Share.percent("60"))).hasToString("≥ 60 %");
      assertThat(Threshold.atLeast(Share.percent("12.5"))).hasToString("≥ 12.5 %");
      assertThat(Threshold.atLeast(3)).hasToString("≥ 3");
      assertThat(Threshold.atMost(0)).hasToString("≤ 0");
      assertThat(Threshold.yes()).hasToString("yes");
      assertThat(Threshold.yes().toChinese()).isEqualTo("是");
      assertThat(Threshold.atLeast(3).toChinese()).isEqualTo("≥ 3");
    }

    @Test
    void thresholdsExposeWhatTheyCompare() {
      Threshold share = Threshold.atLeast(Share.of(1, 2));

      assertThat(share.getComparison()).isEqualTo(Threshold.Comparison.AT_LEAST_SHARE);
      assertThat(share.getShare()).isEqualTo(Share.of(1, 2));
      assertThat(Threshold.atMost(4).getCount()).isEqualTo(4);
      assertThat(Threshold.atMost(4).getKind()).isEqualTo(Measured.Kind.COUNT);
      assertThat(Threshold.yes().getKind()).isEqualTo(Measured.Kind.YES_NO);
    }

    @Test
    void equalSharesInValueMakeEqualThresholds() {
      assertThat(Threshold.atLeast(Share.of(2, 4))).isEqualTo(Threshold.atLeast(Share.of(1, 2)))
          .hasSameHashCodeAs(Threshold.atLeast(Share.of(1, 2)));
      assertThat(Threshold.atLeast(2)).isNotEqualTo(Threshold.atMost(2)).isNotEqualTo(Threshold.atLeast(3));
    }

    @Test
    void zeroCountIsAllowedAndNegativeRejected() {
      assertThat(Threshold.atLeast(0).getCount()).isZero();
      assertThatIllegalArgumentException().isThrownBy(() -> Threshold.atMost(-1))
          .withMessage("count -1 is outside the supported counts 0 to 1000000000000");
      assertThatIllegalArgumentException().isThrownBy(() -> Threshold.atLeast(SupportedRange.MAX_COUNT + 1))
          .withMessage("count 1000000000001 is outside the supported counts 0 to 1000000000000");
      assertThat(Threshold.atLeast(SupportedRange.MAX_COUNT).getCount()).isEqualTo(SupportedRange.MAX_COUNT);
    }

    @Test
    void differentThresholdsHashApart() {
      assertThat(Threshold.atLeast(Share.percent("30")).hashCode())
          .isNotEqualTo(Threshold.atLeast(Share.percent("50")).hashCode())
          .isNotEqualTo(Threshold.atLeast(3).hashCode());
    }

    @Test
    void atMostGapIsTheExcess() {
      assertThat(Threshold.atMost(1).gap(Measured.count(4))).isEqualTo(3);
      assertThat(Threshold.atMost(1).isMetBy(Measured.count(1))).isTrue();
    }
  }

  @Nested
  class Values {
    @Test
    void valuesShowThemselves() {
      assertThat(Measured.share(Share.of(3, 5))).hasToString("3/5 (60.0 %)");
      assertThat(Measured.count(2)).hasToString("2");
      assertThat(Measured.yesNo(true)).hasToString("yes");
      assertThat(Measured.yesNo(false)).hasToString("no");
      assertThat(Measured.yesNo(false).toChinese()).isEqualTo("否");
      assertThat(Measured.yesNo(true).toChinese()).isEqualTo("是");
      assertThat(Measured.count(2).toChinese()).isEqualTo("2");
      assertThat(Measured.share(Share.of(3, 5)).toChinese()).isEqualTo("3/5（60.0 %）");
    }

    @Test
    void valuesCompareByKindAndCounts() {
      assertThat(Measured.count(1)).isEqualTo(Measured.count(1)).hasSameHashCodeAs(Measured.count(1))
          .isNotEqualTo(Measured.yesNo(true)).isNotEqualTo(Measured.count(2));
      assertThat(Measured.share(Share.of(1, 2))).isNotEqualTo(Measured.share(Share.of(1, 3)));
      assertThat(Measured.count(1).getKind()).isEqualTo(Measured.Kind.COUNT);
    }

    @Test
    void differentValuesAndScoresHashApart() {
      assertThat(Measured.count(1).hashCode()).isNotEqualTo(Measured.count(2).hashCode());
      assertThat(UnitScore.of("650102", 12, 15).hashCode()).isNotEqualTo(UnitScore.of("650102", 11, 15).hashCode());
    }

    @Test
    void periodResultsCompareByPeriodValueAndStatus() {
      TargetTracker tracker = tracker(tree(1, 1, 0), List.of(
          Fact.yes("P1C1", XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE, LocalDate.of(2022, 1, 1)),
          Fact.yes("P1C1", XinjiangCountyTargets2023.COMMITTEE_REPORT, MID_2023)));
      List<PeriodResult> periods = tracker.status(XinjiangCountyTargets2023.target("T5"), "P1C1", END_2023).getPeriods();
      PeriodResult again = tracker.status(XinjiangCountyTargets2023.target("T5"), "P1C1", END_2023).getPeriods().get(0);

      assertThat(periods.get(0)).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(periods.get(1))
          .isNotEqualTo("2023-01-01/2023-06-30");
      assertThat(periods.get(0).hashCode()).isNotEqualTo(periods.get(1).hashCode());
    }

    @Test
    void transitionBetweenEqualStagesIsNotAReturn() {
      Transition same = Transition.builder().fromStage(EvaluationStage.SELF_ASSESSED)
          .toStage(EvaluationStage.SELF_ASSESSED).unitId("P1").actor("李").date(END_2023).build();

      assertThat(same.isReturn()).isFalse();
    }

    @Test
    void negativeCountIsRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> Measured.count(-1))
          .withMessage("count must not be negative: -1");
    }

    @Test
    void scoresShowAndCompare() {
      UnitScore score = UnitScore.of("650102", 12, 15);

      assertThat(score).hasToString("650102 12/15").isEqualTo(UnitScore.of("650102", 12, 15))
          .hasSameHashCodeAs(UnitScore.of("650102", 12, 15))
          .isNotEqualTo(UnitScore.of("650102", 11, 15)).isNotEqualTo(UnitScore.of("650103", 12, 15));
      assertThat(score.getMet()).isEqualTo(12);
      assertThat(score.getApplicable()).isEqualTo(15);
      assertThat(score.getShare()).isEqualTo(Share.of(12, 15));
    }

    @Test
    void resultsCompareAndExplainInBothLanguages() {
      TargetTracker tracker = tracker(tree(1, 10, 0), List.of(
          Fact.yes("P1C1", XinjiangCountyTargets2023.UNIFIED_PERSONNEL, MID_2023)));
      Target t10 = XinjiangCountyTargets2023.target("T10");
      TargetResult result = tracker.status(t10, "P1", END_2023);

      assertThat(result).isEqualTo(tracker.status(t10, "P1", END_2023))
          .hasSameHashCodeAs(tracker.status(t10, "P1", END_2023))
          .isNotEqualTo(tracker.status(t10, "P1", MID_2023));
      assertThat(result.hashCode()).isNotEqualTo(tracker.status(t10, "P1", MID_2023).hashCode());
      assertThat(result.getAsOf()).isEqualTo(END_2023);
      assertThat(result.getThreshold()).isEqualTo(Threshold.atLeast(Share.percent("30")));
      assertThat(result.getReason().getChinese())
          .isEqualTo("T10 P1：实现人员统一管理的县（市、区）占比 1/10（10.0 %），目标 ≥ 30 %，截止 2023-12-31：未达标，差 2 个县（市、区）");
      assertThat(result).hasToString(result.getReason().getEnglish());
    }

    @Test
    void metResultExplainsWithoutAGap() {
      TargetResult result = tracker(tree(1, 1, 0), List.of(
          Fact.yes("P1C1", XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE, MID_2023)))
          .status(XinjiangCountyTargets2023.target("T4"), "P1C1", END_2023);

      assertThat(result.getReason().getChinese()).endsWith("成立医共体管委会 是，目标 是，截止 2023-12-31：已达标");
      assertThat(result.getReason().getEnglish()).endsWith("management committee founded yes, threshold yes by 2023-12-31: met");
    }

    @Test
    void rollUpNamesItsParentAndTarget() {
      Target t4 = XinjiangCountyTargets2023.target("T4");
      RollUp rollUp = tracker(tree(1, 1, 0), List.of()).rollUp(t4, "P1", END_2023);

      assertThat(rollUp.getParent().getId()).isEqualTo("P1");
      assertThat(rollUp.getTarget()).isEqualTo(t4);
    }

    @Test
    void recurrenceIsBuiltWithoutAStartIndicator() {
      Recurrence recurrence = Recurrence.builder().period(Period.YEAR).firstDay(LocalDate.of(2023, 1, 1))
          .threshold(Threshold.atLeast(1)).build();

      assertThat(recurrence.getStartIndicator()).isEmpty();
    }

    @Test
    void unknownPresetTargetIsRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> XinjiangCountyTargets2023.target("T21"))
          .withMessage("no target T21");
    }
  }

  @Nested
  class Statuses {
    @Test
    void onlyNotApplicableIsNotApplicable() {
      assertThat(TargetStatus.values()).filteredOn(s -> !s.isApplicable()).containsExactly(TargetStatus.NOT_APPLICABLE);
      assertThat(TargetStatus.NOT_APPLICABLE.isMet()).isFalse();
    }

    @Test
    void worseStatusOrdersMissedNoDataNotYetDueMetLateMet() {
      List<TargetStatus> best = List.of(TargetStatus.NOT_APPLICABLE, TargetStatus.MET, TargetStatus.MET_LATE,
          TargetStatus.NOT_YET_DUE, TargetStatus.NO_DATA, TargetStatus.MISSED);
      for (int i = 0; i < best.size(); i++) {
        for (int j = 0; j < best.size(); j++) {
          assertThat(TargetStatus.worse(best.get(i), best.get(j))).isEqualTo(best.get(Math.max(i, j)));
        }
      }
    }
  }

  @Nested
  class Levels {
    @Test
    void aLevelContainsItselfAndTheLevelsBelowIt() {
      assertThat(Level.COUNTY.contains(Level.COUNTY)).isTrue();
      assertThat(Level.COUNTY.contains(Level.PRIMARY_CARE_UNIT)).isTrue();
      assertThat(Level.REGION.contains(Level.LEAD_HOSPITAL)).isTrue();
      assertThat(Level.COUNTY.contains(Level.PREFECTURE)).isFalse();
      assertThat(Level.LEAD_HOSPITAL.contains(Level.PRIMARY_CARE_UNIT)).isFalse();
      assertThat(Level.PRIMARY_CARE_UNIT.contains(Level.LEAD_HOSPITAL)).isFalse();
    }

    @Test
    void countsOfUnitsArePluralCorrect() {
      assertThat(Level.COUNTY.count(1)).isEqualTo("1 county");
      assertThat(Level.COUNTY.count(2)).isEqualTo("2 counties");
      assertThat(Level.COMMUNITY.count(0)).isEqualTo("0 medical communities");
    }
  }

  @Nested
  class Names {
    @Test
    void enumsCarryChineseAndEnglishNames() {
      assertThat(Level.COUNTY.getChineseName()).isEqualTo("县（市、区）");
      assertThat(Level.PREFECTURE.getChineseName()).isEqualTo("地（州、市）");
      assertThat(UnitKind.VILLAGE_CLINIC.getChineseName()).isEqualTo("村卫生室");
      assertThat(UnitKind.TOWNSHIP_HEALTH_CENTRE.getEnglishName()).isEqualTo("township health centre");
      assertThat(Applicability.WHILE_PAIRED.getChineseName()).isEqualTo("包联期间");
      assertThat(Applicability.EVERY_UNIT.getEnglishName()).isEqualTo("every unit");
      assertThat(TargetStatus.NOT_APPLICABLE.getChineseName()).isEqualTo("不适用");
      assertThat(Level.LEAD_HOSPITAL.getParentLevel()).contains(Level.COMMUNITY);
      assertThat(Level.COUNTY.getParentLevel()).contains(Level.PREFECTURE);
      assertThat(Level.REGION.getParentLevel()).isEmpty();
      assertThat(TargetStatus.MET_LATE.getChineseName()).isEqualTo("逾期达标");
      assertThat(Period.HALF_YEAR.getChineseName()).isEqualTo("半年");
      assertThat(Period.HALF_YEAR.getEnglishName()).isEqualTo("half-year");
      assertThat(Measure.EVENTS.getChineseName()).isEqualTo("次数");
      assertThat(EvaluationStage.PREFECTURE_REVIEWED.getChineseName()).isEqualTo("地级复核");
    }

    @Test
    void treeListsAreUnmodifiable() {
      AdministrativeTree tree = tree(1, 2, 1);

      assertThatThrownBy(() -> tree.unitsAt(Level.COUNTY).clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> tree.unitsUnder("P1", Level.COUNTY).clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
