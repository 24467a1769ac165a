package io.github.yilian.expert;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.CommonGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the {@code expert} types, so every property builds them one way. */
final class ExpertGenerators {

  static final int EXPERTS = 5;
  static final int TEAMS = 3;
  private static final int MAX_GAP_DAYS = 200;
  private static final EventType[] WEIGHTED_TYPES = {
    EventType.APPOINTED, EventType.APPOINTED, EventType.APPOINTED, EventType.REAPPOINTED, EventType.MOVED,
    EventType.MADE_LEADER, EventType.WITHDREW, EventType.DISMISSED, EventType.TERM_ENDED, EventType.MOVED
  };

  private ExpertGenerators() {}

  /**
   * Term starts: any date from 2000 on, and often a 29 February.
   *
   * @return a generator of dates
   */
  static Gen<LocalDate> termStarts() {
    return CommonGenerators.dates().mix(integers().between(0, 12).map(i -> LocalDate.of(2000 + 4 * i, 2, 29)), 40);
  }

  /**
   * Term policies of 1 to 5 years, either kind, windows of 0 to 120 days.
   *
   * @return a generator of policies
   */
  static Gen<TermPolicy> termPolicies(int maxYears) {
    return integers()
        .between(1, maxYears)
        .zip(
            Generate.enumValues(TermKind.class),
            integers().between(0, 120),
            (years, kind, window) -> TermPolicy.builder().termYears(years).kind(kind).reviewWindowDays(window).build());
  }

  /** A founding group of {@value #EXPERTS} experts and {@value #TEAMS} empty teams whose first term starts on {@code start}. */
  static ExpertGroup founding(LocalDate start) {
    List<Expert> roster =
        IntStream.range(0, EXPERTS).mapToObj(i -> Fixtures.expert("e" + i, Sector.values()[i], i % 2 == 0)).toList();
    List<ExpertTeam> teams =
        IntStream.range(0, TEAMS)
            .mapToObj(i -> ExpertTeam.builder().id("t" + i).name(BilingualText.of("小组" + i, "team " + i)).provinces(Set.of(Province.values()[i])).build())
            .toList();
    return Fixtures.group(roster, teams).termStart(start).build();
  }

  /**
   * Valid adjustment logs of up to 40 events over about ten years, with every kind of event, under
   * policies of 1 to 3 years, for groups starting on 1 January 2022 or 29 February 2024.
   *
   * @return a generator of logs
   */
  static Gen<AdjustmentLog> logs() {
    return Generate.pick(List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 2, 29)))
        .zip(termPolicies(3), lists().of(integers().allPositive()).ofSizeBetween(0, 40), ExpertGenerators::log);
  }

  /** Decodes each number into a candidate event and keeps the candidates that are valid where they fall. */
  private static AdjustmentLog log(LocalDate start, TermPolicy policy, List<Integer> codes) {
    AdjustmentLog log = AdjustmentLog.of(founding(start), policy, List.of());
    LocalDate date = start;
    for (int code : codes) {
      LocalDate day = date.plusDays(code % MAX_GAP_DAYS);
      int rest = code / MAX_GAP_DAYS;
      String expert = "e" + rest % EXPERTS;
      String team = "t" + rest / EXPERTS % TEAMS;
      EventType type = WEIGHTED_TYPES[rest / (EXPERTS * TEAMS) % WEIGHTED_TYPES.length];
      AdjustmentEvent event = candidate(log, type, day, expert, team);
      try {
        log = log.append(event);
        date = event.getDate();
      } catch (InvalidEventException notValidHere) {
        // the candidate cannot follow the log: leave it out
      }
    }
    return log;
  }

  private static AdjustmentEvent candidate(AdjustmentLog log, EventType type, LocalDate day, String expert, String team) {
    return switch (type) {
      case APPOINTED -> AdjustmentEvent.appointed(day, expert, team);
      case MOVED -> AdjustmentEvent.moved(day, expert, team);
      case DISMISSED -> AdjustmentEvent.dismissed(day, expert, BilingualText.of("考核不合格", "failed the assessment"));
      case TERM_ENDED ->
          AdjustmentEvent.of(type, log.tenure(expert, day).getTerm().map(term -> term.getEnd()).orElse(day), expert);
      default -> AdjustmentEvent.of(type, day, expert);
    };
  }

  /**
   * Dates from a little before 2022 to about 2037.
   *
   * @return a generator of as-of dates
   */
  static Gen<LocalDate> asOfDates() {
    return integers().between(-30, 5_500).map(LocalDate.of(2022, 1, 1)::plusDays);
  }
}
