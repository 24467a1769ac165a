package io.github.yilian.examples;

import io.github.yilian.common.Ranked;
import io.github.yilian.common.Ranking;
import io.github.yilian.county.AnnualEvaluation;
import io.github.yilian.county.Dashboard;
import io.github.yilian.county.Level;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.ProblemList;
import io.github.yilian.county.RegionFigure;
import io.github.yilian.county.RollUp;
import io.github.yilian.county.Target;
import io.github.yilian.county.TargetResult;
import io.github.yilian.county.TargetStatus;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.Transition;
import io.github.yilian.county.Unit;
import io.github.yilian.county.UnitScore;
import io.github.yilian.county.XinjiangCountyTargets2023;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

/**
 * Seed 002: the Xinjiang county medical community targets T1–T20 on a synthetic region shaped like
 * Xinjiang, as of the 2023 and 2025 deadlines: the region-wide figures of T7, T8 and T10, per
 * prefecture the targets met and missed with their gaps (units a target does not apply to shown
 * apart), the rankings, T5 judged half-year by half-year, T19 only for paired counties, and one
 * county's three-level evaluation with its own parts in the share targets judged above it.
 */
final class CountyScenario {

  private CountyScenario() {}

  static void run(PrintStream out) {
    out.println("== County medical communities 县域医共体 (county, seed 002) ==");
    MonitoringData data = SyntheticCountyRegion.xinjiang();
    TargetTracker tracker = TargetTracker.of(XinjiangCountyTargets2023.policy(), data);
    out.printf("Synthetic Xinjiang: %d prefectures, %d counties, %d facts, %d pairings (illustrative)%n",
        data.getTree().unitsAt(Level.PREFECTURE).size(), data.getTree().unitsAt(Level.COUNTY).size(),
        data.getFacts().size(), data.getPairings().size());
    for (LocalDate asOf : List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2025, 12, 31))) {
      dashboard(out, tracker, asOf);
    }
    halfYears(out, tracker);
    pairings(out, tracker);
    evaluation(out, tracker);
    out.println();
  }

  /** T5 judged half-year by half-year: a county whose January–June had no report misses the year. */
  private static void halfYears(PrintStream out, TargetTracker tracker) {
    out.printf("%n-- T5 committee reports, each half-year on its own (每半年至少听取一次) --%n");
    Target t5 = XinjiangCountyTargets2023.target("T5");
    LocalDate end2024 = LocalDate.of(2024, 12, 31);
    tracker.results(t5, end2024).stream()
        .filter(r -> r.getPeriods().size() == 2 && r.getPeriods().get(0).getStatus() == TargetStatus.MISSED
            && r.getPeriods().get(1).getStatus() == TargetStatus.MET)
        .findFirst().ifPresent(result -> {
          out.println("  " + result.getReason().getChinese());
          out.println("  " + result.getReason().getEnglish());
        });
    long[] counts = new long[TargetStatus.values().length];
    tracker.results(t5, end2024).forEach(r -> counts[r.getStatus().ordinal()]++);
    StringJoiner line = new StringJoiner(", ", "  T5 as of " + end2024 + ": ", "");
    for (TargetStatus status : TargetStatus.values()) {
      if (counts[status.ordinal()] > 0) {
        line.add(counts[status.ordinal()] + " " + status.getEnglishName());
      }
    }
    out.println(line);
  }

  /** T19 applies only to paired counties: member-1 moved from 650101 to 650102 on 2024-07-01. */
  private static void pairings(PrintStream out, TargetTracker tracker) {
    out.printf("%n-- T19 visits, only where a party-group member is paired (包联县) --%n");
    Target t19 = XinjiangCountyTargets2023.target("T19");
    for (int year = 2023; year <= 2024; year++) {
      LocalDate asOf = LocalDate.of(year, 12, 31);
      for (String county : List.of("650101", "650102")) {
        out.println("  " + tracker.status(t19, county, asOf).getReason().getEnglish());
      }
      RollUp region = tracker.rollUp(t19, "65", asOf);
      out.println("  " + region);
    }
  }

  private static void dashboard(PrintStream out, TargetTracker tracker, LocalDate asOf) {
    out.printf("%n-- Dashboard 监测看板 as of %s --%n", asOf);
    Dashboard dashboard = tracker.dashboard(asOf);
    out.println("  " + dashboard);
    for (TargetResult result : dashboard.resultsFor(tracker.getData().getTree().getRegion().getId())) {
      out.println("  " + result.getReason().getChinese());
      out.println("  " + result.getReason().getEnglish());
    }
    for (RegionFigure figure : dashboard.getRegionFigures()) {
      out.println("  " + figure.getReason().getChinese());
      out.println("  " + figure.getReason().getEnglish());
    }
    for (Unit prefecture : tracker.getData().getTree().unitsAt(Level.PREFECTURE)) {
      out.printf("  %s %s%n", prefecture.getName().getChinese(), prefecture.getName().getEnglish());
      StringJoiner own = new StringJoiner(" | ", "    prefecture targets: ", "");
      for (TargetResult result : dashboard.resultsFor(prefecture.getId())) {
        own.add(result.getRuleId() + " " + result.getValue().map(Object::toString).orElse("-") + " "
            + result.getStatus().getEnglishName() + (result.getGap() > 0 ? " (gap " + result.getGap() + ")" : ""));
      }
      out.println(own);
      StringJoiner units = new StringJoiner(" ", "    units meeting: ", "");
      for (Target target : tracker.getPolicy().getTargets()) {
        if (target.getLevel().compareTo(Level.COUNTY) >= 0) {
          RollUp rollUp = tracker.rollUp(target, prefecture.getId(), asOf);
          units.add(target.getId() + " " + rollUp.getMet().size() + "/"
              + (rollUp.getMet().size() + rollUp.getNotMet().size())
              + (rollUp.getNotApplicable().isEmpty() ? "" : " (+" + rollUp.getNotApplicable().size() + " n/a)"));
        }
      }
      out.println(units);
    }
    Ranking<UnitScore> prefectures = tracker.ranking(Level.PREFECTURE, dashboard);
    out.println("  Prefecture ranking 地州排名 (share of applicable results met):");
    prefectures.getEntries().forEach(entry -> out.printf("    %2d %-12s %s%n", entry.getRank(),
        name(tracker, entry.getItem().getUnitId()), percent(entry)));
    List<Ranked<UnitScore>> counties = tracker.ranking(Level.COUNTY, dashboard).getEntries();
    out.println("  County ranking 县排名, top 5 and bottom 3:");
    List<Ranked<UnitScore>> shown = new ArrayList<>(counties.subList(0, 5));
    shown.addAll(counties.subList(counties.size() - 3, counties.size()));
    shown.forEach(entry -> out.printf("    %2d %-22s %s%n", entry.getRank(),
        name(tracker, entry.getItem().getUnitId()), percent(entry)));
  }

  private static void reject(PrintStream out, AnnualEvaluation evaluation,
      UnaryOperator<AnnualEvaluation> step) {
    try {
      step.apply(evaluation);
    } catch (IllegalStateException | IllegalArgumentException rejected) {
      out.println("  rejected 拒绝: " + rejected.getMessage());
    }
  }

  private static String name(TargetTracker tracker, String unitId) {
    return tracker.getData().getTree().getUnit(unitId).orElseThrow().getName().getEnglish();
  }

  private static String percent(Ranked<UnitScore> entry) {
    return entry.getItem() + " = " + entry.getItem().getShare().toPercent(1, RoundingMode.HALF_UP) + " %";
  }

  private static void evaluation(PrintStream out, TargetTracker tracker) {
    out.printf("%n-- Annual evaluation 年度评价 2023, county 650101 --%n");
    AnnualEvaluation evaluation = AnnualEvaluation.draft(tracker, "650101", 2023)
        .selfAssess("650101", "县卫健委 王", LocalDate.of(2024, 1, 15), Map.of("T17", TargetStatus.MET));
    reject(out, evaluation, e -> e.review("6502", "克拉玛依 赵", LocalDate.of(2024, 1, 20), Map.of()));
    reject(out, evaluation, e -> e.audit("65", "自治区卫健委 张", LocalDate.of(2024, 1, 20), Map.of()));
    evaluation = evaluation
        .review("6501", "市卫健委 李", LocalDate.of(2024, 1, 25), Map.of("T17", TargetStatus.MISSED));
    evaluation = evaluation
        .returnForCorrection("65", "自治区卫健委 张", LocalDate.of(2024, 2, 1), "T5 汇报记录缺失 / report minutes missing")
        .review("6501", "市卫健委 李", LocalDate.of(2024, 2, 5), Map.of())
        .audit("65", "自治区卫健委 张", LocalDate.of(2024, 2, 20), Map.of());
    reject(out, evaluation, e -> e.review("6501", "市卫健委 李", LocalDate.of(2024, 3, 1), Map.of()));
    reject(out, evaluation, e -> e.returnForCorrection("65", "自治区卫健委 张", LocalDate.of(2024, 3, 1), "重审"));
    for (Transition step : evaluation.getTrail()) {
      out.printf("  %s %s → %s by %s (%s)%s%n", step.getDate(), step.getFromStage().getChineseName(),
          step.getToStage().getChineseName(), step.getActor(), step.getUnitId(),
          step.getReason().map(r -> ": " + r).orElse(""));
    }
    out.println("  " + evaluation);
    out.println("  Own parts in share targets judged above the county (以县为单位):");
    evaluation.getResults().stream().filter(TargetResult::isOwnPart)
        .forEach(result -> out.println("    " + result.getReason().getEnglish()));
    List<AnnualEvaluation> prefecture = new ArrayList<>(List.of(evaluation));
    for (Unit county : tracker.getData().getTree().unitsUnder("6501", Level.COUNTY)) {
      if (!county.getId().equals("650101")) {
        prefecture.add(AnnualEvaluation.draft(tracker, county.getId(), 2023)
            .selfAssess(county.getId(), "县卫健委", LocalDate.of(2024, 1, 15), Map.of())
            .review("6501", "市卫健委", LocalDate.of(2024, 1, 25), Map.of())
            .audit("65", "自治区卫健委", LocalDate.of(2024, 2, 20), Map.of()));
      }
    }
    out.println("  Problem list 问题清单 of 乌鲁木齐市 Ürümqi (targets not met, by county):");
    ProblemList.of("6501", prefecture).getProblems().forEach((county, targets) ->
        out.printf("    %s: %s%n", county, targets));
    out.println("  " + ProblemList.of("6501", prefecture.subList(0, 2)));
    out.println("  Audited ranking 审核排名: " + AnnualEvaluation.ranking(prefecture));
  }
}
