package io.github.yilian.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthProperties {

  private static final Rubric POOLED = HaikouAllianceRubric2021.rubric();
  private static final Rubric MEAN = HaikouAllianceRubric2021.builder().growthReading(GrowthReading.MEAN_OF_RATES).build();
  private static final int RESULTS = 10;

  private static CriterionScore results(Rubric rubric, List<MemberVolume> volumes) {
    return rubric.assess(Fixtures.record().memberVolumes(volumes).build()).getScores().get(RESULTS);
  }

  private static List<MemberVolume> outpatients(long previous, long thisYear) {
    return List.of(MemberVolume.of("tcm", Volume.of(previous, 0, 0), Volume.of(thisYear, 0, 0)));
  }

  @Test
  void pointsStepExactlyAtWholePercentagePoints() {
    // base 100 k; growth of exactly p % earns p (5..10), one visit fewer earns p - 1 (0 below 5)
    qt().forAll(integers().between(1, 10_000), integers().between(5, 10)).checkAssert((k, p) -> {
      long base = 100L * k;
      assertThat(results(POOLED, outpatients(base, base + (long) p * k)).getPoints()).isEqualTo(p);
      assertThat(results(POOLED, outpatients(base, base + (long) p * k - 1)).getPoints()).isEqualTo(p == 5 ? 0 : p - 1);
    });
  }

  @Test
  void theReasonWritesThePercentAsThePlainStringOfTheQuantity() {
    qt().forAll(AllianceGenerators.memberVolumes(), org.quicktheories.generators.Generate.enumValues(GrowthReading.class))
        .checkAssert((volumes, reading) -> {
          Growth growth = Growth.of(Fixtures.record().memberVolumes(volumes).build(), reading);
          if (growth != null) {
            assertThat(growth.percentText()).isEqualTo(growth.percent().toPlainString());
          }
        });
  }

  @Test
  void oneRuleServingBothReadingsGivesTheReasonsFreshRulesGive() {
    // the two rubrics share their criteria, so one growth rule keeps the reasons of both readings;
    // growths repeat (a few bases and rises), so kept reasons are read back
    Rubric pooled = HaikouAllianceRubric2021.rubric();
    Rubric mean = Rubric.builder().from(pooled).growthReading(GrowthReading.MEAN_OF_RATES).build();
    qt().withExamples(400).forAll(integers().between(1, 4), integers().between(0, 12), integers().between(0, 2))
        .checkAssert((base, rise, unkept) -> {
          long previous = 1_000L * base;
          Volume before = unkept == 0 ? Volume.of(previous, previous, previous)
              : Volume.builder().outpatientVisits(previous).inpatientAdmissions(previous).build();
          Volume after = unkept == 0 ? Volume.of(previous + 10L * rise, previous, previous + rise)
              : Volume.builder().outpatientVisits(previous + 10L * rise).inpatientAdmissions(previous).build();
          List<MemberVolume> volumes = List.of(MemberVolume.of("tcm", before, after));
          Rubric freshPooled = HaikouAllianceRubric2021.builder().build();
          Rubric freshMean = HaikouAllianceRubric2021.builder().growthReading(GrowthReading.MEAN_OF_RATES).build();
          assertThat(results(pooled, volumes).getReason()).isEqualTo(results(freshPooled, volumes).getReason());
          assertThat(results(mean, volumes).getReason()).isEqualTo(results(freshMean, volumes).getReason());
        });
  }

  @Test
  void smallGrowthsAndFallsKeepTheirSignAndTwoPlaces() {
    assertThat(results(POOLED, outpatients(10_000, 9_995)).getReason().getEnglish()).startsWith("member units' volume grew -0.05 %");
    assertThat(results(POOLED, outpatients(10_000, 10_000)).getReason().getEnglish()).startsWith("member units' volume grew 0.00 %");
    assertThat(results(POOLED, outpatients(10_000, 11_230)).getReason().getChinese()).startsWith("成员单位业务量增长 12.30%（");
    assertThat(results(POOLED, outpatients(3, 1)).getReason().getEnglish()).startsWith("member units' volume grew -66.66 %");
  }

  @Test
  void growthPointsMatchThePlainScorer() {
    qt().forAll(integers().between(0, 100_000), integers().between(0, 200_000)).checkAssert((before, now) -> {
      List<MemberVolume> volumes = outpatients(before, now);
      AllianceAssessmentRecord record = Fixtures.record().memberVolumes(volumes).build();
      assertThat(results(POOLED, volumes).getPoints()).isEqualTo(HaikouOracle.growthPoints(record));
    });
  }

  @Test
  void readingsAgreeWhenAllThreeMeasuresGrowAtTheSameRate() {
    // previous a_k * d, this year a_k * (d + n): every measure grows by n / d
    qt().forAll(integers().between(1, 500), integers().between(1, 500), integers().between(1, 500), integers().between(0, 30))
        .checkAssert((a, b, c, n) -> {
          int d = 100;
          List<MemberVolume> volumes = List.of(
              MemberVolume.of("tcm", Volume.of((long) a * d, (long) b * d, (long) c * d), Volume.of((long) a * (d + n), (long) b * (d + n), (long) c * (d + n))));
          CriterionScore pooled = results(POOLED, volumes);
          CriterionScore mean = results(MEAN, volumes);
          assertThat(mean.getPoints()).isEqualTo(pooled.getPoints());
          assertThat(mean.getQuantity()).isEqualTo(pooled.getQuantity());
        });
  }

  @Test
  void meanOfRatesPointsMatchAPlainFractionScorer() {
    // each measure grows by its own rate, -10 % to +19 %; their mean as one BigInteger fraction n / d
    // earns its whole percent from 5 up, at most 10
    qt().forAll(integers().between(1, 5_000), integers().between(1, 5_000), integers().between(1, 5_000), integers().between(0, 29_999))
        .checkAssert((p1, p2, p3, seed) -> {
          long c1 = p1 * (90L + seed % 30) / 100;
          long c2 = p2 * (90L + seed / 30 % 30) / 100;
          long c3 = p3 * (90L + seed / 900 % 30) / 100;
          BigInteger n = rate(p1, c1).multiply(big(p2)).multiply(big(p3))
              .add(rate(p2, c2).multiply(big(p1)).multiply(big(p3)))
              .add(rate(p3, c3).multiply(big(p1)).multiply(big(p2)));
          BigInteger d = big(3L * p1).multiply(big(p2)).multiply(big(p3));
          int whole = n.signum() < 0 ? 0 : n.divide(d).min(BigInteger.TEN).intValue();
          List<MemberVolume> volumes = List.of(MemberVolume.of("tcm", Volume.of(p1, p2, p3), Volume.of(c1, c2, c3)));
          assertThat(results(MEAN, volumes).getPoints()).isEqualTo(whole < 5 ? 0 : whole);
        });
  }

  @Test
  void meanOfRatesIsTheMeanOverTheMeasuresSomeUnitKeeps() {
    // one unit keeping the measures of a mask, each growing by its own rate: the mean over the kept
    // measures only, as one BigInteger fraction, earns its whole percent from 5 up, at most 10
    qt().forAll(integers().between(1, 7), integers().between(1, 5_000), integers().between(1, 5_000), integers().between(0, 29_999))
        .checkAssert((mask, base, other, seed) -> {
          long[] before = {base, other, base + other};
          long[] after = {before[0] * (90L + seed % 30) / 100, before[1] * (90L + seed / 30 % 30) / 100, before[2] * (90L + seed / 900 % 30) / 100};
          BigInteger n = BigInteger.ZERO;
          BigInteger d = BigInteger.ONE;
          int kept = 0;
          for (int k = 0; k < 3; k++) {
            if ((mask & (1 << k)) != 0) {
              n = n.multiply(big(before[k])).add(rate(before[k], after[k]).multiply(d));
              d = d.multiply(big(before[k]));
              kept++;
            }
          }
          d = d.multiply(big(kept));
          int whole = n.signum() < 0 ? 0 : n.divide(d).min(BigInteger.TEN).intValue();
          List<MemberVolume> volumes = List.of(MemberVolume.of("tcm",
              AllianceGenerators.volume(mask, before[0], before[1], before[2]), AllianceGenerators.volume(mask, after[0], after[1], after[2])));
          CriterionScore score = results(MEAN, volumes);
          assertThat(score.getPoints()).isEqualTo(whole < 5 ? 0 : whole);
          assertThat(score.getReason().getEnglish().contains("left out of the mean")).isEqualTo(mask != 7);
        });
  }

  @Test
  void pooledReadsAMeasureNotKeptLikeFiguresOfZeroAndMeanOfRatesDoesNot() {
    qt().forAll(integers().between(1, 100_000), integers().between(0, 200_000), integers().between(1, 100_000), integers().between(0, 200_000))
        .checkAssert((outBefore, outNow, inBefore, inNow) -> {
          List<MemberVolume> notKept = List.of(MemberVolume.of("tcm",
              Volume.builder().outpatientVisits(outBefore).inpatientAdmissions(inBefore).build(),
              Volume.builder().outpatientVisits(outNow).inpatientAdmissions(inNow).build()));
          List<MemberVolume> zero = List.of(MemberVolume.of("tcm", Volume.of(outBefore, inBefore, 0), Volume.of(outNow, inNow, 0)));
          assertThat(results(POOLED, notKept)).isEqualTo(results(POOLED, zero));
          assertThat(results(MEAN, notKept).getQuantity()).isPresent();
          assertThat(results(MEAN, zero).getQuantity()).isEmpty();
        });
  }

  @Test
  void growthPointsMatchThePlainScorerUpToTheLargestVolumes() {
    qt().forAll(AllianceGenerators.memberVolumes()).checkAssert(volumes -> {
      AllianceAssessmentRecord record = Fixtures.record().memberVolumes(volumes).build();
      assertThat(results(POOLED, volumes).getPoints()).isEqualTo(HaikouOracle.growthPoints(record));
      assertThat(results(MEAN, volumes).getPoints()).isBetween(0, 10);
    });
  }

  private static BigInteger rate(long before, long now) {
    return big(100 * (now - before));
  }

  private static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }
}
