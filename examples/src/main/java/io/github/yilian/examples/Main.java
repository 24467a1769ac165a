package io.github.yilian.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo program: runs every seed scenario and prints what the library computes for it.
 *
 * <p>Run it with {@code mvn -q -pl examples -am compile exec:java}.
 */
public final class Main {

  /** Keeps Hibernate Validator's start-up banner out of the demo's output. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private Main() {}

  /**
   * Runs the scenarios in the order of the seeds (000 to 003).
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    // examples depends on yilian-excel, so Apache POI's Log4j API is on the class path and Hibernate
    // Validator's logging goes through it: without a provider it would print an error line
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("org.apache.logging.log4j.simplelog.level", "WARN");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    CommonTour.run(out);
    ExpertScenario.run(out);
    PilotScenario.run(out);
    CountyScenario.run(out);
    AllianceScenario.run(out);
  }
}
