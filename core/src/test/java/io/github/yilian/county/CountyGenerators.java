package io.github.yilian.county;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.CommonGenerators;
import io.github.yilian.common.Share;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the county package, so every property builds its models one way. */
final class CountyGenerators {

  /** The tree random facts are about: two prefectures of three counties, three units each. */
  static final AdministrativeTree TREE = CountyFixtures.tree(2, 3, 3);

  /** 2022-01-01, the first day facts and "as of" dates fall on. */
  static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

  private static final Map<Integer, AdministrativeTree> PREFECTURES = new ConcurrentHashMap<>();

  private static final List<String> STATE_INDICATORS = XinjiangCountyTargets2023.targets().stream()
      .filter(t -> t.getMeasure() != Measure.REPORTED_SHARE).map(Target::getIndicator).distinct().toList();

  private CountyGenerators() {}

  /** A tree of one prefecture with {@code counties} counties, built once per size. */
  static AdministrativeTree prefectureOf(int counties) {
    return PREFECTURES.computeIfAbsent(counties, n -> CountyFixtures.tree(1, n, 0));
  }

  /** A share-of-counties target judged per prefecture, due 2023-12-31. */
  static Target shareTarget(Share threshold) {
    return Target.builder().id("S").section("test").name(BilingualText.of("占比", "share"))
        .level(Level.PREFECTURE).measure(Measure.SHARE_OF_UNITS).indicator("flag")
        .countedLevel(Level.COUNTY)
        .addMilestones(Milestone.of(CountyFixtures.END_2023, Threshold.atLeast(threshold))).build();
  }

  /** Share targets: counties (1 to 40), qualifying counties, threshold with denominator up to 100. */
  static Gen<int[]> countiesAndQualifying() {
    return integers().between(1, 40).flatMap(n -> integers().between(0, n).map(k -> new int[] {n, k}));
  }

  /** Thresholds from 0 to 100 % with denominators up to 100. */
  static Gen<Share> thresholds() {
    return CommonGenerators.shares(100);
  }

  /** Days from 2022-01-01 to the end of 2026. */
  static Gen<LocalDate> days() {
    return integers().between(0, 365 * 5).map(FIRST_DAY::plusDays);
  }

  /** A random fact about a random unit of {@link #TREE}: a state or count, or a reported share. */
  static Gen<Fact> facts() {
    List<Unit> units = TREE.getUnits();
    Gen<Fact> states = Generate.pick(units).zip(Generate.pick(STATE_INDICATORS), days(),
        integers().between(0, 3), (unit, indicator, day, value) -> Fact.count(unit.getId(), indicator, day, value));
    Gen<Fact> shares = Generate.pick(units).zip(Generate.pick(List.of(
            XinjiangCountyTargets2023.STUDIO_DOCTORS, XinjiangCountyTargets2023.ROTATION)), days(),
        integers().between(0, 5).zip(integers().between(0, 5), (a, b) -> new int[] {Math.min(a, b), Math.max(a, b)}),
        (unit, indicator, day, counts) -> Fact.share(unit.getId(), indicator, day, counts[0], counts[1]));
    return states.mix(shares, 20);
  }

  /** Random secondments from the primary-care units of {@link #TREE}. */
  static Gen<List<Secondment>> secondments() {
    Gen<Secondment> one = Generate.pick(TREE.unitsAt(Level.PRIMARY_CARE_UNIT)).zip(days(),
        integers().between(0, 400), booleans().all(),
        (unit, start, days, approved) -> Secondment.builder().id(unit.getId() + start + days).unitId(unit.getId())
            .start(start).end(start.plusDays(days)).approved(approved).build());
    return lists().of(one).ofSizeBetween(0, 6).map(list -> List.copyOf(list.stream()
        .collect(Collectors.toMap(Secondment::getId, s -> s, (a, b) -> a, LinkedHashMap::new)).values()));
  }

  /** Random monitoring data about {@link #TREE}: up to 80 facts and a few secondments. */
  static Gen<MonitoringData> data() {
    return lists().of(facts()).ofSizeBetween(0, 80).zip(secondments(),
        (facts, secondments) -> MonitoringData.builder().tree(TREE).addAllFacts(facts)
            .addAllSecondments(secondments).build());
  }
}
