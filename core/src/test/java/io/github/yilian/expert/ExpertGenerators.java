package io.github.yilian.expert;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code expert} types, so every property builds them one way. They
 * reach the edges of the supported range: dates from 1900 to 2200, 29 February starts (1904 … 2196,
 * and 2000), the common century years 1900 and 2100, and the last supported day.
 */
final class ExpertGenerators {

  static final int EXPERTS = 5;
  static final int TEAMS = 3;
  private static final int MAX_GAP_DAYS = 200;
  /** The latest term start of a generated log: its events (up to 40 gaps of 200 days) stay supported. */
  private static final LocalDate LATEST_LOG_START = LocalDate.of(2178, 12, 31);
  private static final EventType[] WEIGHTED_TYPES = {
    EventType.APPOINTED, EventType.APPOINTED, EventType.APPOINTED, EventType.REAPPOINTED, EventType.MOVED,
    EventType.MADE_LEADER, EventType.WITHDREW, EventType.DISMISSED, EventType.TERM_ENDED, EventType.MOVED,
    EventType.REAPPOINTED
  };

  private ExpertGenerators() {}

  /**
   * Dates from {@code first} to {@code last}, and often one of the edge days between them: 29
   * February of a leap year (2000 included), 28 February of 1900 and 2100, the first and the last day.
   */
  static Gen<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    long span = ChronoUnit.DAYS.between(first, last);
    Gen<LocalDate> any = integers().between(0, (int) span).map(first::plusDays);
    Gen<LocalDate> leapDays =
        integers().between(first.getYear() / 4 + 1, last.getYear() / 4).map(q -> 4 * q)
            .map(year -> LocalDate.of(year, 2, year % 100 == 0 && year % 400 != 0 ? 28 : 29))
            .map(day -> day.isBefore(first) ? first : day.isAfter(last) ? last : day);
    Gen<LocalDate> ends = Generate.pick(List.of(first, last));
    return any.mix(leapDays, 40).mix(ends, 10);
  }

  /**
   * Term starts from 1900-01-01 to 2190-12-31, so ten years of terms stay within the supported dates.
   *
   * @return a generator of dates
   */
  static Gen<LocalDate> termStarts() {
    return datesBetween(SupportedRange.MIN_DATE, LocalDate.of(2190, 12, 31));
  }

  /**
   * Term policies of 1 to {@code maxYears} years, either kind, windows of 0 to 120 days.
   *
   * @param maxYears the longest term
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
   * Valid adjustment logs of up to 40 events over up to twenty years, with every kind of event
   * (reappointments both in the term and on the next term's first day), under policies of 1 to 3
   * years, for groups whose first term starts anywhere from 1900 to 2178, often on 29 February.
   *
   * @return a generator of logs
   */
  static Gen<AdjustmentLog> logs() {
    return datesBetween(SupportedRange.MIN_DATE, LATEST_LOG_START)
        .zip(termPolicies(3), lists().of(integers().allPositive()).ofSizeBetween(0, 40), ExpertGenerators::log);
  }

  /**
   * Numbers of days to add to a log's first term start for an as-of date ({@link #asOf}).
   *
   * @return a generator of offsets from -30 to 8,500 days
   */
  static Gen<Integer> asOfOffsets() {
    return integers().between(-30, 8_500);
  }

  /** The as-of date {@code offset} days after the log's first term start, kept within the supported dates. */
  static LocalDate asOf(AdjustmentLog log, int offset) {
    LocalDate date = log.getFounding().getTermStart().plusDays(offset);
    return date.isBefore(SupportedRange.MIN_DATE) ? SupportedRange.MIN_DATE : date.isAfter(SupportedRange.MAX_DATE) ? SupportedRange.MAX_DATE : date;
  }

  /** Decodes each number into a candidate event and keeps the candidates that are valid where they fall. */
  static AdjustmentLog log(LocalDate start, TermPolicy policy, List<Integer> codes) {
    AdjustmentLog log = AdjustmentLog.of(founding(start), policy, List.of());
    LocalDate date = start;
    for (int code : codes) {
      LocalDate day = date.plusDays(code % MAX_GAP_DAYS);
      if (day.isAfter(SupportedRange.MAX_DATE)) {
        break;
      }
      AdjustmentEvent event = candidate(log, day, code / MAX_GAP_DAYS);
      if (event.getDate().isAfter(SupportedRange.MAX_DATE)) {
        continue;
      }
      try {
        log = log.append(event);
        date = event.getDate();
      } catch (InvalidEventException notValidHere) {
        // the candidate cannot follow the log: leave it out
      }
    }
    return log;
  }

  /** Decodes a number into an event on or after {@code day} (possibly invalid where it falls). */
  static AdjustmentEvent candidate(AdjustmentLog log, LocalDate day, int rest) {
    String expert = "e" + rest % EXPERTS;
    String team = "t" + rest / EXPERTS % TEAMS;
    EventType type = WEIGHTED_TYPES[rest / (EXPERTS * TEAMS) % WEIGHTED_TYPES.length];
    boolean onTermEnd = rest / (EXPERTS * TEAMS * WEIGHTED_TYPES.length) % 2 == 0;
    boolean needsTermEnd = type == EventType.TERM_ENDED || type == EventType.REAPPOINTED && onTermEnd;
    LocalDate termEnd = needsTermEnd ? log.tenure(expert, day).getTerm().map(term -> term.getEnd()).orElse(day) : day;
    return switch (type) {
      case APPOINTED -> AdjustmentEvent.appointed(day, expert, team);
      case MOVED -> AdjustmentEvent.moved(day, expert, team);
      case DISMISSED -> AdjustmentEvent.dismissed(day, expert, BilingualText.of("考核不合格", "failed the assessment"));
      case TERM_ENDED -> AdjustmentEvent.termEnded(termEnd, expert);
      case REAPPOINTED ->
          AdjustmentEvent.reappointed(onTermEnd && termEnd.isBefore(SupportedRange.MAX_DATE) ? termEnd.plusDays(1) : day, expert);
      case MADE_LEADER -> AdjustmentEvent.madeLeader(day, expert);
      case WITHDREW -> AdjustmentEvent.withdrew(day, expert);
    };
  }
}
