package io.github.yilian.expert;

import static io.github.yilian.expert.ExpertGenerators.asOfDates;
import static io.github.yilian.expert.ExpertGenerators.logs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.yilian.common.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdjustmentLogProperties {

  /**
   * The oracle of the spec's rule: active on {@code day} when the latest appointment's term (moved on
   * by each reappointment) covers it and no withdrawal, dismissal or end of term came before it.
   */
  private static boolean activeByRule(AdjustmentLog log, String expert, LocalDate day) {
    LocalDate end = LocalDate.MIN;
    boolean closedBefore = false;
    for (AdjustmentEvent event : log.getEvents()) {
      if (!event.getExpert().equals(expert) || event.getDate().isAfter(day)) {
        continue;
      }
      switch (event.getType()) {
        case APPOINTED -> {
          end = log.getPolicy().termOfAppointment(log.getFounding().getTermStart(), event.getDate()).orElseThrow().getEnd();
          closedBefore = false;
        }
        case REAPPOINTED -> end = end.plusDays(1).plusYears(log.getPolicy().getTermYears()).minusDays(1);
        case WITHDREW, DISMISSED, TERM_ENDED -> closedBefore = event.getDate().isBefore(day);
        default -> {
          // moves and leadership do not change whether the expert serves
        }
      }
    }
    return !day.isAfter(end) && !closedBefore;
  }

  private static List<String> experts() {
    List<String> experts = new ArrayList<>();
    for (int i = 0; i < ExpertGenerators.EXPERTS; i++) {
      experts.add("e" + i);
    }
    return experts;
  }

  @Test
  void appendingOneByOneGivesTheSameStatesAsBuildingAtOnce() {
    qt().withExamples(100)
        .forAll(logs(), asOfDates())
        .checkAssert(
            (log, date) -> {
              AdjustmentLog atOnce = AdjustmentLog.of(log.getFounding(), log.getPolicy(), log.getEvents());
              assertThat(atOnce.stateOn(date)).isEqualTo(log.stateOn(date));
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

  @Test
  void laterEventsDoNotChangeEarlierStates() {
    qt().withExamples(100)
        .forAll(logs(), asOfDates())
        .checkAssert(
            (log, date) -> {
              List<AdjustmentEvent> upToDate = log.getEvents().stream().filter(e -> !e.getDate().isAfter(date)).toList();
              AdjustmentLog truncated = AdjustmentLog.of(log.getFounding(), log.getPolicy(), upToDate);
              assertThat(truncated.stateOn(date)).isEqualTo(log.stateOn(date));
            });
  }

  @Test
  void activeExactlyWhenAnAppointmentCoversTheDateAndNoClosingEventPrecedesIt() {
    qt().withExamples(100)
        .forAll(logs(), asOfDates())
        .checkAssert(
            (log, date) -> {
              GroupState state = log.stateOn(date);
              for (String expert : experts()) {
                assertThat(state.tenure(expert).orElseThrow().isActive()).as(expert).isEqualTo(activeByRule(log, expert, date));
              }
            });
  }

  @Test
  void daysServedAreTheActiveDaysCountedOneByOneAndNeverMoreThanSinceTheFirstAppointment() {
    qt().withExamples(100)
        .forAll(logs(), asOfDates())
        .checkAssert(
            (log, date) -> {
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
        .forAll(logs(), asOfDates())
        .checkAssert(
            (log, date) -> {
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
