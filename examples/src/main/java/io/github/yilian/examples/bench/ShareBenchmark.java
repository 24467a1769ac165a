package io.github.yilian.examples.bench;

import io.github.yilian.common.Share;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Exact share comparison and gap: the inner loop of every target check. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ShareBenchmark {

  private final Share share = Share.of(899, 1000);
  private final Share threshold = Share.percent("90");
  private final Share huge = Share.of(Long.MAX_VALUE - 2, Long.MAX_VALUE - 1);

  /**
   * Compares a share with a threshold.
   *
   * @return whether it meets it
   */
  @Benchmark
  public boolean meets() {
    return share.meets(threshold);
  }

  /**
   * Compares two shares whose products need 128 bits.
   *
   * @return whether it meets it
   */
  @Benchmark
  public boolean meetsHuge() {
    return huge.meets(threshold);
  }

  /**
   * Counts the units a share lacks.
   *
   * @return the units needed
   */
  @Benchmark
  public long unitsNeeded() {
    return share.unitsNeeded(threshold);
  }
}
