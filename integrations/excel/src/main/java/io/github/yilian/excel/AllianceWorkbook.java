package io.github.yilian.excel;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.CriterionScore;
import io.github.yilian.alliance.Grade;
import io.github.yilian.alliance.SpecialtyAlliance;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Ranked;
import io.github.yilian.common.SupportedRange;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Specialty alliance assessments (seed 003) in Excel: the evidence template, the import of a filled
 * one into {@link AllianceAssessmentRecord}s, the export of records as a filled template, and the
 * scorecards and ranking of assessments.
 *
 * <p>The evidence workbook has an "联盟 Alliances" sheet (one row per alliance and year: the
 * alliance, its lead department, the charter, the referral standard and result sharing) and a sheet
 * per kind of evidence (members, committee, meetings, outreach, trainees, referrals, research,
 * party activities, volumes), each row naming its alliance by id.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AllianceWorkbook {

  private AllianceWorkbook() {}

  /**
   * Writes a blank evidence template.
   *
   * @param file the workbook to write, not null; replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public static void writeTemplate(Path file) throws IOException {
    WorkbookWriter.write(AllianceSheets.WORKBOOK, List.of(), AllianceSheets.NOTES, file);
  }

  /**
   * Writes a template already holding alliances for an assessment year: one row each in the
   * alliances sheet (with the year, and the year's facts at their defaults: no charter, no referral
   * standard, no result sharing), their member units and committees; the evidence sheets are blank.
   * For Haikou's four alliances: {@code writeTemplate(file, HaikouAlliances2021.alliances(), 2022)}.
   *
   * @param file the workbook to write, not null; replaced if it exists
   * @param alliances the alliances, not null, none null
   * @param year the assessment year, from 1900 to 2200
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the year is outside the supported years
   * @throws NullPointerException if an argument or an element is null
   */
  public static void writeTemplate(Path file, List<SpecialtyAlliance> alliances, int year) throws IOException {
    Objects.requireNonNull(file, "file");
    Excel.requireElements(alliances, "alliances");
    SupportedRange.requireYear(year, "year");
    List<AllianceAssessmentRecord> records = alliances.stream()
        .map(alliance -> AllianceAssessmentRecord.builder().alliance(alliance).year(year).build())
        .toList();
    WorkbookWriter.write(AllianceSheets.WORKBOOK, records, AllianceSheets.NOTES, file);
  }

  /**
   * Writes records as a filled template, which {@link #read(Path)} reads back into equal records.
   *
   * @param records the records, not null, none null
   * @param file the workbook to write, not null; replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public static void writeEvidence(List<AllianceAssessmentRecord> records, Path file) throws IOException {
    Excel.requireElements(records, "records");
    WorkbookWriter.write(AllianceSheets.WORKBOOK, records, AllianceSheets.NOTES, file);
  }

  /**
   * Reads a filled template; nothing is imported if any row is bad.
   *
   * @param file the workbook, not null
   * @return one record per row of the alliances sheet, in the order of the rows
   * @throws WorkbookException listing every problem if the file is not a readable xlsx workbook, a
   *     sheet or column is missing, or any cell is bad
   */
  public static List<AllianceAssessmentRecord> read(Path file) throws WorkbookException {
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
  public static ImportResult<List<AllianceAssessmentRecord>> read(Path file, ImportOptions options) throws WorkbookException {
    return WorkbookReader.read(AllianceSheets.WORKBOOK, file, options);
  }

  /**
   * Writes the ranking (rank, alliance, total, grade, funding) and one scorecard sheet per
   * assessment (criterion, counted quantity, points / maximum, reason; total, grade, funding;
   * observations).
   *
   * @param assessments the assessments, not null, none null
   * @param file the workbook to write, not null; replaced if it exists
   * @param locale the language of the text: Chinese for any {@code zh} locale, English otherwise
   * @throws IOException if the file cannot be written
   * @throws NullPointerException if an argument or an element is null
   */
  public static void writeScores(List<AllianceAssessment> assessments, Path file, Locale locale) throws IOException {
    Excel.requireElements(assessments, "assessments");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(locale, "locale");
    try (ReportBook book = new ReportBook(locale)) {
      ReportBook.Table ranking = book.table(book.t("排名", "Ranking"), book.t("大专科联盟综合绩效考核排名", "Specialty alliance ranking"),
          new String[] {book.t("名次", "rank"), book.t("联盟编号", "alliance"), book.t("专科", "specialty"),
              book.t("牵头医院", "lead hospital"), book.t("年度", "year"), book.t("总分", "total"), book.t("等次", "grade"),
              book.t("学科建设经费（元）", "funding (yuan)"), book.t("提示", "observations")},
          new int[] {7, 16, 22, 30, 7, 8, 10, 18, 10});
      for (Ranked<AllianceAssessment> entry : AllianceAssessment.rank(assessments).getEntries()) {
        AllianceAssessment a = entry.getItem();
        SpecialtyAlliance alliance = a.getRecord().getAlliance();
        ranking.row(entry.getRank(), alliance.getId(), alliance.getSpecialty().in(locale),
            alliance.getLead().getHospital().in(locale), a.getRecord().getYear(), a.getTotal(),
            new ReportBook.Toned(a.getGrade().getName().in(locale), tone(a.getGrade())), a.getFunding(),
            a.getObservations().size());
      }
      ranking.filter();
      for (AllianceAssessment a : assessments) {
        scorecard(book, a, locale);
      }
      book.write(file);
    }
  }

  private static void scorecard(ReportBook book, AllianceAssessment a, Locale locale) {
    SpecialtyAlliance alliance = a.getRecord().getAlliance();
    String heading = alliance.getSpecialty().in(locale) + " " + a.getRecord().getYear() + book.t("年度考核", " assessment")
        + book.t("（牵头：", " (lead: ") + alliance.getLead().getHospital().in(locale) + book.t("）", ")");
    ReportBook.Table card = book.table(alliance.getId() + " " + a.getRecord().getYear(), heading,
        new String[] {book.t("序号", "no."), book.t("评价项目", "criterion"), book.t("计数", "counted"), book.t("得分", "points"),
            book.t("分值", "max"), book.t("说明", "reason")},
        new int[] {6, 30, 10, 8, 8, 90});
    int number = 1;
    for (CriterionScore score : a.getScores()) {
      ReportBook.Tone tone = score.getPoints() == score.getMaxPoints() ? ReportBook.Tone.GOOD
          : score.getPoints() == 0 ? ReportBook.Tone.BAD : ReportBook.Tone.LATE;
      card.row(number++, score.getCriterion().getName().in(locale),
          score.getQuantity().map(BigDecimal::toPlainString).orElse("-"),
          new ReportBook.Toned(score.getPoints(), tone), score.getMaxPoints(), score.getReason().in(locale));
    }
    card.row(null, book.t("总分", "total"), null, a.getTotal(), a.getScores().stream().mapToInt(CriterionScore::getMaxPoints).sum(),
        book.t("等次：", "grade: ") + a.getGrade().getName().in(locale) + book.t("；学科建设经费 ", "; funding ")
            + String.format(Locale.ROOT, "%,d", a.getFunding().longValue()) + book.t(" 元", " yuan"));
    card.gap();
    List<Finding> observations = a.getObservations();
    card.row(null, book.t("提示（" + observations.size() + "）", "observations (" + observations.size() + ")"));
    for (Finding f : observations) {
      card.row(null, f.getRuleId(), f.getSubject(), null, null, f.getReason().in(locale));
    }
  }

  private static ReportBook.Tone tone(Grade grade) {
    return switch (grade) {
      case EXCELLENT, GOOD -> ReportBook.Tone.GOOD;
      case PASS -> ReportBook.Tone.LATE;
      case FAIL -> ReportBook.Tone.BAD;
    };
  }
}
