package io.github.yilian.alliance;

import static io.github.yilian.alliance.Fixtures.MARCH_1;
import static io.github.yilian.alliance.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RubricTest {

  private static final BilingualText NAME = BilingualText.of("某市细则", "a city's rubric");
  private static final Criterion CHARTER = Criterion.of("charter", NAME, YesNoRule.of(YesNoFact.CHARTER_ADOPTED, 40));
  private static final Criterion OUTREACH = Criterion.of("outreach", NAME, PerItemRule.of(CountedEvidence.OUTREACH_DAYS, 10, 60));
  private static final GradeBand GOOD = GradeBand.of(Grade.GOOD, 50, new BigDecimal("200000"));
  private static final GradeBand PASS = GradeBand.of(Grade.PASS, 30, new BigDecimal("100000"));

  private static Rubric.Builder rubric() {
    Rubric.Builder builder = Rubric.builder();
    builder.id("city").name(NAME).totalPoints(100).addCriteria(CHARTER, OUTREACH);
    return builder;
  }

  @Nested
  class CustomRubric {

    @Test
    void anotherCitysRubricScoresByItsOwnRules() {
      Rubric city = rubric().addGradeBands(GOOD, PASS).build();
      AllianceAssessment assessment = city.assess(record().charterAdopted(true)
          .addOutreachVisits(OutreachVisit.of(MARCH_1, "tcm", OutreachKind.CLINIC)).build());

      assertThat(assessment.getTotal()).isEqualTo(50);
      assertThat(assessment.getGrade()).isEqualTo(Grade.PASS);
      assertThat(assessment.getFunding()).isEqualByComparingTo("100000");
    }

    @Test
    void rubricWithoutBandsFailsEveryTotal() {
      assertThat(rubric().build().gradeFor(100)).isEqualTo(Grade.FAIL);
    }

    @Test
    void maximaNotAddingUpToTheTotalAreRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> rubric().totalPoints(99).build())
          .withMessage("Rubric is invalid: criteria: criteria maxima add up to 100, not the total 99");
    }

    @Test
    void duplicateCriterionIdIsRejected() {
      Criterion twin = Criterion.of("charter", NAME, YesNoRule.of(YesNoFact.ACADEMIC_CONFERENCE_HELD, 40));
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Rubric.builder().id("c").name(NAME).totalPoints(80).addCriteria(CHARTER, twin).build())
          .withMessage("Rubric is invalid: criteria: criterion id charter is used more than once");
    }

    @Test
    void bandsOutOfOrderAreRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> rubric().addGradeBands(PASS, GOOD).build())
          .withMessageContaining("gradeBands: band GOOD above 50 is out of order");
    }

    @Test
    void bandWithMoreFundingBelowABetterOneIsRejected() {
      GradeBand richPass = GradeBand.of(Grade.PASS, 30, new BigDecimal("300000"));
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> rubric().addGradeBands(GOOD, richPass).build())
          .withMessageContaining("band PASS above 30 is out of order");
    }

    @Test
    void bandWithSameBoundAsABetterOneIsRejected() {
      GradeBand samePass = GradeBand.of(Grade.PASS, 50, BigDecimal.ONE);
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> rubric().addGradeBands(GOOD, samePass).build())
          .withMessageContaining("band PASS above 50 is out of order");
    }

    @Test
    void sameGradeTwiceIsRejected() {
      GradeBand lowerGood = GradeBand.of(Grade.GOOD, 30, BigDecimal.ONE);
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> rubric().addGradeBands(GOOD, lowerGood).build())
          .withMessageContaining("band GOOD above 30 is out of order");
    }

    @Test
    void equalFundingForTwoBandsIsAccepted() {
      GradeBand samePass = GradeBand.of(Grade.PASS, 30, new BigDecimal("200000"));

      assertThat(rubric().addGradeBands(GOOD, samePass).build().fundingFor(31)).isEqualByComparingTo("200000");
    }

    @Test
    void failBandIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> rubric().addGradeBands(GradeBand.of(Grade.FAIL, 0, BigDecimal.ZERO)).build())
          .withMessageContaining("band FAIL above 0 is out of order");
    }

    @Test
    void maximaWhoseIntSumWrapsRoundAreNotMistakenForTheTotal() {
      // MAX + MAX + 3 wraps round to 1 as an int sum
      Criterion huge = Criterion.of("a", NAME, PerItemRule.of(CountedEvidence.OUTREACH_DAYS, 1, Integer.MAX_VALUE));
      Criterion huger = Criterion.of("b", NAME, PerItemRule.of(CountedEvidence.TRAINEES, 1, Integer.MAX_VALUE));
      Criterion three = Criterion.of("c", NAME, YesNoRule.of(YesNoFact.CHARTER_ADOPTED, 3));

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Rubric.builder().id("c").name(NAME).totalPoints(1).addCriteria(huge, huger, three).build())
          .withMessage("Rubric is invalid: criteria: criteria maxima add up to 4294967297, not the total 1");
    }

    @Test
    void totalAboveTheLargestSupportedIsRejected() {
      Criterion big = Criterion.of("a", NAME, PerItemRule.of(CountedEvidence.OUTREACH_DAYS, 1, 10_001));

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Rubric.builder().id("c").name(NAME).totalPoints(10_001).addCriteria(big).build())
          .withMessage("Rubric is invalid: totalPoints must be less than or equal to 10000: 10001");
    }

    @Test
    void rubricWithoutCriteriaIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Rubric.builder().id("c").name(NAME).totalPoints(1).build())
          .withMessageContaining("criteria size must be between 1 and");
    }

    @Test
    void nullRecordIsNamed() {
      assertThatNullPointerException().isThrownBy(() -> rubric().build().assess(null)).withMessage("record");
    }
  }

  @Nested
  class RuleParameters {

    @Test
    void negativeFundingIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> GradeBand.of(Grade.PASS, 60, new BigDecimal("-1")))
          .withMessage("GradeBand is invalid: funding must be greater than or equal to 0: -1");
    }

    @Test
    void levelRuleNeedsOnePointsValuePerLevel() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> LevelRule.of(LeveledEvidence.RESULT_SHARING, List.of(0, 5)))
          .withMessage("LevelRule is invalid: pointsByLevel: number of points values 2 does not match the number of levels 3 of the state");
    }

    @Test
    void levelRuleRejectsNegativePoints() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> LevelRule.of(LeveledEvidence.RESULT_SHARING, List.of(-1, 2, 5)))
          .withMessage("LevelRule is invalid: pointsByLevel: points [-1, 2, 5] must not be negative and the highest must be positive");
    }

    @Test
    void levelRuleRejectsAllZero() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> LevelRule.of(LeveledEvidence.REFERRAL_STANDARD, List.of(0, 0, 0)))
          .withMessageContaining("must not be negative and the highest must be positive");
    }

    @Test
    void growthRuleRejectsThresholdPointsAboveTheCap() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> GrowthRule.builder().thresholdPercent(BigDecimal.ONE).pointsAtThreshold(11)
              .stepPercent(BigDecimal.ONE).pointsPerStep(1).cap(10).build())
          .withMessage("GrowthRule is invalid: pointsAtThreshold: points at the threshold 11 are above the cap 10");
    }

    @Test
    void growthRuleAcceptsThresholdPointsEqualToTheCap() {
      GrowthRule flat = GrowthRule.builder().thresholdPercent(BigDecimal.ONE).pointsAtThreshold(10)
          .stepPercent(BigDecimal.ONE).pointsPerStep(1).cap(10).build();

      assertThat(flat.maxPoints()).isEqualTo(10);
    }

    @Test
    void growthRuleAwardsItsOwnPointsPerStep() {
      // 3 points at 2 %, 2 more per further 0.5 point, cap 10: 3.4 % is 2 whole steps -> 7
      GrowthRule rule = GrowthRule.builder().thresholdPercent(new BigDecimal("2")).pointsAtThreshold(3)
          .stepPercent(new BigDecimal("0.5")).pointsPerStep(2).cap(10).build();
      Rubric city = Rubric.builder().id("c").name(NAME).totalPoints(10).addCriteria(Criterion.of("g", NAME, rule)).build();
      AllianceAssessmentRecord record = record()
          .addMemberVolumes(MemberVolume.of("tcm", Volume.of(1000, 0, 0), Volume.of(1034, 0, 0))).build();

      assertThat(city.assess(record).getTotal()).isEqualTo(7);
    }

    @Test
    void targetCountRuleDeductsItsOwnAmountPerMissingOne() {
      TargetCountRule rule = TargetCountRule.builder().evidence(CountedEvidence.WORKING_MEETINGS).target(4).points(10).deductionPerMissing(3).build();
      Rubric city = Rubric.builder().id("c").name(NAME).totalPoints(10).addCriteria(Criterion.of("m", NAME, rule)).build();

      assertThat(city.assess(record().addMeetingDates(MARCH_1, MARCH_1).build()).getTotal()).isEqualTo(4);
      assertThat(city.assess(record().build()).getTotal()).isZero();
    }

    @Test
    void growthRuleRejectsAThresholdWithAHugeScale() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> GrowthRule.builder().thresholdPercent(new BigDecimal("1E-20000000")).pointsAtThreshold(1)
              .stepPercent(BigDecimal.ONE).pointsPerStep(1).cap(10).build())
          .withMessage("GrowthRule is invalid: thresholdPercent numeric value out of bounds (<6 digits>.<4 digits> expected): 1E-20000000");
    }

    @Test
    void growthRuleRejectsAStepOfHugeMagnitude() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> GrowthRule.builder().thresholdPercent(BigDecimal.ONE).pointsAtThreshold(1)
              .stepPercent(new BigDecimal("1E+2147483000")).pointsPerStep(1).cap(10).build())
          .withMessage("GrowthRule is invalid: stepPercent numeric value out of bounds (<6 digits>.<4 digits> expected): 1E+2147483000");
    }

    @Test
    void growthRuleAcceptsTheLargestAndFinestSupportedPercent() {
      GrowthRule rule = GrowthRule.builder().thresholdPercent(new BigDecimal("999999.9999")).pointsAtThreshold(1)
          .stepPercent(new BigDecimal("0.0001")).pointsPerStep(1).cap(10).build();

      assertThat(rule.getStepPercent()).isEqualByComparingTo("0.0001");
    }

    @Test
    void fundingWithMoreThanFenIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> GradeBand.of(Grade.PASS, 60, new BigDecimal("0.001")))
          .withMessage("GradeBand is invalid: funding numeric value out of bounds (<15 digits>.<2 digits> expected): 0.001");
    }

    @Test
    void growthRuleRejectsZeroStep() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> GrowthRule.builder().thresholdPercent(BigDecimal.ONE).pointsAtThreshold(1)
              .stepPercent(BigDecimal.ZERO).pointsPerStep(1).cap(10).build())
          .withMessage("GrowthRule is invalid: stepPercent must be greater than 0: 0");
    }

    @Test
    void perItemRuleRejectsZeroCap() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> PerItemRule.of(CountedEvidence.TRAINEES, 1, 0))
          .withMessage("PerItemRule is invalid: cap must be greater than 0: 0");
    }

    @Test
    void targetCountRuleRejectsNegativeDeduction() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> TargetCountRule.builder().evidence(CountedEvidence.WORKING_MEETINGS).target(12).points(5).deductionPerMissing(-1).build())
          .withMessage("TargetCountRule is invalid: deductionPerMissing must be greater than or equal to 0: -1");
    }

    @Test
    void statusRuleRejectsNegativePoints() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> StatusRule.of(-3, 5, 15))
          .withMessage("StatusRule is invalid: declaredPoints must be greater than or equal to 0: -3");
    }

    @Test
    void yesNoRuleRejectsZeroPoints() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> YesNoRule.of(YesNoFact.CHARTER_ADOPTED, 0))
          .withMessage("YesNoRule is invalid: points must be greater than 0: 0");
    }

    @Test
    void blankCriterionIdIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Criterion.of(" ", NAME, YesNoRule.of(YesNoFact.CHARTER_ADOPTED, 5)))
          .withMessage("Criterion is invalid: id must not be blank: \" \"");
    }
  }

  @Test
  void haikouPresetIsOneSharedInstance() {
    assertThat(HaikouAllianceRubric2021.rubric()).isNotNull().isSameAs(HaikouAllianceRubric2021.rubric());
  }

  @Test
  void everyEnumConstantHasBothNames() {
    List<Named> all = new java.util.ArrayList<>();
    for (Class<? extends Enum<?>> type : List.of(OutreachKind.class, TrainingKind.class, ReferralStandard.class, ResultSharing.class,
        ProjectStatus.class, PartyActivityKind.class, CommitteeRole.class, Grade.class, GrowthReading.class, OutreachCounting.class,
        YesNoFact.class, CountedEvidence.class, LeveledEvidence.class, VolumeMeasure.class, ResultSharingReading.class, ResearchCounting.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        all.add((Named) constant);
      }
    }

    assertThat(all).hasSize(49).allSatisfy(named -> {
      assertThat(named.getChineseName()).isNotBlank();
      assertThat(named.getEnglishName()).isNotBlank().isEqualTo(named.getName().getEnglish());
    });
  }

  @Test
  void enumsCarryChineseAndEnglishNames() {
    assertThat(Grade.EXCELLENT.getChineseName()).isEqualTo("优秀");
    assertThat(Grade.EXCELLENT.getEnglishName()).isEqualTo("excellent");
    assertThat(LeveledEvidence.RESULT_SHARING.getLevelCount()).isEqualTo(3);
  }
}
