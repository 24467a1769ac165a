package io.github.yilian.excel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A workbook that could not be read, or was not imported because some of its cells are wrong: the
 * problems found, every one of them (every bad cell, not just the first), in sheet and row order.
 *
 * <p>Nothing was imported when this is thrown. This class is immutable and thread-safe.
 */
public final class WorkbookException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<CellProblem> problems;

  WorkbookException(List<CellProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<CellProblem> problems) {
    int shown = Math.min(problems.size(), 20);
    String head = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return problems.subList(0, shown).stream().map(p -> p.describe(Locale.ENGLISH))
        .collect(Collectors.joining("\n  ", head + " in the workbook:\n  ",
            problems.size() > shown ? "\n  … and " + (problems.size() - shown) + " more" : ""));
  }

  /**
   * Returns every problem found.
   *
   * @return the problems, at least one, in sheet and row order
   */
  public List<CellProblem> getProblems() {
    return problems;
  }

  /**
   * Describes the problems in one language, one a line.
   *
   * @param locale Chinese for any {@code zh} locale, English otherwise; not null
   * @return the description
   */
  public String describe(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("\n"));
  }
}
