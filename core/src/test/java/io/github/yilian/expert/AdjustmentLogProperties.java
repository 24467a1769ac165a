package io.github.yilian.expert;

import static io.github.yilian.expert.ExpertGenerators.asOf;
import static io.github.yilian.expert.ExpertGenerators.asOfOffsets;
import static io.github.yilian.expert.ExpertGenerators.logs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdjustmentLogProperties {

  /**
   * The oracle of the spec's rule, from the events alone: the last day of the service that covers
   * {@code day}, the latest appointment's term moved on by each reappointment dated on or before
   * {@code day}.
   */
  private static LocalDate endByRule(AdjustmentLog log, String expert, LocalDate day) {
    LocalDate end = LocalDate.MIN;
    for (AdjustmentEvent event : log.getEvents()) {
      if (!event.getExpert().equals(expert) || event.getDate().isAfter(day)) {
        continue;
      }
      if (event.getType() == EventType.APPOINTED) {
        end = log.getPolicy().termOfAppointment(log.getFounding().getTermStart(), event.getDate()).orElseThrow().getEnd();
      } else if (event.getType() == EventType.REAPPOINTED) {
        end = end.plusDays(1).plusYears(log.getPolicy().getTermYears()).minusDays(1);
      }
    }
    return end;
  }

  /** Whether a withdrawal, dismissal or end of term of the expert's current service is dated before {@code day}. */
  private static boolean closedBefore(AdjustmentLog log, String expert, LocalDate day, boolean onTheDayToo) {
    boolean closed = false;
    for (AdjustmentEvent event : log.getEvents()) {
      if (!event.getExpert().equals(expert) || event.getDate().isAfter(day)) {
        continue;
      }
      if (event.getType() == EventType.APPOINTED) {
        closed = false;
      } else if (event.getType().endsService()) {
        closed = event.getDate().isBefore(day) || onTheDayToo;
      }
    }
    return closed;
  }

  /**
   * Active on {@code day} when the latest appointment's term (moved on by each reappointment) covers
   * it and no withdrawal, dismissal or end of term came before it.
   */
  private static boolean activeByRule(AdjustmentLog log, String expert, LocalDate day) {
    return !day.isAfter(endByRule(log, expert, day)) && !closedBefore(log, expert, day, false);
  }

  private static List<String> experts() {
    List<String> experts = new ArrayList<>();
    for (int i = 0; i < ExpertGenerators.EXPERTS; i++) {
      experts.add("e" + i);
    }
    return experts;
  }

  private static AdjustmentLog prefix(AdjustmentLog log, int length) {
    return AdjustmentLog.of(log.getFounding(), log.getPolicy(), log.getEvents().subList(0, length));
  }

  @Test
  void appendingOneByOneGivesTheSameStatesAsBuildingAtOnce() {
    qt().withExamples(100)
        .forAll(logs(), asOfOffsets())
        .checkAssert(
            (log, offset) -> {
              AdjustmentLog atOnce = AdjustmentLog.of(log.getFounding(), log.getPolicy(), log.getEvents());
              assertThat(atOnce.stateOn(asOf(log, offset))).isEqualTo(log.stateOn(asOf(log, offset)));
            });
  }

  @Test
  void checkFindsNothingInAValidLogAndTheEventsLeftOutOfAnInvalidOne() {
    qt().withExamples(100)
        .forAll(logs())
        .checkAssert(
            log -> {
              assertThat(AdjustmentLog.check(log.getFounding(), log.getPolicy(), log.getEvents())).isEmpty();
              List<AdjustmentEvent> reversed = new ArrayList<>(log.getEvents());
              Collections.reverse(reversed);
              // valid events of the reversed log all fall on one date: every other date's events are left out
              long otherDates = Math.max(0, log.getEvents().stream().map(AdjustmentEvent::getDate).distinct().count() - 1);
              assertThat((long) AdjustmentLog.check(log.getFounding(), log.getPolicy(), reversed).size()).isGreaterThanOrEqualTo(otherDates);
            });
  }

  /**
   * A rejected event leaves the state exactly as it was (issue 11): an event that cannot follow a
   * valid prefix of a log, slipped in after it, is the only finding of {@link AdjustmentLog#check},
   * and the rest of the log replays after it to the very same state as without it.
   */
  @Test
  void rejectedEventLeavesTheStateExactlyAsItWas() {
    qt().withExamples(200)
        .forAll(logs(), integers().between(0, 40), integers().allPositive(), integers().between(0, 199))
        .checkAssert(
            (log, cut, code, gap) -> {
              List<AdjustmentEvent> events = log.getEvents();
              int at = Math.min(cut, events.size());
              AdjustmentLog before = prefix(log, at);
              LocalDate earliest = at == 0 ? log.getFounding().getTermStart() : events.get(at - 1).getDate();
              LocalDate latest = at == events.size() ? SupportedRange.MAX_DATE : events.get(at).getDate();
              LocalDate day = earliest.plusDays(gap).isAfter(latest) ? latest : earliest.plusDays(gap);
              AdjustmentEvent candidate = ExpertGenerators.candidate(before, day, code);
              if (candidate.getDate().isAfter(latest)) {
                return;
              }
              Replay replay = new Replay(log.getFounding(), log.getPolicy());
              for (int i = 0; i < at; i++) {
                replay.apply(events.get(i), i);
              }
              try {
                replay.apply(candidate, at);
                return; // accepted: nothing to check here
              } catch (InvalidEventException rejected) {
                // the state must be as it was: the rest of the log follows as if the candidate never came
              }
              for (int i = at; i < events.size(); i++) {
                AdjustmentEvent next = events.get(i);
                int index = i + 1;
                assertThatCode(() -> replay.apply(next, index)).doesNotThrowAnyException();
              }
              LocalDate asOf = events.isEmpty() ? day : events.get(events.size() - 1).getDate();
              asOf = asOf.isBefore(day) ? day : asOf;
              assertThat(replay.stateOn(asOf)).isEqualTo(log.stateOn(asOf));

              List<AdjustmentEvent> withCandidate = new ArrayList<>(events);
              withCandidate.add(at, candidate);
              List<Finding> findings = AdjustmentLog.check(log.getFounding(), log.getPolicy(), withCandidate);
              assertThat(findings).singleElement().satisfies(f -> assertThat(f.getSubject()).isEqualTo(candidate.getExpert()));
            });
  }

  @Test
  void laterEventsDoNotChangeEarlierStates() {
    qt().withExamples(100)
        .forAll(logs(), asOfOffsets())
        .checkAssert(
            (log, offset) -> {
              LocalDate date = asOf(log, offset);
              List<AdjustmentEvent> upToDate = log.getEvents().stream().filter(e -> !e.getDate().isAfter(date)).toList();
              AdjustmentLog truncated = AdjustmentLog.of(log.getFounding(), log.getPolicy(), upToDate);
              assertThat(truncated.stateOn(date)).isEqualTo(log.stateOn(date));
            });
  }

  @Test
  void activeExactlyWhenAnAppointmentCoversTheDateAndNoClosingEventPrecedesIt() {
    qt().withExamples(100)
        .forAll(logs(), asOfOffsets())
        .checkAssert(
            (log, offset) -> {
              LocalDate date = asOf(log, offset);
              GroupState state = log.stateOn(date);
              for (String expert : experts()) {
                assertThat(state.tenure(expert).orElseThrow().isActive()).as(expert).isEqualTo(activeByRule(log, expert, date));
              }
            });
  }

  /**
   * An end event's date is the last day the expert is active (issue 10): with the log up to a
   * withdrawal, dismissal or end of term, the expert is active on its date, with that date as the last
   * day served and 1 day remaining, and inactive the day after.
   */
  @Test
  void endEventsDateIsTheLastDayTheExpertIsActive() {
    qt().withExamples(100)
        .forAll(logs())
        .checkAssert(
            log -> {
              List<AdjustmentEvent> events = log.getEvents();
              for (int i = 0; i < events.size(); i++) {
                AdjustmentEvent event = events.get(i);
                if (!event.getType().endsService()) {
                  continue;
                }
                AdjustmentLog upToIt = prefix(log, i + 1);
                LocalDate last = event.getDate();
                Tenure onLastDay = upToIt.tenure(event.getExpert(), last);
                assertThat(onLastDay.isActive()).as(event.toString()).isTrue();
                assertThat(onLastDay.getLastDayServed()).contains(last);
                assertThat(onLastDay.getDaysRemaining()).isEqualTo(1);
                if (last.isBefore(SupportedRange.MAX_DATE)) {
                  Tenure dayAfter = upToIt.tenure(event.getExpert(), last.plusDays(1));
                  assertThat(dayAfter.isActive()).as(event.toString()).isFalse();
                  assertThat(dayAfter.getLastDayServed()).contains(last);
                }
              }
            });
  }

  /**
   * A start event's date is the first day of the new state (issue 10): with the log up to an
   * appointment, a move, a new leader or a reappointment, the new team, role or next term holds on
   * the event's own date.
   */
  @Test
  void startEventsDateIsTheFirstDayOfTheNewState() {
    qt().withExamples(100)
        .forAll(logs())
        .checkAssert(
            log -> {
              List<AdjustmentEvent> events = log.getEvents();
              for (int i = 0; i < events.size(); i++) {
                AdjustmentEvent event = events.get(i);
                if (event.getType().endsService()) {
                  continue;
                }
                Tenure tenure = prefix(log, i + 1).tenure(event.getExpert(), event.getDate());
                assertThat(tenure.isActive()).as(event.toString()).isTrue();
                switch (event.getType()) {
                  case APPOINTED, MOVED -> {
                    assertThat(tenure.getTeam()).as(event.toString()).isEqualTo(event.getTeam());
                    assertThat(tenure.getRole()).contains(Role.MEMBER);
                    assertThat(tenure.getHistory().get(tenure.getHistory().size() - 1).getPeriod().getStart()).isEqualTo(event.getDate());
                  }
                  case MADE_LEADER -> {
                    assertThat(tenure.getRole()).as(event.toString()).contains(Role.LEADER);
                    assertThat(tenure.getHistory().get(tenure.getHistory().size() - 1).getPeriod().getStart()).isEqualTo(event.getDate());
                  }
                  default -> assertThat(tenure.isDueForReview()).as(event.toString()).isFalse();
                }
              }
            });
  }

  /**
   * Due for reappointment review exactly when active, not leaving, in the last term lined up, and the
   * term's last day is at most the window after the date; an ended or never appointed expert never is.
   */
  @Test
  void dueForReviewExactlyInTheWindowBeforeTheLastTermEnds() {
    qt().withExamples(100)
        .forAll(logs(), asOfOffsets())
        .checkAssert(
            (log, offset) -> {
              LocalDate date = asOf(log, offset);
              for (Tenure tenure : log.stateOn(date).getTenures()) {
                String expert = tenure.getExpert();
                boolean expected =
                    activeByRule(log, expert, date)
                        && !closedBefore(log, expert, date, true)
                        && tenure.getTerm().orElseThrow().getEnd().equals(endByRule(log, expert, date))
                        && ChronoUnit.DAYS.between(date, endByRule(log, expert, date)) <= log.getPolicy().getReviewWindowDays();
                assertThat(tenure.isDueForReview()).as(tenure.toString()).isEqualTo(expected);
                if (!tenure.isActive()) {
                  assertThat(tenure.isDueForReview()).isFalse();
                  assertThat(tenure.getDaysRemaining()).isZero();
                }
              }
            });
  }

  @Test
  void daysServedAreTheActiveDaysCountedOneByOneAndNeverMoreThanSinceTheFirstAppointment() {
    qt().withExamples(60)
        .forAll(logs(), asOfOffsets())
        .checkAssert(
            (log, offset) -> {
              LocalDate date = asOf(log, offset);
              GroupState state = log.stateOn(date);
              for (String expert : experts()) {
                Tenure tenure = state.tenure(expert).orElseThrow();
                LocalDate first =
                    log.getEvents().stream().filter(e -> e.getExpert().equals(expert)).map(AdjustmentEvent::getDate).findFirst().orElse(date.plusDays(1));
                long activeDays =
                    first.isAfter(date) ? 0 : first.datesUntil(date.plusDays(1)).filter(day -> activeByRule(log, expert, day)).count();
                assertThat(tenure.getDaysServed()).as(expert).isEqualTo(activeDays);
                assertThat(tenure.getDaysServed()).isLessThanOrEqualTo(Math.max(0, ChronoUnit.DAYS.between(first, date) + 1));
              }
            });
  }

  @Test
  void teamsTermsAndHistoryOfTheStateAgreeWithTheTenures() {
    qt().withExamples(100)
        .forAll(logs(), asOfOffsets())
        .checkAssert(
            (log, offset) -> {
              LocalDate date = asOf(log, offset);
              GroupState state = log.stateOn(date);
              for (Tenure tenure : state.getTenures()) {
                boolean member =
                    state.getGroup().getTeams().stream().anyMatch(team -> team.getMembers().contains(tenure.getExpert()));
                assertThat(member).isEqualTo(tenure.isActive());
                tenure.getTeam().ifPresent(
                    team -> {
                      boolean leads = state.getGroup().findTeam(team).orElseThrow().getLeader().filter(tenure.getExpert()::equals).isPresent();
                      assertThat(leads).isEqualTo(tenure.getRole().orElseThrow() == Role.LEADER);
                    });
                tenure.getTerm().ifPresent(term -> assertThat(term.contains(date)).isTrue());
                assertThat(tenure.getDaysRemaining()).isBetween(tenure.isActive() ? 1L : 0L, tenure.getTerm().map(DateRange::lengthInDays).orElse(0L));
                assertThat(tenure.getHistory().stream().mapToLong(p -> p.getPeriod().lengthInDays()).sum()).isEqualTo(tenure.getDaysServed());
              }
            });
  }
}
