package io.github.yilian.excel;

import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import io.github.yilian.pilot.ComplianceStatus;
import io.github.yilian.pilot.GroupCompliance;
import io.github.yilian.pilot.GroupRecord;
import io.github.yilian.pilot.Obligation;
import io.github.yilian.pilot.ObligationStatus;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Pilot-city collaboration groups (seed 001) in Excel: the record template, the import of a filled
 * one into {@link GroupRecord}s, their export as a filled template, and the compliance calendar.
 *
 * <p>The record workbook has a "协作组 Groups" sheet (one row per group: topic, lead cities, guiding
 * experts) and sheets of participants, activities (first and last day, host, guests, the groups that
 * held a joint exchange, the guiding experts and liaisons present), attendance and submissions, each
 * row naming its group by topic. A joint inter-group exchange is a row under every group that held
 * it.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PilotWorkbook {

  private PilotWorkbook() {}

  /**
   * Writes a blank record template.
   *
   * @param file the workbook to write, not null; replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public static void writeTemplate(Path file) throws IOException {
    WorkbookWriter.write(PilotSheets.WORKBOOK, List.of(), PilotSheets.NOTES, file);
  }

  /**
   * Writes group records as a filled template, which {@link #read(Path)} reads back into equal records.
   *
   * @param records the records, not null, none null
   * @param file the workbook to write, not null; replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public static void writeRecords(List<GroupRecord> records, Path file) throws IOException {
    Excel.requireElements(records, "records");
    WorkbookWriter.write(PilotSheets.WORKBOOK, records, PilotSheets.NOTES, file);
  }

  /**
   * Reads a filled template; nothing is imported if any row is bad.
   *
   * @param file the workbook, not null
   * @return one record per row of the groups sheet, in the order of the rows
   * @throws WorkbookException listing every problem if the file is not a readable xlsx workbook, a
   *     sheet or column is missing, or any cell is bad
   */
  public static List<GroupRecord> read(Path file) throws WorkbookException {
    return read(file, ImportOptions.strict()).getValue();
  }

  /**
   * Reads a filled template with options, for example keeping the good rows.
   *
   * @param file the workbook, not null
   * @param options how to import, not null
   * @return the records of the good rows and the problems of the rejected ones
   * @throws WorkbookException if the file or a sheet as a whole cannot be read, or (with strict
   *     options) any cell is bad
   */
  public static ImportResult<List<GroupRecord>> read(Path file, ImportOptions options) throws WorkbookException {
    return WorkbookReader.read(PilotSheets.WORKBOOK, file, options);
  }

  /**
   * Writes the compliance of groups: a summary per group (due, met on time, met late, overdue, the
   * findings by severity), the obligation calendar of every group with each obligation's window,
   * due date, status (a coloured cell), severity, the evidence's date and the reason, in due-date
   * order, and the findings (overdue or met late, each with its severity: a violation where the
   * seed states the duty without qualification, a warning where it asks "原则上" or gives no period).
   *
   * @param compliances the groups' compliance, not null, none null
   * @param file the workbook to write, not null; replaced if it exists
   * @param locale the language of the text: Chinese for any {@code zh} locale, English otherwise
   * @throws IOException if the file cannot be written
   * @throws NullPointerException if an argument or an element is null
   */
  public static void writeCompliance(List<GroupCompliance> compliances, Path file, Locale locale) throws IOException {
    Excel.requireElements(compliances, "compliances");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(locale, "locale");
    try (ReportBook book = new ReportBook(locale)) {
      ReportBook.Table summary = book.table(book.t("概况", "Summary"), book.t("协作组履职情况", "Collaboration groups' compliance"),
          new String[] {book.t("改革专题", "topic"), book.t("截至", "as of"), book.t("已到期", "due"), book.t("按时完成", "met on time"),
              book.t("按时完成率 %", "on time %"), book.t("逾期完成", "met late"), book.t("逾期", "overdue"), book.t("未到期", "pending"),
              book.t("违规", "violations"), book.t("提醒", "warnings")},
          new int[] {34, 12, 9, 11, 12, 10, 9, 9, 9, 9});
      List<ObligationStatus> all = new ArrayList<>();
      List<String> topics = new ArrayList<>();
      List<Finding> findings = new ArrayList<>();
      for (GroupCompliance c : compliances) {
        long pending = count(c, ComplianceStatus.PENDING);
        List<Finding> found = c.findings();
        long violations = found.stream().filter(f -> f.getSeverity() == Severity.VIOLATION).count();
        summary.row(c.getTopic().getName().in(locale), c.getAsOf(), c.getDueCount(), c.getMetOnTime(),
            c.onTimeShare().map(s -> s.toPercent(1, RoundingMode.HALF_UP)).map(Object.class::cast).orElse("-"),
            count(c, ComplianceStatus.MET_LATE),
            new ReportBook.Toned(c.getOverdue().size(), c.getOverdue().isEmpty() ? ReportBook.Tone.GOOD : ReportBook.Tone.BAD), pending,
            new ReportBook.Toned(violations, violations == 0 ? ReportBook.Tone.GOOD : ReportBook.Tone.BAD),
            found.size() - violations);
        for (ObligationStatus status : c.getStatuses()) {
          all.add(status);
          topics.add(c.getTopic().getName().in(locale));
        }
        findings.addAll(found);
      }
      summary.filter();
      ReportBook.Table calendar = book.table(book.t("日历", "Calendar"), book.t("履职日历", "Obligation calendar"),
          new String[] {book.t("到期日", "due"), book.t("改革专题", "topic"), book.t("义务", "obligation"), book.t("条款", "section"),
              book.t("事项", "what"), book.t("对象", "subject"), book.t("开始", "from"), book.t("要求", "required"),
              book.t("已计", "counted"), book.t("状态", "status"), book.t("严重程度", "severity"), book.t("完成日期", "evidence"),
              book.t("说明", "reason")},
          new int[] {12, 26, 8, 12, 30, 18, 12, 8, 8, 10, 10, 12, 80});
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparing((Integer i) -> all.get(i).getInstance().getDue()).thenComparing(topics::get));
      for (int i : order) {
        ObligationStatus s = all.get(i);
        Obligation obligation = s.getInstance().getObligation();
        Object severity = switch (s.getStatus()) {
          case OVERDUE -> severity(book, obligation.getSeverity(), locale);
          case MET_LATE -> severity(book, Severity.WARNING, locale);
          case MET, PENDING -> "";
        };
        calendar.row(s.getInstance().getDue(), topics.get(i), obligation.name(), obligation.getSection(),
            s.getInstance().getTitle().in(locale), s.getInstance().getSubject(), s.getInstance().getWindow().getStart(),
            s.getInstance().getRequired(), s.getCounted(), new ReportBook.Toned(s.getStatus().getName().in(locale), tone(s.getStatus())),
            severity, s.getEvidence().map(Object.class::cast).orElse(""), s.getReason().in(locale));
      }
      calendar.filter();
      ReportBook.Table found = book.table(book.t("检查结果", "Findings"),
          book.t("检查结果：逾期和逾期完成的义务，违规在前", "Findings: obligations overdue or met late, violations first"),
          new String[] {book.t("严重程度", "severity"), book.t("义务", "obligation"), book.t("对象", "subject"), book.t("说明", "reason")},
          new int[] {10, 8, 40, 100});
      findings.stream().sorted(Comparator.comparing(Finding::getSeverity)).forEach(f ->
          found.row(severity(book, f.getSeverity(), locale), f.getRuleId(), f.getSubject(), f.getReason().in(locale)));
      found.filter();
      book.write(file);
    }
  }

  private static long count(GroupCompliance compliance, ComplianceStatus status) {
    return compliance.getStatuses().stream().filter(s -> s.getStatus() == status).count();
  }

  private static ReportBook.Toned severity(ReportBook book, Severity severity, Locale locale) {
    return new ReportBook.Toned(severity.getName().in(locale), ExpertWorkbook.tone(severity));
  }

  static ReportBook.Tone tone(ComplianceStatus status) {
    return switch (status) {
      case MET -> ReportBook.Tone.GOOD;
      case MET_LATE -> ReportBook.Tone.LATE;
      case OVERDUE -> ReportBook.Tone.BAD;
      case PENDING -> ReportBook.Tone.PENDING;
    };
  }

}
