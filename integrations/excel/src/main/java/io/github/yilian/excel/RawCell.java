package io.github.yilian.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * One cell as the streaming reader found it: its type, its text or number (for a formula, the value
 * the spreadsheet program cached), and whether its format shows a date.
 */
final class RawCell {

  enum Type { BLANK, TEXT, NUMBER, BOOLEAN, ERROR }

  static final RawCell BLANK = new RawCell(Type.BLANK, "", 0, false);

  final Type type;
  final String text;
  final double number;
  final boolean dateFormatted;

  private RawCell(Type type, String text, double number, boolean dateFormatted) {
    this.type = type;
    this.text = text;
    this.number = number;
    this.dateFormatted = dateFormatted;
  }

  static RawCell text(String text) {
    return text.isBlank() ? BLANK : new RawCell(Type.TEXT, text.strip(), 0, false);
  }

  static RawCell number(double number, boolean dateFormatted) {
    return new RawCell(Type.NUMBER, "", number, dateFormatted);
  }

  static RawCell bool(boolean value) {
    return new RawCell(Type.BOOLEAN, value ? "TRUE" : "FALSE", value ? 1 : 0, false);
  }

  static RawCell error(String code) {
    return new RawCell(Type.ERROR, code, 0, false);
  }

  boolean isBlank() {
    return type == Type.BLANK;
  }

  boolean isWholeNumber() {
    return type == Type.NUMBER && number == Math.rint(number) && Math.abs(number) < 1e15;
  }

  /** The date of a date-formatted number, if it is a valid spreadsheet date. */
  LocalDate asDate() {
    LocalDateTime time = DateUtil.getLocalDateTime(number);
    return time.toLocalDate();
  }

  /** What a person sees in the cell, for messages: an id typed as a number shows without ".0". */
  String shown() {
    return switch (type) {
      case BLANK -> "";
      case TEXT, BOOLEAN, ERROR -> text;
      case NUMBER -> dateFormatted && DateUtil.isValidExcelDate(number)
          ? asDate().toString()
          : isWholeNumber() ? Long.toString((long) number) : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    };
  }
}
