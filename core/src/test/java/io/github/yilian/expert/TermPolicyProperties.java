package io.github.yilian.expert;

import static io.github.yilian.expert.ExpertGenerators.termPolicies;
import static io.github.yilian.expert.ExpertGenerators.termStarts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class TermPolicyProperties {

  /**
   * The oracle: walks day by day from the start to the first day of the term's last year that is on
   * or after the start's month and day (29 February counts as the 28th in a common year); the term
   * ends the day before.
   */
  private static LocalDate lastDayByWalking(LocalDate start, int years) {
    int endYear = start.getYear() + years;
    LocalDate day = start;
    while (true) {
      LocalDate next = day.plusDays(1);
      boolean anniversary =
          next.getYear() == endYear
              && (next.getMonthValue() > start.getMonthValue()
                  || next.getMonthValue() == start.getMonthValue()
                      && next.getDayOfMonth() >= Math.min(start.getDayOfMonth(), next.lengthOfMonth()));
      if (anniversary) {
        return day;
      }
      day = next;
    }
  }

  @Test
  void lastDayOfATermMatchesADayByDayWalk() {
    qt().forAll(termStarts(), termPolicies(5))
        .checkAssert(
            (start, policy) -> {
              DateRange term = policy.termStartingOn(start);
              assertThat(term.getEnd()).isEqualTo(lastDayByWalking(start, policy.getTermYears()));
              assertThat(term.getEnd()).isEqualTo(start.plusYears(policy.getTermYears()).minusDays(1));
            });
  }

  @Test
  void cohortTermsCoverEveryDayOnceBackToBack() {
    qt().withExamples(100)
        .forAll(termStarts(), termPolicies(3))
        .checkAssert(
            (start, policy) -> {
              DateRange current = policy.termStartingOn(start);
              for (LocalDate day = start; day.isBefore(start.plusYears(10)); day = day.plusDays(1)) {
                if (day.isAfter(current.getEnd())) {
                  assertThat(day).isEqualTo(current.getEnd().plusDays(1));
                  current = policy.nextTerm(current);
                }
                assertThat(policy.cohortTermContaining(start, day)).contains(current);
              }
            });
  }

  /**
   * Cohort terms are computed by arithmetic (issue 11); the oracle steps from term to term with
   * {@code nextTerm}, which the supported range keeps to at most 301 steps.
   */
  @Test
  void cohortTermByArithmeticMatchesSteppingFromTermToTermOverTheWholeRange() {
    qt().withExamples(300)
        .forAll(ExpertGenerators.datesBetween(SupportedRange.MIN_DATE, SupportedRange.MAX_DATE), termPolicies(100), integers().between(0, 1_000_000))
        .checkAssert(
            (start, policy, seed) -> {
              long span = ChronoUnit.DAYS.between(start, SupportedRange.MAX_DATE);
              LocalDate date = start.plusDays(seed % (span + 1));
              DateRange stepped = policy.termStartingOn(start);
              while (stepped.getEnd().isBefore(date)) {
                stepped = policy.nextTerm(stepped);
              }
              assertThat(policy.cohortTermContaining(start, date)).contains(stepped);
            });
  }

  @Test
  void midTermCohortAppointeeEndsWithTheCohort() {
    qt().forAll(termStarts(), termPolicies(5), integers().between(0, 6_000))
        .checkAssert(
            (start, policy, offset) -> {
              LocalDate later = start.plusDays(offset);
              LocalDate appointed = later.isAfter(SupportedRange.MAX_DATE) ? SupportedRange.MAX_DATE : later;
              DateRange cohort = policy.cohortTermContaining(start, appointed).orElseThrow();
              assertThat(cohort.contains(appointed)).isTrue();
              if (policy.getKind() == TermKind.COHORT) {
                assertThat(policy.termOfAppointment(start, appointed)).contains(cohort);
              } else {
                assertThat(policy.termOfAppointment(start, appointed)).contains(policy.termStartingOn(appointed));
              }
            });
  }
}
