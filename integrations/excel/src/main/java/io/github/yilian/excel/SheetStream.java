package io.github.yilian.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as a stream of rows, with constant memory whatever the number of rows:
 * the cached value of a formula, the text of shared and inline strings, numbers with whether their
 * format shows a date, booleans and error values; hidden rows are flagged, merged regions and the
 * sheet's declared dimension collected.
 */
final class SheetStream extends DefaultHandler {

  /** Receives the rows of a sheet in order. */
  interface Rows {
    /**
     * Receives one row that has at least one cell.
     *
     * @param row the row number, 1 for the first row
     * @param hidden whether the row is hidden
     * @param cells the cells by column index, {@code null} where the row has no cell
     */
    void row(int row, boolean hidden, List<@Nullable RawCell> cells) throws SAXException;
  }

  private final SharedStrings strings;
  private final @Nullable StylesTable styles;
  private final Rows rows;
  private final Map<Integer, Boolean> dateStyles = new HashMap<>();
  private final List<String> merged = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder inline = new StringBuilder();
  private boolean hasInline;
  private final List<@Nullable RawCell> cells = new ArrayList<>();
  private int declaredLastRow;
  private int rowNumber;
  private boolean rowHidden;
  private int column = -1;
  private @Nullable String type;
  private int style;
  private boolean inValue;
  private boolean inInlineText;
  private boolean inPhonetic;

  private SheetStream(SharedStrings strings, @Nullable StylesTable styles, Rows rows) {
    this.strings = strings;
    this.styles = styles;
    this.rows = rows;
  }

  /** What a sheet declares besides its rows. */
  record Summary(int declaredLastRow, List<String> mergedRegions) {}

  static Summary read(InputStream sheet, SharedStrings strings, @Nullable StylesTable styles, Rows rows)
      throws IOException, SAXException {
    SheetStream handler = new SheetStream(strings, styles, rows);
    XMLReader reader;
    try {
      reader = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    }
    reader.setContentHandler(handler);
    reader.parse(new InputSource(sheet));
    return new Summary(handler.declaredLastRow, List.copyOf(handler.merged));
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
    switch (localName) {
      case "dimension" -> {
        String ref = attributes.getValue("ref");
        if (ref != null) {
          String last = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : ref;
          try {
            declaredLastRow = new CellReference(last).getRow() + 1;
          } catch (RuntimeException e) {
            declaredLastRow = 0;
          }
        }
      }
      case "row" -> {
        String r = attributes.getValue("r");
        rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
        String hidden = attributes.getValue("hidden");
        rowHidden = "1".equals(hidden) || "true".equals(hidden);
        cells.clear();
        column = -1;
      }
      case "c" -> {
        String r = attributes.getValue("r");
        column = r != null ? new CellReference(r).getCol() : column + 1;
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s != null ? Integer.parseInt(s) : 0;
        text.setLength(0);
        inline.setLength(0);
        hasInline = false;
      }
      case "v" -> {
        inValue = true;
        text.setLength(0);
      }
      case "is" -> hasInline = true;
      case "t" -> inInlineText = !inPhonetic;
      case "rPh" -> inPhonetic = true;
      case "mergeCell" -> {
        String ref = attributes.getValue("ref");
        if (ref != null) {
          merged.add(ref);
        }
      }
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue) {
      text.append(ch, start, length);
    } else if (inInlineText) {
      inline.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    switch (localName) {
      case "v" -> inValue = false;
      case "t" -> inInlineText = false;
      case "rPh" -> inPhonetic = false;
      case "c" -> {
        while (cells.size() <= column) {
          cells.add(null);
        }
        cells.set(column, cell());
      }
      case "row" -> {
        if (!cells.isEmpty()) {
          rows.row(rowNumber, rowHidden, cells);
        }
        cells.clear();
      }
      default -> { }
    }
  }

  private RawCell cell() {
    String value = text.toString();
    if (type == null || "n".equals(type)) {
      if (value.isBlank()) {
        return RawCell.BLANK;
      }
      try {
        return RawCell.number(Double.parseDouble(value), isDateStyle(style));
      } catch (NumberFormatException e) {
        return RawCell.text(value);
      }
    }
    return switch (type) {
      case "s" -> {
        try {
          yield RawCell.text(strings.getItemAt(Integer.parseInt(value.strip())).getString());
        } catch (RuntimeException e) {
          yield RawCell.error("#REF!");
        }
      }
      case "b" -> RawCell.bool("1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip()));
      case "e" -> RawCell.error(value.strip());
      case "inlineStr" -> RawCell.text(hasInline ? inline.toString() : value);
      default -> RawCell.text(hasInline ? inline.toString() : value);
    };
  }

  private boolean isDateStyle(int index) {
    StylesTable table = styles;
    if (table == null || index == 0) {
      return false;
    }
    return dateStyles.computeIfAbsent(index, i -> {
      try {
        XSSFCellStyle cellStyle = table.getStyleAt(i);
        return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
      } catch (RuntimeException e) {
        return false;
      }
    });
  }
}
