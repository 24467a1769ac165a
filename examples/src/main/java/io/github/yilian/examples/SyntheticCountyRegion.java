package io.github.yilian.examples;

import static io.github.yilian.county.XinjiangCountyTargets2023.ASSET_SHARING;
import static io.github.yilian.county.XinjiangCountyTargets2023.COMMITTEE_REPORT;
import static io.github.yilian.county.XinjiangCountyTargets2023.DEMONSTRATION;
import static io.github.yilian.county.XinjiangCountyTargets2023.FINANCE_CENTRE;
import static io.github.yilian.county.XinjiangCountyTargets2023.GLOBAL_BUDGET;
import static io.github.yilian.county.XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE;
import static io.github.yilian.county.XinjiangCountyTargets2023.MUTUAL_RECOGNITION;
import static io.github.yilian.county.XinjiangCountyTargets2023.NEW_TECHNIQUE;
import static io.github.yilian.county.XinjiangCountyTargets2023.PAIRING_VISIT;
import static io.github.yilian.county.XinjiangCountyTargets2023.PARTY_COMMITTEE;
import static io.github.yilian.county.XinjiangCountyTargets2023.PUBLIC_FUNDING;
import static io.github.yilian.county.XinjiangCountyTargets2023.ROTATION;
import static io.github.yilian.county.XinjiangCountyTargets2023.STUDIO;
import static io.github.yilian.county.XinjiangCountyTargets2023.STUDIO_DOCTORS;
import static io.github.yilian.county.XinjiangCountyTargets2023.SUPPORT_LEDGER;
import static io.github.yilian.county.XinjiangCountyTargets2023.TIGHT;
import static io.github.yilian.county.XinjiangCountyTargets2023.TRAINING_MEETING;
import static io.github.yilian.county.XinjiangCountyTargets2023.UNIFIED_DRUG_LIST;
import static io.github.yilian.county.XinjiangCountyTargets2023.UNIFIED_PERSONNEL;

import io.github.yilian.common.BilingualText;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.Fact;
import io.github.yilian.county.Level;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.Pairing;
import io.github.yilian.county.Secondment;
import io.github.yilian.county.Unit;
import io.github.yilian.county.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic monitoring data shaped like Xinjiang (14 prefectures with their real names, 96
 * counties) or like the whole country (about 2,850 counties): one community per county with a lead
 * hospital and primary-care units (township or community health centres and village clinics),
 * illustrative, seeded-random facts for every target of {@code XinjiangCountyTargets2023}, and
 * pairings of party-group members with some counties (包联). The facts are invented; only the shape
 * is realistic.
 */
public final class SyntheticCountyRegion {

  /** The 14 prefecture-level divisions of Xinjiang: code, Chinese name, English name, counties. */
  private static final String[][] XINJIANG = {
    {"6501", "乌鲁木齐市", "Ürümqi", "8"}, {"6502", "克拉玛依市", "Karamay", "4"},
    {"6504", "吐鲁番市", "Turpan", "3"}, {"6505", "哈密市", "Hami", "3"},
    {"6523", "昌吉回族自治州", "Changji", "7"}, {"6527", "博尔塔拉蒙古自治州", "Bortala", "4"},
    {"6528", "巴音郭楞蒙古自治州", "Bayingolin", "9"}, {"6529", "阿克苏地区", "Aksu", "9"},
    {"6530", "克孜勒苏柯尔克孜自治州", "Kizilsu", "4"}, {"6531", "喀什地区", "Kashgar", "12"},
    {"6532", "和田地区", "Hotan", "8"}, {"6540", "伊犁哈萨克自治州", "Ili", "11"},
    {"6542", "塔城地区", "Tacheng", "7"}, {"6543", "阿勒泰地区", "Altay", "7"},
  };

  private static final LocalDate MID_2023 = LocalDate.of(2023, 6, 30);
  private static final LocalDate LATE_2024 = LocalDate.of(2024, 9, 30);
  private static final LocalDate MID_2025 = LocalDate.of(2025, 6, 30);

  private final List<Unit> units = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();
  private final List<Secondment> secondments = new ArrayList<>();
  private final List<Pairing> pairings = new ArrayList<>();
  private final Random random;

  private SyntheticCountyRegion(long seed) {
    random = new Random(seed);
  }

  /**
   * Builds the Xinjiang-shaped region: each community with 4 health centres (community health
   * centres in Ürümqi and Karamay, township ones elsewhere) and 2 village clinics; ten party-group
   * members paired with the first county of ten prefectures from 2023-04-07 (the notice's date),
   * one of them moving from Ürümqi's first county to its second on 2024-07-01.
   *
   * @return the tree and its facts
   */
  public static MonitoringData xinjiang() {
    SyntheticCountyRegion region = new SyntheticCountyRegion(2023);
    region.add("65", "新疆维吾尔自治区", "Xinjiang Uygur Autonomous Region", Level.REGION, null);
    for (int p = 0; p < XINJIANG.length; p++) {
      String[] row = XINJIANG[p];
      UnitKind centre = p < 2 ? UnitKind.COMMUNITY_HEALTH_CENTRE : UnitKind.TOWNSHIP_HEALTH_CENTRE;
      region.prefecture(row[0], row[1], row[2], Integer.parseInt(row[3]), 4, 2, centre, 0.45 + 0.04 * p);
    }
    LocalDate notice = LocalDate.of(2023, 4, 7);
    region.pairings.add(Pairing.of("member-1", "650101", notice, LocalDate.of(2024, 6, 30)));
    region.pairings.add(Pairing.of("member-1", "650102", LocalDate.of(2024, 7, 1)));
    for (int p = 1; p < 10; p++) {
      region.pairings.add(Pairing.of("member-" + (p + 1), XINJIANG[p][0] + "01", notice));
    }
    return region.build();
  }

  /**
   * Builds a national-scale region: 300 prefectures of about 9.5 counties, 2,850 counties in all,
   * each community with 8 primary-care units (6 township health centres, 2 village clinics), the
   * first county of every prefecture paired.
   *
   * @return the tree and its facts
   */
  public static MonitoringData national() {
    return national(1);
  }

  /**
   * Builds a region {@code scale} times the national size: {@code 300 × scale} prefectures shaped
   * as in {@link #national()} ({@code 2,850 × scale} counties); its first 300 prefectures are those
   * of {@link #national()}, with the same facts.
   *
   * @param scale how many times the national size, 1 or more
   * @return the tree and its facts
   * @throws IllegalArgumentException if the scale is below 1
   */
  public static MonitoringData national(int scale) {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be at least 1: " + scale);
    }
    SyntheticCountyRegion region = new SyntheticCountyRegion(2850);
    region.add("CN", "全国", "China", Level.REGION, null);
    int prefectures = 300 * scale;
    for (int p = 0; p < prefectures; p++) {
      String id = String.format("P%03d", p);
      region.prefecture(id, "地区" + p, "prefecture " + p, 9 + p % 2, 6, 2, UnitKind.TOWNSHIP_HEALTH_CENTRE,
          0.4 + 0.5 * (p % 300) / 300);
      region.pairings.add(Pairing.of("member-" + p, id + "01", LocalDate.of(2023, 4, 7)));
    }
    return region.build();
  }

  private MonitoringData build() {
    AdministrativeTree tree = AdministrativeTree.builder().addAllUnits(units).build();
    facts.add(Fact.count(tree.getRegion().getId(), TRAINING_MEETING, LocalDate.of(2023, 8, 15), 2));
    facts.add(Fact.yes(tree.getRegion().getId(), TRAINING_MEETING, LocalDate.of(2025, 5, 20)));
    return MonitoringData.builder().tree(tree).addAllFacts(facts).addAllSecondments(secondments)
        .addAllPairings(pairings).build();
  }

  private void add(String id, String chinese, String english, Level level, String parent) {
    Unit.Builder unit = Unit.builder().id(id).name(BilingualText.of(chinese, english)).level(level);
    if (parent != null) {
      unit.parentId(parent);
    }
    units.add(unit.build());
  }

  private void prefecture(String id, String chinese, String english, int counties, int centres, int clinics,
      UnitKind centre, double progress) {
    add(id, chinese, english, Level.PREFECTURE, units.get(0).getId());
    for (int c = 1; c <= counties; c++) {
      String county = id + String.format("%02d", c);
      add(county, chinese + "第" + c + "县", english + " county " + c, Level.COUNTY, id);
      countyFacts(county, progress);
      String community = county + "-M";
      add(community, chinese + "第" + c + "县医共体", english + " county " + c + " community",
          Level.COMMUNITY, county);
      communityFacts(community, progress, c == 1);
      add(community + "-L", "牵头医院", "lead hospital", Level.LEAD_HOSPITAL, community);
      leadHospitalFacts(community + "-L", progress);
      for (int u = 1; u <= centres + clinics; u++) {
        String unit = community + "-U" + u;
        UnitKind kind = u <= centres ? centre : UnitKind.VILLAGE_CLINIC;
        units.add(Unit.primaryCare(unit, BilingualText.of(kind.getChineseName() + u, kind.getEnglishName() + " " + u),
            kind, community));
        if (kind != UnitKind.VILLAGE_CLINIC) {
          state(unit, PUBLIC_FUNDING, progress);
          state(unit, STUDIO, progress - 0.2);
        }
        if (random.nextDouble() < 0.1) {
          LocalDate start = LocalDate.of(2023, 1 + random.nextInt(12), 1);
          secondments.add(Secondment.builder().id(unit + "-S").unitId(unit).start(start)
              .end(start.plusDays(90 + random.nextInt(150))).approved(random.nextBoolean()).build());
        }
      }
    }
  }

  /** Yes in mid-2023 with probability {@code progress}, else yes late (2024 or 2025) or no. */
  private void state(String unit, String indicator, double progress) {
    double draw = random.nextDouble();
    if (draw < progress) {
      facts.add(Fact.yes(unit, indicator, MID_2023));
    } else {
      facts.add(Fact.no(unit, indicator, MID_2023));
      if (draw < progress + (1 - progress) * 0.7) {
        facts.add(Fact.yes(unit, indicator, random.nextBoolean() ? LATE_2024 : MID_2025));
      }
    }
  }

  private void countyFacts(String county, double progress) {
    state(county, MANAGEMENT_COMMITTEE, progress + 0.2);
    state(county, GLOBAL_BUDGET, progress);
    state(county, UNIFIED_PERSONNEL, progress - 0.1);
    for (int year = 2023; year <= 2025; year++) {
      for (int half = 0; half < 2; half++) {
        if (random.nextDouble() < progress + 0.2) {
          facts.add(Fact.yes(county, COMMITTEE_REPORT, LocalDate.of(year, 3 + 6 * half, 20)));
        }
      }
      facts.add(Fact.count(county, PAIRING_VISIT, LocalDate.of(year, 10, 1), random.nextInt(4)));
    }
  }

  private void communityFacts(String community, double progress, boolean first) {
    state(community, TIGHT, progress + 0.1);
    if (first) {
      facts.add(Fact.count(community, DEMONSTRATION, MID_2023, progress > 0.5 ? 1 : 0));
    }
    for (String indicator : List.of(PARTY_COMMITTEE, FINANCE_CENTRE, ASSET_SHARING, UNIFIED_DRUG_LIST,
        SUPPORT_LEDGER, MUTUAL_RECOGNITION)) {
      state(community, indicator, progress + 0.1);
    }
    for (int year = 2023; year <= 2025; year++) {
      int staff = 50 + random.nextInt(100);
      int rotated = random.nextDouble() < progress ? staff : staff - 1 - random.nextInt(5);
      facts.add(Fact.share(community, ROTATION, LocalDate.of(year, 12, 20), rotated, staff));
    }
  }

  private void leadHospitalFacts(String hospital, double progress) {
    int seniors = 20 + random.nextInt(40);
    int serving = (int) Math.round(seniors * (progress - 0.1 + 0.3 * random.nextDouble()));
    facts.add(Fact.share(hospital, STUDIO_DOCTORS, MID_2023, Math.min(serving, seniors), seniors));
    for (int year = 2023; year <= 2025; year++) {
      facts.add(Fact.count(hospital, NEW_TECHNIQUE, LocalDate.of(year, 11, 1), random.nextInt(6)));
    }
  }
}
