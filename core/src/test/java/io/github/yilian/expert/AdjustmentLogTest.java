package io.github.yilian.expert;

import static io.github.yilian.expert.EventType.MADE_LEADER;
import static io.github.yilian.expert.EventType.REAPPOINTED;
import static io.github.yilian.expert.EventType.TERM_ENDED;
import static io.github.yilian.expert.EventType.WITHDREW;
import static io.github.yilian.expert.Fixtures.COHORT;
import static io.github.yilian.expert.Fixtures.DATE_2022_01_01;
import static io.github.yilian.expert.Fixtures.DATE_2024_12_31;
import static io.github.yilian.expert.Fixtures.ROLLING;
import static io.github.yilian.expert.Fixtures.expert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.common.SupportedRange;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AdjustmentLogTest {

  private static final LocalDate DATE_2021_12_31 = LocalDate.of(2021, 12, 31);
  private static final LocalDate DATE_2022_03_31 = LocalDate.of(2022, 3, 31);
  private static final LocalDate DATE_2022_04_01 = LocalDate.of(2022, 4, 1);
  private static final LocalDate DATE_2023_01_01 = LocalDate.of(2023, 1, 1);
  private static final LocalDate DATE_2023_07_01 = LocalDate.of(2023, 7, 1);
  private static final LocalDate DATE_2025_01_01 = LocalDate.of(2025, 1, 1);
  private static final BilingualText FAILED_ASSESSMENT = BilingualText.of("考核不合格", "failed the assessment");

  static final ExpertGroup FOUNDING =
      Fixtures.group(
              List.of(expert("e1", Sector.UNIVERSITY, true), expert("e2", Sector.FINANCE, true), expert("e3", Sector.MEDICAL_INSURANCE, false)),
              List.of(Fixtures.emptyTeam("t1", Set.of(Province.BEIJING)), Fixtures.emptyTeam("t2", Set.of(Province.TIANJIN))))
          .build();

  private static AdjustmentLog log(TermPolicy policy, AdjustmentEvent... events) {
    return AdjustmentLog.of(FOUNDING, policy, List.of(events));
  }

  private static AdjustmentLog log(AdjustmentEvent... events) {
    return log(COHORT, events);
  }

  private static AdjustmentEvent appointed(LocalDate date, String expert) {
    return AdjustmentEvent.appointed(date, expert, "t1");
  }

  @Nested
  class Terms {

    @Test
    void cohortAppointeeMidTermServesUntilTheCohortTermEnds() {
      AdjustmentLog log = log(appointed(DATE_2023_07_01, "e1"));

      assertThat(log.tenure("e1", DATE_2024_12_31).getTerm()).contains(DateRange.of(DATE_2022_01_01, DATE_2024_12_31));
      assertThat(log.tenure("e1", DATE_2024_12_31).isActive()).isTrue();
      assertThat(log.tenure("e1", DATE_2025_01_01).isActive()).isFalse();
    }

    @Test
    void rollingAppointeeServesThreeYearsFromTheAppointment() {
      Tenure tenure = log(ROLLING, appointed(DATE_2023_07_01, "e1")).tenure("e1", DATE_2025_01_01);

      assertThat(tenure.isActive()).isTrue();
      assertThat(tenure.getTerm()).contains(DateRange.of(DATE_2023_07_01, LocalDate.of(2026, 6, 30)));
    }

    @Test
    void daysServedCountBothEndsAcrossTheExpiredTerm() {
      // 2023-07-01..2023-12-31 is 184 days, 2024 has 366
      assertThat(log(appointed(DATE_2023_07_01, "e1")).tenure("e1", DATE_2025_01_01.plusYears(1)).getDaysServed()).isEqualTo(550);
    }

    @Test
    void reappointmentCarriesServiceIntoTheNextTerm() {
      Tenure tenure = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.reappointed(LocalDate.of(2024, 10, 1), "e1")).tenure("e1", DATE_2025_01_01);

      assertThat(tenure.isActive()).isTrue();
      assertThat(tenure.getTerm()).contains(DateRange.of(DATE_2025_01_01, LocalDate.of(2027, 12, 31)));
      assertThat(tenure.getDaysServed()).isEqualTo(365 + 365 + 366 + 1);
      assertThat(tenure.getHistory()).containsExactly(ServicePeriod.of("t1", Role.MEMBER, DateRange.of(DATE_2022_01_01, DATE_2025_01_01)));
    }

    @Test
    void lastDayHasOneDayRemaining() {
      Tenure tenure = log(appointed(DATE_2022_01_01, "e1")).tenure("e1", DATE_2024_12_31);

      assertThat(tenure.getDaysRemaining()).isEqualTo(1);
      assertThat(tenure.getDaysServed()).isEqualTo(365 + 365 + 366);
      assertThat(tenure.getReason().getEnglish()).contains(", 1 day left, 1096 days served, due for reappointment review");
    }

    @Test
    void reviewIsDueNinetyDaysBeforeTheLastDayNotNinetyOne() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"));

      assertThat(log.tenure("e1", LocalDate.of(2024, 10, 1)).isDueForReview()).isFalse();
      assertThat(log.tenure("e1", LocalDate.of(2024, 10, 2)).isDueForReview()).isTrue();
      assertThat(log.tenure("e1", LocalDate.of(2024, 10, 2)).getDaysRemaining()).isEqualTo(91);
    }

    @Test
    void reappointedExpertIsNoLongerDueButStillInTheCurrentTerm() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.reappointed(LocalDate.of(2024, 10, 2), "e1"));
      Tenure tenure = log.tenure("e1", LocalDate.of(2024, 10, 2));

      assertThat(tenure.isDueForReview()).isFalse();
      assertThat(tenure.getTerm()).contains(DateRange.of(DATE_2022_01_01, DATE_2024_12_31));
      assertThat(tenure.getDaysRemaining()).isEqualTo(91);
    }

    @Test
    void twoReappointmentsLineUpTwoMoreTerms() {
      AdjustmentLog log =
          log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.reappointed(DATE_2023_01_01, "e1"), AdjustmentEvent.reappointed(DATE_2023_07_01, "e1"));

      assertThat(log.tenure("e1", LocalDate.of(2028, 1, 1)).getTerm()).contains(DateRange.of(LocalDate.of(2028, 1, 1), LocalDate.of(2030, 12, 31)));
      assertThat(log.tenure("e1", LocalDate.of(2031, 1, 1)).isActive()).isFalse();
    }

    @Test
    void termEndedOnTheLastDayClosesTheService() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.termEnded(DATE_2024_12_31, "e1"));

      assertThat(log.tenure("e1", DATE_2024_12_31).isActive()).isTrue();
      assertThat(log.tenure("e1", DATE_2025_01_01).getDaysServed()).isEqualTo(1096);
    }

    @Test
    void noReappointmentAfterTheTermEndedIsRecorded() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.termEnded(DATE_2024_12_31, "e1"));

      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log.append(AdjustmentEvent.reappointed(DATE_2024_12_31, "e1")))
          .withMessageEndingWith("the last day served by expert e1 is 2024-12-31, and no other event may follow");
      assertThat(log.tenure("e1", DATE_2024_12_31).isDueForReview()).isFalse();
    }

    @Test
    void logAndPeriodsPrintInShortForm() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.withdrew(DATE_2022_03_31, "e1"));

      assertThat(log).hasToString("AdjustmentLog[2022-01-01 APPOINTED e1 to t1, 2022-03-31 WITHDREW e1]");
      assertThat(log.tenure("e1", DATE_2022_04_01).getHistory()).singleElement().hasToString("t1 MEMBER 2022-01-01/2022-03-31");
    }

    @Test
    void termEndedOnAnotherDayIsRejected() {
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.termEnded(DATE_2023_01_01, "e1")))
          .withMessage("the 2nd event (2023-01-01 TERM_ENDED e1) is invalid: the term of expert e1 ends on 2024-12-31, the date a TERM_ENDED event must carry");
    }
  }

  @Nested
  class ClosingEvents {

    @Test
    void withdrawalDateIsTheLastDayServed() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.withdrew(DATE_2022_03_31, "e1"));

      assertThat(log.tenure("e1", DATE_2022_03_31).isActive()).isTrue();
      assertThat(log.tenure("e1", DATE_2022_04_01).isActive()).isFalse();
      assertThat(log.tenure("e1", DATE_2022_04_01).getDaysServed()).isEqualTo(31 + 28 + 31);
    }

    @Test
    void dismissedExpertIsInactiveFromTheNextDayAndNoLongerLeads() {
      AdjustmentLog log =
          log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.madeLeader(DATE_2022_01_01, "e1"), AdjustmentEvent.dismissed(DATE_2023_01_01, "e1", FAILED_ASSESSMENT));

      GroupState state = log.stateOn(DATE_2023_07_01);
      assertThat(state.tenure("e1").map(Tenure::isActive)).contains(false);
      assertThat(state.getGroup().findTeam("t1").flatMap(ExpertTeam::getLeader)).isEmpty();
      assertThat(state.tenure("e1").map(Tenure::getHistory).orElseThrow())
          .containsExactly(ServicePeriod.of("t1", Role.LEADER, DateRange.of(DATE_2022_01_01, DATE_2023_01_01)));
    }

    @Test
    void leaderWhoWithdrawsStillLeadsOnHisLastDayButTakesNoFurtherEvent() {
      AdjustmentEvent[] events = {
        appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.madeLeader(DATE_2022_01_01, "e1"), AdjustmentEvent.withdrew(DATE_2022_03_31, "e1")
      };
      AdjustmentLog log = log(events);

      assertThat(log.stateOn(DATE_2022_03_31).getGroup().findTeam("t1").flatMap(ExpertTeam::getLeader)).contains("e1");
      assertThat(log.tenure("e1", DATE_2022_03_31).getDaysRemaining()).isEqualTo(1);
      assertThat(log.tenure("e1", DATE_2022_03_31).isDueForReview()).isFalse();
      assertThat(log.stateOn(DATE_2022_04_01).getGroup().findTeam("t1").flatMap(ExpertTeam::getLeader)).isEmpty();
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log.append(AdjustmentEvent.moved(DATE_2022_03_31, "e1", "t2")))
          .withMessageEndingWith("the last day served by expert e1 is 2022-03-31, and no other event may follow");
    }

    @Test
    void reappointmentAfterWithdrawalStartsTheNextDayAtTheEarliest() {
      AdjustmentEvent withdrew = AdjustmentEvent.withdrew(DATE_2022_03_31, "e1");

      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), withdrew, appointed(DATE_2022_03_31, "e1")))
          .withMessage("the 3rd event (2022-03-31 APPOINTED e1 to t1) is invalid: expert e1 is already serving on 2022-03-31");
      assertThat(log(appointed(DATE_2022_01_01, "e1"), withdrew, appointed(DATE_2022_04_01, "e1")).tenure("e1", DATE_2022_04_01).getDaysServed())
          .isEqualTo(91);
    }
  }

  @Nested
  class TeamsAndLeaders {

    @Test
    void moveSplitsTheHistoryOnItsDate() {
      Tenure tenure =
          log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.moved(DATE_2023_01_01, "e1", "t2")).tenure("e1", DATE_2023_07_01);

      assertThat(tenure.getTeam()).contains("t2");
      assertThat(tenure.getHistory())
          .containsExactly(
              ServicePeriod.of("t1", Role.MEMBER, DateRange.of(DATE_2022_01_01, LocalDate.of(2022, 12, 31))),
              ServicePeriod.of("t2", Role.MEMBER, DateRange.of(DATE_2023_01_01, DATE_2023_07_01)));
    }

    @Test
    void newLeaderReplacesTheOldWhoStaysAMember() {
      AdjustmentLog log =
          log(
              appointed(DATE_2022_01_01, "e1"),
              appointed(DATE_2022_01_01, "e2"),
              AdjustmentEvent.madeLeader(DATE_2022_01_01, "e1"),
              AdjustmentEvent.madeLeader(DATE_2023_01_01, "e2"));

      GroupState state = log.stateOn(DATE_2023_07_01);
      assertThat(state.getGroup().findTeam("t1").flatMap(ExpertTeam::getLeader)).contains("e2");
      assertThat(state.tenure("e1").flatMap(Tenure::getRole)).contains(Role.MEMBER);
      assertThat(state.tenure("e1").map(Tenure::getHistory).orElseThrow())
          .containsExactly(
              ServicePeriod.of("t1", Role.LEADER, DateRange.of(DATE_2022_01_01, LocalDate.of(2022, 12, 31))),
              ServicePeriod.of("t1", Role.MEMBER, DateRange.of(DATE_2023_01_01, DATE_2023_07_01)));
    }

    @Test
    void leaderWhoMovesLeavesHisTeamWithoutLeader() {
      AdjustmentLog log =
          log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.madeLeader(DATE_2022_01_01, "e1"), AdjustmentEvent.moved(DATE_2023_01_01, "e1", "t2"));

      GroupState state = log.stateOn(DATE_2023_01_01);
      assertThat(state.getGroup().findTeam("t1").flatMap(ExpertTeam::getLeader)).isEmpty();
      assertThat(state.getGroup().findTeam("t2").map(ExpertTeam::getMembers)).contains(Set.of("e1"));
      assertThat(state.tenure("e1").flatMap(Tenure::getRole)).contains(Role.MEMBER);
    }

    @Test
    void stateListsTheMembersActiveOnTheDate() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), appointed(DATE_2023_01_01, "e2"));

      assertThat(log.stateOn(DATE_2022_03_31).getGroup().findTeam("t1").map(ExpertTeam::getMembers)).contains(Set.of("e1"));
      assertThat(log.stateOn(DATE_2023_01_01).getGroup().findTeam("t1").map(ExpertTeam::getMembers)).contains(Set.of("e1", "e2"));
      assertThat(log.stateOn(DATE_2025_01_01).getGroup().findTeam("t1").map(ExpertTeam::getMembers)).contains(Set.of());
    }

    @Test
    void expertNeverAppointedIsInactiveWithNoHistory() {
      Tenure tenure = log(appointed(DATE_2022_01_01, "e1")).tenure("e3", DATE_2023_01_01);

      assertThat(tenure.isActive()).isFalse();
      assertThat(tenure.getDaysServed()).isZero();
      assertThat(tenure.getHistory()).isEmpty();
      assertThat(tenure.getTeam()).isEmpty();
      assertThat(tenure.getReason().getEnglish()).isEqualTo("not serving on 2023-01-01, 0 days served");
    }

    @Test
    void reasonExplainsTheTenure() {
      Tenure tenure = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.madeLeader(DATE_2022_01_01, "e1")).tenure("e1", LocalDate.of(2024, 12, 1));

      assertThat(tenure.getRuleId()).isEqualTo("expert.tenure");
      assertThat(tenure.getReason().getEnglish())
          .isEqualTo("serving on 2024-12-01: leader of team t1, term 2022-01-01 to 2024-12-31, 31 days left, 1066 days served, due for reappointment review");
      assertThat(tenure.getReason().getChinese()).startsWith("2024-12-01 在聘：t1 小组组长").endsWith("应进行续聘评议");
    }
  }

  @Nested
  class InvalidLogs {

    @Test
    void secondAppointmentWhileServingIsRejected() {
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.appointed(DATE_2023_01_01, "e1", "t2")))
          .satisfies(e -> assertThat(e.getIndex()).isEqualTo(1))
          .satisfies(e -> assertThat(e.getEvent()).isEqualTo("2023-01-01 APPOINTED e1 to t2"))
          .withMessageEndingWith("expert e1 is already serving on 2023-01-01");
    }

    @Test
    void moveAfterWithdrawalIsRejected() {
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.withdrew(DATE_2022_03_31, "e1"), AdjustmentEvent.moved(DATE_2022_04_01, "e1", "t2")))
          .withMessage("the 3rd event (2022-04-01 MOVED e1 to t2) is invalid: expert e1 is not serving on 2022-04-01");
    }

    @Test
    void eventAfterTheTermExpiredIsRejected() {
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.moved(DATE_2025_01_01, "e1", "t2")))
          .withMessageEndingWith("expert e1 is not serving on 2025-01-01");
    }

    @Test
    void eventsOutOfDateOrderAreRejected() {
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2023_01_01, "e1"), appointed(DATE_2022_01_01, "e2")))
          .withMessage("the 2nd event (2022-01-01 APPOINTED e2 to t1) is invalid: it is dated before the previous event, dated 2023-01-01");
    }

    @Test
    void unknownExpertAndTeamAreRejected() {
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e9")))
          .withMessageEndingWith("expert e9 is not on the group's roster");
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(AdjustmentEvent.appointed(DATE_2022_01_01, "e1", "t9")))
          .withMessageEndingWith("team t9 is not a team of the group");
    }

    @Test
    void appointmentBeforeTheFirstTermIsRejected() {
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01.minusDays(1), "e1")))
          .withMessageEndingWith("it is dated before the group's first term starts on 2022-01-01");
    }

    @Test
    void moveToTheSameTeamAndLeadingTwiceAreRejected() {
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.moved(DATE_2023_01_01, "e1", "t1")))
          .withMessageEndingWith("expert e1 is already in team t1");
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.madeLeader(DATE_2022_01_01, "e1"), AdjustmentEvent.madeLeader(DATE_2023_01_01, "e1")))
          .withMessageEndingWith("expert e1 already leads team t1");
    }

    @Test
    void foundingTeamWithMembersIsRejected() {
      ExpertGroup staffed = Fixtures.group(List.of(expert("e1", Sector.FINANCE, true)), List.of(Fixtures.team("t1", Set.of(), Set.of("e1"), "e1"))).build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> AdjustmentLog.of(staffed, COHORT, List.of()))
          .withMessage("team t1 of the founding group has members [e1]; membership comes only from APPOINTED events");
    }

    @Test
    void appendRejectsAnInvalidEventAndKeepsTheLog() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"));

      assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> log.append(appointed(DATE_2022_03_31, "e1")));
      assertThat(log.append(AdjustmentEvent.withdrew(DATE_2022_03_31, "e1")).getEvents()).hasSize(2);
      assertThat(log.getEvents()).hasSize(1);
      assertThat(log.getPolicy()).isSameAs(COHORT);
    }

    @Test
    void tenureOfAnExpertNotOnTheRosterIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> log().tenure("e9", DATE_2022_01_01))
          .withMessage("expert e9 is not on the group's roster");
    }
  }

  @Nested
  class Check {

    @Test
    void validEventsGiveNoFindings() {
      assertThat(AdjustmentLog.check(FOUNDING, COHORT, List.of(appointed(DATE_2022_01_01, "e1")))).isEmpty();
    }

    @Test
    void eachInvalidEventIsAFindingAndTheCheckGoesOn() {
      List<AdjustmentEvent> events =
          List.of(
              appointed(DATE_2022_01_01, "e1"),
              AdjustmentEvent.withdrew(DATE_2022_03_31, "e1"),
              AdjustmentEvent.moved(DATE_2022_04_01, "e1", "t2"),
              appointed(DATE_2022_04_01, "e2"),
              appointed(DATE_2023_01_01, "e2"));

      List<Finding> findings = AdjustmentLog.check(FOUNDING, COHORT, events);

      assertThat(findings)
          .extracting(Finding::getRuleId, Finding::getSubject, f -> f.getReason().getEnglish())
          .containsExactly(
              tuple("expert.log", "e1", "the 3rd event (2022-04-01 MOVED e1 to t2) is invalid: expert e1 is not serving on 2022-04-01"),
              tuple("expert.log", "e2", "the 5th event (2023-01-01 APPOINTED e2 to t1) is invalid: expert e2 is already serving on 2023-01-01"));
      assertThat(findings.get(0).getReason().getChinese()).isEqualTo("第 3 个事件（2022-04-01 专家 e1 调整至小组 t2）无效：专家 e1 于 2022-04-01 不在聘");
    }

    @Test
    void rejectedEventsAreEachNamedInChineseWithoutEnglishWords() {
      List<AdjustmentEvent> events =
          List.of(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.appointed(DATE_2022_01_01, "e9", "t1"), AdjustmentEvent.appointed(DATE_2022_01_01, "e2", "t9"), appointed(DATE_2021_12_31, "e3"));

      assertThat(AdjustmentLog.check(FOUNDING, COHORT, events))
          .extracting(f -> f.getReason().getChinese())
          .containsExactly(
              "第 2 个事件（2022-01-01 专家 e9 聘任至小组 t1）无效：专家 e9 不在专家名册中",
              "第 3 个事件（2022-01-01 专家 e2 聘任至小组 t9）无效：小组 t9 不是本专家组的小组",
              "第 4 个事件（2021-12-31 专家 e3 聘任至小组 t1）无效：日期早于前一事件的日期 2022-01-01");
    }
  }

  /** Event dates mean one thing each (issue 10): starts the first day of the new state, ends the last day served. */
  @Nested
  class EventDates {

    /**
     * "专家聘期为三年": a reappointment may be dated on the first day of the new term, 2025-01-01 after a
     * term ending 2024-12-31, and the service goes on without a break.
     */
    @Test
    void reappointmentMayBeDatedOnTheFirstDayOfTheNewTerm() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.reappointed(DATE_2025_01_01, "e1"));

      Tenure tenure = log.tenure("e1", DATE_2025_01_01);
      assertThat(tenure.isActive()).isTrue();
      assertThat(tenure.getTerm()).contains(DateRange.of(DATE_2025_01_01, LocalDate.of(2027, 12, 31)));
      assertThat(tenure.getHistory()).containsExactly(ServicePeriod.of("t1", Role.MEMBER, DateRange.of(DATE_2022_01_01, DATE_2025_01_01)));
      assertThat(tenure.getDaysServed()).isEqualTo(365 + 365 + 366 + 1);
      assertThat(log.tenure("e1", DATE_2024_12_31).isDueForReview()).isTrue();
    }

    @Test
    void leaderReappointedOnTheNewTermsFirstDayStillLeads() {
      AdjustmentLog log =
          log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.madeLeader(DATE_2022_01_01, "e1"), AdjustmentEvent.reappointed(DATE_2025_01_01, "e1"));

      assertThat(log.stateOn(DATE_2025_01_01).getGroup().findTeam("t1").flatMap(ExpertTeam::getLeader)).contains("e1");
    }

    @Test
    void reappointmentTwoDaysAfterTheTermEndsIsRejected() {
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.reappointed(DATE_2025_01_01.plusDays(1), "e1")))
          .withMessageEndingWith("expert e1 is not serving on 2025-01-02");
    }

    @Test
    void reappointmentOnTheNewTermsFirstDayAfterTheTermEndedIsRejected() {
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.termEnded(DATE_2024_12_31, "e1"), AdjustmentEvent.reappointed(DATE_2025_01_01, "e1")))
          .withMessageEndingWith("expert e1 is not serving on 2025-01-01");
    }

    /**
     * "自愿申请退出专家组": the withdrawal is dated on the last day served; on that day the tenure names it
     * and has 1 day left, and from the next day the expert is inactive with that last day served.
     */
    @Test
    void leavingExpertsTenureNamesTheLastDayServed() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.withdrew(DATE_2022_04_01, "e1"));

      Tenure leaving = log.tenure("e1", DATE_2022_04_01);
      assertThat(leaving.isLeaving()).isTrue();
      assertThat(leaving.getLastDayServed()).contains(DATE_2022_04_01);
      assertThat(leaving.getDaysRemaining()).isEqualTo(1);
      assertThat(leaving.getReason().getEnglish())
          .isEqualTo("serving on 2022-04-01: member of team t1, term 2022-01-01 to 2024-12-31, last day served 2022-04-01, 1 day left, 91 days served");
      assertThat(leaving.getReason().getChinese())
          .isEqualTo("2022-04-01 在聘：t1 小组组员，聘期 2022-01-01 至 2024-12-31，最后在聘日 2022-04-01，剩余 1 天，累计服务 91 天");
      Tenure dayBefore = log.tenure("e1", DATE_2022_03_31);
      assertThat(dayBefore.isLeaving()).isFalse();
      assertThat(dayBefore.getLastDayServed()).isEmpty();
      Tenure gone = log.tenure("e1", DATE_2022_04_01.plusDays(1));
      assertThat(gone.isActive()).isFalse();
      assertThat(gone.isLeaving()).isFalse();
      assertThat(gone.getLastDayServed()).contains(DATE_2022_04_01);
      assertThat(log.tenure("e3", DATE_2022_01_01).getLastDayServed()).isEmpty();
    }

    @Test
    void factoriesNameTheirDateForWhatItMeans() {
      assertThatNullPointerException().isThrownBy(() -> AdjustmentEvent.withdrew(null, "e1")).withMessage("lastDayServed");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentEvent.termEnded(null, "e1")).withMessage("lastDayServed");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentEvent.dismissed(null, "e1", FAILED_ASSESSMENT)).withMessage("lastDayServed");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentEvent.appointed(null, "e1", "t1")).withMessage("firstDay");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentEvent.reappointed(null, "e1")).withMessage("firstDay");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentEvent.madeLeader(null, "e1")).withMessage("firstDay");
      assertThat(List.of(EventType.values())).filteredOn(EventType::endsService).containsExactly(WITHDREW, EventType.DISMISSED, TERM_ENDED);
    }
  }

  /** Replay.tenure's due-for-review (issue 11: PIT's stronger mutators showed it weak for ended experts). */
  @Nested
  class DueForReview {

    @Test
    void expertWhoseTermExpiredIsNeitherDueNorLeftWithDays() {
      Tenure tenure = log(appointed(DATE_2022_01_01, "e1")).tenure("e1", DATE_2025_01_01);

      assertThat(tenure.isActive()).isFalse();
      assertThat(tenure.isDueForReview()).isFalse();
      assertThat(tenure.getDaysRemaining()).isZero();
      assertThat(tenure.getTerm()).isEmpty();
      assertThat(tenure.getLastDayServed()).contains(DATE_2024_12_31);
    }

    @Test
    void dismissedOrWithdrawnExpertIsNotDueEvenInTheWindow() {
      AdjustmentLog log =
          log(appointed(DATE_2022_01_01, "e1"), appointed(DATE_2022_01_01, "e2"),
              AdjustmentEvent.dismissed(LocalDate.of(2024, 11, 1), "e1", FAILED_ASSESSMENT), AdjustmentEvent.withdrew(LocalDate.of(2024, 12, 30), "e2"));

      assertThat(log.tenure("e1", LocalDate.of(2024, 11, 1)).isDueForReview()).isFalse();
      assertThat(log.tenure("e1", LocalDate.of(2024, 11, 2)).isDueForReview()).isFalse();
      assertThat(log.tenure("e2", LocalDate.of(2024, 12, 30)).isDueForReview()).isFalse();
      assertThat(log.tenure("e2", DATE_2024_12_31).isDueForReview()).isFalse();
      assertThat(log.tenure("e2", DATE_2024_12_31).isActive()).isFalse();
    }

    @Test
    void windowOfZeroDaysIsDueOnTheLastDayOnly() {
      TermPolicy noWindow = TermPolicy.builder().termYears(3).reviewWindowDays(0).build();
      AdjustmentLog log = log(noWindow, appointed(DATE_2022_01_01, "e1"));

      assertThat(log.tenure("e1", DATE_2024_12_31.minusDays(1)).isDueForReview()).isFalse();
      assertThat(log.tenure("e1", DATE_2024_12_31).isDueForReview()).isTrue();
      assertThat(log.tenure("e1", DATE_2025_01_01).isDueForReview()).isFalse();
    }

    @Test
    void reappointedExpertIsDueAgainInTheWindowOfTheNewTerm() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.reappointed(LocalDate.of(2024, 10, 2), "e1"));

      assertThat(log.tenure("e1", LocalDate.of(2025, 6, 1)).isDueForReview()).isFalse();
      assertThat(log.tenure("e1", LocalDate.of(2027, 10, 2)).isDueForReview()).isTrue();
      assertThat(log.tenure("e1", LocalDate.of(2028, 1, 1)).isDueForReview()).isFalse();
    }
  }

  /** Rejecting an event leaves the state exactly as it was (issue 11). */
  @Nested
  class Rejection {

    /**
     * A MADE_LEADER after the term's end is rejected and must not close the service: a reappointment
     * on the new term's first day still follows.
     */
    @Test
    void rejectedMadeLeaderAfterTheTermsEndDoesNotCloseTheService() {
      List<AdjustmentEvent> events =
          List.of(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.madeLeader(DATE_2025_01_01, "e1"), AdjustmentEvent.reappointed(DATE_2025_01_01, "e1"));

      assertThat(AdjustmentLog.check(FOUNDING, COHORT, events))
          .extracting(f -> f.getReason().getEnglish())
          .containsExactly("the 2nd event (2025-01-01 MADE_LEADER e1) is invalid: expert e1 is not serving on 2025-01-01");
    }

    @Test
    void appendAfterARejectedEventContinuesFromTheStateBeforeIt() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.madeLeader(DATE_2022_01_01, "e1"));

      assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> log.append(AdjustmentEvent.madeLeader(DATE_2025_01_01, "e1")));
      assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> log.append(AdjustmentEvent.madeLeader(DATE_2023_01_01, "e1")));
      AdjustmentLog longer = log.append(AdjustmentEvent.reappointed(DATE_2025_01_01, "e1"));

      assertThat(longer.stateOn(DATE_2025_01_01)).isEqualTo(AdjustmentLog.of(FOUNDING, COHORT, longer.getEvents()).stateOn(DATE_2025_01_01));
      assertThat(longer.tenure("e1", DATE_2025_01_01).getRole()).contains(Role.LEADER);
    }

    @Test
    void appendingToAnEarlierLogBranchesAndLeavesTheLaterOneAlone() {
      AdjustmentLog base = log(appointed(DATE_2022_01_01, "e1"));
      AdjustmentLog withdrawn = base.append(AdjustmentEvent.withdrew(DATE_2022_03_31, "e1"));
      AdjustmentLog moved = base.append(AdjustmentEvent.moved(DATE_2022_04_01, "e1", "t2"));
      AdjustmentLog movedOn = moved.append(AdjustmentEvent.madeLeader(DATE_2022_04_01, "e1"));

      assertThat(base.getEvents()).hasSize(1);
      assertThat(withdrawn.getEvents()).extracting(AdjustmentEvent::getType).containsExactly(EventType.APPOINTED, WITHDREW);
      assertThat(moved.getEvents()).extracting(AdjustmentEvent::getType).containsExactly(EventType.APPOINTED, EventType.MOVED);
      assertThat(movedOn.getEvents()).extracting(AdjustmentEvent::getType).containsExactly(EventType.APPOINTED, EventType.MOVED, MADE_LEADER);
      assertThat(withdrawn.tenure("e1", DATE_2022_04_01).isActive()).isFalse();
      assertThat(movedOn.tenure("e1", DATE_2022_04_01).getTeam()).contains("t2");
      assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> movedOn.getEvents().add(appointed(DATE_2023_01_01, "e2")));
    }

    /** A term policy that counts the appointments replayed under it. */
    private static final class CountingTermPolicy extends TermPolicy {
      private int appointments;

      @Override
      public int getTermYears() {
        return 3;
      }

      @Override
      public int getReviewWindowDays() {
        return 90;
      }

      @Override
      public Optional<DateRange> termOfAppointment(LocalDate firstStart, LocalDate appointedOn) {
        appointments++;
        return super.termOfAppointment(firstStart, appointedOn);
      }
    }

    /** Appending to the latest log replays only the new event: n appends cost n appointments, not n²/2. */
    @Test
    void appendingToTheLatestLogReplaysOnlyTheNewEvent() {
      List<Expert> roster = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        roster.add(expert("x" + i, Sector.FINANCE, false));
      }
      ExpertGroup founding = Fixtures.group(roster, FOUNDING.getTeams()).build();
      CountingTermPolicy policy = new CountingTermPolicy();
      AdjustmentLog log = AdjustmentLog.of(founding, policy, List.of());
      for (int i = 0; i < 100; i++) {
        log = log.append(AdjustmentEvent.appointed(DATE_2022_01_01, "x" + i, "t1"));
      }

      assertThat(policy.appointments).isEqualTo(100);
      assertThat(log.getEvents()).hasSize(100);
      AdjustmentLog branch = AdjustmentLog.of(founding, policy, log.getEvents().subList(0, 10));
      policy.appointments = 0;
      branch.append(AdjustmentEvent.appointed(DATE_2022_01_01, "x50", "t1"));
      branch.append(AdjustmentEvent.appointed(DATE_2022_01_01, "x51", "t1"));
      assertThat(policy.appointments).as("the second append to the same log replays it").isEqualTo(1 + 11);
    }

    @Test
    void threadsAppendingToOneLogEachGetTheirOwnLonger() throws Exception {
      AdjustmentLog base = log(appointed(DATE_2022_01_01, "e1"));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<AdjustmentLog>> results = new ArrayList<>();
        for (int day = 0; day < 200; day++) {
          AdjustmentEvent withdrawal = AdjustmentEvent.withdrew(DATE_2022_01_01.plusDays(day), "e1");
          results.add(pool.submit(() -> base.append(withdrawal)));
        }
        for (int day = 0; day < 200; day++) {
          AdjustmentLog longer = results.get(day).get();
          assertThat(longer.getEvents()).hasSize(2);
          assertThat(longer.getEvents().get(1).getDate()).isEqualTo(DATE_2022_01_01.plusDays(day));
          assertThat(longer.tenure("e1", DATE_2022_01_01.plusDays(day + 1L)).isActive()).isFalse();
        }
      } finally {
        pool.shutdown();
      }
      assertThat(base.getEvents()).hasSize(1);
    }

    @Test
    void nullEventsAreNamedByTheirPosition() {
      List<AdjustmentEvent> withNull = Arrays.asList(appointed(DATE_2022_01_01, "e1"), null);

      assertThatNullPointerException().isThrownBy(() -> AdjustmentLog.of(FOUNDING, COHORT, withNull)).withMessage("events[1]");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentLog.check(FOUNDING, COHORT, withNull)).withMessage("events[1]");
      assertThatNullPointerException().isThrownBy(() -> log().append(null)).withMessage("event");
    }
  }

  /** Dates are bounded by SupportedRange (issue 11): no DateTimeException near LocalDate.MAX. */
  @Nested
  class SupportedDates {

    @Test
    void asOfDatesOutsideTheSupportedRangeAreRejectedByName() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> log().stateOn(LocalDate.MAX))
          .withMessage("date +999999999-12-31 is outside the supported dates 1900-01-01 to 2200-12-31");
      assertThatIllegalArgumentException().isThrownBy(() -> log().tenure("e1", LocalDate.MIN)).withMessageStartingWith("date -999999999-01-01");
    }

    @Test
    void eventDatedAfterTheSupportedRangeIsRejectedWhenBuilt() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> AdjustmentEvent.appointed(LocalDate.MAX, "e1", "t1"))
          .withMessage("AdjustmentEvent is invalid: date must be a date from 1900-01-01 to 2200-12-31: +999999999-12-31");
    }

    @Test
    void rollingTermFromTheLastSupportedDayEndsThreeYearsOn() {
      ExpertGroup late = Fixtures.group(FOUNDING.getRoster(), FOUNDING.getTeams()).termStart(LocalDate.of(2200, 1, 1)).build();
      AdjustmentLog log = AdjustmentLog.of(late, ROLLING, List.of(AdjustmentEvent.appointed(SupportedRange.MAX_DATE, "e1", "t1")));

      assertThat(log.tenure("e1", SupportedRange.MAX_DATE).getTerm()).contains(DateRange.of(SupportedRange.MAX_DATE, LocalDate.of(2203, 12, 30)));
      assertThat(log.tenure("e1", SupportedRange.MAX_DATE).isDueForReview()).isFalse();
    }

    @Test
    void reappointmentWhoseNextTermWouldStartAfterTheSupportedRangeIsRejected() {
      ExpertGroup late = Fixtures.group(FOUNDING.getRoster(), FOUNDING.getTeams()).termStart(LocalDate.of(2200, 1, 1)).build();
      TermPolicy century = TermPolicy.builder().termYears(100).reviewWindowDays(90).build();
      AdjustmentLog log = AdjustmentLog.of(late, century, List.of(AdjustmentEvent.appointed(LocalDate.of(2200, 1, 1), "e1", "t1")));

      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log.append(AdjustmentEvent.reappointed(LocalDate.of(2200, 6, 1), "e1")))
          .withMessage("the 2nd event (2200-06-01 REAPPOINTED e1) is invalid: the next term would start on 2300-01-01, after the last supported date 2200-12-31")
          .satisfies(e -> assertThat(e.getReason().getChinese())
              .isEqualTo("第 2 个事件（2200-06-01 专家 e1 续聘）无效：下一聘期将于 2300-01-01 开始，超出支持的日期范围（至 2200-12-31）"));
    }
  }

  @Nested
  class Events {

    @Test
    void appointmentWithoutTeamIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> AdjustmentEvent.builder().type(EventType.APPOINTED).date(DATE_2022_01_01).expert("e1").build())
          .withMessage("AdjustmentEvent is invalid: team: APPOINTED event of expert e1 on 2022-01-01 names no team");
    }

    @Test
    void withdrawalNamingATeamIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> AdjustmentEvent.builder().type(WITHDREW).date(DATE_2022_01_01).expert("e1").team("t1").build())
          .withMessage("AdjustmentEvent is invalid: team: WITHDREW event of expert e1 on 2022-01-01 names team t1, but only appointments and moves take one");
    }

    @Test
    void dismissalWithoutReasonIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> AdjustmentEvent.builder().type(EventType.DISMISSED).date(DATE_2022_01_01).expert("e1").build())
          .withMessage("AdjustmentEvent is invalid: reason: dismissal of expert e1 on 2022-01-01 gives no reason");
    }

    @Test
    void blankExpertIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> AdjustmentEvent.reappointed(DATE_2022_01_01, " "))
          .withMessageStartingWith("AdjustmentEvent is invalid: expert must not be blank");
    }
  }
}
