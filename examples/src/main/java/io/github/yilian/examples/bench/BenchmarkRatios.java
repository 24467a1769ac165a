package io.github.yilian.examples.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with its usual command line, then prints the ratios the benchmark classes declare: Yilian
 * against its hand-written baseline, measured in the same run.
 *
 * <p>A benchmark class declares its ratios in a {@code public static final String[][] RATIOS}, each
 * row {@code {numerator, denominator, aim}} naming two of its benchmark methods. Run it from the
 * shaded jar (JMH through {@code exec:java} fails silently):
 *
 * <pre>{@code
 * java -cp examples/target/benchmarks.jar io.github.yilian.examples.bench.BenchmarkRatios \
 *     AllianceBenchmark -f 1 -wi 5 -i 10 -prof gc
 * }</pre>
 *
 * <p>Each ratio is given twice: of the mean times, as JMH reports them, and of the best iterations.
 * With {@code -prof gc} the allocation per operation ({@code gc.alloc.rate.norm}) is printed and
 * compared too.
 */
public final class BenchmarkRatios {

  private BenchmarkRatios() {}

  /**
   * Runs the benchmarks the arguments select and prints the declared ratios.
   *
   * @param args JMH's command line arguments
   * @throws CommandLineOptionException if JMH cannot read the arguments
   * @throws RunnerException if a benchmark fails
   */
  public static void main(String[] args) throws CommandLineOptionException, RunnerException {
    Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
    Map<String, RunResult> byName = new HashMap<>();
    Set<Class<?>> classes = new LinkedHashSet<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      int dot = benchmark.lastIndexOf('.');
      byName.put(benchmark, result);
      try {
        classes.add(Class.forName(benchmark.substring(0, dot)));
      } catch (ClassNotFoundException e) {
        System.out.println("cannot load " + benchmark.substring(0, dot) + ": " + e);
      }
    }
    System.out.println();
    System.out.println("Ratios (same run): time, allocation");
    for (Class<?> type : classes) {
      for (String[] ratio : ratios(type)) {
        RunResult numerator = byName.get(type.getName() + "." + ratio[0]);
        RunResult denominator = byName.get(type.getName() + "." + ratio[1]);
        if (numerator != null && denominator != null) {
          System.out.println(line(type.getSimpleName(), ratio, numerator, denominator));
        }
      }
    }
  }

  static String[][] ratios(Class<?> type) {
    try {
      return (String[][]) type.getField("RATIOS").get(null);
    } catch (NoSuchFieldException | IllegalAccessException | ClassCastException e) {
      return new String[0][];
    }
  }

  private static String line(String type, String[] ratio, RunResult numerator, RunResult denominator) {
    Result<?> top = numerator.getPrimaryResult();
    Result<?> bottom = denominator.getPrimaryResult();
    String time =
        top.getScoreUnit().equals(bottom.getScoreUnit())
            ? String.format(Locale.ROOT, "%.2f×", top.getScore() / bottom.getScore())
            : "units differ";
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
        "  %s.%s / %s: %s (%.3f / %.3f %s), aim %s",
        type, ratio[0], ratio[1], time, top.getScore(), bottom.getScore(), top.getScoreUnit(), ratio[2]));
    if (top.getScoreUnit().equals(bottom.getScoreUnit())) {
      double topBest = best(numerator);
      double bottomBest = best(denominator);
      line.append(String.format(Locale.ROOT, "; best iterations %.3f / %.3f = %.2f×", topBest, bottomBest, topBest / bottomBest));
    }
    Result<?> topAllocation = allocation(numerator);
    Result<?> bottomAllocation = allocation(denominator);
    if (topAllocation != null && bottomAllocation != null) {
      line.append(String.format(Locale.ROOT, "; allocation %.0f / %.0f B/op = %.2f×", topAllocation.getScore(),
          bottomAllocation.getScore(), topAllocation.getScore() / Math.max(1, bottomAllocation.getScore())));
    }
    return line.toString();
  }

  /**
   * The fastest measured iteration's time per operation: on a shared machine the iteration the other
   * tenants disturbed least, so the ratio of two bests is the steadiest comparison.
   */
  private static double best(RunResult result) {
    double best = Double.POSITIVE_INFINITY;
    for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
      for (IterationResult iteration : benchmark.getIterationResults()) {
        best = Math.min(best, iteration.getPrimaryResult().getScore());
      }
    }
    return best;
  }

  private static Result<?> allocation(RunResult result) {
    Map<String, Result> secondary = result.getSecondaryResults();
    Result<?> norm = secondary.get("gc.alloc.rate.norm");
    return norm != null ? norm : secondary.get("·gc.alloc.rate.norm");
  }
}
