package io.github.yilian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.common.BilingualText;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.Fact;
import io.github.yilian.county.Level;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.Unit;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.excel.CountyWorkbook;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code yilian} command on the sample workbooks shipped in examples/workbooks and on bad input. */
class YilianTest {

  static final Path SAMPLES = Path.of("../../examples/workbooks");

  @TempDir Path dir;

  /** One run's exit code and output. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Yilian.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Nested
  class Help {

    @ParameterizedTest
    @ValueSource(strings = {"template", "assess", "dashboard", "compliance", "tenure"})
    void everyCommandHasHelp(String command) {
      Run run = run(command, "--help");
      assertThat(run.exit()).isZero();
      assertThat(run.out()).contains("Usage: yilian " + command).contains("--lang");
    }

    @Test
    void theTopLevelHelpDocumentsTheExitCodes() {
      Run run = run("--help");
      assertThat(run.exit()).isZero();
      assertThat(run.out()).contains("Exit codes").contains("0   nothing needs attention").contains("1   findings").contains("2   bad input");
    }
  }

  @Nested
  class OnTheSampleWorkbooks {

    @ParameterizedTest
    @ValueSource(strings = {"alliance", "county", "pilot", "expert"})
    void aTemplateIsWritten(String capability) {
      Path file = dir.resolve(capability + ".xlsx");
      Run run = run("template", capability, file.toString(), "--lang", "en");
      assertThat(run.exit()).isZero();
      assertThat(run.out()).isEqualTo("template written to " + file + System.lineSeparator());
      assertThat(file).isNotEmptyFile();
    }

    @Test
    void assessRanksTheAlliancesAndExitsOneForAFailingGrade() throws Exception {
      Path scores = dir.resolve("scores.xlsx");
      Run run = run("assess", "alliance", SAMPLES.resolve("alliance-evidence.xlsx").toString(), "--out", scores.toString(), "--lang", "zh");
      assertThat(run.exit()).isEqualTo(Yilian.FINDINGS);
      assertThat(run.out()).contains("神经外科").contains("优秀").contains("1,500,000").contains("骨科").contains("不合格");
      assertThat(run.err()).isEmpty();
      assertThat(scores).isNotEmptyFile();
    }

    @Test
    void dashboardJudgesTheCountiesAndExitsOneForMissedTargets() {
      Path out = dir.resolve("dashboard.xlsx");
      Run run = run("dashboard", "county", SAMPLES.resolve("county-data.xlsx").toString(), "--as-of", "2023-12-31",
          "--out", out.toString(), "--lang", "en");
      assertThat(run.exit()).isEqualTo(Yilian.FINDINGS);
      assertThat(run.out()).contains("As of 2023-12-31").contains("missed").contains("results written to " + out);
      assertThat(out).isNotEmptyFile();
    }

    @Test
    void complianceListsTheOverdueObligations() {
      Run run = run("compliance", "pilot", SAMPLES.resolve("pilot-record.xlsx").toString(), "--as-of", "2012-12-31", "--lang", "en");
      assertThat(run.exit()).isEqualTo(Yilian.FINDINGS);
      assertThat(run.out()).contains("hospital informatisation").contains("Overdue:").contains("P9");
    }

    @Test
    void tenureReplaysTheLogAndListsTheFindings() {
      Path out = dir.resolve("tenure.xlsx");
      Run run = run("tenure", "expert", SAMPLES.resolve("expert-log.xlsx").toString(), "--on", "2024-11-01", "--out", out.toString(),
          "--lang", "en");
      assertThat(run.exit()).isEqualTo(Yilian.FINDINGS);
      assertThat(run.out()).contains("north-1").contains("61").contains("expert.liaison");
      assertThat(out).isNotEmptyFile();
    }
  }

  @Nested
  class BadInput {

    @Test
    void aBadWorkbookPrintsItsProblemsAsATableAndExitsTwoWithoutAStackTrace() throws Exception {
      Path file = dir.resolve("bad.xlsx");
      Files.copy(SAMPLES.resolve("alliance-evidence.xlsx"), file);
      try (var in = Files.newInputStream(file); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
        var row = wb.getSheet("下沉指导 Outreach").getRow(2);
        row.removeCell(row.getCell(3));
        row.createCell(3).setCellValue("义诊");
        try (var out = Files.newOutputStream(file)) {
          wb.write(out);
        }
      }
      Run run = run("assess", "alliance", file.toString(), "--lang", "en");
      assertThat(run.exit()).isEqualTo(Yilian.BAD_INPUT);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("The workbook was not imported: 1 problem:").contains("where").contains("reason")
          .contains("下沉指导 Outreach!D3").contains("义诊").contains("not one of: SURGERY_GUIDANCE")
          .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aFileThatIsNotAWorkbookExitsTwo() throws Exception {
      Path file = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
      Run run = run("assess", "alliance", file.toString(), "--lang", "zh");
      assertThat(run.exit()).isEqualTo(Yilian.BAD_INPUT);
      assertThat(run.err()).contains("这不是 .xlsx 工作簿");
    }

    @Test
    void aMissingFileExitsTwo() {
      Run run = run("tenure", "expert", dir.resolve("nowhere.xlsx").toString(), "--on", "2024-11-01", "--lang", "en");
      assertThat(run.exit()).isEqualTo(Yilian.BAD_INPUT);
      assertThat(run.err()).contains("the file cannot be opened").doesNotContain("\tat ");
    }

    @Test
    void theWrongCapabilityForACommandExitsTwo() {
      Run run = run("assess", "county", SAMPLES.resolve("county-data.xlsx").toString());
      assertThat(run.exit()).isEqualTo(Yilian.BAD_INPUT);
      assertThat(run.err()).contains("assess works on alliance workbooks only");
    }

    @Test
    void anInvalidOrUnsupportedDateExitsTwo() {
      Run invalid = run("dashboard", "county", SAMPLES.resolve("county-data.xlsx").toString(), "--as-of", "2023-13-01");
      Run unsupported = run("dashboard", "county", SAMPLES.resolve("county-data.xlsx").toString(), "--as-of", "2300-01-01");
      assertThat(invalid.exit()).isEqualTo(Yilian.BAD_INPUT);
      assertThat(invalid.err()).contains("--as-of").contains("'2023-13-01' is not a date of the form YYYY-MM-DD")
          .doesNotContain("\tat ").doesNotContain("java.time");
      assertThat(unsupported.exit()).isEqualTo(Yilian.BAD_INPUT);
      assertThat(unsupported.err()).contains("--as-of 2300-01-01 is outside the supported dates");
    }

    @Test
    void goodRowsAreImportedOnRequestAndTheRejectedOnesListed() throws Exception {
      Path file = dir.resolve("partly.xlsx");
      Files.copy(SAMPLES.resolve("alliance-evidence.xlsx"), file);
      try (var in = Files.newInputStream(file); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
        var row = wb.getSheet("下沉指导 Outreach").getRow(2);
        row.removeCell(row.getCell(3));
        row.createCell(3).setCellValue("义诊");
        try (var out = Files.newOutputStream(file)) {
          wb.write(out);
        }
      }
      Run run = run("assess", "alliance", file.toString(), "--keep-good-rows", "--lang", "en");
      assertThat(run.exit()).isEqualTo(Yilian.FINDINGS);
      assertThat(run.err()).contains("These rows are wrong and were not imported:").contains("下沉指导 Outreach!D3");
      assertThat(run.out()).contains("neurosurgery");
    }
  }

  @Test
  void aLargeWorkbookDrawsAProgressBarOnStandardError() throws Exception {
    AdministrativeTree tree = AdministrativeTree.builder().addUnits(Unit.region("65", BilingualText.of("新疆", "Xinjiang")),
        Unit.of("6501", BilingualText.of("乌鲁木齐市", "Urumqi"), Level.PREFECTURE, "65")).build();
    MonitoringData.Builder data = MonitoringData.builder().tree(tree);
    for (int i = 0; i < 6_000; i++) {
      data.addFacts(Fact.count("65", XinjiangCountyTargets2023.TRAINING_MEETING, LocalDate.of(2023, 1, 1).plusDays(i % 365), 1));
    }
    Path file = dir.resolve("large.xlsx");
    CountyWorkbook.writeData(data.build(), file);
    Run run = run("dashboard", "county", file.toString(), "--as-of", "2023-12-31", "--lang", "en");
    assertThat(run.err()).contains("\r监测数据 Facts [").contains("100% 6,000/6,000");
    assertThat(run.exit()).isIn(Yilian.OK, Yilian.FINDINGS);
  }

  @Test
  void aSmallWorkbookDrawsNoProgressBar() {
    Run run = run("assess", "alliance", SAMPLES.resolve("alliance-evidence.xlsx").toString());
    assertThat(run.err()).isEmpty();
  }

}
