package io.github.yilian.examples.bench;

import io.github.yilian.common.Ranked;
import io.github.yilian.common.Ranking;
import io.github.yilian.county.Dashboard;
import io.github.yilian.county.Level;
import io.github.yilian.county.Measured;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.PeriodResult;
import io.github.yilian.county.RegionFigure;
import io.github.yilian.county.Target;
import io.github.yilian.county.TargetPolicy;
import io.github.yilian.county.TargetResult;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.UnitScore;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.examples.SyntheticCountyRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The full dashboard (20 targets × every unit of their level) and the county ranking of a
 * national-scale tree, by Yilian and by the hand-written {@link CountyBaseline}, in the same run. At
 * {@code scale = 1}: 300 prefectures, 2,850 counties, each with a community, a lead hospital and 8
 * primary-care units, about 140,000 facts, 38,552 target × unit cells; at {@code scale = 10}, ten
 * times as many of each (28,500 counties). {@link #setUp()} checks that the baseline agrees with
 * Yilian on every cell, period, region-wide figure and ranked unit.
 *
 * <p>Run it from the shaded jar; {@link #main(String[])} runs it and prints the ratios of Yilian to
 * the baseline, in time and in allocation (give {@code -prof gc} for the allocation):
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar io.github.yilian.examples.bench.CountyBenchmark -prof gc \
 *     -prof io.github.yilian.examples.bench.CpuTimeProfiler
 * </pre>
 *
 * <p>On a shared machine compare the CPU times ({@link CpuTimeProfiler}): the wall clock also
 * counts the time a benchmark waited for a core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CountyBenchmark {

  /**
   * The ratios {@link AlternatingRatios} measures (numerator, denominator, aim; issue 13); give it one
   * scale, such as {@code -p scale=1}.
   */
  public static final String[][] RATIOS = {
    {"dashboard", "dashboardBaseline", "≤ 2.5×; linear from 1× to 10×"},
    {"countyRanking", "countyRankingBaseline", "none"},
  };

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final int YEAR = 2025;
  private static final TargetPolicy POLICY = XinjiangCountyTargets2023.policy();

  /** How many times the national size: 1 (2,850 counties) or 10 (28,500 counties). */
  @Param({"1", "10"})
  public int scale;

  private TargetTracker tracker;
  private CountyBaseline baseline;

  /**
   * Builds the data, warms Yilian's indexes and builds the baseline's arrays (outside the
   * measurement), and checks that both agree on every cell.
   *
   * @throws IllegalStateException if the baseline and Yilian disagree somewhere
   */
  @Setup
  public void setUp() {
    MonitoringData data = SyntheticCountyRegion.national(scale);
    tracker = TargetTracker.of(POLICY, data);
    baseline = new CountyBaseline(POLICY, data);
    checkDashboard(tracker.dashboard(AS_OF), baseline.dashboard(AS_OF));
    checkRanking(tracker.ranking(Level.COUNTY, YEAR), baseline.ranking(Level.COUNTY, YEAR));
  }

  /**
   * Computes Yilian's dashboard as of 2025-12-31.
   *
   * @return the dashboard
   */
  @Benchmark
  public Dashboard dashboard() {
    return tracker.dashboard(AS_OF);
  }

  /**
   * Computes the hand-written dashboard as of 2025-12-31.
   *
   * @return the cells
   */
  @Benchmark
  public Object dashboardBaseline() {
    return baseline.dashboard(AS_OF);
  }

  /**
   * Ranks the counties for 2025 with Yilian.
   *
   * @return the ranking
   */
  @Benchmark
  public Ranking<UnitScore> countyRanking() {
    return tracker.ranking(Level.COUNTY, YEAR);
  }

  /**
   * Ranks the counties for 2025 by hand.
   *
   * @return the places
   */
  @Benchmark
  public Object countyRankingBaseline() {
    return baseline.ranking(Level.COUNTY, YEAR);
  }

  // ---------------------------------------------------------------------------------------------
  // The check

  private void checkDashboard(Dashboard dashboard, CountyBaseline.Board board) {
    List<TargetResult> results = dashboard.getResults();
    if (results.size() != board.size()) {
      throw new IllegalStateException("Yilian has " + results.size() + " cells, the baseline " + board.size());
    }
    for (int i = 0; i < results.size(); i++) {
      String yilian = describe(results.get(i));
      String hand = describe(board, i);
      if (!yilian.equals(hand)) {
        throw new IllegalStateException("cell " + i + " differs:\n  Yilian:   " + yilian + "\n  baseline: " + hand);
      }
    }
    List<RegionFigure> figures = dashboard.getRegionFigures();
    if (figures.size() != board.figureTarget.length) {
      throw new IllegalStateException("Yilian has " + figures.size() + " figures, the baseline "
          + board.figureTarget.length);
    }
    for (int i = 0; i < figures.size(); i++) {
      RegionFigure figure = figures.get(i);
      String yilian = figure.getTarget().getId() + " " + value(figure.getValue());
      String hand = POLICY.getTargets().get(board.figureTarget[i]).getId() + " "
          + value(board.figureKind[i], board.figureNum[i], board.figureDen[i]);
      if (!yilian.equals(hand)) {
        throw new IllegalStateException("figure " + i + " differs:\n  Yilian:   " + yilian + "\n  baseline: " + hand);
      }
    }
  }

  private static void checkRanking(Ranking<UnitScore> ranking, CountyBaseline.Place[] places) {
    List<Ranked<UnitScore>> entries = ranking.getEntries();
    if (entries.size() != places.length) {
      throw new IllegalStateException("Yilian ranks " + entries.size() + " units, the baseline " + places.length);
    }
    for (int i = 0; i < places.length; i++) {
      Ranked<UnitScore> entry = entries.get(i);
      String yilian = entry.getRank() + " " + entry.getItem().getUnitId() + " " + entry.getItem().getMet() + "/"
          + entry.getItem().getApplicable();
      String hand = places[i].rank + " " + places[i].id + " " + places[i].met + "/" + places[i].applicable;
      if (!yilian.equals(hand)) {
        throw new IllegalStateException("place " + i + " differs: Yilian " + yilian + ", baseline " + hand);
      }
    }
  }

  private static String describe(TargetResult result) {
    StringJoiner periods = new StringJoiner("; ", "[", "]");
    for (PeriodResult p : result.getPeriods()) {
      periods.add(p.getPeriod().getStart() + "/" + p.getPeriod().getEnd() + (p.isEnded() ? " ended " : " running ")
          + p.getStatus().ordinal() + " " + value(p.getValue()) + " gap " + p.getGap());
    }
    return result.getRuleId() + " " + result.getUnit().getId() + " status " + result.getStatus().ordinal() + " "
        + value(result.getValue()) + " gap " + result.getGap() + " deadline " + result.getDeadline() + " period "
        + result.getPeriod().map(p -> p.getStart() + "/" + p.getEnd()).orElse("-") + " " + periods;
  }

  private String describe(CountyBaseline.Board board, int i) {
    StringJoiner periods = new StringJoiner("; ", "[", "]");
    for (int p = board.firstPeriod[i]; p < board.firstPeriod[i + 1]; p++) {
      periods.add(LocalDate.ofEpochDay(board.pStart[p]) + "/" + LocalDate.ofEpochDay(board.pEnd[p])
          + (board.pEnded[p] ? " ended " : " running ") + board.pStatus[p] + " "
          + value(board.pKind[p], board.pNum[p], board.pDen[p]) + " gap " + board.pGap[p]);
    }
    Target target = POLICY.getTargets().get(board.target[i]);
    boolean hasPeriod = board.periodStart[i] != Integer.MIN_VALUE;
    return target.getId() + " " + baseline.id(board.unit[i]) + " status " + board.status[i] + " "
        + value(board.kind[i], board.num[i], board.den[i]) + " gap " + board.gap[i] + " deadline "
        + LocalDate.ofEpochDay(board.deadline[i]) + " period "
        + (hasPeriod ? LocalDate.ofEpochDay(board.periodStart[i]) + "/" + LocalDate.ofEpochDay(board.periodEnd[i]) : "-")
        + " " + periods;
  }

  private static String value(Optional<Measured> value) {
    if (value.isEmpty()) {
      return "none";
    }
    Measured v = value.get();
    return switch (v.getKind()) {
      case SHARE -> "share " + v.getShare().getNumerator() + "/" + v.getShare().getDenominator();
      case COUNT -> "count " + v.getCount();
      case YES_NO -> v.isYes() ? "yes" : "no";
    };
  }

  private static String value(int kind, long num, long den) {
    return switch (kind) {
      case CountyBaseline.SHARE -> "share " + num + "/" + den;
      case CountyBaseline.COUNT -> "count " + num;
      case CountyBaseline.YES_NO -> num > 0 ? "yes" : "no";
      default -> "none";
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Running and printing the ratios

  /**
   * Runs this benchmark (JMH options as on JMH's command line, such as {@code -f 1 -wi 5 -i 10
   * -prof gc}) and prints, per scale, the ratio of Yilian to the baseline in time and in allocation.
   *
   * @param args JMH's command-line options
   * @throws CommandLineOptionException if an option is not JMH's
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws CommandLineOptionException, RunnerException {
    CommandLineOptions options = new CommandLineOptions(args);
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(options);
    if (options.getIncludes().isEmpty()) {
      builder.include(CountyBenchmark.class.getName() + "\\.");
    }
    Collection<RunResult> results = new Runner(builder.build()).run();
    Map<String, double[]> byName = new TreeMap<>();
    for (RunResult run : results) {
      String method = run.getParams().getBenchmark();
      method = method.substring(method.lastIndexOf('.') + 1);
      String key = method + " scale " + run.getParams().getParam("scale");
      double alloc = Double.NaN;
      double cpu = Double.NaN;
      for (Map.Entry<String, Result> secondary : run.getSecondaryResults().entrySet()) {
        if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
          alloc = secondary.getValue().getScore();
        } else if (secondary.getKey().endsWith("cpu.worker.norm")) {
          cpu = secondary.getValue().getScore();
        }
      }
      byName.put(key, new double[] {run.getPrimaryResult().getScore(), alloc, cpu});
    }
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, double[]> entry : byName.entrySet()) {
      String key = entry.getKey();
      if (key.contains("Baseline")) {
        continue;
      }
      double[] yilian = entry.getValue();
      double[] hand = byName.get(key.replace(" scale", "Baseline scale"));
      if (hand == null) {
        continue;
      }
      lines.add(String.format(Locale.ROOT, "%-26s Yilian %9.3f ms (CPU %9.3f ms) %10.3f MB | baseline %9.3f ms"
              + " (CPU %9.3f ms) %10.3f MB | ratio %5.2f× time, %5.2f× CPU time, %5.2f× allocation", key, yilian[0],
          yilian[2], yilian[1] / 1e6, hand[0], hand[2], hand[1] / 1e6, yilian[0] / hand[0], yilian[2] / hand[2],
          yilian[1] / hand[1]));
    }
    System.out.println();
    System.out.println("Yilian / hand-written baseline (allocation per operation needs -prof gc, CPU time -prof "
        + CpuTimeProfiler.class.getName() + "):");
    lines.forEach(System.out::println);
  }
}
