package io.github.yilian.excel;

import java.util.List;
import java.util.Objects;

/**
 * What an import gave: the models built from the good rows and the problems of the rows rejected.
 *
 * <p>With {@link ImportOptions#strict()} the rejected list is always empty (a bad row makes the
 * import throw); with {@link ImportOptions#keepingGoodRows()} it lists every rejected row, including
 * rows rejected because the row they belong to was. This class is immutable and thread-safe if the
 * value is.
 *
 * @param <T> the type of what was imported
 */
public final class ImportResult<T> {

  private final T value;
  private final List<CellProblem> rejected;
  private final int rowsRead;
  private final int hiddenRows;

  ImportResult(T value, List<CellProblem> rejected, int rowsRead, int hiddenRows) {
    this.value = Objects.requireNonNull(value, "value");
    this.rejected = List.copyOf(rejected);
    this.rowsRead = rowsRead;
    this.hiddenRows = hiddenRows;
  }

  /**
   * Returns what was imported from the good rows.
   *
   * @return the value
   */
  public T getValue() {
    return value;
  }

  /**
   * Returns the problems of the rejected rows.
   *
   * @return the problems, in sheet and row order; empty if every row was imported
   */
  public List<CellProblem> getRejected() {
    return rejected;
  }

  /**
   * Returns whether every row was imported.
   *
   * @return true if no row was rejected
   */
  public boolean isComplete() {
    return rejected.isEmpty();
  }

  /**
   * Returns the data rows read over all sheets.
   *
   * @return the rows read
   */
  public int getRowsRead() {
    return rowsRead;
  }

  /**
   * Returns how many of the rows read were hidden in the workbook; they are imported like the others.
   *
   * @return the hidden rows
   */
  public int getHiddenRows() {
    return hiddenRows;
  }
}
