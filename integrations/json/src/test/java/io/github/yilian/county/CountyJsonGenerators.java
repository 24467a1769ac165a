package io.github.yilian.county;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.yilian.common.Ranking;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the {@code county} models and results for the JSON round-trip properties, built on
 * {@link CountyGenerators}: monitoring data about a small tree judged under the Xinjiang targets.
 */
public final class CountyJsonGenerators {

  private static final List<Target> TARGETS = XinjiangCountyTargets2023.targets();

  private CountyJsonGenerators() {}

  /**
   * Trees: the generators' two prefectures, or one prefecture of 1 to 12 counties.
   *
   * @return a generator of trees
   */
  public static Gen<AdministrativeTree> trees() {
    return integers().between(0, 12).map(n -> n == 0 ? CountyGenerators.TREE : CountyGenerators.prefectureOf(n));
  }

  /**
   * Monitoring data of up to 80 facts and some secondments.
   *
   * @return a generator of data
   */
  public static Gen<MonitoringData> data() {
    return CountyGenerators.data();
  }

  /**
   * Target policies: the Xinjiang preset under either tie-break, or a share target.
   *
   * @return a generator of policies
   */
  public static Gen<TargetPolicy> policies() {
    Gen<TargetPolicy> preset = Generate.enumValues(TieBreak.class)
        .map(tieBreak -> TargetPolicy.builder().from(XinjiangCountyTargets2023.policy()).tieBreak(tieBreak).build());
    Gen<TargetPolicy> share = CountyGenerators.thresholds()
        .map(threshold -> TargetPolicy.of(List.of(CountyGenerators.shareTarget(threshold))));
    return preset.mix(share, 30);
  }

  /**
   * Every Xinjiang target, one at a time.
   *
   * @return a generator of targets
   */
  public static Gen<Target> targets() {
    return Generate.pick(TARGETS);
  }

  private static TargetTracker tracker(MonitoringData data) {
    return TargetTracker.of(XinjiangCountyTargets2023.policy(), data);
  }

  /**
   * The result of a target for one unit of its level as of a date.
   *
   * @return a generator of results
   */
  public static Gen<TargetResult> results() {
    return data().zip(targets(), integers().between(0, 40), CountyGenerators.days(), (data, target, i, asOf) -> {
      List<Unit> units = data.getTree().unitsAt(target.getLevel());
      return tracker(data).status(target, units.get(i % units.size()).getId(), asOf);
    });
  }

  /**
   * Every target for every unit as of a date.
   *
   * @return a generator of dashboards
   */
  public static Gen<Dashboard> dashboards() {
    return data().zip(CountyGenerators.days(), (data, asOf) -> tracker(data).dashboard(asOf));
  }

  /**
   * A target rolled up for a prefecture or the region.
   *
   * @return a generator of roll-ups
   */
  public static Gen<RollUp> rollUps() {
    return data().zip(targets(), Generate.pick(List.of("XJ", "P1", "P2")), CountyGenerators.days(),
        (data, target, parent, asOf) -> tracker(data).rollUp(target, parent, asOf));
  }

  /**
   * Counties ranked for a year.
   *
   * @return a generator of rankings
   */
  public static Gen<Ranking<UnitScore>> rankings() {
    return data().zip(Generate.enumValues(Level.class), integers().between(2022, 2026),
        (data, level, year) -> tracker(data).ranking(level, year));
  }

  /**
   * A county's annual evaluation, drafted and taken some steps along its trail (returns included).
   *
   * @return a generator of evaluations
   */
  public static Gen<AnnualEvaluation> evaluations() {
    return data().zip(integers().between(1, 6), integers().between(2022, 2025), lists().of(integers().between(0, 3))
        .ofSizeBetween(0, 6), (data, county, year, steps) -> evaluation(data, "P" + (county % 2 + 1) + "C"
            + (county % 3 + 1), year, steps));
  }

  private static AnnualEvaluation evaluation(MonitoringData data, String county, int year, List<Integer> steps) {
    AnnualEvaluation evaluation = AnnualEvaluation.draft(tracker(data), county, year);
    LocalDate date = LocalDate.of(year + 1, 1, 5);
    for (int step : steps) {
      date = date.plusDays(step);
      try {
        evaluation = switch (evaluation.getStage()) {
          case DRAFT -> evaluation.selfAssess(county, "县", date, Map.of());
          case SELF_ASSESSED -> step == 0
              ? evaluation.returnForCorrection(evaluation.getPrefectureId(), "地", date, "补充材料")
              : evaluation.review(evaluation.getPrefectureId(), "地", date, Map.of());
          case PREFECTURE_REVIEWED -> step == 0
              ? evaluation.returnForCorrection("XJ", "区", date, "数据有误")
              : evaluation.audit("XJ", "区", date, Map.of(evaluation.getValues().keySet().iterator().next(),
                  TargetStatus.MISSED));
          case REGION_AUDITED -> evaluation;
        };
      } catch (IllegalArgumentException | IllegalStateException notHere) {
        // a step that cannot follow: leave it out
      }
    }
    return evaluation;
  }

  /**
   * A prefecture's problem list from the evaluations of its counties.
   *
   * @return a generator of problem lists
   */
  public static Gen<ProblemList> problemLists() {
    return lists().of(evaluations()).ofSizeBetween(0, 4).zip(Generate.pick(List.of("P1", "P2")),
        (evaluations, prefecture) -> ProblemList.of(prefecture, new ArrayList<>(evaluations)));
  }

  /**
   * Facts of every kind about the generators' tree.
   *
   * @return a generator of facts
   */
  public static Gen<Fact> facts() {
    return CountyGenerators.facts();
  }
}
