package io.github.yilian.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.county.Fact;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.XinjiangCountyTargets2023;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook of a million fact rows is read with the streaming reader into a correct result, and the
 * progress is reported as it is read. Not a timed test: it only has to finish; it prints its CPU
 * time. The workbook is written as a platform's export writes one, straight as SpreadsheetML
 * (inline strings, no styles, cells without references), which takes about 3 s of CPU where POI's
 * SXSSF took 11–16 s; reading it takes 18–25 s of CPU on the project's 2-core machine (the whole
 * test 40 s of wall time there under a load of 13).
 */
class MillionRowsTest {

  static final int ROWS = 1_000_000;
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  @TempDir Path dir;

  @Test
  void aMillionFactRowsAreReadIntoCorrectData() throws Exception {
    Path file = dir.resolve("million.xlsx");
    long t0 = cpu();
    writeExport(file);
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
    assertThat(data.getTree().getUnits()).hasSize(5);
    assertThat(data.getFacts()).hasSize(ROWS);
    assertThat(data.getFacts().get(0))
        .isEqualTo(Fact.count("650102-L", XinjiangCountyTargets2023.NEW_TECHNIQUE, LocalDate.of(2023, 1, 1), 0));
    // row i is day i % 365 of 2023 with value i: the last is 2023-01-01 plus 999,999 % 365 = 264 days
    assertThat(data.getFacts().get(ROWS - 1))
        .isEqualTo(Fact.count("650102-L", XinjiangCountyTargets2023.NEW_TECHNIQUE, LocalDate.of(2023, 9, 22), ROWS - 1));
    assertThat(progress).contains(1_000, 500_000).last().isEqualTo(ROWS);
  }

  /** The county workbook with a million fact rows: units, facts, and empty secondments and pairings. */
  private static void writeExport(Path file) throws IOException {
    String[] sheets = {"单位 Units", "监测数据 Facts", "抽调 Secondments", "包联 Pairings"};
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file));
        Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16)) {
      StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
      StringBuilder book = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>");
      StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
      for (int i = 1; i <= sheets.length; i++) {
        types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
            .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        book.append("<sheet name=\"").append(sheets[i - 1]).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
        rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
            .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
      }
      part(zip, out, "[Content_Types].xml", types.append("</Types>").toString());
      part(zip, out, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      part(zip, out, "xl/workbook.xml", book.append("</sheets></workbook>").toString());
      part(zip, out, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
      part(zip, out, "xl/worksheets/sheet1.xml", sheet(
          row(1, "单位编号", "名称（中文）", "名称（英文）", "层级", "上级单位编号")
          + row(2, "65", "新疆", "Xinjiang", "自治区")
          + row(3, "6501", "乌鲁木齐市", "Urumqi", "地(州、市)", "65")
          + row(4, "650102", "天山区", "Tianshan", "县(市、区)", "6501")
          + row(5, "650102-M", "天山区医共体", "community", "县域医共体", "650102")
          + row(6, "650102-L", "天山区人民医院", "hospital", "牵头医院", "650102-M")));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet2.xml"));
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN + "\">"
          + "<dimension ref=\"A1:D" + (ROWS + 1) + "\"/><sheetData>");
      out.write(row(1, "单位编号", "指标", "日期", "数值", "总数"));
      String unit = inline("650102-L") + inline(XinjiangCountyTargets2023.NEW_TECHNIQUE);
      LocalDate first = LocalDate.of(2023, 1, 1);
      String[] days = new String[365];
      for (int d = 0; d < days.length; d++) {
        days[d] = inline(first.plusDays(d).toString());
      }
      for (int i = 0; i < ROWS; i++) {
        out.write("<row r=\"");
        out.write(Integer.toString(i + 2));
        out.write("\">");
        out.write(unit);
        out.write(days[i % 365]);
        out.write("<c><v>");
        out.write(Integer.toString(i));
        out.write("</v></c></row>");
      }
      out.write("</sheetData></worksheet>");
      out.flush();
      zip.closeEntry();
      part(zip, out, "xl/worksheets/sheet3.xml", sheet(row(1, "编号", "单位编号", "开始日期", "结束日期", "已按程序审批")));
      part(zip, out, "xl/worksheets/sheet4.xml", sheet(row(1, "成员编号", "单位编号", "首日", "末日")));
    }
  }

  private static void part(ZipOutputStream zip, Writer out, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    out.write(xml.startsWith("<?xml") ? xml : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
    out.flush();
    zip.closeEntry();
  }

  private static String sheet(String rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
        + "</sheetData></worksheet>";
  }

  private static String row(int number, String... texts) {
    StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
    for (String text : texts) {
      row.append(inline(text));
    }
    return row.append("</row>").toString();
  }

  private static String inline(String text) {
    return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  private static long cpu() {
    return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }
}
