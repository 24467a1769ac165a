package io.github.yilian.cli;

import io.github.yilian.excel.ImportProgress;
import java.io.PrintWriter;

/**
 * Draws a progress bar on standard error while a workbook with more than a few thousand rows is
 * read; smaller workbooks draw nothing.
 */
final class ProgressBar implements ImportProgress {

  /** Sheets with fewer rows than this draw no bar. */
  static final int THRESHOLD = 5_000;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private String drawing = "";
  private int lastPercent = -1;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void rowsRead(String sheet, int rowsRead, int rowsDeclared) {
    int total = Math.max(rowsDeclared, rowsRead);
    if (total < THRESHOLD) {
      return;
    }
    if (!sheet.equals(drawing)) {
      finish();
      drawing = sheet;
      lastPercent = -1;
    }
    int percent = (int) (100L * rowsRead / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int filled = percent * WIDTH / 100;
    err.printf("\r%s [%s%s] %3d%% %,d/%,d", sheet, "#".repeat(filled), ".".repeat(WIDTH - filled), percent, rowsRead, total);
    err.flush();
    if (rowsRead >= total) {
      finish();
    }
  }

  /** Ends the bar being drawn with a line break. */
  void finish() {
    if (!drawing.isEmpty()) {
      err.println();
      err.flush();
      drawing = "";
    }
  }
}
