package io.github.yilian.county;

import static io.github.yilian.county.CountyGenerators.anyData;
import static io.github.yilian.county.CountyGenerators.days;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Share;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tracker against {@link ReferenceTracker}, its rules as written before the dashboard was made
 * fast (issue 13): every result, period, reason, region-wide figure, own part and ranking is the
 * same, for the preset and for targets that reach the corners the preset does not (a deadline
 * target that applies only while paired, a recurring share, a share over no unit, a count of units
 * from a start indicator, an "at most" count per half-year, a first day inside a year).
 */
class TrackerReferenceProperties {

  private static final TargetPolicy PRESET = XinjiangCountyTargets2023.policy();

  private static final Set<UnitKind> HEALTH_CENTRES =
      Set.of(UnitKind.TOWNSHIP_HEALTH_CENTRE, UnitKind.COMMUNITY_HEALTH_CENTRE);

  private static Target.Builder target(String id, Level level, Measure measure, String indicator) {
    return Target.builder().id(id).section("test").name(BilingualText.of("测试" + id, "test " + id))
        .level(level).measure(measure).indicator(indicator);
  }

  private static Recurrence.Builder every(Period period, Threshold threshold) {
    return Recurrence.builder().period(period).firstDay(LocalDate.of(2023, 1, 1)).threshold(threshold);
  }

  /** Targets the preset does not have, ranked with more applicable results first. */
  private static final TargetPolicy CORNERS = TargetPolicy.builder().tieBreak(TieBreak.MORE_APPLICABLE_FIRST)
      .addTargets(
          target("X1", Level.COUNTY, Measure.STATE, XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE)
              .applicability(Applicability.WHILE_PAIRED)
              .addMilestones(Milestone.of(CountyFixtures.END_2023, Threshold.yes()),
                  Milestone.of(CountyFixtures.END_2025, Threshold.yes()))
              .addFurtherIndicators(XinjiangCountyTargets2023.GLOBAL_BUDGET).build(),
          target("X2", Level.COMMUNITY, Measure.SHARE_OF_UNITS, XinjiangCountyTargets2023.STUDIO)
              .countedLevel(Level.PRIMARY_CARE_UNIT).addAllCountedKinds(HEALTH_CENTRES)
              .recurrence(every(Period.HALF_YEAR, Threshold.atLeast(Share.percent("50"))).build()).build(),
          target("X3", Level.LEAD_HOSPITAL, Measure.SHARE_OF_UNITS, XinjiangCountyTargets2023.STUDIO)
              .countedLevel(Level.PRIMARY_CARE_UNIT)
              .addMilestones(Milestone.of(CountyFixtures.END_2023, Threshold.atLeast(Share.percent("30")))).build(),
          target("X4", Level.COUNTY, Measure.COUNT_OF_UNITS, XinjiangCountyTargets2023.TIGHT)
              .countedLevel(Level.COMMUNITY).applicability(Applicability.WHILE_PAIRED)
              .recurrence(every(Period.YEAR, Threshold.atLeast(1))
                  .startIndicator(XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE).build()).build(),
          target("X5", Level.PREFECTURE, Measure.EVENTS, XinjiangCountyTargets2023.COMMITTEE_REPORT)
              .recurrence(every(Period.HALF_YEAR, Threshold.atMost(2)).build()).build(),
          target("X6", Level.COUNTY, Measure.REPORTED_SHARE, XinjiangCountyTargets2023.ROTATION)
              .addMilestones(Milestone.of(CountyFixtures.END_2023, Threshold.atLeast(Share.percent("50"))),
                  Milestone.of(CountyFixtures.END_2025, Threshold.atLeast(Share.ONE))).build(),
          target("X7", Level.COMMUNITY, Measure.OVERLONG_SECONDMENTS, XinjiangCountyTargets2023.SECONDMENT)
              .limitMonths(3).addMilestones(Milestone.of(CountyFixtures.END_2023, Threshold.atMost(0))).build(),
          target("X8", Level.REGION, Measure.SHARE_OF_UNITS, XinjiangCountyTargets2023.GLOBAL_BUDGET)
              .countedLevel(Level.COUNTY)
              .recurrence(Recurrence.builder().period(Period.YEAR).firstDay(LocalDate.of(2024, 3, 15))
                  .threshold(Threshold.atLeast(Share.percent("50"))).build()).build(),
          target("X9", Level.PREFECTURE, Measure.SHARE_OF_UNITS, XinjiangCountyTargets2023.PUBLIC_FUNDING)
              .countedLevel(Level.PRIMARY_CARE_UNIT).regionFigureReported(true)
              .applicability(Applicability.WHILE_PAIRED)
              .addMilestones(Milestone.of(CountyFixtures.END_2023, Threshold.atLeast(Share.percent("12.5")))).build())
      .build();

  /** Every result and its reason, every figure, own part and ranking agree with the reference. */
  private static void agree(TargetPolicy policy, MonitoringData data, LocalDate asOf) {
    TargetTracker tracker = TargetTracker.of(policy, data);
    ReferenceTracker reference = new ReferenceTracker(policy, data);
    Dashboard dashboard = tracker.dashboard(asOf);
    List<TargetResult> expected = reference.dashboard(asOf);
    assertThat(dashboard.getResults()).containsExactlyElementsOf(expected);
    List<BilingualText> reasons = new ArrayList<>();
    dashboard.getResults().forEach(r -> reasons.add(r.getReason()));
    assertThat(reasons).containsExactlyElementsOf(expected.stream().map(TargetResult::getReason).toList());
    for (RegionFigure figure : dashboard.getRegionFigures()) {
      assertThat(figure.getValue()).isEqualTo(reference.regionFigure(figure.getTarget(), asOf));
    }
    assertThat(dashboard.getRegionFigures()).extracting(f -> f.getTarget().getId()).containsExactlyElementsOf(
        policy.getTargets().stream().filter(Target::isRegionFigureReported).map(Target::getId).toList());
    for (Level level : Level.values()) {
      for (Target target : policy.getTargets()) {
        if (TargetTracker.hasOwnPart(target, level)) {
          for (Unit unit : data.getTree().unitsAt(level)) {
            assertThat(tracker.ownPart(target, unit.getId(), asOf)).isEqualTo(reference.judge(target, unit, asOf));
          }
        }
      }
      assertThat(tracker.ranking(level, dashboard)).isEqualTo(reference.ranking(level, asOf));
    }
    if (asOf.getMonthValue() == 12 && asOf.getDayOfMonth() == 31) {
      assertThat(tracker.ranking(Level.COUNTY, asOf.getYear())).isEqualTo(reference.ranking(Level.COUNTY, asOf));
    }
  }

  @Test
  void presetDashboardAgreesWithTheReference() {
    qt().withExamples(100).forAll(anyData(), days()).checkAssert((data, asOf) -> agree(PRESET, data, asOf));
  }

  @Test
  void cornerTargetsAgreeWithTheReference() {
    qt().withExamples(100).forAll(anyData(), days()).checkAssert((data, asOf) -> agree(CORNERS, data, asOf));
  }

  /** Rankings for a year (both halves of a half-yearly target judged) agree at every level. */
  @Test
  void rankingsForAYearAgreeWithTheReference() {
    qt().withExamples(60).forAll(anyData(), CountyGenerators.nearDays()).checkAssert((data, day) -> {
      LocalDate newYearsEve = LocalDate.of(day.getYear(), 12, 31);
      for (TargetPolicy policy : List.of(PRESET, CORNERS)) {
        TargetTracker tracker = TargetTracker.of(policy, data);
        ReferenceTracker reference = new ReferenceTracker(policy, data);
        for (Level level : Level.values()) {
          assertThat(tracker.ranking(level, day.getYear())).isEqualTo(reference.ranking(level, newYearsEve));
        }
      }
    });
  }
}
