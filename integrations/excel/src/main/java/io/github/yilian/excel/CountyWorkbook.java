package io.github.yilian.excel;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.Ranked;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.Dashboard;
import io.github.yilian.county.Level;
import io.github.yilian.county.Measure;
import io.github.yilian.county.Measured;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.PeriodResult;
import io.github.yilian.county.RegionFigure;
import io.github.yilian.county.RollUp;
import io.github.yilian.county.Target;
import io.github.yilian.county.TargetResult;
import io.github.yilian.county.TargetStatus;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.Unit;
import io.github.yilian.county.UnitScore;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * County medical community monitoring (seed 002) in Excel: the data template, the import of a filled
 * one into {@link MonitoringData}, its export as a filled template, and the dashboard workbook.
 *
 * <p>The data workbook has a "单位 Units" sheet (the administrative tree down to primary-care units,
 * each with its kind), a "监测数据 Facts" sheet (dated facts per unit and indicator), a "抽调
 * Secondments" sheet and a "包联 Pairings" sheet (party-group members paired with counties; the
 * member's id is personal and never shown in a problem).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CountyWorkbook {

  private CountyWorkbook() {}

  /**
   * Writes a blank data template.
   *
   * @param file the workbook to write, not null; replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public static void writeTemplate(Path file) throws IOException {
    WorkbookWriter.write(CountySheets.WORKBOOK, List.of(), CountySheets.NOTES, file);
  }

  /**
   * Writes monitoring data as a filled template, which {@link #read(Path)} reads back into equal data.
   * Rows are streamed, so a million facts need little memory besides the data itself.
   *
   * @param data the data, not null
   * @param file the workbook to write, not null; replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public static void writeData(MonitoringData data, Path file) throws IOException {
    Objects.requireNonNull(data, "data");
    WorkbookWriter.write(CountySheets.WORKBOOK, List.of(data), CountySheets.NOTES, file);
  }

  /**
   * Reads a filled template; nothing is imported if any row is bad.
   *
   * @param file the workbook, not null
   * @return the data
   * @throws WorkbookException listing every problem if the file is not a readable xlsx workbook, a
   *     sheet or column is missing, or any cell is bad
   */
  public static MonitoringData read(Path file) throws WorkbookException {
    return read(file, ImportOptions.strict()).getValue();
  }

  /**
   * Reads a filled template with options, for example keeping the good rows.
   *
   * @param file the workbook, not null
   * @param options how to import, not null
   * @return the data of the good rows and the problems of the rejected ones
   * @throws WorkbookException if the file or a sheet as a whole cannot be read, if the good rows do
   *     not make a valid tree, or (with strict options) any cell is bad
   */
  public static ImportResult<MonitoringData> read(Path file, ImportOptions options) throws WorkbookException {
    ImportResult<List<MonitoringData>> result = WorkbookReader.read(CountySheets.WORKBOOK, file, options);
    return new ImportResult<>(result.getValue().get(0), result.getRejected(), result.getRowsRead(), result.getHiddenRows());
  }

  /**
   * Writes the dashboard as of a date: one sheet per level with units as rows and that level's
   * targets as columns (status as a coloured cell with the value and the gap, each period of a
   * recurring target, grey where the target does not apply), and a column for each unit's own part
   * in a share target judged above its level (a county's part in T1, T2, T7, T8 and T10, which its
   * ranking counts); every result with its reason; every period of the recurring targets; the
   * region-wide figures (T7, T8, T10), reported without a status; the roll-ups of each target per
   * prefecture; the problem list (results missed, met late or without data, by prefecture and
   * county); and the prefecture and county rankings. Headers are frozen and filtered.
   *
   * @param tracker the tracker of the policy and data, not null
   * @param asOf the date, from 1900-01-01 to 2200-12-31
   * @param file the workbook to write, not null; replaced if it exists
   * @param locale the language of the text: Chinese for any {@code zh} locale, English otherwise
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the date is outside the supported dates
   * @throws NullPointerException if an argument is null
   */
  public static void writeDashboard(TargetTracker tracker, LocalDate asOf, Path file, Locale locale) throws IOException {
    Objects.requireNonNull(tracker, "tracker");
    SupportedRange.requireDate(asOf, "asOf");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(locale, "locale");
    Dashboard dashboard = tracker.dashboard(asOf);
    AdministrativeTree tree = tracker.getData().getTree();
    try (ReportBook book = new ReportBook(locale)) {
      for (Level level : Level.values()) {
        List<Target> targets = tracker.getPolicy().getTargets().stream().filter(t -> t.getLevel() == level).toList();
        List<Target> ownParts = ownPartTargets(tracker, level);
        if (!targets.isEmpty() || !ownParts.isEmpty()) {
          grid(book, tracker, dashboard, level, targets, ownParts, locale);
        }
      }
      results(book, tracker, dashboard, locale);
      periods(book, tree, dashboard, locale);
      regionFigures(book, dashboard, locale);
      rollUps(book, tracker, asOf, locale);
      problems(book, tree, dashboard, locale);
      rankings(book, tracker, dashboard, locale);
      book.write(file);
    }
  }

  /**
   * The targets in which units of a level have an own part: shares of units judged above the level
   * and counted at or below it (seed 002 三(二)15, "以县为单位").
   */
  static List<Target> ownPartTargets(TargetTracker tracker, Level level) {
    return tracker.getPolicy().getTargets().stream()
        .filter(t -> t.getMeasure() == Measure.SHARE_OF_UNITS && t.getLevel() != level && t.getLevel().contains(level)
            && t.getCountedLevel().filter(level::contains).isPresent())
        .toList();
  }

  /** The own parts of every unit of a level, by unit id and target id. */
  private static Map<String, Map<String, TargetResult>> ownParts(TargetTracker tracker, Level level, List<Target> targets,
      LocalDate asOf) {
    Map<String, Map<String, TargetResult>> parts = new LinkedHashMap<>();
    for (Unit unit : tracker.getData().getTree().unitsAt(level)) {
      for (Target target : targets) {
        parts.computeIfAbsent(unit.getId(), k -> new LinkedHashMap<>()).put(target.getId(), tracker.ownPart(target, unit.getId(), asOf));
      }
    }
    return parts;
  }

  private static void grid(ReportBook book, TargetTracker tracker, Dashboard dashboard, Level level, List<Target> targets,
      List<Target> ownPartTargets, Locale locale) {
    AdministrativeTree tree = tracker.getData().getTree();
    List<String> headers = new ArrayList<>(List.of(book.t("单位编号", "unit id"), book.t("单位", "unit"),
        book.t("所属地州", "prefecture")));
    List<Integer> widths = new ArrayList<>(List.of(14, 24, 16));
    for (Target target : targets) {
      headers.add(target.getId() + " " + target.getName().in(locale));
      widths.add(target.getRecurrence().isPresent() ? 30 : 22);
    }
    for (Target target : ownPartTargets) {
      headers.add(target.getId() + " " + book.t("本级部分：", "own part: ") + target.getName().in(locale));
      widths.add(22);
    }
    headers.add(book.t("达标/适用", "met/applicable"));
    widths.add(11);
    ReportBook.Table table = book.table(book.t("看板·", "Dashboard · ") + level.getName().in(locale),
        book.t("监测看板（", "Dashboard (") + level.getName().in(locale) + book.t("），截至 ", "), as of ") + dashboard.getAsOf()
            + book.t("　绿：已达标　黄：逾期达标　红：未达标　蓝：未到期　橙：无数据　灰：不适用",
                "   green: met, yellow: met late, red: missed, blue: not yet due, orange: no data, grey: not applicable"),
        headers.toArray(String[]::new), widths.stream().mapToInt(Integer::intValue).toArray());
    Map<String, Map<String, TargetResult>> byUnit = new HashMap<>();
    for (Target target : targets) {
      for (TargetResult result : dashboard.resultsOf(target.getId())) {
        byUnit.computeIfAbsent(result.getUnit().getId(), k -> new HashMap<>()).put(target.getId(), result);
      }
    }
    Map<String, Map<String, TargetResult>> parts = ownParts(tracker, level, ownPartTargets, dashboard.getAsOf());
    for (Unit unit : tree.unitsAt(level)) {
      List<Object> cells = new ArrayList<>(List.of(unit.getId(), unit.getName().in(locale), prefecture(tree, unit, locale)));
      int met = 0;
      int applicable = 0;
      List<TargetResult> row = new ArrayList<>();
      targets.forEach(t -> row.add(byUnit.getOrDefault(unit.getId(), Map.of()).get(t.getId())));
      ownPartTargets.forEach(t -> row.add(parts.getOrDefault(unit.getId(), Map.of()).get(t.getId())));
      for (TargetResult result : row) {
        if (result == null) {
          cells.add(null);
          continue;
        }
        if (result.getStatus().isApplicable()) {
          applicable++;
          met += result.getStatus().isMet() ? 1 : 0;
        }
        cells.add(new ReportBook.Toned(cellText(book, result, locale), tone(result.getStatus())));
      }
      cells.add(met + "/" + applicable);
      table.row(cells.toArray());
    }
    table.filter();
  }

  /** The status, the value and the gap; then each period of a recurring target. */
  private static String cellText(ReportBook book, TargetResult result, Locale locale) {
    StringBuilder text = new StringBuilder(result.getStatus().getName().in(locale));
    result.getValue().ifPresent(v -> text.append(' ').append(value(book, v)));
    if (result.getGap() > 0) {
      text.append(book.t("，差 ", ", gap ")).append(result.getGap());
    }
    for (PeriodResult period : result.getPeriods()) {
      text.append('\n').append(periodName(book, period.getPeriod())).append(book.t("：", ": "))
          .append(period.getStatus().getName().in(locale));
      period.getValue().ifPresent(v -> text.append(' ').append(value(book, v)));
    }
    return text.toString();
  }

  /** A period's name: "2023 年", "2023 年上半年", or its dates. */
  static String periodName(ReportBook book, DateRange period) {
    LocalDate start = period.getStart();
    LocalDate end = period.getEnd();
    int year = start.getYear();
    boolean firstDay = start.getDayOfYear() == 1;
    if (firstDay && end.equals(LocalDate.of(year, 12, 31))) {
      return book.t(year + " 年", Integer.toString(year));
    }
    if (firstDay && end.equals(LocalDate.of(year, 6, 30))) {
      return book.t(year + " 年上半年", "H1 " + year);
    }
    if (start.equals(LocalDate.of(year, 7, 1)) && end.equals(LocalDate.of(year, 12, 31))) {
      return book.t(year + " 年下半年", "H2 " + year);
    }
    return start + book.t(" 至 ", " to ") + end;
  }

  static String value(ReportBook book, Measured value) {
    return switch (value.getKind()) {
      case YES_NO -> value.isYes() ? book.t("是", "yes") : book.t("否", "no");
      case COUNT -> Long.toString(value.getCount());
      case SHARE -> value.getShare() + book.t("（", " (") + value.getShare().toPercent(1, RoundingMode.HALF_UP).toPlainString()
          + book.t(" %）", " %)");
    };
  }

  private static String prefecture(AdministrativeTree tree, Unit unit, Locale locale) {
    return unit.getLevel().compareTo(Level.PREFECTURE) < 0 ? ""
        : tree.ancestorAt(unit.getId(), Level.PREFECTURE).map(p -> p.getName().in(locale)).orElse("");
  }

  static ReportBook.Tone tone(TargetStatus status) {
    return switch (status) {
      case MET -> ReportBook.Tone.GOOD;
      case MET_LATE -> ReportBook.Tone.LATE;
      case MISSED -> ReportBook.Tone.BAD;
      case NOT_YET_DUE -> ReportBook.Tone.PENDING;
      case NO_DATA -> ReportBook.Tone.MISSING;
      case NOT_APPLICABLE -> ReportBook.Tone.NONE;
    };
  }

  private static void results(ReportBook book, TargetTracker tracker, Dashboard dashboard, Locale locale) {
    AdministrativeTree tree = tracker.getData().getTree();
    ReportBook.Table table = book.table(book.t("结果", "Results"),
        book.t("全部结果（含各单位在上级占比指标中的本级部分），截至 ", "Every result (with each unit's own part in share targets judged above it), as of ")
            + dashboard.getAsOf(),
        new String[] {book.t("指标", "target"), book.t("层级", "level"), book.t("单位编号", "unit id"), book.t("单位", "unit"),
            book.t("所属地州", "prefecture"), book.t("本级部分", "own part"), book.t("状态", "status"), book.t("数值", "value"),
            book.t("差距", "gap"), book.t("期限", "deadline"), book.t("说明", "reason")},
        new int[] {8, 12, 14, 24, 16, 9, 11, 18, 7, 12, 90});
    List<TargetResult> all = new ArrayList<>(dashboard.getResults());
    for (Level level : Level.values()) {
      List<Target> ownPartTargets = ownPartTargets(tracker, level);
      ownParts(tracker, level, ownPartTargets, dashboard.getAsOf()).values().forEach(m -> all.addAll(m.values()));
    }
    // by target, the own parts after the target's own results; otherwise in tree order (a stable sort)
    all.sort(Comparator.comparingInt((TargetResult r) -> tracker.getPolicy().getTargets().indexOf(r.getTarget()))
        .thenComparing(TargetResult::isOwnPart));
    for (TargetResult r : all) {
      table.row(r.getRuleId(), r.getUnit().getLevel().getName().in(locale), r.getUnit().getId(), r.getUnit().getName().in(locale),
          prefecture(tree, r.getUnit(), locale), r.isOwnPart() ? book.t("是", "yes") : "",
          new ReportBook.Toned(r.getStatus().getName().in(locale), tone(r.getStatus())),
          r.getValue().map(v -> value(book, v)).orElse("-"), r.getGap(), r.getDeadline(), r.getReason().in(locale));
    }
    table.filter();
  }

  private static void periods(ReportBook book, AdministrativeTree tree, Dashboard dashboard, Locale locale) {
    ReportBook.Table table = book.table(book.t("各期", "Periods"),
        book.t("按年或半年考核的指标，各期分别判断（已结束的未达标期保持未达标），截至 ",
            "Recurring targets, each period judged on its own (a period that ended missed stays missed), as of ") + dashboard.getAsOf(),
        new String[] {book.t("指标", "target"), book.t("单位编号", "unit id"), book.t("单位", "unit"), book.t("所属地州", "prefecture"),
            book.t("期间", "period"), book.t("已结束", "ended"), book.t("状态", "status"), book.t("数值", "value"),
            book.t("差距", "gap"), book.t("说明", "reason")},
        new int[] {8, 14, 24, 16, 16, 8, 11, 18, 7, 90});
    for (TargetResult r : dashboard.getResults()) {
      for (PeriodResult period : r.getPeriods()) {
        table.row(r.getRuleId(), r.getUnit().getId(), r.getUnit().getName().in(locale), prefecture(tree, r.getUnit(), locale),
            periodName(book, period.getPeriod()), period.isEnded() ? book.t("是", "yes") : book.t("否", "no"),
            new ReportBook.Toned(period.getStatus().getName().in(locale), tone(period.getStatus())),
            period.getValue().map(v -> value(book, v)).orElse("-"), period.getGap(), period.getReason().in(locale));
      }
    }
    table.filter();
  }

  private static void regionFigures(ReportBook book, Dashboard dashboard, Locale locale) {
    ReportBook.Table table = book.table(book.t("全区数据", "Region-wide"),
        book.t("全区数据：按地州考核的占比指标在全区的数值，只报告、不判断，截至 ",
            "Region-wide figures of the share targets set for each prefecture: reported, not judged, as of ") + dashboard.getAsOf(),
        new String[] {book.t("指标", "target"), book.t("名称", "name"), book.t("全区", "region"), book.t("数值", "value"),
            book.t("说明", "reason")},
        new int[] {8, 40, 14, 18, 90});
    for (RegionFigure figure : dashboard.getRegionFigures()) {
      table.row(figure.getTarget().getId(), figure.getTarget().getName().in(locale), figure.getRegion().getName().in(locale),
          figure.getValue().map(v -> value(book, v)).orElse("-"), figure.getReason().in(locale));
    }
    table.filter();
  }

  private static void rollUps(ReportBook book, TargetTracker tracker, LocalDate asOf, Locale locale) {
    List<Target> below = tracker.getPolicy().getTargets().stream().filter(t -> t.getLevel().compareTo(Level.COUNTY) >= 0).toList();
    List<String> headers = new ArrayList<>(List.of(book.t("地州编号", "prefecture id"), book.t("地州", "prefecture")));
    List<Integer> widths = new ArrayList<>(List.of(14, 20));
    below.forEach(t -> {
      headers.add(t.getId() + " " + t.getName().in(locale));
      widths.add(16);
    });
    ReportBook.Table table = book.table(book.t("汇总", "Roll-ups"),
        book.t("各地州达标单位数（达标/适用），不适用的单位另计，截至 ",
            "Units meeting each target per prefecture (met/applicable; units it does not apply to counted apart), as of ") + asOf,
        headers.toArray(String[]::new), widths.stream().mapToInt(Integer::intValue).toArray());
    AdministrativeTree tree = tracker.getData().getTree();
    List<Unit> parents = new ArrayList<>(tree.unitsAt(Level.PREFECTURE));
    parents.add(tree.getRegion());
    for (Unit parent : parents) {
      List<Object> cells = new ArrayList<>(List.of(parent.getId(), parent.getName().in(locale)));
      for (Target target : below) {
        RollUp rollUp = tracker.rollUp(target, parent.getId(), asOf);
        int all = rollUp.getMet().size() + rollUp.getNotMet().size();
        ReportBook.Tone tone = all == 0 ? ReportBook.Tone.NONE : rollUp.getNotMet().isEmpty() ? ReportBook.Tone.GOOD
            : rollUp.getMet().isEmpty() ? ReportBook.Tone.BAD : ReportBook.Tone.LATE;
        String share = rollUp.getShare()
            .map(s -> book.t("（", " (") + s.toPercent(0, RoundingMode.HALF_UP).toPlainString() + book.t(" %）", " %)")).orElse("");
        int notApplicable = rollUp.getNotApplicable().size();
        String apart = notApplicable == 0 ? "" : book.t("，不适用 ", ", n/a ") + notApplicable;
        cells.add(new ReportBook.Toned(rollUp.getMet().size() + "/" + all + share + apart, tone));
      }
      table.row(cells.toArray());
    }
    table.filter();
  }

  private static void problems(ReportBook book, AdministrativeTree tree, Dashboard dashboard, Locale locale) {
    ReportBook.Table table = book.table(book.t("问题清单", "Problems"),
        book.t("问题清单：未达标、逾期达标和无数据的结果，按地州和县，截至 ", "Problem list: results missed, met late or without data, by prefecture and county, as of ")
            + dashboard.getAsOf(),
        new String[] {book.t("地州", "prefecture"), book.t("县", "county"), book.t("单位", "unit"), book.t("指标", "target"),
            book.t("状态", "status"), book.t("差距", "gap"), book.t("说明", "reason")},
        new int[] {16, 20, 24, 8, 11, 7, 90});
    List<TargetResult> rows = new ArrayList<>();
    for (TargetResult r : dashboard.getResults()) {
      boolean problem = r.getStatus() == TargetStatus.MISSED || r.getStatus() == TargetStatus.MET_LATE
          || r.getStatus() == TargetStatus.NO_DATA;
      if (problem && r.getUnit().getLevel().compareTo(Level.COUNTY) >= 0) {
        rows.add(r);
      }
    }
    rows.sort(Comparator.comparing((TargetResult r) -> ancestorId(tree, r.getUnit(), Level.PREFECTURE))
        .thenComparing(r -> ancestorId(tree, r.getUnit(), Level.COUNTY)));
    for (TargetResult r : rows) {
      Optional<Unit> county = tree.ancestorAt(r.getUnit().getId(), Level.COUNTY);
      table.row(prefecture(tree, r.getUnit(), locale), county.map(c -> c.getName().in(locale)).orElse(""),
          r.getUnit().getLevel() == Level.COUNTY ? "" : r.getUnit().getName().in(locale), r.getRuleId(),
          new ReportBook.Toned(r.getStatus().getName().in(locale), tone(r.getStatus())), r.getGap(), r.getReason().in(locale));
    }
    table.filter();
  }

  private static String ancestorId(AdministrativeTree tree, Unit unit, Level level) {
    return tree.ancestorAt(unit.getId(), level).map(Unit::getId).orElse("");
  }

  private static void rankings(ReportBook book, TargetTracker tracker, Dashboard dashboard, Locale locale) {
    ReportBook.Table table = book.table(book.t("排名", "Ranking"),
        book.t("按达标比例排名（适用结果中达标的比例），截至 ", "Ranking by the share of applicable results met, as of ") + dashboard.getAsOf(),
        new String[] {book.t("层级", "level"), book.t("名次", "rank"), book.t("单位编号", "unit id"), book.t("单位", "unit"),
            book.t("达标", "met"), book.t("适用", "applicable"), book.t("达标比例 %", "share met %")},
        new int[] {12, 7, 14, 26, 8, 10, 12});
    AdministrativeTree tree = tracker.getData().getTree();
    for (Level level : List.of(Level.PREFECTURE, Level.COUNTY)) {
      for (Ranked<UnitScore> entry : tracker.ranking(level, dashboard).getEntries()) {
        UnitScore score = entry.getItem();
        table.row(level.getName().in(locale), entry.getRank(), score.getUnitId(),
            tree.getUnit(score.getUnitId()).map(u -> u.getName().in(locale)).orElse(""), score.getMet(), score.getApplicable(),
            score.getShare().toPercent(1, RoundingMode.HALF_UP));
      }
    }
    table.filter();
  }
}
