package io.github.yilian.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles the templates and the result workbooks share. */
final class Reports {

  private Reports() {}

  static CellStyle headerStyle(Workbook workbook, IndexedColors fill) {
    CellStyle style = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    style.setFont(font);
    style.setFillForegroundColor(fill.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setWrapText(true);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setAlignment(HorizontalAlignment.CENTER);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }

  static CellStyle titleStyle(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    font.setFontHeightInPoints((short) 14);
    style.setFont(font);
    return style;
  }

  static CellStyle boldStyle(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    style.setFont(font);
    return style;
  }

  static CellStyle dateStyle(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    style.setAlignment(HorizontalAlignment.LEFT);
    return style;
  }

  static CellStyle filled(Workbook workbook, IndexedColors fill) {
    CellStyle style = workbook.createCellStyle();
    style.setFillForegroundColor(fill.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.HAIR);
    style.setBorderRight(BorderStyle.HAIR);
    style.setBorderTop(BorderStyle.HAIR);
    style.setBorderLeft(BorderStyle.HAIR);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }

  /** Prints a sheet landscape, one page wide, repeating its header rows on every page. */
  static void printWide(org.apache.poi.ss.usermodel.Sheet sheet, int headerRows) {
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    if (headerRows > 0) {
      sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, headerRows - 1, -1, -1));
    }
  }
}
