package io.github.yilian.excel;

import io.github.yilian.common.Ranked;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.Dashboard;
import io.github.yilian.county.Level;
import io.github.yilian.county.Measured;
import io.github.yilian.county.MonitoringData;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * County medical community monitoring (seed 002) in Excel: the data template, the import of a filled
 * one into {@link MonitoringData}, its export as a filled template, and the dashboard workbook.
 *
 * <p>The data workbook has a "单位 Units" sheet (the administrative tree down to primary-care units),
 * a "监测数据 Facts" sheet (dated facts per unit and indicator) and a "抽调 Secondments" sheet.
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
   * targets as columns (status as a coloured cell with the value and the gap), every result with its
   * reason, the roll-ups of each target per prefecture, the problem list (results not met, by
   * prefecture and county), and the prefecture and county rankings. Headers are frozen and filtered.
   *
   * @param tracker the tracker of the policy and data, not null
   * @param asOf the date, from 1900-01-01 to 2200-12-31
   * @param file the workbook to write, not null; replaced if it exists
   * @param locale the language of the text: Chinese for any {@code zh} locale, English otherwise
   * @throws IOException if the file cannot be written
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
        if (!targets.isEmpty()) {
          grid(book, tree, dashboard, level, targets, locale);
        }
      }
      results(book, tree, dashboard, locale);
      rollUps(book, tracker, asOf, locale);
      problems(book, tree, dashboard, locale);
      rankings(book, tracker, dashboard, locale);
      book.write(file);
    }
  }

  private static void grid(ReportBook book, AdministrativeTree tree, Dashboard dashboard, Level level, List<Target> targets,
      Locale locale) {
    List<String> headers = new ArrayList<>(List.of(book.t("单位编号", "unit id"), book.t("单位", "unit"),
        book.t("所属地州", "prefecture")));
    List<Integer> widths = new ArrayList<>(List.of(14, 24, 16));
    for (Target target : targets) {
      headers.add(target.getId() + " " + target.getName().in(locale));
      widths.add(22);
    }
    headers.add(book.t("达标", "met"));
    widths.add(9);
    ReportBook.Table table = book.table(book.t("看板·", "Dashboard · ") + level.getName().in(locale),
        book.t("监测看板（", "Dashboard (") + level.getName().in(locale) + book.t("），截至 ", "), as of ") + dashboard.getAsOf(),
        headers.toArray(String[]::new), widths.stream().mapToInt(Integer::intValue).toArray());
    Map<String, Map<String, TargetResult>> byUnit = new HashMap<>();
    for (Target target : targets) {
      for (TargetResult result : dashboard.resultsOf(target.getId())) {
        byUnit.computeIfAbsent(result.getUnit().getId(), k -> new HashMap<>()).put(target.getId(), result);
      }
    }
    for (Unit unit : tree.unitsAt(level)) {
      List<Object> cells = new ArrayList<>(List.of(unit.getId(), unit.getName().in(locale), prefecture(tree, unit, locale)));
      int met = 0;
      int judged = 0;
      for (Target target : targets) {
        TargetResult result = byUnit.getOrDefault(unit.getId(), Map.of()).get(target.getId());
        if (result == null) {
          cells.add(null);
          continue;
        }
        judged++;
        met += result.getStatus().isMet() ? 1 : 0;
        cells.add(new ReportBook.Toned(cellText(book, result, locale), tone(result.getStatus())));
      }
      cells.add(met + "/" + judged);
      table.row(cells.toArray());
    }
    table.filter();
  }

  private static String cellText(ReportBook book, TargetResult result, Locale locale) {
    StringBuilder text = new StringBuilder(result.getStatus().getName().in(locale));
    result.getValue().ifPresent(v -> text.append(' ').append(value(book, v)));
    if (result.getGap() > 0) {
      text.append(book.t("，差 ", ", gap ")).append(result.getGap());
    }
    return text.toString();
  }

  static String value(ReportBook book, Measured value) {
    return switch (value.getKind()) {
      case YES_NO -> value.isYes() ? book.t("是", "yes") : book.t("否", "no");
      case COUNT -> Long.toString(value.getCount());
      case SHARE -> value.getShare() + " (" + value.getShare().toPercent(1, RoundingMode.HALF_UP).toPlainString() + " %)";
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
      default -> ReportBook.Tone.NONE;
    };
  }

  private static void results(ReportBook book, AdministrativeTree tree, Dashboard dashboard, Locale locale) {
    ReportBook.Table table = book.table(book.t("结果", "Results"), book.t("全部结果，截至 ", "Every result, as of ") + dashboard.getAsOf(),
        new String[] {book.t("指标", "target"), book.t("层级", "level"), book.t("单位编号", "unit id"), book.t("单位", "unit"),
            book.t("所属地州", "prefecture"), book.t("状态", "status"), book.t("数值", "value"), book.t("差距", "gap"),
            book.t("期限", "deadline"), book.t("说明", "reason")},
        new int[] {8, 12, 14, 24, 16, 11, 18, 7, 12, 90});
    for (TargetResult r : dashboard.getResults()) {
      table.row(r.getRuleId(), r.getUnit().getLevel().getName().in(locale), r.getUnit().getId(), r.getUnit().getName().in(locale),
          prefecture(tree, r.getUnit(), locale), new ReportBook.Toned(r.getStatus().getName().in(locale), tone(r.getStatus())),
          r.getValue().map(v -> value(book, v)).orElse("-"), r.getGap(), r.getDeadline(), r.getReason().in(locale));
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
        book.t("各地州达标单位数（达标/总数），截至 ", "Units meeting each target per prefecture (met/all), as of ") + asOf,
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
        String share = rollUp.getShare().map(s -> " (" + s.toPercent(0, RoundingMode.HALF_UP).toPlainString() + " %)").orElse("");
        cells.add(new ReportBook.Toned(rollUp.getMet().size() + "/" + all + share, tone));
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
    rows.sort(java.util.Comparator.comparing((TargetResult r) -> ancestorId(tree, r.getUnit(), Level.PREFECTURE))
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
