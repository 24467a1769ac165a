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
import static org.assertj.core.api.Assertions.tuple;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
      Tenure tenure = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(REAPPOINTED, LocalDate.of(2024, 10, 1), "e1")).tenure("e1", DATE_2025_01_01);

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
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(REAPPOINTED, LocalDate.of(2024, 10, 2), "e1"));
      Tenure tenure = log.tenure("e1", LocalDate.of(2024, 10, 2));

      assertThat(tenure.isDueForReview()).isFalse();
      assertThat(tenure.getTerm()).contains(DateRange.of(DATE_2022_01_01, DATE_2024_12_31));
      assertThat(tenure.getDaysRemaining()).isEqualTo(91);
    }

    @Test
    void twoReappointmentsLineUpTwoMoreTerms() {
      AdjustmentLog log =
          log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(REAPPOINTED, DATE_2023_01_01, "e1"), AdjustmentEvent.of(REAPPOINTED, DATE_2023_07_01, "e1"));

      assertThat(log.tenure("e1", LocalDate.of(2028, 1, 1)).getTerm()).contains(DateRange.of(LocalDate.of(2028, 1, 1), LocalDate.of(2030, 12, 31)));
      assertThat(log.tenure("e1", LocalDate.of(2031, 1, 1)).isActive()).isFalse();
    }

    @Test
    void termEndedOnTheLastDayClosesTheService() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(TERM_ENDED, DATE_2024_12_31, "e1"));

      assertThat(log.tenure("e1", DATE_2024_12_31).isActive()).isTrue();
      assertThat(log.tenure("e1", DATE_2025_01_01).getDaysServed()).isEqualTo(1096);
    }

    @Test
    void noReappointmentAfterTheTermEndedIsRecorded() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(TERM_ENDED, DATE_2024_12_31, "e1"));

      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log.append(AdjustmentEvent.of(REAPPOINTED, DATE_2024_12_31, "e1")))
          .withMessageEndingWith("the service of expert e1 ends on 2024-12-31");
      assertThat(log.tenure("e1", DATE_2024_12_31).isDueForReview()).isFalse();
    }

    @Test
    void logAndPeriodsPrintInShortForm() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(WITHDREW, DATE_2022_03_31, "e1"));

      assertThat(log).hasToString("AdjustmentLog[2022-01-01 APPOINTED e1 to t1, 2022-03-31 WITHDREW e1]");
      assertThat(log.tenure("e1", DATE_2022_04_01).getHistory()).singleElement().hasToString("t1 MEMBER 2022-01-01/2022-03-31");
    }

    @Test
    void termEndedOnAnotherDayIsRejected() {
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(TERM_ENDED, DATE_2023_01_01, "e1")))
          .withMessage("event 1 (2023-01-01 TERM_ENDED e1) is invalid: the term of expert e1 ends on 2024-12-31");
    }
  }

  @Nested
  class ClosingEvents {

    @Test
    void withdrawalDateIsTheLastDayServed() {
      AdjustmentLog log = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(WITHDREW, DATE_2022_03_31, "e1"));

      assertThat(log.tenure("e1", DATE_2022_03_31).isActive()).isTrue();
      assertThat(log.tenure("e1", DATE_2022_04_01).isActive()).isFalse();
      assertThat(log.tenure("e1", DATE_2022_04_01).getDaysServed()).isEqualTo(31 + 28 + 31);
    }

    @Test
    void dismissedExpertIsInactiveFromTheNextDayAndNoLongerLeads() {
      AdjustmentLog log =
          log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(MADE_LEADER, DATE_2022_01_01, "e1"), AdjustmentEvent.dismissed(DATE_2023_01_01, "e1", FAILED_ASSESSMENT));

      GroupState state = log.stateOn(DATE_2023_07_01);
      assertThat(state.tenure("e1").map(Tenure::isActive)).contains(false);
      assertThat(state.getGroup().findTeam("t1").flatMap(ExpertTeam::getLeader)).isEmpty();
      assertThat(state.tenure("e1").map(Tenure::getHistory).orElseThrow())
          .containsExactly(ServicePeriod.of("t1", Role.LEADER, DateRange.of(DATE_2022_01_01, DATE_2023_01_01)));
    }

    @Test
    void leaderWhoWithdrawsStillLeadsOnHisLastDayButTakesNoFurtherEvent() {
      AdjustmentEvent[] events = {
        appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(MADE_LEADER, DATE_2022_01_01, "e1"), AdjustmentEvent.of(WITHDREW, DATE_2022_03_31, "e1")
      };
      AdjustmentLog log = log(events);

      assertThat(log.stateOn(DATE_2022_03_31).getGroup().findTeam("t1").flatMap(ExpertTeam::getLeader)).contains("e1");
      assertThat(log.tenure("e1", DATE_2022_03_31).getDaysRemaining()).isEqualTo(1);
      assertThat(log.tenure("e1", DATE_2022_03_31).isDueForReview()).isFalse();
      assertThat(log.stateOn(DATE_2022_04_01).getGroup().findTeam("t1").flatMap(ExpertTeam::getLeader)).isEmpty();
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log.append(AdjustmentEvent.moved(DATE_2022_03_31, "e1", "t2")))
          .withMessageEndingWith("the service of expert e1 ends on 2022-03-31");
    }

    @Test
    void reappointmentAfterWithdrawalStartsTheNextDayAtTheEarliest() {
      AdjustmentEvent withdrew = AdjustmentEvent.of(WITHDREW, DATE_2022_03_31, "e1");

      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), withdrew, appointed(DATE_2022_03_31, "e1")))
          .withMessage("event 2 (2022-03-31 APPOINTED e1 to t1) is invalid: expert e1 is already serving on 2022-03-31");
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
              AdjustmentEvent.of(MADE_LEADER, DATE_2022_01_01, "e1"),
              AdjustmentEvent.of(MADE_LEADER, DATE_2023_01_01, "e2"));

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
          log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(MADE_LEADER, DATE_2022_01_01, "e1"), AdjustmentEvent.moved(DATE_2023_01_01, "e1", "t2"));

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
      Tenure tenure = log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(MADE_LEADER, DATE_2022_01_01, "e1")).tenure("e1", LocalDate.of(2024, 12, 1));

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
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(WITHDREW, DATE_2022_03_31, "e1"), AdjustmentEvent.moved(DATE_2022_04_01, "e1", "t2")))
          .withMessage("event 2 (2022-04-01 MOVED e1 to t2) is invalid: expert e1 is not serving on 2022-04-01");
    }

    @Test
    void eventAfterTheTermExpiredIsRejected() {
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(REAPPOINTED, DATE_2025_01_01, "e1")))
          .withMessageEndingWith("expert e1 is not serving on 2025-01-01");
    }

    @Test
    void eventsOutOfDateOrderAreRejected() {
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> log(appointed(DATE_2023_01_01, "e1"), appointed(DATE_2022_01_01, "e2")))
          .withMessage("event 1 (2022-01-01 APPOINTED e2 to t1) is invalid: it is dated before the previous event, dated 2023-01-01");
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
          .isThrownBy(() -> log(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.of(MADE_LEADER, DATE_2022_01_01, "e1"), AdjustmentEvent.of(MADE_LEADER, DATE_2023_01_01, "e1")))
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
      assertThat(log.append(AdjustmentEvent.of(WITHDREW, DATE_2022_03_31, "e1")).getEvents()).hasSize(2);
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
              AdjustmentEvent.of(WITHDREW, DATE_2022_03_31, "e1"),
              AdjustmentEvent.moved(DATE_2022_04_01, "e1", "t2"),
              appointed(DATE_2022_04_01, "e2"),
              appointed(DATE_2023_01_01, "e2"));

      List<Finding> findings = AdjustmentLog.check(FOUNDING, COHORT, events);

      assertThat(findings)
          .extracting(Finding::getRuleId, Finding::getSubject, f -> f.getReason().getEnglish())
          .containsExactly(
              tuple("expert.log", "e1", "event 2 (2022-04-01 MOVED e1 to t2) is invalid: expert e1 is not serving on 2022-04-01"),
              tuple("expert.log", "e2", "event 4 (2023-01-01 APPOINTED e2 to t1) is invalid: expert e2 is already serving on 2023-01-01"));
      assertThat(findings.get(0).getReason().getChinese()).isEqualTo("第 2 个事件（2022-04-01 MOVED e1 to t2）无效：专家 e1 于 2022-04-01 不在聘");
    }

    @Test
    void rejectedEventLeavesTheStateAsItWas() {
      List<AdjustmentEvent> events =
          List.of(appointed(DATE_2022_01_01, "e1"), AdjustmentEvent.appointed(DATE_2022_01_01, "e9", "t1"), AdjustmentEvent.appointed(DATE_2022_01_01, "e2", "t9"), appointed(DATE_2021_12_31, "e3"));

      assertThat(AdjustmentLog.check(FOUNDING, COHORT, events))
          .extracting(f -> f.getReason().getChinese())
          .containsExactly(
              "第 1 个事件（2022-01-01 APPOINTED e9 to t1）无效：专家 e9 不在专家名册中",
              "第 2 个事件（2022-01-01 APPOINTED e2 to t9）无效：小组 t9 不是本专家组的小组",
              "第 3 个事件（2021-12-31 APPOINTED e3 to t1）无效：日期早于前一事件的日期 2022-01-01");
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
          .isThrownBy(() -> AdjustmentEvent.of(EventType.DISMISSED, DATE_2022_01_01, "e1"))
          .withMessage("AdjustmentEvent is invalid: reason: dismissal of expert e1 on 2022-01-01 gives no reason");
    }

    @Test
    void blankExpertIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> AdjustmentEvent.of(REAPPOINTED, DATE_2022_01_01, " "))
          .withMessageStartingWith("AdjustmentEvent is invalid: expert must not be blank");
    }
  }
}
