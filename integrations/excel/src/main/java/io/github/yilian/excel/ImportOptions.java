package io.github.yilian.excel;

import java.util.Objects;

/**
 * How a workbook is imported: whether the good rows are imported when some rows are bad, the most
 * rows read, and who hears of the progress.
 *
 * <p>By default ({@link #strict()}) nothing is imported when any row is bad. This class is
 * immutable and thread-safe if the progress listener is.
 */
public final class ImportOptions {

  /** The most rows a sheet of an xlsx workbook can hold (Excel 2007 and later). */
  public static final int EXCEL_MAX_ROWS = 1_048_576;

  private static final ImportOptions STRICT = new ImportOptions(false, EXCEL_MAX_ROWS, ImportProgress.NONE);

  private final boolean keepGoodRows;
  private final int maxRows;
  private final ImportProgress progress;

  private ImportOptions(boolean keepGoodRows, int maxRows, ImportProgress progress) {
    this.keepGoodRows = keepGoodRows;
    this.maxRows = maxRows;
    this.progress = progress;
  }

  /**
   * Returns the default options: nothing is imported when any row is bad; at most
   * {@value #EXCEL_MAX_ROWS} rows in all; no progress reported.
   *
   * @return the default options
   */
  public static ImportOptions strict() {
    return STRICT;
  }

  /**
   * Returns these options, but importing the good rows and returning the rejected ones when some
   * rows are bad. A problem with the file or a sheet as a whole still imports nothing.
   *
   * @return the options
   */
  public ImportOptions keepingGoodRows() {
    return new ImportOptions(true, maxRows, progress);
  }

  /**
   * Returns these options with another limit on the rows read, over all sheets.
   *
   * @param maxRows the most data rows, 1 or more
   * @return the options
   * @throws IllegalArgumentException if {@code maxRows} is below 1
   */
  public ImportOptions withMaxRows(int maxRows) {
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be at least 1: " + maxRows);
    }
    return new ImportOptions(keepGoodRows, maxRows, progress);
  }

  /**
   * Returns these options, reporting the progress to a listener.
   *
   * @param progress the listener, not null
   * @return the options
   */
  public ImportOptions withProgress(ImportProgress progress) {
    return new ImportOptions(keepGoodRows, maxRows, Objects.requireNonNull(progress, "progress"));
  }

  /**
   * Returns whether the good rows are imported when some rows are bad.
   *
   * @return true if the good rows are kept
   */
  public boolean isKeepingGoodRows() {
    return keepGoodRows;
  }

  /**
   * Returns the most data rows read over all sheets.
   *
   * @return the limit
   */
  public int getMaxRows() {
    return maxRows;
  }

  /**
   * Returns the progress listener.
   *
   * @return the listener
   */
  public ImportProgress getProgress() {
    return progress;
  }
}
