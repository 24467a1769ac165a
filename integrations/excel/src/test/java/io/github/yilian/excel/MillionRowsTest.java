package io.github.yilian.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.county.Fact;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.XinjiangCountyTargets2023;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook of a million fact rows is read with the streaming reader into a correct result, and the
 * progress is reported as it is read. Not a timed test: it only has to finish; it prints its CPU
 * time (writing the 19 MB fixture 12–19 s, reading it 16–24 s on the project's 2-core machine).
 */
class MillionRowsTest {

  static final int ROWS = 1_000_000;

  @TempDir Path dir;

  @Test
  void aMillionFactRowsAreReadIntoCorrectData() throws Exception {
    Path file = dir.resolve("million.xlsx");
    CountyWorkbook.writeData(Fixtures.urumqi(), file);
    long t0 = cpu();
    appendFacts(file);
    long t1 = cpu();
    List<Integer> progress = new ArrayList<>();
    ImportResult<MonitoringData> result = CountyWorkbook.read(file,
        ImportOptions.strict().withProgress((sheet, read, declared) -> {
          if (sheet.startsWith("监测数据")) {
            progress.add(read);
          }
        }));
    MonitoringData data = result.getValue();
    long t2 = cpu();
    System.out.printf("CPUTIME write %.1f s, read %.1f s, file %d MB%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, Files.size(file) >> 20);
    assertThat(data.getFacts()).hasSize(ROWS);
    assertThat(data.getFacts().get(ROWS - 1))
        .isEqualTo(Fact.count("650102-L", XinjiangCountyTargets2023.NEW_TECHNIQUE, LocalDate.of(2023, 1, 1).plusDays((ROWS - 1) % 365), ROWS - 1));
    assertThat(progress).contains(1_000, 500_000).last().isEqualTo(ROWS);
  }

  /** Rewrites the facts sheet with a million rows, streaming, as an export of a large platform would. */
  private static void appendFacts(Path file) throws Exception {
    Path big = file.resolveSibling("rows.xlsx");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(big)) {
      workbook.setCompressTempFiles(true);
      SXSSFSheet units = workbook.createSheet("单位 Units");
      String[][] tree = {
        {"65", "新疆", "Xinjiang", "自治区", ""}, {"6501", "乌鲁木齐市", "Urumqi", "地(州、市)", "65"},
        {"650102", "天山区", "Tianshan", "县(市、区)", "6501"}, {"650102-M", "天山区医共体", "community", "县域医共体", "650102"},
        {"650102-L", "天山区人民医院", "hospital", "牵头医院", "650102-M"}};
      String[] unitHeaders = {"单位编号", "名称（中文）", "名称（英文）", "层级", "上级单位编号"};
      write(units.createRow(0), (Object[]) unitHeaders);
      for (int i = 0; i < tree.length; i++) {
        write(units.createRow(i + 1), (Object[]) tree[i]);
      }
      SXSSFSheet facts = workbook.createSheet("监测数据 Facts");
      write(facts.createRow(0), "单位编号", "指标", "日期", "数值", "总数");
      LocalDate first = LocalDate.of(2023, 1, 1);
      for (int i = 0; i < ROWS; i++) {
        write(facts.createRow(i + 1), "650102-L", XinjiangCountyTargets2023.NEW_TECHNIQUE,
            first.plusDays(i % 365).toString(), (double) i);
      }
      SXSSFSheet secondments = workbook.createSheet("抽调 Secondments");
      write(secondments.createRow(0), "编号", "单位编号", "开始日期", "结束日期", "已按程序审批");
      SXSSFSheet pairings = workbook.createSheet("包联 Pairings");
      write(pairings.createRow(0), "成员编号", "单位编号", "首日", "末日");
      workbook.write(out);
    }
    Files.move(big, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static long cpu() {
    return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  private static void write(Row row, Object... values) {
    for (int c = 0; c < values.length; c++) {
      if (values[c] instanceof Double d) {
        row.createCell(c).setCellValue(d);
      } else {
        row.createCell(c).setCellValue((String) values[c]);
      }
    }
  }
}
