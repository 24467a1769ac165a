package io.github.yilian.excel;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;
import io.github.yilian.common.SupportedRange;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One column of a sheet: the model property it holds (its key, which Bean Validation names in a
 * violation), its bilingual header, whether it is required, how a cell is read into a value and how a
 * value is written back. A column knows nothing of the model; a {@link SheetSpec} binds it to a
 * builder method and an accessor.
 *
 * <p>Instances are immutable; the modifiers ({@link #optional()}, {@link #personal()}, ...) return
 * copies.
 *
 * @param <V> the type of the value
 */
final class Column<V> {

  /** How a column shows in a template: its cell format and drop-down. */
  enum Kind { TEXT, NUMBER, DATE, YES_NO, CHOICE }

  /** Reads a cell into a value; a blank cell never reaches a parser. */
  interface Parser<V> {
    V parse(RawCell cell) throws BadCell;
  }

  private static final Pattern DATE_TEXT = Pattern.compile(
      "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
  private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\n]");
  private static final Pattern WHOLE_TEXT = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+|[+-]?\\d+(?:\\.0+)?");

  final String key;
  final BilingualText header;
  final Kind kind;
  final boolean required;
  final boolean personal;
  final Parser<V> parser;
  final Function<V, Object> writer;
  /** The values offered in the drop-down, in Chinese. */
  final List<String> choices;
  /** Whether a value outside {@link #choices} is refused by the template's drop-down. */
  final boolean strictChoices;
  final BilingualText note;
  final int width;
  /** The column this one was made from by a modifier, or itself. */
  final Column<?> origin;

  private Column(@Nullable Column<?> origin, String key, BilingualText header, Kind kind, boolean required, boolean personal, Parser<V> parser,
      Function<V, Object> writer, List<String> choices, boolean strictChoices, BilingualText note, int width) {
    this.key = key;
    this.header = header;
    this.kind = kind;
    this.required = required;
    this.personal = personal;
    this.parser = parser;
    this.writer = writer;
    this.choices = choices;
    this.strictChoices = strictChoices;
    this.note = note;
    this.width = width;
    this.origin = origin == null ? this : origin;
  }

  private static <V> Column<V> of(String key, String zh, String en, Kind kind, Parser<V> parser,
      Function<V, Object> writer, String noteZh, String noteEn, int width) {
    return new Column<>(null, key, BilingualText.of(zh, en), kind, true, false, parser, writer, List.of(), false,
        BilingualText.of(noteZh, noteEn), width);
  }

  /** A text column; a number typed into it is read as its digits ("650102", not "650102.0"). */
  static Column<String> text(String key, String zh, String en) {
    return of(key, zh, en, Kind.TEXT, Column::readText, v -> v, "文本", "text", Math.max(14, en.length() + 4));
  }

  /** A whole number from 0 to {@link SupportedRange#MAX_COUNT}. */
  static Column<Long> count(String key, String zh, String en) {
    return of(key, zh, en, Kind.NUMBER, cell -> readWhole(cell, 0, SupportedRange.MAX_COUNT), v -> v,
        "0 至 10^12 的整数", "whole number from 0 to 10^12", 14);
  }

  /** A whole number from {@code min} to {@code max}. */
  static Column<Integer> whole(String key, String zh, String en, int min, int max) {
    return of(key, zh, en, Kind.NUMBER, cell -> (int) readWhole(cell, min, max), v -> (long) v,
        min + " 至 " + max + " 的整数", "whole number from " + min + " to " + max, 12);
  }

  /** A year of the supported range. */
  static Column<Integer> year(String key, String zh, String en) {
    return whole(key, zh, en, SupportedRange.MIN_YEAR, SupportedRange.MAX_YEAR);
  }

  /** A date: a date cell, or text "2023-12-31", "2023/12/31" or "2023年12月31日". */
  static Column<LocalDate> date(String key, String zh, String en) {
    return of(key, zh, en, Kind.DATE, Column::readDate, v -> v,
        "日期，如 2023-12-31、2023/12/31、2023年12月31日", "date, such as 2023-12-31, 2023/12/31 or 2023年12月31日", 13);
  }

  /** Yes or no: 是 / 否, yes / no, TRUE / FALSE, 1 / 0. */
  static Column<Boolean> yesNo(String key, String zh, String en) {
    Column<Boolean> column = of(key, zh, en, Kind.YES_NO, Column::readYesNo, v -> v ? "是" : "否",
        "是 或 否", "是 (yes) or 否 (no)", 10);
    return column.withChoices(List.of("是", "否"), true);
  }

  /** One constant of an enum, by its Chinese name (offered in the drop-down), English name or constant name. */
  static <E extends Enum<E> & Named> Column<E> choice(Class<E> type, String key, String zh, String en) {
    List<E> values = List.of(type.getEnumConstants());
    Column<E> column = of(key, zh, en, Kind.CHOICE, cell -> readChoice(type, cell), Named::getChineseName,
        "可选：" + chineseNames(values), "one of: " + constantNames(values), widthOf(values));
    return column.withChoices(values.stream().map(Named::getChineseName).toList(), true);
  }

  /** Several constants of an enum in one cell, separated by 、 , ; or a line break. */
  static <E extends Enum<E> & Named> Column<Set<E>> choices(Class<E> type, String key, String zh, String en) {
    List<E> values = List.of(type.getEnumConstants());
    return of(key, zh, en, Kind.TEXT, cell -> {
      Set<E> set = new LinkedHashSet<>();
      for (String part : split(readText(cell))) {
        set.add(readChoice(type, RawCell.text(part)));
      }
      return set;
    }, set -> set.stream().map(Named::getChineseName).collect(Collectors.joining("、")),
        "一个或多个，以“、”分隔：" + chineseNames(values), "one or more, separated by 、 or commas: " + constantNames(values), 30);
  }

  /** Several texts in one cell, separated by 、 , ; or a line break. */
  static Column<Set<String>> texts(String key, String zh, String en) {
    return of(key, zh, en, Kind.TEXT, cell -> new LinkedHashSet<>(split(readText(cell))),
        set -> String.join("、", set), "一个或多个，以“、”分隔", "one or more, separated by 、 or commas", 24);
  }

  /** A column of a kind of its own. */
  static <V> Column<V> custom(String key, String zh, String en, Parser<V> parser, Function<V, String> writer,
      String noteZh, String noteEn) {
    return of(key, zh, en, Kind.TEXT, parser, writer::apply, noteZh, noteEn, 20);
  }

  /** The same column, but a blank cell is allowed (the property is left unset). */
  Column<V> optional() {
    if (!required) {
      return this;
    }
    return new Column<>(origin, key, header, kind, false, personal, parser, writer, choices, strictChoices, note, width);
  }

  /** The same column, holding personal or pseudonymous data that no message shows. */
  Column<V> personal() {
    return new Column<>(origin, key, header, kind, required, true, parser, writer, choices, strictChoices, note, width);
  }

  /** The same column with values suggested in the template's drop-down, others allowed. */
  Column<V> suggest(List<String> values) {
    return withChoices(List.copyOf(values), false);
  }

  /** The same column with its own explanation in the instructions sheet. */
  Column<V> note(String zh, String en) {
    return new Column<>(origin, key, header, kind, required, personal, parser, writer, choices, strictChoices,
        BilingualText.of(zh, en), width);
  }

  private Column<V> withChoices(List<String> values, boolean strict) {
    return new Column<>(origin, key, header, kind, required, personal, parser, writer, values, strict, note, width);
  }

  /** The header cell's text: Chinese (with " *" when required), a line break, English. */
  String headerText() {
    return header.getChinese() + (required ? " *" : "") + "\n" + header.getEnglish();
  }

  /** Whether a header cell's text names this column: both lines, the Chinese or the English alone. */
  boolean matchesHeader(String text) {
    String found = normal(text);
    String zh = normal(header.getChinese());
    String en = normal(header.getEnglish());
    return found.equals(zh + en) || found.equals(zh) || found.equals(en) || found.equals(normal(key));
  }

  private static String normal(String text) {
    return text.replace("*", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  @SuppressWarnings("unchecked")
  Object write(Object value) {
    return writer.apply((V) value);
  }

  // --- parsers -------------------------------------------------------------------------------

  static String readText(RawCell cell) throws BadCell {
    if (cell.type == RawCell.Type.ERROR) {
      throw new BadCell("单元格为错误值 " + cell.text, "the cell holds the error value " + cell.text);
    }
    return cell.shown();
  }

  static long readWhole(RawCell cell, long min, long max) throws BadCell {
    long value;
    if (cell.type == RawCell.Type.NUMBER) {
      if (!cell.isWholeNumber()) {
        throw notWhole();
      }
      value = (long) cell.number;
    } else if (cell.type == RawCell.Type.TEXT && WHOLE_TEXT.matcher(cell.text).matches()) {
      String digits = cell.text.replace(",", "").replaceFirst("\\.0+$", "").replaceFirst("^\\+", "");
      try {
        value = Long.parseLong(digits);
      } catch (NumberFormatException e) {
        throw outOfRange(min, max);
      }
    } else {
      throw notWhole();
    }
    if (value < min || value > max) {
      throw outOfRange(min, max);
    }
    return value;
  }

  private static BadCell notWhole() {
    return new BadCell("不是整数", "not a whole number");
  }

  private static BadCell outOfRange(long min, long max) {
    return new BadCell("须为 " + min + " 至 " + max + " 的整数", "must be a whole number from " + min + " to " + max);
  }

  static LocalDate readDate(RawCell cell) throws BadCell {
    LocalDate date;
    if (cell.type == RawCell.Type.NUMBER) {
      date = numberAsDate(cell);
    } else if (cell.type == RawCell.Type.TEXT) {
      Matcher m = DATE_TEXT.matcher(cell.text);
      if (!m.matches()) {
        throw new BadCell("不是日期（请填写如 2023-12-31、2023/12/31 或 2023年12月31日）",
            "not a date (write it as 2023-12-31, 2023/12/31 or 2023年12月31日)");
      }
      try {
        date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        throw new BadCell("不是有效日期", "not a valid date");
      }
    } else {
      throw new BadCell("不是日期", "not a date");
    }
    if (!SupportedRange.isSupported(date)) {
      throw new BadCell("日期须在 " + SupportedRange.MIN_DATE + " 至 " + SupportedRange.MAX_DATE + " 之间",
          "the date must be from " + SupportedRange.MIN_DATE + " to " + SupportedRange.MAX_DATE);
    }
    return date;
  }

  /** A date cell, or a number typed as 20231231. */
  private static LocalDate numberAsDate(RawCell cell) throws BadCell {
    if (cell.isWholeNumber() && cell.number >= 19000101 && cell.number <= 22001231) {
      long n = (long) cell.number;
      try {
        return LocalDate.of((int) (n / 10000), (int) (n / 100 % 100), (int) (n % 100));
      } catch (DateTimeException e) {
        throw new BadCell("不是有效日期", "not a valid date");
      }
    }
    if (cell.number < 1 || cell.number > 2_958_465) {
      throw new BadCell("不是日期", "not a date");
    }
    return cell.asDate();
  }

  static boolean readYesNo(RawCell cell) throws BadCell {
    if (cell.type == RawCell.Type.BOOLEAN) {
      return cell.number > 0;
    }
    String text = cell.shown().strip().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "是", "有", "yes", "y", "true", "1", "√", "✓" -> true;
      case "否", "无", "no", "n", "false", "0", "×", "✗" -> false;
      default -> throw new BadCell("须为“是”或“否”", "must be 是 (yes) or 否 (no)");
    };
  }

  static <E extends Enum<E> & Named> E readChoice(Class<E> type, RawCell cell) throws BadCell {
    String text = readText(cell).strip();
    String constant = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    String folded = foldWidth(text);
    for (E value : type.getEnumConstants()) {
      if (value.getChineseName().equals(text) || value.name().equals(constant)
          || value.getEnglishName().equalsIgnoreCase(text) || foldWidth(value.getChineseName()).equals(folded)) {
        return value;
      }
    }
    List<E> values = Arrays.asList(type.getEnumConstants());
    throw new BadCell("不在可选值中：" + chineseNames(values), "not one of: " + constantNames(values));
  }

  /**
   * A text with full-width forms (（），：；) as their ASCII letters and without white space, so that
   * a Chinese name typed with half-width brackets ("地(州、市)") is the name ("地（州、市）").
   */
  static String foldWidth(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000')
        .map(c -> c >= '\uFF01' && c <= '\uFF5E' ? c - 0xFEE0 : c)
        .forEach(folded::appendCodePoint);
    return folded.toString();
  }

  static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    for (String part : SEPARATORS.split(text)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  private static String chineseNames(List<? extends Named> values) {
    return values.stream().map(Named::getChineseName).collect(Collectors.joining("、"));
  }

  private static String constantNames(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  private static int widthOf(List<? extends Named> values) {
    int longest = values.stream().mapToInt(v -> v.getChineseName().length()).max().orElse(4);
    return Math.min(40, Math.max(12, 2 * longest + 4));
  }

  @Override
  public String toString() {
    return key;
  }

  @Override
  public boolean equals(Object obj) {
    return this == obj;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(key);
  }
}
