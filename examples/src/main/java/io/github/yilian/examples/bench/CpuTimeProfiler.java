package io.github.yilian.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * A JMH profiler that reports the CPU time the benchmark's worker threads spent per operation
 * ({@code cpu.worker.norm}, in the benchmark's time unit per operation), beside the wall-clock score. On a shared machine the wall
 * clock also counts the time the worker waited for a core; its CPU time does not, so it is the
 * figure to compare when the load is high. GC and JIT threads are not counted (see
 * {@code -prof gc} for the allocation).
 *
 * <pre>
 * java -jar examples/target/benchmarks.jar CountyBenchmark -prof io.github.yilian.examples.bench.CpuTimeProfiler
 * </pre>
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private Map<Long, Long> before = Map.of();

  /** Creates the profiler (JMH calls this). */
  public CpuTimeProfiler() {
    if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
      threads.setThreadCpuTimeEnabled(true);
    }
  }

  @Override
  public String getDescription() {
    return "CPU time of the benchmark's worker threads per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = workerCpuTimes();
  }

  @Override
  public List<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    Map<Long, Long> after = workerCpuTimes();
    long nanos = 0;
    for (Map.Entry<Long, Long> entry : after.entrySet()) {
      nanos += entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
    }
    long ops = result.getMetadata().getAllOps();
    TimeUnit unit = benchmarkParams.getTimeUnit();
    double perOp = ops == 0 ? Double.NaN : nanos / (double) unit.toNanos(1) / ops;
    return List.of(new ScalarResult("cpu.worker.norm", perOp, TimeValue.tuToString(unit) + "/op", AggregationPolicy.AVG));
  }

  /** The CPU time of each live JMH worker thread, by thread id. */
  private Map<Long, Long> workerCpuTimes() {
    Map<Long, Long> times = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains("jmh-worker")) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        if (cpu >= 0) {
          times.put(info.getThreadId(), cpu);
        }
      }
    }
    return times;
  }
}
