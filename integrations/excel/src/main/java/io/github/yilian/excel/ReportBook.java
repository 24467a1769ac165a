package io.github.yilian.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A result workbook being written with the streaming writer: tables with a bold frozen header,
 * filters and sensible widths, cells coloured by how good a status is, text in one language.
 *
 * <p>An instance writes one workbook and is not thread-safe.
 */
final class ReportBook implements AutoCloseable {

  /** How good a status is, shown as the fill of its cell. */
  enum Tone {
    GOOD(IndexedColors.LIGHT_GREEN),
    LATE(IndexedColors.LIGHT_YELLOW),
    BAD(IndexedColors.ROSE),
    PENDING(IndexedColors.LIGHT_TURQUOISE),
    /** Nothing to judge by: no data. */
    MISSING(IndexedColors.LIGHT_ORANGE),
    /** Not judged: the rule does not apply, or nothing to show. */
    NONE(IndexedColors.GREY_25_PERCENT);

    final IndexedColors fill;

    Tone(IndexedColors fill) {
      this.fill = fill;
    }
  }

  /** A cell value with the tone of its fill. */
  record Toned(Object value, Tone tone) {}

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final Locale locale;
  private final CellStyle header;
  private final CellStyle title;
  private final CellStyle date;
  private final CellStyle wrap;
  private final CellStyle money;
  private final Map<Tone, CellStyle> tones = new EnumMap<>(Tone.class);
  private final Set<String> names = new HashSet<>();

  ReportBook(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    header = Reports.headerStyle(workbook, IndexedColors.PALE_BLUE);
    title = Reports.titleStyle(workbook);
    date = Reports.dateStyle(workbook);
    wrap = workbook.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
    money = workbook.createCellStyle();
    money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    for (Tone tone : Tone.values()) {
      CellStyle style = Reports.filled(workbook, tone.fill);
      style.setWrapText(true);
      tones.put(tone, style);
    }
  }

  boolean chinese() {
    return "zh".equals(locale.getLanguage());
  }

  /** Chooses the text of the book's language. */
  String t(String chinese, String english) {
    return chinese() ? chinese : english;
  }

  /** Starts a sheet with a title line and a header; the columns' widths are in characters. */
  Table table(String name, String heading, String[] headers, int[] widths) {
    String safe = WorkbookUtil.createSafeSheetName(name);
    String unique = safe;
    for (int n = 2; !names.add(unique.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
    }
    SXSSFSheet sheet = workbook.createSheet(unique);
    return new Table(sheet, heading, headers, widths);
  }

  void write(java.nio.file.Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }

  /** One sheet's table. */
  final class Table {
    private final SXSSFSheet sheet;
    private final int headerRow;
    private final int columns;
    private int next;

    private Table(SXSSFSheet sheet, String heading, String[] headers, int[] widths) {
      this.sheet = sheet;
      this.columns = headers.length;
      int r = 0;
      if (!heading.isEmpty()) {
        Row row = sheet.createRow(r++);
        row.setHeightInPoints(22);
        Cell cell = row.createCell(0);
        cell.setCellValue(heading);
        cell.setCellStyle(title);
      }
      headerRow = r;
      Row row = sheet.createRow(r++);
      row.setHeightInPoints(30);
      for (int c = 0; c < headers.length; c++) {
        Cell cell = row.createCell(c);
        cell.setCellValue(headers[c]);
        cell.setCellStyle(header);
        sheet.setColumnWidth(c, 256 * (c < widths.length ? widths[c] : 14));
      }
      next = r;
      sheet.createFreezePane(0, r);
      Reports.printWide(sheet, r);
    }

    /** Writes a row: strings, numbers, dates, money, or {@link Toned} values. */
    Table row(Object... values) {
      Row row = sheet.createRow(next++);
      for (int c = 0; c < values.length; c++) {
        Object value = values[c];
        if (value == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        CellStyle style = null;
        if (value instanceof Toned toned) {
          value = toned.value();
          style = tones.get(toned.tone());
        }
        if (value instanceof LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(style != null ? style : date);
          continue;
        }
        if (value instanceof BigDecimal b) {
          cell.setCellValue(b.doubleValue());
          cell.setCellStyle(style != null ? style : money);
          continue;
        }
        if (value instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else {
          cell.setCellValue(String.valueOf(value));
        }
        if (style != null) {
          cell.setCellStyle(style);
        } else if (String.valueOf(value).length() > 30) {
          cell.setCellStyle(wrap);
        }
      }
      return this;
    }

    /** Leaves a blank row. */
    Table gap() {
      next++;
      return this;
    }

    /** Turns on filters over the header and the rows written. */
    void filter() {
      sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, columns - 1));
    }
  }
}
