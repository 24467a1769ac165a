package io.github.yilian.report.internal;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Ranked;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.AnnualEvaluation;
import io.github.yilian.county.Dashboard;
import io.github.yilian.county.EvaluationStage;
import io.github.yilian.county.Level;
import io.github.yilian.county.Measure;
import io.github.yilian.county.PeriodResult;
import io.github.yilian.county.ProblemList;
import io.github.yilian.county.Target;
import io.github.yilian.county.TargetResult;
import io.github.yilian.county.TargetStatus;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.Transition;
import io.github.yilian.county.Unit;
import io.github.yilian.county.UnitScore;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.report.CountyReport;
import io.github.yilian.report.internal.CountyView.Bar;
import io.github.yilian.report.internal.CountyView.BarChart;
import io.github.yilian.report.internal.CountyView.Change;
import io.github.yilian.report.internal.CountyView.HeatBlock;
import io.github.yilian.report.internal.CountyView.HeatCell;
import io.github.yilian.report.internal.CountyView.Label;
import io.github.yilian.report.internal.CountyView.PeriodCell;
import io.github.yilian.report.internal.CountyView.ProblemBlock;
import io.github.yilian.report.internal.CountyView.ProblemRow;
import io.github.yilian.report.internal.CountyView.RankRow;
import io.github.yilian.report.internal.CountyView.ResultRow;
import io.github.yilian.report.internal.CountyView.ResultTable;
import io.github.yilian.report.internal.CountyView.Step;
import io.github.yilian.report.internal.CountyView.TargetRef;
import io.github.yilian.report.internal.CountyView.Trail;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/** Works out the county view of a {@link CountyReport}. */
public final class CountyViews {

  static final int LABEL_W = 236;
  /** The Chinese characters a heat-map row label holds (about 12 px each at 11 px text). */
  static final int LABEL_CHARS = 18;
  static final int CELL_W = 26;
  static final int CELL_H = 18;
  static final int PITCH_X = 28;
  static final int PITCH_Y = 20;
  static final int HEADER_H = 22;
  static final int BAR_LABEL_W = 190;
  static final int BAR_W = 420;
  static final int BAR_PITCH = 24;

  /** The order of {@link AnnualEvaluation#draft}: the worst status of several units. */
  private static final List<TargetStatus> WORST_FIRST = List.of(TargetStatus.MISSED, TargetStatus.NO_DATA,
      TargetStatus.NOT_YET_DUE, TargetStatus.MET_LATE, TargetStatus.MET, TargetStatus.NOT_APPLICABLE);

  private final CountyReport report;
  private final TargetTracker tracker;
  private final AdministrativeTree tree;
  private final Dashboard dashboard;
  private final List<Target> targets;
  private final Map<String, Map<String, TargetResult>> byTarget = new HashMap<>();

  private CountyViews(CountyReport report) {
    this.report = report;
    this.tracker = report.getTracker();
    this.tree = tracker.getData().getTree();
    this.dashboard = report.getDashboard();
    this.targets = tracker.getPolicy().getTargets();
    for (TargetResult result : dashboard.getResults()) {
      byTarget.computeIfAbsent(result.getRuleId(), k -> new HashMap<>()).put(result.getUnit().getId(), result);
    }
  }

  /**
   * Works out the view.
   *
   * @param report the county part
   * @param id the section's anchor
   * @return the view
   */
  public static CountyView of(CountyReport report, String id) {
    return new CountyViews(report).build(id);
  }

  private CountyView build(String id) {
    LocalDate asOf = dashboard.getAsOf();
    String code = tracker.getPolicy().equals(XinjiangCountyTargets2023.policy()) ? "XinjiangCountyTargets2023" : "";
    SectionHead head = new SectionHead(id, Texts.COUNTY_TITLE, Texts.asOf(asOf), report.getPreset(), code);

    Map<TargetStatus, Long> counts = new EnumMap<>(TargetStatus.class);
    for (TargetStatus status : TargetStatus.values()) {
      counts.put(status, 0L);
    }
    dashboard.getResults().forEach(r -> counts.merge(r.getStatus(), 1L, Long::sum));
    List<Count> countList = new ArrayList<>();
    counts.forEach((status, n) -> countList.add(new Count(Badge.of(status), n)));

    List<HeatBlock> blocks = new ArrayList<>();
    List<ResultTable> tables = new ArrayList<>();
    Unit region = tree.getRegion();
    addBlock(id + "-r", region.getName(), List.of(new RowUnit(region, Kind.REGION)), blocks, tables);
    int p = 0;
    for (Unit prefecture : tree.unitsAt(Level.PREFECTURE)) {
      List<RowUnit> rows = new ArrayList<>();
      rows.add(new RowUnit(prefecture, Kind.PREFECTURE));
      tree.unitsUnder(prefecture.getId(), Level.COUNTY).forEach(c -> rows.add(new RowUnit(c, Kind.COUNTY)));
      addBlock(id + "-p" + p++, prefecture.getName(), rows, blocks, tables);
    }
    List<Badge> legend = new ArrayList<>();
    for (TargetStatus status : TargetStatus.values()) {
      legend.add(Badge.of(status));
    }

    return new CountyView(id, head, countList, dashboard.getResults().size(),
        dashboard.getRegionFigures().stream().map(f -> f.getReason()).toList(), blocks, legend, bars(),
        ranking(Level.PREFECTURE), ranking(Level.COUNTY), auditedRanking(), !report.getEvaluations().isEmpty(),
        problems(), trails(), tables);
  }

  private enum Kind { REGION, PREFECTURE, COUNTY }

  private record RowUnit(Unit unit, Kind kind) {}

  private void addBlock(String blockId, BilingualText title, List<RowUnit> rows, List<HeatBlock> blocks,
      List<ResultTable> tables) {
    List<Label> columns = new ArrayList<>();
    for (int j = 0; j < targets.size(); j++) {
      Target target = targets.get(j);
      columns.add(new Label(LABEL_W + j * PITCH_X + CELL_W / 2, HEADER_H - 7,
          BilingualText.of(target.getId(), target.getId()), Fmt.tip(target.getName()), "col"));
    }
    List<Label> labels = new ArrayList<>();
    List<HeatCell> cells = new ArrayList<>();
    List<ResultRow> tableRows = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      RowUnit row = rows.get(r);
      int y = HEADER_H + r * PITCH_Y;
      labels.add(new Label(LABEL_W - 8, y + CELL_H - 5, Fmt.clip(row.unit().getName(), LABEL_CHARS),
          row.unit().getId() + " " + Fmt.tip(row.unit().getName()),
          row.kind() == Kind.COUNTY ? "row" : "row head"));
      for (int j = 0; j < targets.size(); j++) {
        Target target = targets.get(j);
        int x = LABEL_W + j * PITCH_X;
        List<TargetResult> results = resultsFor(row, target);
        boolean ownPart = results.size() == 1 && results.get(0).isOwnPart();
        String mark = (x + CELL_W - 8) + "," + y + " " + (x + CELL_W) + "," + y + " " + (x + CELL_W) + "," + (y + 8);
        if (results.isEmpty()) {
          cells.add(new HeatCell(x, y, CELL_W, CELL_H, null, row.unit().getId(), target.getId(), false, mark, 0,
              Fmt.tip(BilingualText.of(row.unit().getName().getChinese() + "，" + target.getId() + "："
                  + Texts.NOT_AT_LEVEL.getChinese(), row.unit().getName().getEnglish() + ", " + target.getId() + ": "
                  + Texts.NOT_AT_LEVEL.getEnglish()))));
          continue;
        }
        TargetStatus worst = worst(results);
        cells.add(new HeatCell(x, y, CELL_W, CELL_H, Badge.of(worst), row.unit().getId(), target.getId(), ownPart,
            mark, results.size(), tip(row.unit(), results)));
        for (TargetResult result : results) {
          tableRows.add(row(result));
        }
      }
    }
    int width = LABEL_W + targets.size() * PITCH_X + 4;
    int height = HEADER_H + rows.size() * PITCH_Y + 2;
    blocks.add(new HeatBlock(blockId, title, width, height, columns, labels, cells));
    tables.add(new ResultTable(blockId + "-t", title, tableRows));
  }

  /** The results a heat-map cell shows: the unit's own, those of units under a county, or its own part. */
  private List<TargetResult> resultsFor(RowUnit row, Target target) {
    Level level = target.getLevel();
    Map<String, TargetResult> results = byTarget.getOrDefault(target.getId(), Map.of());
    switch (row.kind()) {
      case REGION:
        return level == Level.REGION ? present(results.get(row.unit().getId())) : List.of();
      case PREFECTURE:
        return level == Level.PREFECTURE ? present(results.get(row.unit().getId())) : List.of();
      default:
        if (level == Level.COUNTY) {
          return present(results.get(row.unit().getId()));
        }
        if (Level.COUNTY.contains(level)) {
          List<TargetResult> under = new ArrayList<>();
          for (Unit unit : tree.unitsUnder(row.unit().getId(), level)) {
            under.addAll(present(results.get(unit.getId())));
          }
          return under;
        }
        if (hasOwnPart(target)) {
          return List.of(tracker.ownPart(target, row.unit().getId(), dashboard.getAsOf()));
        }
        return List.of();
    }
  }

  private static List<TargetResult> present(TargetResult result) {
    return result == null ? List.of() : List.of(result);
  }

  /** A share of units judged above the county and counted at or below it: the county has its own part. */
  private static boolean hasOwnPart(Target target) {
    return target.getMeasure() == Measure.SHARE_OF_UNITS && target.getLevel() != Level.COUNTY
        && target.getLevel().contains(Level.COUNTY)
        && target.getCountedLevel().filter(Level.COUNTY::contains).isPresent();
  }

  static TargetStatus worst(List<TargetResult> results) {
    TargetStatus worst = TargetStatus.NOT_APPLICABLE;
    for (TargetResult result : results) {
      if (WORST_FIRST.indexOf(result.getStatus()) < WORST_FIRST.indexOf(worst)) {
        worst = result.getStatus();
      }
    }
    return worst;
  }

  private static String tip(Unit unit, List<TargetResult> results) {
    StringJoiner zh = new StringJoiner("；", unit.getName().getChinese() + "："
        + (results.size() > 1 ? Texts.worstOf(results.size()).getChinese() + "。" : ""), "");
    StringJoiner en = new StringJoiner("; ", unit.getName().getEnglish() + ": "
        + (results.size() > 1 ? Texts.worstOf(results.size()).getEnglish() + ". " : ""), "");
    for (TargetResult result : results) {
      BilingualText reason = result.getReason();
      zh.add(reason.getChinese());
      en.add(reason.getEnglish());
    }
    return zh + "\n" + en;
  }

  private static ResultRow row(TargetResult result) {
    List<PeriodCell> periods = new ArrayList<>();
    for (PeriodResult period : result.getPeriods()) {
      periods.add(new PeriodCell(Badge.of(period.getStatus()), period.getReason()));
    }
    return new ResultRow(result.getUnit().getId(), result.getUnit().getName(), ref(result.getTarget()),
        result.isOwnPart(), Badge.of(result.getStatus()), Fmt.value(result.getValue()),
        Fmt.threshold(result.getThreshold()), result.getDeadline().toString(), result.getGap(), periods);
  }

  private static TargetRef ref(Target target) {
    return new TargetRef(target.getId(), target.getName());
  }

  private BarChart bars() {
    Map<String, UnitScore> scores = new HashMap<>();
    tracker.ranking(Level.PREFECTURE, dashboard).getEntries()
        .forEach(e -> scores.put(e.getItem().getUnitId(), e.getItem()));
    List<Bar> bars = new ArrayList<>();
    int i = 0;
    for (Unit prefecture : tree.unitsAt(Level.PREFECTURE)) {
      UnitScore score = scores.get(prefecture.getId());
      int y = 4 + i++ * BAR_PITCH;
      int filled = score.getApplicable() == 0 ? 0 : (int) Math.round(BAR_W * (double) score.getMet() / score.getApplicable());
      bars.add(new Bar(prefecture.getId(), prefecture.getName(), y, y + 13, BAR_LABEL_W - 8, BAR_LABEL_W, BAR_W,
          filled, BAR_LABEL_W + BAR_W + 8, Texts.metOf(score.getMet(), score.getApplicable(),
              Fmt.percent(score.getShare())), score.getMet(), score.getApplicable()));
    }
    return new BarChart(BAR_LABEL_W + BAR_W + 150, 8 + i * BAR_PITCH, bars);
  }

  private List<RankRow> ranking(Level level) {
    List<RankRow> rows = new ArrayList<>();
    for (Ranked<UnitScore> entry : tracker.ranking(level, dashboard).getEntries()) {
      rows.add(rankRow(entry));
    }
    return rows;
  }

  private List<RankRow> auditedRanking() {
    List<RankRow> rows = new ArrayList<>();
    if (!report.getEvaluations().isEmpty()) {
      for (Ranked<UnitScore> entry : AnnualEvaluation.ranking(latest().values()).getEntries()) {
        rows.add(rankRow(entry));
      }
    }
    return rows;
  }

  private RankRow rankRow(Ranked<UnitScore> entry) {
    UnitScore score = entry.getItem();
    Unit unit = tree.getUnit(score.getUnitId()).orElseThrow();
    BilingualText parent = unit.getLevel() == Level.COUNTY
        ? unit.getParentId().flatMap(tree::getUnit).map(Unit::getName).orElse(null) : null;
    return new RankRow(entry.getRank(), unit.getId(), unit.getName(), parent, score.getMet(), score.getApplicable(),
        Fmt.percent(score.getShare()));
  }

  /** The last evaluation given of each county, in the order first given. */
  private Map<String, AnnualEvaluation> latest() {
    Map<String, AnnualEvaluation> latest = new LinkedHashMap<>();
    report.getEvaluations().forEach(e -> latest.put(e.getCountyId(), e));
    return latest;
  }

  private List<ProblemBlock> problems() {
    List<ProblemBlock> blocks = new ArrayList<>();
    if (report.getEvaluations().isEmpty()) {
      return blocks;
    }
    for (Unit prefecture : tree.unitsAt(Level.PREFECTURE)) {
      ProblemList list = ProblemList.of(prefecture.getId(), report.getEvaluations());
      if (list.getProblems().isEmpty() && list.getPending().isEmpty()) {
        continue;
      }
      List<ProblemRow> rows = new ArrayList<>();
      list.getProblems().forEach((county, ids) -> rows.add(new ProblemRow(county, name(county),
          ids.stream().map(this::targetRef).toList())));
      blocks.add(new ProblemBlock(prefecture.getId(), prefecture.getName(), rows,
          list.getPending().stream().map(this::name).toList()));
    }
    return blocks;
  }

  private BilingualText name(String unitId) {
    return tree.getUnit(unitId).map(Unit::getName).orElse(BilingualText.of(unitId, unitId));
  }

  private TargetRef targetRef(String targetId) {
    return tracker.getPolicy().getTarget(targetId).map(CountyViews::ref)
        .orElse(new TargetRef(targetId, BilingualText.of(targetId, targetId)));
  }

  private List<Trail> trails() {
    Map<String, AnnualEvaluation> latest = latest();
    List<Trail> trails = new ArrayList<>();
    for (String countyId : report.getTrails()) {
      AnnualEvaluation evaluation = Objects.requireNonNull(latest.get(countyId));
      List<Step> steps = new ArrayList<>();
      for (Transition step : evaluation.getTrail()) {
        steps.add(new Step(step.getDate().toString(), step.getFromStage().getName(), step.getToStage().getName(),
            step.isReturn(), name(step.getUnitId()), step.getActor(), step.getReason().orElse("")));
      }
      Map<String, TargetStatus> drafted =
          AnnualEvaluation.draft(tracker, countyId, evaluation.getYear()).getValues();
      List<Change> changes = new ArrayList<>();
      evaluation.getValues().forEach((target, now) -> {
        TargetStatus before = drafted.get(target);
        if (before != now) {
          changes.add(new Change(targetRef(target), Badge.of(before), Badge.of(now)));
        }
      });
      trails.add(new Trail(countyId, name(countyId), evaluation.getYear(), evaluation.getStage().getName(),
          summary(evaluation), steps, changes, evaluation.getNotApplicable()));
    }
    return trails;
  }

  private static BilingualText summary(AnnualEvaluation evaluation) {
    int applicable = evaluation.getValues().size();
    List<String> notMet = evaluation.getNotMet();
    String zhStage = evaluation.getStage() == EvaluationStage.REGION_AUDITED ? "（最终）" : "";
    return BilingualText.of(
        evaluation.getYear() + " 年度评价，" + evaluation.getStage().getChineseName() + zhStage + "：适用目标 " + applicable
            + " 项，已达标 " + (applicable - notMet.size()) + " 项；未达标："
            + (notMet.isEmpty() ? "无" : String.join("、", notMet)),
        evaluation.getYear() + " evaluation, " + evaluation.getStage().getEnglishName()
            + (evaluation.getStage() == EvaluationStage.REGION_AUDITED ? " (final)" : "") + ": "
            + (applicable - notMet.size()) + " of " + Texts.plural(applicable, "applicable target", "applicable targets")
            + " met; not met: " + (notMet.isEmpty() ? "none" : String.join(", ", notMet)));
  }
}
