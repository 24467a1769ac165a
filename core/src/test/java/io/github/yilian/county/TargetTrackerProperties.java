package io.github.yilian.county;

import static io.github.yilian.county.CountyFixtures.END_2023;
import static io.github.yilian.county.CountyGenerators.countiesAndQualifying;
import static io.github.yilian.county.CountyGenerators.data;
import static io.github.yilian.county.CountyGenerators.days;
import static io.github.yilian.county.CountyGenerators.prefectureOf;
import static io.github.yilian.county.CountyGenerators.shareTarget;
import static io.github.yilian.county.CountyGenerators.thresholds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.yilian.common.Ranked;
import io.github.yilian.common.Share;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetTrackerProperties {

  /** Judges a share-of-counties target for a prefecture of {@code n} counties, {@code k} of them yes. */
  private static TargetResult judgeShare(int n, int k, Share threshold) {
    AdministrativeTree tree = prefectureOf(n);
    List<Fact> facts = new ArrayList<>();
    List<Unit> counties = tree.unitsAt(Level.COUNTY);
    for (int i = 0; i < n; i++) {
      String id = counties.get(i).getId();
      facts.add(i < k ? Fact.yes(id, "flag", END_2023) : Fact.no(id, "flag", END_2023));
    }
    Target target = shareTarget(threshold);
    MonitoringData data = MonitoringData.builder().tree(tree).addAllFacts(facts).build();
    return TargetTracker.of(TargetPolicy.of(List.of(target)), data).status(target, "P1", END_2023);
  }

  @Test
  void shareLiesBetweenZeroAndOneAndMeetsExactlyByCrossMultiplication() {
    qt().withExamples(300).forAll(countiesAndQualifying(), thresholds()).checkAssert((nk, threshold) -> {
      TargetResult result = judgeShare(nk[0], nk[1], threshold);
      Share share = result.getValue().orElseThrow().getShare();
      boolean oracle = BigInteger.valueOf(nk[1]).multiply(BigInteger.valueOf(threshold.getDenominator()))
          .compareTo(BigInteger.valueOf(threshold.getNumerator()).multiply(BigInteger.valueOf(nk[0]))) >= 0;
      assertThat(share.meets(Share.ZERO) && Share.ONE.meets(share)).isTrue();
      assertThat(result.getStatus() == TargetStatus.MET).isEqualTo(oracle);
    });
  }

  @Test
  void addingAQualifyingUnitNeverLowersTheShareNorUnmeetsNorWidensTheGap() {
    qt().withExamples(300).forAll(countiesAndQualifying(), thresholds())
        .assuming((nk, threshold) -> nk[1] < nk[0])
        .checkAssert((nk, threshold) -> {
          TargetResult before = judgeShare(nk[0], nk[1], threshold);
          TargetResult after = judgeShare(nk[0], nk[1] + 1, threshold);
          assertThat(after.getValue().orElseThrow().getShare()
              .isLessThan(before.getValue().orElseThrow().getShare())).isFalse();
          assertThat(!before.getStatus().isMet() || after.getStatus().isMet()).isTrue();
          assertThat(after.getGap()).isLessThanOrEqualTo(before.getGap());
        });
  }

  @Test
  void gapIsZeroExactlyWhenMetAndAddingTheGapMeetsTheTarget() {
    qt().withExamples(300).forAll(countiesAndQualifying(), thresholds()).checkAssert((nk, threshold) -> {
      TargetResult result = judgeShare(nk[0], nk[1], threshold);
      assertThat(result.getGap() == 0).isEqualTo(result.getStatus().isMet());
      int filled = nk[1] + (int) result.getGap();
      assertThat(judgeShare(nk[0], filled, threshold).getStatus()).isEqualTo(TargetStatus.MET);
    });
  }

  @Test
  void statusAsOfADateNeverDependsOnLaterFacts() {
    qt().withExamples(200).forAll(data(), days()).checkAssert((data, asOf) -> {
      MonitoringData known = MonitoringData.builder().tree(data.getTree())
          .addAllFacts(data.getFacts().stream().filter(f -> !f.getDate().isAfter(asOf)).toList())
          .addAllSecondments(data.getSecondments().stream().filter(s -> !s.getStart().isAfter(asOf))
              .map(s -> Secondment.builder().id(s.getId()).unitId(s.getUnitId()).start(s.getStart())
                  .end(s.getEnd().isAfter(asOf) ? asOf : s.getEnd()).approved(s.isApproved()).build())
              .toList())
          .build();
      TargetPolicy policy = XinjiangCountyTargets2023.policy();
      assertThat(TargetTracker.of(policy, known).dashboard(asOf).getResults())
          .isEqualTo(TargetTracker.of(policy, data).dashboard(asOf).getResults());
    });
  }

  @Test
  void yearlyCountIsTheSumOfTheYearsEventsUpToTheDate() {
    Target t13 = XinjiangCountyTargets2023.target("T13");
    qt().withExamples(200).forAll(data(), days()).checkAssert((data, asOf) -> {
      TargetResult result = TargetTracker.of(XinjiangCountyTargets2023.policy(), data)
          .status(t13, "P1C1ML", asOf);
      LocalDate start = result.getPeriod().orElseThrow().getStart();
      long oracle = data.getFacts().stream()
          .filter(f -> f.getUnitId().equals("P1C1ML") && f.getIndicator().equals(t13.getIndicator()))
          .filter(f -> !f.getDate().isBefore(start) && !f.getDate().isAfter(asOf)
              && !f.getDate().isAfter(result.getDeadline()))
          .mapToLong(Fact::getValue).sum();
      assertThat(result.getValue().orElseThrow().getCount()).isEqualTo(oracle);
    });
  }

  @Test
  void countyRankingIsAPermutationWithSharedRanksForEqualScores() {
    qt().withExamples(100).forAll(data(), days()).checkAssert((data, asOf) -> {
      List<Ranked<UnitScore>> entries = TargetTracker.of(XinjiangCountyTargets2023.policy(), data)
          .ranking(Level.COUNTY, asOf.getYear()).getEntries();
      assertThat(entries).extracting(e -> e.getItem().getUnitId())
          .containsExactlyInAnyOrderElementsOf(data.getTree().unitsAt(Level.COUNTY).stream().map(Unit::getId).toList());
      for (Ranked<UnitScore> entry : entries) {
        long better = entries.stream()
            .filter(o -> o.getItem().getShare().isGreaterThan(entry.getItem().getShare())).count();
        assertThat(entry.getRank()).isEqualTo(better + 1);
      }
    });
  }
}
