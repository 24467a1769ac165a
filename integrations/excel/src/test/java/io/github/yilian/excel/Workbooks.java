package io.github.yilian.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits real .xlsx files with POI's user model, as a person with a spreadsheet program would. */
final class Workbooks {

  private Workbooks() {}

  static void edit(Path file, Consumer<XSSFWorkbook> change) throws IOException {
    XSSFWorkbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    }
    change.accept(workbook);
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    workbook.close();
  }

  /** The cell at a reference such as "C5" of the sheet whose name starts with a prefix, created if absent. */
  static Cell cell(XSSFWorkbook workbook, String sheetPrefix, String ref) {
    Sheet sheet = sheet(workbook, sheetPrefix);
    CellReference at = new CellReference(ref);
    Row row = sheet.getRow(at.getRow()) != null ? sheet.getRow(at.getRow()) : sheet.createRow(at.getRow());
    Cell old = row.getCell(at.getCol());
    if (old == null) {
      return row.createCell(at.getCol());
    }
    // a fresh cell, as a spreadsheet program writes it (POI would keep the inline string beside the new value)
    org.apache.poi.ss.usermodel.CellStyle style = old.getCellStyle();
    row.removeCell(old);
    Cell cell = row.createCell(at.getCol());
    cell.setCellStyle(style);
    return cell;
  }

  static Sheet sheet(XSSFWorkbook workbook, String prefix) {
    for (Sheet sheet : workbook) {
      if (sheet.getSheetName().startsWith(prefix)) {
        return sheet;
      }
    }
    throw new IllegalArgumentException("no sheet " + prefix);
  }
}
