package io.github.yilian.county;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.CommonGenerators;
import io.github.yilian.common.Share;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the county package, so every property builds its models one way.
 * They reach the edges of what the library supports: dates from 1900 to 2200 (most near the preset's
 * deadlines, where the rules bite), counts up to {@link SupportedRange#MAX_COUNT}, trees of any
 * shape from one county to several hundred units, village clinics among the primary-care units.
 */
final class CountyGenerators {

  /** A fixed tree of two prefectures of three counties, three units each. */
  static final AdministrativeTree TREE = CountyFixtures.tree(2, 3, 3);

  /** 2022-01-01, the first day of the window most facts and "as of" dates fall in. */
  static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

  private static final long SUPPORTED_DAYS = ChronoUnit.DAYS.between(SupportedRange.MIN_DATE, SupportedRange.MAX_DATE);

  private static final Map<Integer, AdministrativeTree> PREFECTURES = new ConcurrentHashMap<>();

  private static final List<String> STATE_INDICATORS = List.of(XinjiangCountyTargets2023.TIGHT,
      XinjiangCountyTargets2023.DEMONSTRATION, XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE,
      XinjiangCountyTargets2023.COMMITTEE_REPORT, XinjiangCountyTargets2023.PARTY_COMMITTEE,
      XinjiangCountyTargets2023.PUBLIC_FUNDING, XinjiangCountyTargets2023.GLOBAL_BUDGET,
      XinjiangCountyTargets2023.FINANCE_CENTRE, XinjiangCountyTargets2023.ASSET_SHARING,
      XinjiangCountyTargets2023.UNIFIED_PERSONNEL, XinjiangCountyTargets2023.UNIFIED_DRUG_LIST,
      XinjiangCountyTargets2023.SUPPORT_LEDGER, XinjiangCountyTargets2023.NEW_TECHNIQUE,
      XinjiangCountyTargets2023.STUDIO, XinjiangCountyTargets2023.MUTUAL_RECOGNITION,
      XinjiangCountyTargets2023.PAIRING_VISIT, XinjiangCountyTargets2023.TRAINING_MEETING);

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

  /** Days from 2022-01-01 to the end of 2026, around the preset's deadlines. */
  static Gen<LocalDate> nearDays() {
    return integers().between(0, 365 * 5).map(FIRST_DAY::plusDays);
  }

  /**
   * Any supported day: mostly 2022–2026, also anywhere from 1900-01-01 to 2200-12-31, the first
   * and last supported days, and the first or last day of a half-year of any supported year.
   */
  static Gen<LocalDate> days() {
    Gen<LocalDate> anywhere = longs().between(0, SUPPORTED_DAYS).map(SupportedRange.MIN_DATE::plusDays);
    Gen<LocalDate> edges = Generate.pick(List.of(SupportedRange.MIN_DATE, SupportedRange.MAX_DATE));
    Gen<LocalDate> periodEdges = integers().between(SupportedRange.MIN_YEAR, SupportedRange.MAX_YEAR)
        .zip(Generate.pick(List.of("01-01", "06-30", "07-01", "12-31")),
            (year, day) -> LocalDate.parse(String.format("%04d-%s", year, day)));
    return Generate.frequency(List.of(
        org.quicktheories.api.Pair.of(14, nearDays()), org.quicktheories.api.Pair.of(3, anywhere),
        org.quicktheories.api.Pair.of(1, edges), org.quicktheories.api.Pair.of(2, periodEdges)));
  }

  /** Counts of events: mostly 0 to 3, sometimes near {@link SupportedRange#MAX_COUNT}. */
  static Gen<Long> counts() {
    return longs().between(0, 3).mix(longs().between(SupportedRange.MAX_COUNT - 3, SupportedRange.MAX_COUNT), 10);
  }

  /**
   * Trees of any shape: 1 to 4 prefectures of 1 to 5 counties, each with one or two communities of
   * 0 to 4 primary-care units of random kinds (village clinics included); now and then a large tree
   * of 12 × 8 counties (several hundred units).
   */
  static Gen<AdministrativeTree> trees() {
    Gen<AdministrativeTree> small = integers().between(1, 4).zip(integers().between(1, 5), integers().between(0, 4),
        longs().all(), CountyGenerators::tree);
    Gen<AdministrativeTree> large = longs().all().map(seed -> tree(12, 8, 3, seed));
    return small.mix(large, 3);
  }

  /** A tree whose counties have a second community and whose primary-care units have kinds drawn from a seed. */
  private static AdministrativeTree tree(int prefectures, int counties, int units, long seed) {
    Random random = new Random(seed);
    List<Unit> all = new ArrayList<>();
    all.add(CountyFixtures.unit("XJ", Level.REGION, null));
    for (int p = 1; p <= prefectures; p++) {
      String prefecture = "P" + p;
      all.add(CountyFixtures.unit(prefecture, Level.PREFECTURE, "XJ"));
      for (int c = 1; c <= counties; c++) {
        String county = prefecture + "C" + c;
        all.add(CountyFixtures.unit(county, Level.COUNTY, prefecture));
        int communities = random.nextInt(4) == 0 ? 2 : 1;
        for (int m = 1; m <= communities; m++) {
          String community = county + "M" + (m == 1 ? "" : m);
          all.add(CountyFixtures.unit(community, Level.COMMUNITY, county));
          all.add(CountyFixtures.unit(community + "L", Level.LEAD_HOSPITAL, community));
          for (int u = 1; u <= units; u++) {
            UnitKind kind = UnitKind.values()[random.nextInt(UnitKind.values().length)];
            all.add(Unit.primaryCare(community + "U" + u, BilingualText.of("单位", "unit"), kind, community));
          }
        }
      }
    }
    return AdministrativeTree.builder().addAllUnits(all).build();
  }

  /** A random fact about a random unit of a tree: a state or count, or a reported share. */
  static Gen<Fact> facts(AdministrativeTree tree) {
    List<Unit> units = tree.getUnits();
    Gen<LocalDate> days = nearDays().mix(days(), 10);
    Gen<Fact> states = Generate.pick(units).zip(Generate.pick(STATE_INDICATORS), days, counts(),
        (unit, indicator, day, value) -> Fact.count(unit.getId(), indicator, day, value));
    Gen<Fact> shares = Generate.pick(units).zip(Generate.pick(List.of(
            XinjiangCountyTargets2023.STUDIO_DOCTORS, XinjiangCountyTargets2023.ROTATION)), days,
        integers().between(0, 5).zip(integers().between(0, 5), (a, b) -> new int[] {Math.min(a, b), Math.max(a, b)}),
        (unit, indicator, day, counts) -> Fact.share(unit.getId(), indicator, day, counts[0], counts[1]));
    return states.mix(shares, 20);
  }

  /** A random fact about a random unit of {@link #TREE}. */
  static Gen<Fact> facts() {
    return facts(TREE);
  }

  /** Random secondments from the primary-care units of a tree (none if it has none). */
  static Gen<List<Secondment>> secondments(AdministrativeTree tree) {
    List<Unit> units = tree.unitsAt(Level.PRIMARY_CARE_UNIT);
    if (units.isEmpty()) {
      return Generate.constant(List.of());
    }
    Gen<Secondment> one = Generate.pick(units).zip(nearDays(),
        integers().between(0, 400), booleans().all(),
        (unit, start, days, approved) -> Secondment.builder().id(unit.getId() + start + days).unitId(unit.getId())
            .start(start).end(start.plusDays(days)).approved(approved).build());
    return lists().of(one).ofSizeBetween(0, 6).map(list -> List.copyOf(list.stream()
        .collect(Collectors.toMap(Secondment::getId, s -> s, (a, b) -> a, LinkedHashMap::new)).values()));
  }

  /** Random pairings of the counties of a tree: open-ended or with a last day, from 2022 to 2026. */
  static Gen<List<Pairing>> pairings(AdministrativeTree tree) {
    Gen<Pairing> one = Generate.pick(tree.unitsAt(Level.COUNTY)).zip(nearDays(), integers().between(-1, 900),
        (county, from, days) -> days < 0 ? Pairing.of("member", county.getId(), from)
            : Pairing.of("member", county.getId(), from, from.plusDays(days)));
    return lists().of(one).ofSizeBetween(0, 5);
  }

  /** Random monitoring data about a tree: up to 80 facts, a few secondments and pairings. */
  static Gen<MonitoringData> data(AdministrativeTree tree) {
    return lists().of(facts(tree)).ofSizeBetween(0, 80).zip(secondments(tree), pairings(tree),
        (facts, secondments, pairings) -> MonitoringData.builder().tree(tree).addAllFacts(facts)
            .addAllSecondments(secondments).addAllPairings(pairings).build());
  }

  /** Random monitoring data about {@link #TREE}. */
  static Gen<MonitoringData> data() {
    return data(TREE);
  }

  /** Random monitoring data about a random tree. */
  static Gen<MonitoringData> anyData() {
    return trees().flatMap(CountyGenerators::data);
  }
}
