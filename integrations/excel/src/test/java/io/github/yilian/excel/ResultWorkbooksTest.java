package io.github.yilian.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.HaikouAllianceRubric2021;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.expert.AdjustmentLog;
import io.github.yilian.expert.TieredCareExpertGroupMeasures;
import io.github.yilian.pilot.GroupCompliance;
import io.github.yilian.pilot.PilotProgramme2011;
import io.github.yilian.pilot.PilotSchedule;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result workbooks, opened with POI as a person opens them: sheets, coloured statuses, frozen and filtered headers, language. */
class ResultWorkbooksTest {

  private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);
  private static final LocalDate DATE_2023_12_31 = LocalDate.of(2023, 12, 31);

  @TempDir Path dir;

  private static XSSFWorkbook open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> sheetNames(XSSFWorkbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  /** The cell of a table (title on row 1, header on row 2) in the row whose first cell is a key and the column whose header starts so. */
  private static Cell cell(Sheet sheet, String key, String headerPrefix) {
    Row header = sheet.getRow(1);
    int column = -1;
    for (Cell c : header) {
      if (SHOWN.formatCellValue(c).startsWith(headerPrefix)) {
        column = c.getColumnIndex();
        break;
      }
    }
    assertThat(column).as("column %s of %s", headerPrefix, sheet.getSheetName()).isNotNegative();
    for (int r = 2; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null && SHOWN.formatCellValue(row.getCell(0)).equals(key)) {
        return row.getCell(column);
      }
    }
    throw new AssertionError("no row " + key + " in " + sheet.getSheetName());
  }

  private static String text(Cell cell) {
    return SHOWN.formatCellValue(cell);
  }

  private static short fill(Cell cell) {
    return cell.getCellStyle().getFillForegroundColor();
  }

  private static void assertFrozenAndFiltered(Sheet sheet) {
    assertThat(sheet.getPaneInformation()).as("frozen pane of %s", sheet.getSheetName()).isNotNull();
    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
    assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).as("filter of %s", sheet.getSheetName()).isTrue();
  }

  @Test
  void theCountyDashboardShowsEachCountysStatusAsAColouredCellWithItsValue() throws Exception {
    Path file = dir.resolve("dashboard.xlsx");
    TargetTracker tracker = TargetTracker.of(XinjiangCountyTargets2023.policy(), Fixtures.urumqi());
    CountyWorkbook.writeDashboard(tracker, DATE_2023_12_31, file, Locale.SIMPLIFIED_CHINESE);
    try (XSSFWorkbook workbook = open(file)) {
      assertThat(sheetNames(workbook)).contains("看板·县（市、区）", "看板·牵头医院", "结果", "各期", "汇总", "问题清单", "排名");
      Sheet counties = workbook.getSheet("看板·县（市、区）");
      assertFrozenAndFiltered(counties);
      // Tianshan's committee was set up on 2023-06-01 (yes), Saybagh's was not (no)
      Cell tianshan = cell(counties, "650102", "T4 ");
      Cell saybagh = cell(counties, "650103", "T4 ");
      assertThat(text(tianshan)).isEqualTo("已达标 是");
      assertThat(fill(tianshan)).isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
      assertThat(text(saybagh)).isEqualTo("未达标 否，差 1");
      assertThat(fill(saybagh)).isEqualTo(IndexedColors.ROSE.getIndex());
    }
  }

  @Test
  void aShareIsShownWithItsPercentInTheLanguagesPunctuation() throws Exception {
    TargetTracker tracker = TargetTracker.of(XinjiangCountyTargets2023.policy(), Fixtures.urumqi());
    Path chinese = dir.resolve("zh.xlsx");
    Path english = dir.resolve("en.xlsx");
    CountyWorkbook.writeDashboard(tracker, DATE_2023_12_31, chinese, Locale.SIMPLIFIED_CHINESE);
    CountyWorkbook.writeDashboard(tracker, DATE_2023_12_31, english, Locale.ENGLISH);
    // 39 of Tianshan hospital's 80 senior doctors serve in a studio: 48.75 %, shown to one place
    try (XSSFWorkbook zh = open(chinese); XSSFWorkbook en = open(english)) {
      assertThat(text(cell(zh.getSheet("看板·牵头医院"), "650102-L", "T15 "))).contains("39/80（48.8 %）");
      assertThat(text(cell(en.getSheet("Dashboard · lead hospital"), "650102-L", "T15 "))).contains("39/80 (48.8 %)");
    }
  }

  @Test
  void theAllianceScoresHaveTheRankingAndAScorecardPerAlliance() throws Exception {
    Path file = dir.resolve("scores.xlsx");
    AllianceAssessment assessment = HaikouAllianceRubric2021.rubric().assess(Fixtures.record2021());
    AllianceWorkbook.writeScores(List.of(assessment), file, Locale.ENGLISH);
    try (XSSFWorkbook workbook = open(file)) {
      assertThat(sheetNames(workbook)).containsExactly("Ranking", "neurosurgery 2021");
      Sheet ranking = workbook.getSheet("Ranking");
      assertFrozenAndFiltered(ranking);
      assertThat(text(cell(ranking, "1", "alliance"))).isEqualTo("neurosurgery");
      Sheet card = workbook.getSheet("neurosurgery 2021");
      // criterion 1: the charter was adopted, 5 of 5 points
      assertThat(text(cell(card, "1", "criterion"))).isEqualTo("charter");
      assertThat(text(cell(card, "1", "points"))).isEqualTo("5");
      assertThat(text(cell(card, "1", "max"))).isEqualTo("5");
      assertThat(fill(cell(card, "1", "points"))).isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
    }
  }

  @Test
  void thePilotComplianceHasTheSummaryTheCalendarAndTheFindings() throws Exception {
    Path file = dir.resolve("compliance.xlsx");
    GroupCompliance compliance = PilotSchedule.of(PilotProgramme2011.programme())
        .compliance(Fixtures.informatisation(), LocalDate.of(2012, 12, 31));
    PilotWorkbook.writeCompliance(List.of(compliance), file, Locale.ENGLISH);
    try (XSSFWorkbook workbook = open(file)) {
      assertThat(sheetNames(workbook)).containsExactly("Summary", "Calendar", "Findings");
      workbook.forEach(ResultWorkbooksTest::assertFrozenAndFiltered);
      Sheet summary = workbook.getSheet("Summary");
      int due = Integer.parseInt(text(cell(summary, "hospital informatisation", "due")));
      int onTime = Integer.parseInt(text(cell(summary, "hospital informatisation", "met on time")));
      int late = Integer.parseInt(text(cell(summary, "hospital informatisation", "met late")));
      int overdue = Integer.parseInt(text(cell(summary, "hospital informatisation", "overdue")));
      assertThat(onTime + late + overdue).isEqualTo(due);
      // the calendar has a line for every obligation due, and those not yet due
      assertThat(workbook.getSheet("Calendar").getLastRowNum() - 1).isGreaterThanOrEqualTo(due);
    }
  }

  @Test
  void theExpertTenureShowsWhoServesOnTheDate() throws Exception {
    Path file = dir.resolve("tenure.xlsx");
    ExpertLogBook book = Fixtures.expertLog();
    AdjustmentLog log = book.log(TieredCareExpertGroupMeasures.termPolicy());
    ExpertWorkbook.writeTenure(log, LocalDate.of(2024, 11, 1), List.of(), file, Locale.SIMPLIFIED_CHINESE);
    try (XSSFWorkbook workbook = open(file)) {
      assertThat(sheetNames(workbook)).containsExactly("聘期", "检查结果", "分区包段");
      Sheet tenure = workbook.getSheet("聘期");
      assertFrozenAndFiltered(tenure);
      // e1 appointed on 2022-01-01 for a three-year term; e2 dismissed on 2023-03-15
      assertThat(text(cell(tenure, "e1", "在聘"))).isEqualTo("是");
      assertThat(text(cell(tenure, "e1", "聘期结束"))).isEqualTo("2024-12-31");
      assertThat(text(cell(tenure, "e2", "在聘"))).isEqualTo("否");
      assertThat(text(cell(tenure, "e2", "最后任职日"))).isEqualTo("2023-03-15");
    }
  }
}
