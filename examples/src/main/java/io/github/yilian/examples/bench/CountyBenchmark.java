package io.github.yilian.examples.bench;

import io.github.yilian.county.Dashboard;
import io.github.yilian.county.Level;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.UnitScore;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.common.Ranking;
import io.github.yilian.examples.SyntheticCountyRegion;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full dashboard (20 targets × every unit of their level) of a national-scale tree: 2,850
 * counties, each with a community, a lead hospital and 8 primary-care units, about 120,000 facts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CountyBenchmark {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private TargetTracker tracker;

  /** Builds the national-scale data and warms its indexes, outside the measurement. */
  @Setup
  public void setUp() {
    MonitoringData data = SyntheticCountyRegion.national();
    tracker = TargetTracker.of(XinjiangCountyTargets2023.policy(), data);
    tracker.dashboard(AS_OF);
  }

  /**
   * Computes the dashboard as of 2025-12-31.
   *
   * @return the dashboard
   */
  @Benchmark
  public Dashboard dashboard() {
    return tracker.dashboard(AS_OF);
  }

  /**
   * Ranks the 2,850 counties for 2025 (a dashboard and its scores).
   *
   * @return the ranking
   */
  @Benchmark
  public Ranking<UnitScore> countyRanking() {
    return tracker.ranking(Level.COUNTY, 2025);
  }
}
