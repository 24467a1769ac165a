package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Small trees for the tests: region "XJ"; prefectures "P1"…; counties "P1C1"…; one community per
 * county "P1C1M" with lead hospital "P1C1ML" and primary-care units "P1C1MU1"….
 */
final class CountyFixtures {

  static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);
  static final LocalDate JAN_1_2024 = LocalDate.of(2024, 1, 1);
  static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
  static final LocalDate MID_2023 = LocalDate.of(2023, 6, 30);

  private CountyFixtures() {}

  /** A unit named by its id; the region when there is no parent; a primary-care unit is a township health centre. */
  static Unit unit(String id, Level level, @Nullable String parent) {
    BilingualText name = BilingualText.of(id, id);
    if (parent == null) {
      return Unit.region(id, name);
    }
    return level == Level.PRIMARY_CARE_UNIT ? Unit.primaryCare(id, name, UnitKind.TOWNSHIP_HEALTH_CENTRE, parent)
        : Unit.of(id, name, level, parent);
  }

  /** A village clinic of a community, named by its id. */
  static Unit villageClinic(String id, String community) {
    return Unit.primaryCare(id, BilingualText.of(id, id), UnitKind.VILLAGE_CLINIC, community);
  }

  static AdministrativeTree tree(int prefectures, int counties, int primaryCareUnits) {
    return AdministrativeTree.builder().addAllUnits(units(prefectures, counties, primaryCareUnits)).build();
  }

  static List<Unit> units(int prefectures, int counties, int primaryCareUnits) {
    List<Unit> units = new ArrayList<>();
    units.add(unit("XJ", Level.REGION, null));
    for (int p = 1; p <= prefectures; p++) {
      String prefecture = "P" + p;
      units.add(unit(prefecture, Level.PREFECTURE, "XJ"));
      for (int c = 1; c <= counties; c++) {
        String county = prefecture + "C" + c;
        units.add(unit(county, Level.COUNTY, prefecture));
        units.add(unit(county + "M", Level.COMMUNITY, county));
        units.add(unit(county + "ML", Level.LEAD_HOSPITAL, county + "M"));
        for (int u = 1; u <= primaryCareUnits; u++) {
          units.add(unit(county + "MU" + u, Level.PRIMARY_CARE_UNIT, county + "M"));
        }
      }
    }
    return units;
  }

  static TargetTracker tracker(AdministrativeTree tree, List<Fact> facts) {
    return tracker(tree, facts, List.of());
  }

  static TargetTracker tracker(AdministrativeTree tree, List<Fact> facts, List<Secondment> secondments) {
    return TargetTracker.of(XinjiangCountyTargets2023.policy(),
        MonitoringData.builder().tree(tree).addAllFacts(facts).addAllSecondments(secondments).build());
  }
}
