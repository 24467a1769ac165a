package io.github.yilian.examples;

import io.github.yilian.report.HtmlReport;
import io.github.yilian.report.ReportSection;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo program: runs every seed scenario, prints what the library computes for it, and writes
 * the four capabilities' results as one HTML report, {@code examples/target/yilian-report.html}.
 *
 * <p>Run it with {@code mvn -q -pl examples -am compile exec:java}; add
 * {@code -Dexec.args="--lang en"} for a report that opens in English.
 */
public final class Main {

  /** Keeps Hibernate Validator's start-up banner out of the demo's output. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  /** The report's file name, under examples/target/. */
  static final String REPORT = "yilian-report.html";

  private Main() {}

  /**
   * Runs the scenarios in the order of the seeds (000 to 003) and writes the report.
   *
   * @param args {@code --lang zh} (the default) or {@code --lang en}: the language the report opens in
   * @throws IOException if the report cannot be written
   * @throws IllegalArgumentException for any other argument
   */
  public static void main(String[] args) throws IOException {
    Locale language = language(args);
    VALIDATOR_LOG.setLevel(Level.WARNING);
    // examples depends on yilian-excel, so Apache POI's Log4j API is on the class path and Hibernate
    // Validator's logging goes through it: without a provider it would print an error line
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("org.apache.logging.log4j.simplelog.level", "WARN");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<ReportSection> sections = sections(out);
    Path file = HtmlReport.combined(sections).withLanguage(language).write(targetDirectory().resolve(REPORT));
    out.printf("HTML report of the four capabilities written to / 报告已写入: %s%n", file);
  }

  /**
   * Runs the scenarios, printing to {@code out}, and returns their parts of the report in the
   * report's order: county, alliance, pilot, expert.
   *
   * @param out where the scenarios print
   * @return the parts
   */
  static List<ReportSection> sections(PrintStream out) {
    CommonTour.run(out);
    ReportSection expert = ExpertScenario.run(out);
    ReportSection pilot = PilotScenario.run(out);
    ReportSection county = CountyScenario.run(out);
    ReportSection alliance = AllianceScenario.run(out);
    return new ArrayList<>(List.of(county, alliance, pilot, expert));
  }

  static Locale language(String[] args) {
    Locale language = Locale.SIMPLIFIED_CHINESE;
    for (int i = 0; i < args.length; i++) {
      String value;
      if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      } else if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i] + ": use --lang zh or --lang en");
      }
      language = switch (value) {
        case "zh" -> Locale.SIMPLIFIED_CHINESE;
        case "en" -> Locale.ENGLISH;
        default -> throw new IllegalArgumentException("--lang must be zh or en: " + value);
      };
    }
    return language;
  }

  /** The directory of the build's output, examples/target/, next to the compiled classes. */
  static Path targetDirectory() {
    try {
      return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
