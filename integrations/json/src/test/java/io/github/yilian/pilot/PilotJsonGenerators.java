package io.github.yilian.pilot;

import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * Generators of the {@code pilot} models and results for the JSON round-trip properties, built on
 * {@link PilotGenerators}: programmes, records, and what a schedule makes of them.
 */
public final class PilotJsonGenerators {

  private PilotJsonGenerators() {}

  /**
   * Collaboration programmes with every parameter random.
   *
   * @return a generator of programmes
   */
  public static Gen<CollaborationProgramme> programmes() {
    return longs().all().map(seed -> PilotGenerators.programme(new SplittableRandom(seed)));
  }

  /**
   * Group records of up to 24 activities and 12 documents.
   *
   * @return a generator of records
   */
  public static Gen<GroupRecord> records() {
    return PilotGenerators.scenarios().map(PilotGenerators.Scenario::record);
  }

  /**
   * A record's compliance as of a date.
   *
   * @return a generator of compliance results
   */
  public static Gen<GroupCompliance> compliance() {
    return PilotGenerators.scenarios().map(s -> s.schedule().compliance(s.record(), s.date()));
  }

  /**
   * A record's obligations up to a date.
   *
   * @return a generator of obligation lists
   */
  public static Gen<List<ObligationInstance>> obligations() {
    return PilotGenerators.scenarios().map(s -> s.schedule().obligations(s.record(), s.date()));
  }

  /**
   * The next host a schedule suggests.
   *
   * @return a generator of suggestions
   */
  public static Gen<HostSuggestion> hostSuggestions() {
    return PilotGenerators.scenarios().map(s -> s.schedule().nextHost(s.record(), s.date()));
  }
}
