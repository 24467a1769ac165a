package io.github.yilian.examples.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Measures the ratios a benchmark class declares (as {@link BenchmarkRatios} reads them) in
 * alternating rounds: the numerator, then the denominator, each in a short JMH run of its own, round
 * after round; then prints the median of the rounds' ratios and their range.
 *
 * <p>On a shared machine whose speed drifts over tens of seconds, two benchmarks measured one after
 * the other in one JMH run may see different machines. The two runs of a round are seconds apart,
 * and the median of several rounds leaves out the rounds a neighbour disturbed. Run it from the
 * shaded jar, with the class's simple name, the number of rounds, an optional pattern the
 * numerator's name must contain, and JMH's options for each run:
 *
 * <pre>{@code
 * java -cp examples/target/benchmarks.jar io.github.yilian.examples.bench.AlternatingRatios \
 *     AllianceBenchmark 5 haikou -wi 5 -i 5
 * }</pre>
 */
public final class AlternatingRatios {

  private AlternatingRatios() {}

  /**
   * Runs the rounds and prints the ratios.
   *
   * @param args the class's simple name, the number of rounds, optionally a pattern for the
   *     numerators (any argument not starting with {@code -}), then JMH's options; a usage line and
   *     exit status 2 if the class or the rounds are missing or wrong
   * @throws CommandLineOptionException if JMH cannot read its options
   * @throws RunnerException if a benchmark fails
   */
  public static void main(String[] args) throws CommandLineOptionException, RunnerException {
    if (args.length < 2 || !args[1].matches("[1-9][0-9]*")) {
      System.err.println("usage: AlternatingRatios <benchmark class, such as AllianceBenchmark> <rounds, 1 or more>"
          + " [part of the numerators' names] [JMH options]");
      System.exit(2);
    }
    Class<?> type;
    try {
      type = Class.forName(AlternatingRatios.class.getPackageName() + "." + args[0]);
    } catch (ClassNotFoundException e) {
      System.err.println("no benchmark class " + args[0] + " in " + AlternatingRatios.class.getPackageName());
      System.exit(2);
      return;
    }
    int rounds = Integer.parseInt(args[1]);
    boolean filtered = args.length > 2 && !args[2].startsWith("-");
    String numerators = filtered ? args[2] : "";
    Options jmh = new CommandLineOptions(Arrays.copyOfRange(args, filtered ? 3 : 2, args.length));
    for (String[] ratio : BenchmarkRatios.ratios(type)) {
      if (!ratio[0].contains(numerators)) {
        continue;
      }
      double[] ratios = new double[rounds];
      StringBuilder each = new StringBuilder();
      for (int round = 0; round < rounds; round++) {
        double top = score(jmh, type, ratio[0]);
        double bottom = score(jmh, type, ratio[1]);
        ratios[round] = top / bottom;
        each.append(String.format(Locale.ROOT, " %.3g/%.3g", top, bottom));
      }
      Arrays.sort(ratios);
      System.out.printf(Locale.ROOT, "%s.%s / %s: median %.2f× over %d rounds (%.2f× to %.2f×), aim %s;%s%n",
          type.getSimpleName(), ratio[0], ratio[1], median(ratios), rounds, ratios[0], ratios[rounds - 1], ratio[2], each);
    }
  }

  /** The mean time per operation of one short run of one benchmark, in one fork. */
  private static double score(Options jmh, Class<?> type, String method) throws RunnerException {
    Options options = new OptionsBuilder()
        .parent(jmh)
        .include("^" + Pattern.quote(type.getName() + "." + method) + "$")
        .forks(1)
        .verbosity(VerboseMode.SILENT)
        .build();
    RunResult result = new Runner(options).runSingle();
    return result.getPrimaryResult().getScore();
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
