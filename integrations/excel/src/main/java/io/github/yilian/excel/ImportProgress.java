package io.github.yilian.excel;

/**
 * Hears how far the reading of a workbook has come, every thousand rows and at the end of each
 * sheet; the command line draws its progress bar from it.
 */
@FunctionalInterface
public interface ImportProgress {

  /** A listener that ignores the progress. */
  ImportProgress NONE = (sheet, rowsRead, rowsDeclared) -> { };

  /**
   * Called as rows of a sheet are read.
   *
   * @param sheet the sheet's name
   * @param rowsRead the rows of the sheet read so far
   * @param rowsDeclared the rows the sheet declares it has, or 0 if it does not say
   */
  void rowsRead(String sheet, int rowsRead, int rowsDeclared);
}
