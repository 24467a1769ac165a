package io.github.yilian.excel;

import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.expert.AdjustmentLog;
import io.github.yilian.expert.Expert;
import io.github.yilian.expert.ExpertTeam;
import io.github.yilian.expert.GroupState;
import io.github.yilian.expert.Province;
import io.github.yilian.expert.Tenure;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Expert group management (seed 000) in Excel: the log template, the import of a filled one into an
 * {@link ExpertLogBook}, its export as a filled template, and the tenure and findings workbook.
 *
 * <p>The log workbook has sheets for the group, the provinces it covers, the teams and their
 * provinces, the liaisons, the roster and the selection criteria attested, the adjustment events,
 * the experts' activities and the evaluation assignments.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ExpertWorkbook {

  private ExpertWorkbook() {}

  /**
   * Writes a blank log template.
   *
   * @param file the workbook to write, not null; replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public static void writeTemplate(Path file) throws IOException {
    WorkbookWriter.write(ExpertSheets.WORKBOOK, List.of(), ExpertSheets.NOTES, file);
  }

  /**
   * Writes a log book as a filled template, which {@link #read(Path)} reads back into an equal one.
   * Phone and ID numbers are written: they are the office's own records.
   *
   * @param book the log book, not null
   * @param file the workbook to write, not null; replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public static void writeLogBook(ExpertLogBook book, Path file) throws IOException {
    Objects.requireNonNull(book, "book");
    WorkbookWriter.write(ExpertSheets.WORKBOOK, List.of(book), ExpertSheets.NOTES, file);
  }

  /**
   * Reads a filled template; nothing is imported if any row is bad.
   *
   * @param file the workbook, not null
   * @return the log book
   * @throws WorkbookException listing every problem if the file is not a readable xlsx workbook, a
   *     sheet or column is missing, or any cell is bad
   */
  public static ExpertLogBook read(Path file) throws WorkbookException {
    return read(file, ImportOptions.strict()).getValue();
  }

  /**
   * Reads a filled template with options, for example keeping the good rows.
   *
   * @param file the workbook, not null
   * @param options how to import, not null
   * @return the log book of the good rows and the problems of the rejected ones
   * @throws WorkbookException if the file or a sheet as a whole cannot be read, if the good rows do
   *     not make a valid group, or (with strict options) any cell is bad
   */
  public static ImportResult<ExpertLogBook> read(Path file, ImportOptions options) throws WorkbookException {
    ImportResult<List<ExpertLogBook>> result = WorkbookReader.read(ExpertSheets.WORKBOOK, file, options);
    return new ImportResult<>(result.getValue().get(0), result.getRejected(), result.getRowsRead(), result.getHiddenRows());
  }

  /**
   * Writes the tenure of every expert on a date (team, role, term, the last day served of one who
   * left or is leaving, days remaining, due for review, reason), the findings (severity as a coloured cell, rule, subject, reason) and the teams with
   * their leaders, members and provinces on that date.
   *
   * @param log the adjustment log, not null
   * @param on the date, from 1900-01-01 to 2200-12-31
   * @param findings the findings to list, not null, none null
   * @param file the workbook to write, not null; replaced if it exists
   * @param locale the language of the text: Chinese for any {@code zh} locale, English otherwise
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the date is outside the supported dates
   * @throws NullPointerException if an argument or an element is null
   */
  public static void writeTenure(AdjustmentLog log, LocalDate on, List<Finding> findings, Path file, Locale locale)
      throws IOException {
    Objects.requireNonNull(log, "log");
    SupportedRange.requireDate(on, "on");
    Excel.requireElements(findings, "findings");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(locale, "locale");
    GroupState state = log.stateOn(on);
    try (ReportBook book = new ReportBook(locale)) {
      ReportBook.Table tenure = book.table(book.t("聘期", "Tenure"), book.t("专家聘期，", "Tenure of every expert on ") + on,
          new String[] {book.t("专家编号", "expert"), book.t("姓名", "name"), book.t("在聘", "active"), book.t("小组", "team"),
              book.t("角色", "role"), book.t("聘期开始", "term starts"), book.t("聘期结束", "term ends"),
              book.t("最后任职日", "last day served"), book.t("剩余天数", "days left"), book.t("需复核", "review due"),
              book.t("已任职天数", "days served"), book.t("说明", "reason")},
          new int[] {14, 14, 7, 12, 8, 12, 12, 12, 9, 8, 10, 80});
      for (Tenure t : state.getTenures()) {
        String name = log.getFounding().findExpert(t.getExpert()).map(Expert::getName).orElse("");
        tenure.row(t.getExpert(), name,
            new ReportBook.Toned(t.isActive() ? book.t("是", "yes") : book.t("否", "no"), t.isActive() ? ReportBook.Tone.GOOD : ReportBook.Tone.NONE),
            t.getTeam().orElse(""), t.getRole().map(r -> r.getName().in(locale)).orElse(""),
            t.getTerm().map(r -> (Object) r.getStart()).orElse(""), t.getTerm().map(r -> (Object) r.getEnd()).orElse(""),
            t.getLastDayServed().map(d -> (Object) d).orElse(""), t.getDaysRemaining(),
            t.isDueForReview() ? new ReportBook.Toned(book.t("是", "yes"), ReportBook.Tone.LATE) : book.t("否", "no"),
            t.getDaysServed(), t.getReason().in(locale));
      }
      tenure.filter();
      ReportBook.Table found = book.table(book.t("检查结果", "Findings"), book.t("检查结果，", "Findings on ") + on,
          new String[] {book.t("严重程度", "severity"), book.t("规则", "rule"), book.t("对象", "subject"), book.t("说明", "reason")},
          new int[] {10, 26, 16, 100});
      for (Finding f : findings) {
        found.row(new ReportBook.Toned(f.getSeverity().getName().in(locale), tone(f.getSeverity())), f.getRuleId(), f.getSubject(),
            f.getReason().in(locale));
      }
      found.filter();
      ReportBook.Table teams = book.table(book.t("分区包段", "Teams"), book.t("专家小组及负责省份，", "Teams and their provinces on ") + on,
          new String[] {book.t("小组", "team"), book.t("名称", "name"), book.t("组长", "leader"), book.t("成员", "members"),
              book.t("负责省份", "provinces")},
          new int[] {12, 18, 14, 40, 80});
      for (ExpertTeam team : state.getGroup().getTeams()) {
        teams.row(team.getId(), team.getName().in(locale), team.getLeader().orElse(""), String.join("、", team.getMembers()),
            team.getProvinces().stream().map(Province::getName).map(n -> n.in(locale)).collect(Collectors.joining("、")));
      }
      teams.filter();
      book.write(file);
    }
  }

  static ReportBook.Tone tone(Severity severity) {
    return switch (severity) {
      case VIOLATION -> ReportBook.Tone.BAD;
      case WARNING -> ReportBook.Tone.LATE;
      case NOTICE -> ReportBook.Tone.PENDING;
    };
  }
}
