package io.github.yilian.excel;

import io.github.yilian.common.BilingualText;
import java.util.Locale;
import java.util.Objects;

/**
 * Something wrong in a workbook: where it is (sheet, row, column), the value found there and the
 * reason in Chinese and English. A problem with the file or a sheet as a whole (not an xlsx file, a
 * missing sheet, a renamed header, merged cells) has row 0 or no column.
 *
 * <p>The value of a column holding personal or pseudonymous data (patient, trainee, phone, ID
 * number) is never shown: it reads {@code "***"}. This class is immutable and thread-safe.
 */
public final class CellProblem {

  private final String sheet;
  private final int row;
  private final String column;
  private final String header;
  private final String value;
  private final BilingualText reason;

  CellProblem(String sheet, int row, String column, String header, String value, BilingualText reason) {
    this.sheet = sheet;
    this.row = row;
    this.column = column;
    this.header = header;
    this.value = value;
    this.reason = reason;
  }

  static CellProblem ofFile(String file, String chinese, String english) {
    return new CellProblem(file, 0, "", "", "", BilingualText.of(chinese, english));
  }

  /**
   * Returns the sheet's name, or the file's name for a problem with the whole file.
   *
   * @return the sheet
   */
  public String getSheet() {
    return sheet;
  }

  /**
   * Returns the row number as the spreadsheet program shows it.
   *
   * @return the row, 1 for the first row; 0 for a problem with the whole sheet or file
   */
  public int getRow() {
    return row;
  }

  /**
   * Returns the column's letter.
   *
   * @return the column, such as {@code "C"}; empty if the problem concerns no single column
   */
  public String getColumn() {
    return column;
  }

  /**
   * Returns the column's header, Chinese and English.
   *
   * @return the header, such as {@code "日期 date"}; empty if the problem concerns no single column
   */
  public String getHeader() {
    return header;
  }

  /**
   * Returns the value found in the cell, as the spreadsheet program shows it.
   *
   * @return the value; empty for a blank cell; {@code "***"} for personal data
   */
  public String getValue() {
    return value;
  }

  /**
   * Returns why the cell is wrong, in Chinese and English.
   *
   * @return the reason
   */
  public BilingualText getReason() {
    return reason;
  }

  /**
   * Returns where the problem is, such as {@code "下沉指导 Outreach!C5"}.
   *
   * @return the sheet, and the cell or row when there is one
   */
  public String getLocation() {
    if (row == 0) {
      return sheet;
    }
    return sheet + "!" + (column.isEmpty() ? "row " + row : column + row);
  }

  /**
   * Describes the problem in one language.
   *
   * @param locale Chinese for any {@code zh} locale, English otherwise; not null
   * @return the location, the header, the value and the reason
   */
  public String describe(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    StringBuilder text = new StringBuilder(getLocation());
    if (!header.isEmpty()) {
      text.append(" (").append(header).append(')');
    }
    if (!value.isEmpty()) {
      text.append(" \"").append(value).append('"');
    }
    return text.append(": ").append(reason.in(locale)).toString();
  }

  /**
   * Checks whether another object is an equal problem.
   *
   * @param obj the object to compare
   * @return true if it is a problem with the same place, value and reason
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof CellProblem other && sheet.equals(other.sheet) && row == other.row
        && column.equals(other.column) && header.equals(other.header) && value.equals(other.value)
        && reason.equals(other.reason);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(sheet, row, column, value, reason);
  }

  /**
   * Returns the problem in English.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
