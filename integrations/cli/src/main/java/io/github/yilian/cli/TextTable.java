package io.github.yilian.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for a terminal, padding by display width (a Chinese character takes two columns). */
final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;
  private final int maxWidth;

  TextTable(int maxWidth, String... headers) {
    this.columns = headers.length;
    this.maxWidth = maxWidth;
    rows.add(headers);
  }

  TextTable row(Object... cells) {
    String[] row = new String[columns];
    for (int i = 0; i < columns; i++) {
      row[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]).replaceAll("\\s+", " ") : "";
    }
    rows.add(row);
    return this;
  }

  boolean isEmpty() {
    return rows.size() == 1;
  }

  void print(PrintWriter out) {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.min(maxWidth, Math.max(widths[i], width(row[i])));
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String cell = rows.get(r)[i];
        boolean last = i == columns - 1;
        String shown = last ? cell : cut(cell, widths[i]);
        line.append(shown);
        if (!last) {
          line.append(" ".repeat(widths[i] - width(shown) + 2));
        }
      }
      out.println(line.toString().stripTrailing());
      if (r == 0) {
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < columns; i++) {
          rule.append("-".repeat(Math.max(1, widths[i]))).append(i == columns - 1 ? "" : "  ");
        }
        out.println(rule);
      }
    }
    out.flush();
  }

  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean wide(int cp) {
    return cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3)
        || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
        || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd));
  }

  private static String cut(String text, int width) {
    if (width(text) <= width) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = wide(cp) ? 2 : 1;
      if (used + w > width - 1) {
        break;
      }
      out.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return out.append('…').toString();
  }
}
