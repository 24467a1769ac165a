package io.github.yilian.county;

import static io.github.yilian.county.CountyFixtures.END_2023;
import static io.github.yilian.county.CountyGenerators.anyData;
import static io.github.yilian.county.CountyGenerators.countiesAndQualifying;
import static io.github.yilian.county.CountyGenerators.data;
import static io.github.yilian.county.CountyGenerators.days;
import static io.github.yilian.county.CountyGenerators.facts;
import static io.github.yilian.county.CountyGenerators.nearDays;
import static io.github.yilian.county.CountyGenerators.prefectureOf;
import static io.github.yilian.county.CountyGenerators.shareTarget;
import static io.github.yilian.county.CountyGenerators.thresholds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.yilian.common.Ranked;
import io.github.yilian.common.Ranking;
import io.github.yilian.common.Share;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetTrackerProperties {

  private static final TargetPolicy PRESET = XinjiangCountyTargets2023.policy();

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

  /** {@code ceil(share × total)}, by BigInteger arithmetic. */
  private static long ceilOfTimes(Share share, long total) {
    BigInteger[] qr = BigInteger.valueOf(share.getNumerator()).multiply(BigInteger.valueOf(total))
        .divideAndRemainder(BigInteger.valueOf(share.getDenominator()));
    return qr[0].longValueExact() + qr[1].signum();
  }

  private static MonitoringData with(MonitoringData data, List<Fact> extra) {
    return MonitoringData.builder().from(data).addAllFacts(extra).build();
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
    qt().withExamples(100).forAll(anyData(), days()).checkAssert((data, asOf) -> {
      MonitoringData known = MonitoringData.builder().tree(data.getTree())
          .addAllFacts(data.getFacts().stream().filter(f -> !f.getDate().isAfter(asOf)).toList())
          .addAllSecondments(data.getSecondments().stream().filter(s -> !s.getStart().isAfter(asOf))
              .map(s -> Secondment.builder().from(s).end(s.getEnd().isAfter(asOf) ? asOf : s.getEnd()).build())
              .toList())
          .addAllPairings(data.getPairings().stream().filter(p -> !p.getFirstDay().isAfter(asOf))
              .map(p -> Pairing.of(p.getMemberId(), p.getUnitId(), p.getFirstDay(),
                  p.getLastDay().filter(last -> !last.isAfter(asOf)).orElse(asOf)))
              .toList())
          .build();
      assertThat(TargetTracker.of(PRESET, known).dashboard(asOf).getResults())
          .isEqualTo(TargetTracker.of(PRESET, data).dashboard(asOf).getResults());
    });
  }

  @Test
  void yearlyCountIsTheSumOfTheEventsOfTheAsOfYearUpToTheDate() {
    Target t13 = XinjiangCountyTargets2023.target("T13");
    qt().withExamples(200).forAll(data(), days()).checkAssert((data, asOf) -> {
      TargetResult result = TargetTracker.of(PRESET, data).status(t13, "P1C1ML", asOf);
      if (asOf.getYear() < 2023) {
        assertThat(result.getStatus()).isEqualTo(TargetStatus.NOT_YET_DUE);
        assertThat(result.getPeriods()).isEmpty();
        return;
      }
      LocalDate start = LocalDate.of(asOf.getYear(), 1, 1);
      BigInteger oracle = data.getFacts().stream()
          .filter(f -> f.getUnitId().equals("P1C1ML") && f.getIndicator().equals(t13.getIndicator()))
          .filter(f -> !f.getDate().isBefore(start) && !f.getDate().isAfter(asOf))
          .map(f -> BigInteger.valueOf(f.getValue())).reduce(BigInteger.ZERO, BigInteger::add);
      assertThat(result.getPeriods()).hasSize(1);
      assertThat(result.getValue().orElseThrow().getCount())
          .isEqualTo(oracle.min(BigInteger.valueOf(Long.MAX_VALUE)).longValueExact());
    });
  }

  /**
   * "每半年至少听取一次" and every other recurring target: the status is missed exactly when an
   * applicable period that has ended was missed (or the running one is broken for good), met when
   * every ended applicable period was met, and the running period's status while none has ended.
   */
  @Test
  void recurringStatusIsTheWorstOfItsPeriods() {
    List<Target> recurring = PRESET.getTargets().stream().filter(t -> t.getRecurrence().isPresent()).toList();
    qt().withExamples(100).forAll(anyData(), days()).checkAssert((data, asOf) -> {
      TargetTracker tracker = TargetTracker.of(PRESET, data);
      for (Target target : recurring) {
        for (TargetResult result : tracker.results(target, asOf)) {
          List<PeriodResult> applicable = result.getPeriods().stream()
              .filter(p -> p.getStatus().isApplicable()).toList();
          List<PeriodResult> ended = applicable.stream().filter(PeriodResult::isEnded).toList();
          for (PeriodResult period : result.getPeriods()) {
            assertThat(period.isEnded()).isEqualTo(!period.getPeriod().getEnd().isAfter(asOf));
            assertThat(period.getPeriod().getStart().getYear()).isEqualTo(asOf.getYear());
          }
          boolean anyMissed = applicable.stream().anyMatch(p -> p.getStatus() == TargetStatus.MISSED);
          if (anyMissed) {
            assertThat(result.getStatus()).isEqualTo(TargetStatus.MISSED);
          } else if (!ended.isEmpty() && ended.stream().allMatch(p -> p.getStatus() == TargetStatus.MET)) {
            assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
          } else if (ended.isEmpty() && !applicable.isEmpty()) {
            assertThat(result.getStatus()).isEqualTo(applicable.get(applicable.size() - 1).getStatus());
          }
          if (!result.getPeriods().isEmpty() && applicable.isEmpty()) {
            assertThat(result.getStatus()).isEqualTo(TargetStatus.NOT_APPLICABLE);
          }
        }
      }
    });
  }

  /**
   * "每半年至少听取一次" (T5), "每年至少" (T13, T17, T19, T20): a period that ended and was missed stays
   * missed whatever facts come later and however late in its year the target is judged again.
   */
  @Test
  void aMissedPeriodStaysMissedWhateverComesLater() {
    List<Target> recurring = PRESET.getTargets().stream().filter(t -> t.getRecurrence().isPresent()).toList();
    qt().withExamples(120).forAll(data(), nearDays(), lists().of(facts()).ofSizeBetween(1, 40))
        .checkAssert((data, asOf, later) -> {
          LocalDate endOfYear = LocalDate.of(asOf.getYear(), 12, 31);
          MonitoringData more = with(data, later.stream().filter(f -> f.getDate().isAfter(asOf)).toList());
          TargetTracker before = TargetTracker.of(PRESET, data);
          TargetTracker after = TargetTracker.of(PRESET, more);
          for (Target target : recurring) {
            for (TargetResult result : before.results(target, asOf)) {
              for (PeriodResult period : result.getPeriods()) {
                if (period.isEnded() && period.getStatus() == TargetStatus.MISSED) {
                  TargetResult again = after.status(target, result.getUnit().getId(), endOfYear);
                  assertThat(again.getStatus()).isEqualTo(TargetStatus.MISSED);
                  assertThat(again.getPeriods()).filteredOn(p -> p.getPeriod().equals(period.getPeriod()))
                      .singleElement().extracting(PeriodResult::getStatus).isEqualTo(TargetStatus.MISSED);
                }
              }
            }
          }
        });
  }

  /**
   * "委党组成员每年不少于2次对包联县开展实地指导": visits recorded for a county that is not paired, and
   * studios in village clinics, never change a roll-up, the dashboard or a ranking.
   */
  @Test
  void notApplicableUnitsNeverChangeARollUpOrRanking() {
    Target t19 = XinjiangCountyTargets2023.target("T19");
    qt().withExamples(100).forAll(anyData(), nearDays(), lists().of(nearDays()).ofSizeBetween(1, 6))
        .checkAssert((data, asOf, days) -> {
          TargetTracker tracker = TargetTracker.of(PRESET, data);
          List<String> exempt = tracker.results(t19, asOf).stream()
              .filter(r -> r.getStatus() == TargetStatus.NOT_APPLICABLE).map(r -> r.getUnit().getId()).toList();
          List<Fact> extra = new ArrayList<>();
          for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i).withYear(asOf.getYear());
            if (!exempt.isEmpty()) {
              extra.add(Fact.count(exempt.get(i % exempt.size()), XinjiangCountyTargets2023.PAIRING_VISIT, day, 5));
            }
          }
          data.getTree().unitsAt(Level.PRIMARY_CARE_UNIT).stream()
              .filter(u -> u.getKind().orElseThrow() == UnitKind.VILLAGE_CLINIC)
              .forEach(u -> extra.add(Fact.yes(u.getId(), XinjiangCountyTargets2023.STUDIO, days.get(0))));
          TargetTracker more = TargetTracker.of(PRESET, with(data, extra));
          RollUp rollUp = tracker.rollUp(t19, "XJ", asOf);
          RollUp rollUpAfter = more.rollUp(t19, "XJ", asOf);
          assertThat(rollUpAfter.getMet()).isEqualTo(rollUp.getMet());
          assertThat(rollUpAfter.getNotMet()).isEqualTo(rollUp.getNotMet());
          assertThat(rollUp.getShare().map(s -> s.getDenominator()).orElse(0L))
              .isEqualTo(rollUp.getMet().size() + rollUp.getNotMet().size());
          assertThat(rollUp.getNotApplicable()).extracting(r -> r.getUnit().getId())
              .containsExactlyElementsOf(exempt);
          Ranking<UnitScore> ranking = tracker.ranking(Level.COUNTY, tracker.dashboard(asOf));
          assertThat(more.ranking(Level.COUNTY, more.dashboard(asOf))).isEqualTo(ranking);
        });
  }

  /**
   * With no data the gap is what is needed from nothing: no unit qualifies, the count is 0, the
   * answer is no; never 0 unless nothing already meets the threshold.
   */
  @Test
  void noDataCarriesTheGapNeededFromNothing() {
    qt().withExamples(100).forAll(anyData(), days()).checkAssert((data, asOf) -> {
      for (TargetResult result : TargetTracker.of(PRESET, data).dashboard(asOf).getResults()) {
        if (result.getStatus() != TargetStatus.NO_DATA) {
          continue;
        }
        Target target = result.getTarget();
        Threshold threshold = result.getThreshold();
        long expected = switch (target.getMeasure()) {
          case STATE -> 1;
          case SHARE_OF_UNITS -> ceilOfTimes(threshold.getShare(), data.getTree()
              .unitsUnder(result.getUnit().getId(), target.getCountedLevel().orElseThrow()).stream()
              .filter(u -> target.getCountedKinds().isEmpty() || target.getCountedKinds().contains(u.getKind().orElseThrow()))
              .count());
          case REPORTED_SHARE -> ceilOfTimes(threshold.getShare(), 1);
          default -> threshold.getCount();
        };
        assertThat(result.getGap()).isEqualTo(expected);
        assertThat(result.getValue()).isEmpty();
      }
    });
  }

  @Test
  void countyRankingIsAPermutationWithSharedRanksForEqualScores() {
    qt().withExamples(100).forAll(anyData(), days()).checkAssert((data, asOf) -> {
      List<Ranked<UnitScore>> entries = TargetTracker.of(PRESET, data)
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

  /** Every result of a dashboard holds the spec's invariants, whatever the tree, data and date. */
  @Test
  void everyResultHoldsTheInvariants() {
    Set<TargetStatus> periodStatuses = Set.of(TargetStatus.MET, TargetStatus.MISSED, TargetStatus.NOT_YET_DUE,
        TargetStatus.NO_DATA, TargetStatus.NOT_APPLICABLE);
    qt().withExamples(60).forAll(anyData(), days()).checkAssert((data, asOf) -> {
      List<String> broken = new ArrayList<>();
      for (TargetResult result : TargetTracker.of(PRESET, data).dashboard(asOf).getResults()) {
        TargetStatus status = result.getStatus();
        boolean beforeFirstPeriod = result.getTarget().getRecurrence().isPresent() && result.getPeriods().isEmpty();
        boolean judged = status.isApplicable() && status != TargetStatus.NO_DATA && !beforeFirstPeriod;
        String zh = result.getReason().getChinese();
        boolean holds = result.getGap() >= 0
            && (!judged || (result.getGap() == 0) == status.isMet())
            && (status.isApplicable() || result.getGap() == 0 && result.getValue().isEmpty())
            && result.getValue().filter(v -> v.getKind() == Measured.Kind.SHARE)
                .map(v -> Share.ONE.meets(v.getShare())).orElse(true)
            && result.getPeriods().stream().map(PeriodResult::getStatus).allMatch(periodStatuses::contains)
            && !zh.contains(",") && !zh.contains(":") && !zh.contains("(")
            && !result.getReason().getEnglish().isBlank();
        if (!holds) {
          broken.add(result.getReason().getEnglish());
        }
      }
      assertThat(broken).isEmpty();
    });
  }
}
