package io.github.yilian.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a workbook from its description with a streaming writer (SXSSF, a window of rows in
 * memory): an instructions sheet, one sheet per kind of record with bilingual headers, drop-down
 * lists of the Chinese names of enum values, date-formatted date columns, a frozen header and
 * filters; and, for an export of evidence, the rows of the models given.
 */
final class WorkbookWriter {

  private static final String LISTS = "选项 Lists";

  private WorkbookWriter() {}

  /** One row to write: the keys of its ancestors and its model. */
  private record Line(List<Object> keys, Object model) {}

  static <M> void write(WorkbookSpec<M> spec, Collection<? extends M> roots, List<String[]> notes, java.nio.file.Path file)
      throws IOException {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(spec, roots, notes, out);
    }
  }

  static <M> void write(WorkbookSpec<M> spec, Collection<? extends M> roots, List<String[]> notes, OutputStream out)
      throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      Styles styles = new Styles(workbook);
      instructions(workbook, styles, spec, notes);
      Map<WorkbookSpec.Place, SXSSFSheet> sheets = new IdentityHashMap<>();
      Map<WorkbookSpec.Place, int[]> next = new IdentityHashMap<>();
      SXSSFSheet lists = workbook.createSheet(LISTS);
      int[] listColumn = {0};
      for (WorkbookSpec.Place place : spec.sheets()) {
        sheets.put(place, sheet(workbook, styles, place, lists, listColumn));
        next.put(place, new int[] {1});
      }
      workbook.setSheetOrder(LISTS, workbook.getNumberOfSheets() - 1);
      workbook.setSheetHidden(workbook.getSheetIndex(LISTS), true);
      workbook.setActiveSheet(0);
      WorkbookSpec.Place rootPlace = spec.places.get(0);
      for (M model : roots) {
        visit(spec, rootPlace, model, List.of(), sheets, next, styles);
      }
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }

  private static void visit(WorkbookSpec<?> spec, WorkbookSpec.Place place, Object model, List<Object> keys, Map<WorkbookSpec.Place, SXSSFSheet> sheets,
      Map<WorkbookSpec.Place, int[]> next, Styles styles) {
    if (!place.sheet.virtual) {
      row(sheets.get(place), next.get(place)[0]++, place, new Line(keys, model), styles);
    }
    List<Object> childKeys = new ArrayList<>(keys);
    SheetSpec.Binding<?, ?, ?> key = place.sheet.key;
    if (!place.sheet.virtual && !place.sheet.single && key != null) {
      childKeys.add(keyOf(key, model));
    }
    for (SheetSpec.Link<?, ?, ?, ?> link : place.sheet.children) {
      WorkbookSpec.Place child = spec.place(link.sheet);
      for (Object item : children(link, model)) {
        visit(spec, child, item, childKeys, sheets, next, styles);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Object keyOf(SheetSpec.Binding<?, ?, ?> key, Object model) {
    return ((java.util.function.Function<Object, java.util.Optional<?>>) (java.util.function.Function<?, ?>) key.get)
        .apply(model).orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Collection<Object> children(SheetSpec.Link<?, ?, ?, ?> link, Object model) {
    return ((java.util.function.Function<Object, Collection<Object>>) (java.util.function.Function<?, ?>) link.list).apply(model);
  }

  @SuppressWarnings("unchecked")
  private static void row(SXSSFSheet sheet, int index, WorkbookSpec.Place place, Line line, Styles styles) {
    Row row = sheet.createRow(index);
    int c = 0;
    for (Object key : line.keys()) {
      cell(row.createCell(c), place.ancestorKeys.get(c).write(key), styles);
      c++;
    }
    for (SheetSpec.Binding<?, ?, ?> binding : place.sheet.bindings) {
      java.util.function.Function<Object, java.util.Optional<?>> get =
          (java.util.function.Function<Object, java.util.Optional<?>>) (java.util.function.Function<?, ?>) binding.get;
      java.util.Optional<?> value = get.apply(line.model());
      if (value.isPresent()) {
        cell(row.createCell(c), binding.column.write(value.get()), styles);
      }
      c++;
    }
  }

  private static void cell(Cell cell, Object value, Styles styles) {
    if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(styles.date);
    } else if (value instanceof Long n) {
      cell.setCellValue(n);
    } else if (value instanceof Integer n) {
      cell.setCellValue(n);
    } else if (value instanceof Boolean b) {
      cell.setCellValue(b ? "是" : "否");
    } else {
      cell.setCellValue(String.valueOf(value));
      cell.setCellStyle(styles.text);
    }
  }

  private static SXSSFSheet sheet(SXSSFWorkbook workbook, Styles styles, WorkbookSpec.Place place, SXSSFSheet lists,
      int[] listColumn) {
    SXSSFSheet sheet = workbook.createSheet(place.sheet.sheetName());
    List<Column<?>> columns = place.columns();
    Row header = sheet.createRow(0);
    header.setHeightInPoints(34);
    DataValidationHelper helper = sheet.getDataValidationHelper();
    int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    for (int c = 0; c < columns.size(); c++) {
      Column<?> column = columns.get(c);
      Cell cell = header.createCell(c);
      cell.setCellValue(column.headerText());
      cell.setCellStyle(column.required ? styles.requiredHeader : styles.header);
      sheet.setColumnWidth(c, 256 * Math.max(column.width, widest(column)));
      sheet.setDefaultColumnStyle(c, switch (column.kind) {
        case DATE -> styles.date;
        case NUMBER -> styles.whole;
        default -> styles.text;
      });
      CellRangeAddressList range = new CellRangeAddressList(1, lastRow, c, c);
      DataValidation validation = null;
      if (!column.choices.isEmpty()) {
        int listIndex = listColumn[0]++;
        for (int i = 0; i < column.choices.size(); i++) {
          Row listRow = lists.getRow(i) != null ? lists.getRow(i) : lists.createRow(i);
          listRow.createCell(listIndex).setCellValue(column.choices.get(i));
        }
        String letter = CellReference.convertNumToColString(listIndex);
        DataValidationConstraint constraint = helper.createFormulaListConstraint(
            "'" + LISTS + "'!$" + letter + "$1:$" + letter + "$" + column.choices.size());
        validation = helper.createValidation(constraint, range);
        validation.setErrorStyle(column.strictChoices ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox("不在可选值中 not in the list", column.note.getChinese());
      } else if (column.kind == Column.Kind.DATE) {
        DataValidationConstraint constraint = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
            "DATE(1900,1,1)", "DATE(2200,12,31)", "yyyy-mm-dd");
        validation = helper.createValidation(constraint, range);
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox("日期 date", column.note.getChinese());
      }
      if (validation != null) {
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(!column.choices.isEmpty());
        sheet.addValidationData(validation);
      }
    }
    sheet.createFreezePane(0, 1);
    Reports.printWide(sheet, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
    return sheet;
  }

  private static int widest(Column<?> column) {
    int zh = column.header.getChinese().length() * 2 + 4;
    int en = column.header.getEnglish().length() + 3;
    return Math.min(48, Math.max(zh, en));
  }

  private static void instructions(SXSSFWorkbook workbook, Styles styles, WorkbookSpec<?> spec, List<String[]> notes) {
    SXSSFSheet sheet = workbook.createSheet("说明 Instructions");
    Reports.printWide(sheet, 0);
    int[] widths = {22, 22, 26, 8, 50, 50};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, 256 * widths[c]);
    }
    int r = 0;
    Row title = sheet.createRow(r++);
    title.setHeightInPoints(24);
    Cell titleCell = title.createCell(0);
    titleCell.setCellValue(spec.title.getChinese() + "  " + spec.title.getEnglish());
    titleCell.setCellStyle(styles.title);
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"每个工作表一类记录，第一行为表头（中文与英文），请勿修改表头或工作表名称；从第二行起每行一条记录。",
        "One sheet per kind of record; row 1 is the header (Chinese and English): do not rename headers or sheets. One record a row from row 2."});
    lines.add(new String[] {"带 * 的列为必填；日期可填日期单元格或文本 2023-12-31、2023/12/31、2023年12月31日；是/否列填“是”或“否”。",
        "Columns marked * are required; dates as date cells or text 2023-12-31, 2023/12/31, 2023年12月31日; yes/no columns take 是 or 否."});
    lines.add(new String[] {"下拉列表给出可选值（中文名）；也可填英文常量名，如 SURGERY_GUIDANCE。公式单元格读取其计算结果；隐藏的行照常导入；请勿合并数据单元格。",
        "Drop-downs list the allowed values (Chinese names); English constant names such as SURGERY_GUIDANCE are accepted too. Formulas are read as their results; hidden rows are imported like the others; do not merge data cells."});
    lines.addAll(notes);
    for (String[] line : lines) {
      sheet.createRow(r++).createCell(0).setCellValue(line[0]);
      sheet.createRow(r++).createCell(0).setCellValue(line[1]);
    }
    r++;
    Row header = sheet.createRow(r++);
    String[] heads = {"工作表 sheet", "列（中文）column (Chinese)", "列（英文）column (English)", "必填 required", "填写说明", "how to fill"};
    for (int c = 0; c < heads.length; c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(heads[c]);
      cell.setCellStyle(styles.header);
    }
    for (WorkbookSpec.Place place : spec.sheets()) {
      Row sheetRow = sheet.createRow(r++);
      Cell name = sheetRow.createCell(0);
      name.setCellValue(place.sheet.sheetName());
      name.setCellStyle(styles.bold);
      sheetRow.createCell(4).setCellValue(place.sheet.about.getChinese());
      sheetRow.createCell(5).setCellValue(place.sheet.about.getEnglish());
      for (Column<?> column : place.columns()) {
        Row row = sheet.createRow(r++);
        row.createCell(1).setCellValue(column.header.getChinese());
        row.createCell(2).setCellValue(column.header.getEnglish());
        row.createCell(3).setCellValue(column.required ? "是" : "否");
        row.createCell(4).setCellValue(column.note.getChinese());
        row.createCell(5).setCellValue(column.note.getEnglish());
      }
    }
  }

  /** The cell styles of a template. */
  static final class Styles {
    final CellStyle header;
    final CellStyle requiredHeader;
    final CellStyle title;
    final CellStyle bold;
    final CellStyle date;
    final CellStyle text;
    final CellStyle whole;

    Styles(SXSSFWorkbook workbook) {
      header = Reports.headerStyle(workbook, org.apache.poi.ss.usermodel.IndexedColors.PALE_BLUE);
      requiredHeader = Reports.headerStyle(workbook, org.apache.poi.ss.usermodel.IndexedColors.TAN);
      title = Reports.titleStyle(workbook);
      bold = Reports.boldStyle(workbook);
      date = Reports.dateStyle(workbook);
      text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      whole = workbook.createCellStyle();
      whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
    }
  }
}
