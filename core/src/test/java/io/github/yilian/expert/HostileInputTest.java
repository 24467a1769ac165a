package io.github.yilian.expert;

import static io.github.yilian.expert.Fixtures.ALL_CRITERIA;
import static io.github.yilian.expert.Fixtures.COHORT;
import static io.github.yilian.expert.Fixtures.DATE_2022_01_01;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.common.SupportedRange;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input against every public factory, builder and calculator of the {@code expert} package
 * (issue 11): nulls in arguments and collections, blank, very long and control-character strings, 0,
 * negative and MAX numbers, {@code LocalDate.MIN}/{@code MAX}, duplicate and dangling ids, and
 * thousands of events. Each gives its documented outcome: a {@link NullPointerException} naming the
 * argument, a {@link ConstraintViolationException} naming the field and the value, an
 * {@link IllegalArgumentException} naming the parameter and the value, an
 * {@link IllegalStateException} naming the missing attributes of a builder, an
 * {@link InvalidEventException} naming the event, or a result that holds the spec's invariants. No
 * phone or ID number appears in any text.
 */
class HostileInputTest {

  private static final String PHONE = "13800000000";
  private static final String ID_NUMBER = "110101198001010011";
  private static final String LONG = "长".repeat(50_000) + "x".repeat(50_000);
  private static final String CONTROL = "e\u0000\u0007\u001b";
  private static final List<String> BLANKS = List.of("", " ", "\t\n", " \r\u000b ");
  private static final LocalDate MIN = LocalDate.MIN;
  private static final LocalDate MAX = LocalDate.MAX;
  private static final BilingualText REASON = BilingualText.of("考核不合格", "failed the assessment");

  private static final ExpertGroup FOUNDING = AdjustmentLogTest.FOUNDING;

  static Stream<LocalDate> unsupportedDates() {
    return Stream.of(MIN, MAX, LocalDate.of(1899, 12, 31), LocalDate.of(2201, 1, 1), LocalDate.of(-999_999_999, 1, 1));
  }

  private static void assertViolation(ThrowingCallable build, String field) {
    assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(build).withMessageContaining(field);
  }

  @Nested
  class Models {

    @Test
    void attestationNamesEachNullArgumentAndRejectsBlankAndUnsupportedValues() {
      assertThatNullPointerException().isThrownBy(() -> Attestation.of(null, "局", DATE_2022_01_01)).withMessage("criterion");
      assertThatNullPointerException().isThrownBy(() -> Attestation.of(SelectionCriterion.INTEGRITY, null, DATE_2022_01_01)).withMessage("attestedBy");
      assertThatNullPointerException().isThrownBy(() -> Attestation.of(SelectionCriterion.INTEGRITY, "局", null)).withMessage("attestedOn");
      for (String blank : BLANKS) {
        assertViolation(() -> Attestation.of(SelectionCriterion.INTEGRITY, blank, DATE_2022_01_01), "attestedBy must not be blank");
      }
      unsupportedDates().forEach(
          date ->
              assertThatExceptionOfType(ConstraintViolationException.class)
                  .isThrownBy(() -> Attestation.of(SelectionCriterion.INTEGRITY, "局", date))
                  .withMessage("Attestation is invalid: attestedOn must be a date from 1900-01-01 to 2200-12-31: " + date));
      assertThat(Attestation.of(SelectionCriterion.INTEGRITY, LONG, SupportedRange.MAX_DATE).getAttestedBy()).hasSize(100_000);
    }

    @Test
    void liaisonNamesNullArgumentsAndRejectsBlankText() {
      assertThatNullPointerException().isThrownBy(() -> Liaison.of(null, "甲", "处")).withMessage("province");
      assertThatNullPointerException().isThrownBy(() -> Liaison.of(Province.HEBEI, null, "处")).withMessage("name");
      assertThatNullPointerException().isThrownBy(() -> Liaison.of(Province.HEBEI, "甲", null)).withMessage("office");
      for (String blank : BLANKS) {
        assertViolation(() -> Liaison.of(Province.HEBEI, blank, "处"), "name must not be blank");
        assertViolation(() -> Liaison.of(Province.HEBEI, "甲", blank), "office must not be blank");
      }
      assertThat(Liaison.of(Province.HEBEI, CONTROL, LONG).getName()).isEqualTo(CONTROL);
    }

    @Test
    void expertBuilderNamesMissingAttributesNullElementsAndBlankValues() {
      assertThatIllegalStateException()
          .isThrownBy(() -> Expert.builder().build())
          .withMessage("Cannot build Expert, some of required attributes are not set [id, name, sector, senior]");
      assertThatNullPointerException().isThrownBy(() -> Expert.builder().id(null)).withMessage("id");
      assertThatNullPointerException().isThrownBy(() -> Expert.builder().addFields((Expertise) null)).withMessage("fields element");
      assertThatNullPointerException().isThrownBy(() -> Expert.builder().attestations(Arrays.asList((Attestation) null))).withMessage("attestations element");
      for (String blank : BLANKS) {
        assertViolation(() -> Fixtures.expertBuilder(blank, Sector.FINANCE, true).build(), "id must not be blank");
        assertViolation(() -> Fixtures.expertBuilder("e1", Sector.FINANCE, true).name(blank).build(), "name must not be blank");
        assertViolation(() -> Fixtures.expertBuilder("e1", Sector.FINANCE, true).phone(blank).build(), "phone must match");
        assertViolation(() -> Fixtures.expertBuilder("e1", Sector.FINANCE, true).idNumber(blank).build(), "idNumber must match");
      }
      Expert odd = Fixtures.expertBuilder(CONTROL, Sector.FINANCE, true).name(LONG).build();
      assertThat(odd.getId()).isEqualTo(CONTROL);
      assertThat(odd.getName()).isEqualTo(LONG);
    }

    @Test
    void teamRejectsADanglingLeaderBlankMembersAndNullElements() {
      assertThatIllegalStateException().isThrownBy(() -> ExpertTeam.builder().build()).withMessageContaining("[id, name]");
      assertThatNullPointerException().isThrownBy(() -> ExpertTeam.builder().addMembers((String) null)).withMessage("members element");
      assertThatNullPointerException().isThrownBy(() -> ExpertTeam.builder().addProvinces((Province) null)).withMessage("provinces element");
      assertViolation(() -> Fixtures.team("t1", Set.of(), Set.of(" "), " "), "must not be blank");
      assertViolation(() -> Fixtures.team("t1", Set.of(), Set.of("e1"), "e9"), "leader: leader e9 is not a member of team t1");
      assertViolation(() -> Fixtures.team("", Set.of(), Set.of(), "e9"), "id must not be blank");
    }

    @Test
    void groupRejectsDuplicateAndDanglingIdsAndUnsupportedTermStarts() {
      Expert e1 = Fixtures.expert("e1", Sector.FINANCE, true);
      assertViolation(() -> Fixtures.group(List.of(e1, e1), List.of()).build(), "roster: expert id e1 is used more than once");
      assertViolation(
          () -> Fixtures.group(List.of(), List.of(Fixtures.emptyTeam("t1", Set.of()), Fixtures.emptyTeam("t1", Set.of()))).build(),
          "teams: team id t1 is used more than once");
      assertViolation(() -> Fixtures.group(List.of(), List.of(Fixtures.team("t1", Set.of(), Set.of("e9"), "e9"))).build(), "member e9 of team t1 is not on the roster");
      unsupportedDates().forEach(date -> assertViolation(() -> Fixtures.group(List.of(), List.of()).termStart(date).build(), "termStart must be a date"));
      assertThatNullPointerException().isThrownBy(() -> ExpertGroup.builder().addCoveredProvinces((Province) null)).withMessage("coveredProvinces element");
      assertThatNullPointerException().isThrownBy(() -> ExpertGroup.builder().addLiaisons((Liaison) null)).withMessage("liaisons element");
      assertThatNullPointerException().isThrownBy(() -> FOUNDING.findExpert(null)).withMessage("id");
      assertThatNullPointerException().isThrownBy(() -> FOUNDING.findTeam(null)).withMessage("id");
      assertThatNullPointerException().isThrownBy(() -> FOUNDING.liaisonsOf(null)).withMessage("province");
      assertThat(FOUNDING.findExpert(LONG)).isEmpty();
      assertThat(FOUNDING.findTeam(CONTROL)).isEmpty();
    }

    @Test
    void provinceLookupNamesANullCodeAndFindsNothingForOddOnes() {
      assertThatNullPointerException().isThrownBy(() -> Province.ofCode(null)).withMessage("code");
      for (String code : List.of("", " ", LONG, CONTROL, "65000", "6500000", "-650000")) {
        assertThat(Province.ofCode(code)).isEmpty();
      }
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.expert.HostileInputTest#unsupportedDates")
    void everyEventFactoryRejectsAnUnsupportedDateNamingIt(LocalDate date) {
      List<ThrowingCallable> factories =
          List.of(
              () -> AdjustmentEvent.appointed(date, "e1", "t1"),
              () -> AdjustmentEvent.reappointed(date, "e1"),
              () -> AdjustmentEvent.moved(date, "e1", "t1"),
              () -> AdjustmentEvent.madeLeader(date, "e1"),
              () -> AdjustmentEvent.withdrew(date, "e1"),
              () -> AdjustmentEvent.dismissed(date, "e1", REASON),
              () -> AdjustmentEvent.termEnded(date, "e1"));
      for (ThrowingCallable factory : factories) {
        assertThatExceptionOfType(ConstraintViolationException.class)
            .isThrownBy(factory)
            .withMessage("AdjustmentEvent is invalid: date must be a date from 1900-01-01 to 2200-12-31: " + date);
      }
    }

    @Test
    void eventFactoriesNameNullArgumentsAndRejectBlankIds() {
      assertThatNullPointerException().isThrownBy(() -> AdjustmentEvent.appointed(DATE_2022_01_01, null, "t1")).withMessage("expert");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentEvent.moved(DATE_2022_01_01, "e1", null)).withMessage("team");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentEvent.dismissed(DATE_2022_01_01, "e1", null)).withMessage("reason");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentEvent.withdrew(DATE_2022_01_01, null)).withMessage("expert");
      assertThatIllegalStateException().isThrownBy(() -> AdjustmentEvent.builder().build()).withMessageContaining("[type, date, expert]");
      for (String blank : BLANKS) {
        assertViolation(() -> AdjustmentEvent.withdrew(DATE_2022_01_01, blank), "expert must not be blank");
        assertViolation(() -> AdjustmentEvent.appointed(DATE_2022_01_01, "e1", blank), "team");
      }
      assertThat(AdjustmentEvent.appointed(SupportedRange.MIN_DATE, CONTROL, LONG).getTeam()).contains(LONG);
    }

    @Test
    void activityRejectsUnsupportedDatesAndNamesMissingAttributes() {
      assertThatIllegalStateException()
          .isThrownBy(() -> ExpertActivity.builder().build())
          .withMessage("Cannot build ExpertActivity, some of required attributes are not set [id, expert, kind, date, inGroupName]");
      unsupportedDates().forEach(
          date -> {
            assertViolation(() -> activity("a1").date(date).build(), "date must be a date from 1900-01-01 to 2200-12-31: " + date);
            assertViolation(() -> activity("a1").approvedOn(date).build(), "must be a date from 1900-01-01 to 2200-12-31: " + date);
          });
      for (String blank : BLANKS) {
        assertViolation(() -> activity(blank).build(), "id must not be blank");
      }
    }

    @Test
    void evaluationRejectsAPeriodOutsideTheSupportedDatesNamingIt() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> evaluation("v1").period(DateRange.of(MIN, MAX)).build())
          .withMessage(
              "EvaluationAssignment is invalid: period: period -999999999-01-01/+999999999-12-31 is outside the supported dates 1900-01-01 to 2200-12-31");
      assertViolation(() -> evaluation("v1").period(DateRange.of(SupportedRange.MAX_DATE, MAX)).build(), "period: period 2200-12-31/");
      assertViolation(() -> evaluation("v1").reportSubmittedOn(MAX).build(), "must be a date from 1900-01-01 to 2200-12-31: " + MAX);
      assertThatIllegalStateException().isThrownBy(() -> EvaluationAssignment.builder().build()).withMessageContaining("[id, team, province, period]");
    }

    @Test
    void policiesRejectZeroNegativeAndMaxNumbersNamingTheField() {
      for (int years : new int[] {0, -1, 101, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
        assertViolation(() -> TermPolicy.builder().termYears(years).reviewWindowDays(90).build(), "termYears must be");
      }
      for (int window : new int[] {-1, 36_601, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
        assertViolation(() -> TermPolicy.builder().termYears(3).reviewWindowDays(window).build(), "reviewWindowDays must be");
        assertViolation(() -> ObligationPolicy.builder().reportDueDays(window).build(), "reportDueDays must be");
      }
      for (int minimum : new int[] {0, -1, 7, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
        assertViolation(() -> CompositionPolicy.of(minimum), "minimum must be");
      }
      assertThat(TermPolicy.builder().termYears(100).reviewWindowDays(36_600).build().getTermYears()).isEqualTo(100);
      assertThat(ObligationPolicy.builder().reportDueDays(0).build().getReportDueDays()).isZero();
      assertThatNullPointerException().isThrownBy(() -> CompositionPolicy.of(2, null)).withMessage("mix");
      assertThatIllegalStateException().isThrownBy(() -> TermPolicy.builder().build()).withMessageContaining("[termYears, reviewWindowDays]");
    }
  }

  @Nested
  class Terms {

    private final TermPolicy century = TermPolicy.builder().termYears(100).reviewWindowDays(0).build();

    @ParameterizedTest
    @MethodSource("io.github.yilian.expert.HostileInputTest#unsupportedDates")
    void everyTermMethodRejectsAnUnsupportedDateNamingTheParameter(LocalDate date) {
      assertThatIllegalArgumentException().isThrownBy(() -> COHORT.termStartingOn(date)).withMessage("start " + date + " is outside the supported dates 1900-01-01 to 2200-12-31");
      assertThatIllegalArgumentException().isThrownBy(() -> COHORT.cohortTermContaining(date, DATE_2022_01_01)).withMessageStartingWith("firstStart " + date);
      assertThatIllegalArgumentException().isThrownBy(() -> COHORT.cohortTermContaining(DATE_2022_01_01, date)).withMessageStartingWith("date " + date);
      assertThatIllegalArgumentException().isThrownBy(() -> COHORT.termOfAppointment(date, DATE_2022_01_01)).withMessageStartingWith("firstStart " + date);
      assertThatIllegalArgumentException().isThrownBy(() -> COHORT.termOfAppointment(DATE_2022_01_01, date)).withMessageStartingWith("appointedOn " + date);
    }

    @Test
    void termMethodsNameNullArguments() {
      assertThatNullPointerException().isThrownBy(() -> COHORT.termStartingOn(null)).withMessage("start");
      assertThatNullPointerException().isThrownBy(() -> COHORT.nextTerm(null)).withMessage("term");
      assertThatNullPointerException().isThrownBy(() -> COHORT.cohortTermContaining(null, DATE_2022_01_01)).withMessage("firstStart");
      assertThatNullPointerException().isThrownBy(() -> COHORT.cohortTermContaining(DATE_2022_01_01, null)).withMessage("date");
      assertThatNullPointerException().isThrownBy(() -> Fixtures.ROLLING.termOfAppointment(DATE_2022_01_01, null)).withMessage("appointedOn");
    }

    @Test
    void nextTermOfATermEndingOnOrAfterTheLastSupportedDayIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> COHORT.nextTerm(DateRange.of(MIN, MAX)))
          .withMessage("term -999999999-01-01/+999999999-12-31 ends on or after 2200-12-31: the next term would start outside the supported dates");
      assertThatIllegalArgumentException().isThrownBy(() -> COHORT.nextTerm(DateRange.of(DATE_2022_01_01, SupportedRange.MAX_DATE)));
      assertThat(COHORT.nextTerm(DateRange.of(DATE_2022_01_01, SupportedRange.MAX_DATE.minusDays(1))).getStart()).isEqualTo(SupportedRange.MAX_DATE);
    }

    @Test
    void termsAtTheEdgesOfTheRangeAreComputedAtOnce() {
      assertThat(century.termStartingOn(SupportedRange.MAX_DATE).getEnd()).isEqualTo(LocalDate.of(2300, 12, 30));
      assertThat(TermPolicy.builder().termYears(1).reviewWindowDays(0).build().cohortTermContaining(SupportedRange.MIN_DATE, SupportedRange.MAX_DATE))
          .contains(DateRange.of(LocalDate.of(2200, 1, 1), SupportedRange.MAX_DATE));
      assertThat(century.cohortTermContaining(LocalDate.of(1904, 2, 29), SupportedRange.MAX_DATE))
          .contains(DateRange.of(LocalDate.of(2104, 2, 29), LocalDate.of(2204, 2, 28)));
      assertThat(COHORT.cohortTermContaining(LocalDate.of(1904, 2, 29), SupportedRange.MAX_DATE).map(DateRange::getStart))
          .contains(LocalDate.of(2198, 2, 28));
      assertThat(Fixtures.ROLLING.termOfAppointment(SupportedRange.MIN_DATE, SupportedRange.MAX_DATE))
          .contains(DateRange.of(SupportedRange.MAX_DATE, LocalDate.of(2203, 12, 30)));
    }
  }

  @Nested
  class Log {

    @Test
    void logFactoriesNameEachNullArgumentAndElement() {
      List<AdjustmentEvent> withNull = Arrays.asList(AdjustmentEvent.appointed(DATE_2022_01_01, "e1", "t1"), null, null);
      assertThatNullPointerException().isThrownBy(() -> AdjustmentLog.of(null, COHORT, List.of())).withMessage("founding");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentLog.of(FOUNDING, null, List.of())).withMessage("policy");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentLog.of(FOUNDING, COHORT, null)).withMessage("events");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentLog.of(FOUNDING, COHORT, withNull)).withMessage("events[1]");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentLog.check(null, COHORT, List.of())).withMessage("founding");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentLog.check(FOUNDING, null, List.of())).withMessage("policy");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentLog.check(FOUNDING, COHORT, null)).withMessage("events");
      assertThatNullPointerException().isThrownBy(() -> AdjustmentLog.check(FOUNDING, COHORT, withNull)).withMessage("events[1]");
      AdjustmentLog empty = AdjustmentLog.of(FOUNDING, COHORT, List.of());
      assertThatNullPointerException().isThrownBy(() -> empty.append(null)).withMessage("event");
      assertThatNullPointerException().isThrownBy(() -> empty.stateOn(null)).withMessage("date");
      assertThatNullPointerException().isThrownBy(() -> empty.tenure(null, DATE_2022_01_01)).withMessage("expert");
      assertThatNullPointerException().isThrownBy(() -> empty.tenure("e1", null)).withMessage("date");
      assertThatNullPointerException().isThrownBy(() -> empty.stateOn(DATE_2022_01_01).tenure(null)).withMessage("expert");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.expert.HostileInputTest#unsupportedDates")
    void stateAndTenureRejectAnUnsupportedDateNamingIt(LocalDate date) {
      AdjustmentLog empty = AdjustmentLog.of(FOUNDING, COHORT, List.of());
      assertThatIllegalArgumentException().isThrownBy(() -> empty.stateOn(date)).withMessage("date " + date + " is outside the supported dates 1900-01-01 to 2200-12-31");
      assertThatIllegalArgumentException().isThrownBy(() -> empty.tenure("e1", date)).withMessageStartingWith("date " + date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"e9", "", " ", "\u0000", "E1"})
    void danglingExpertIdsAreInvalidEventsAndUnknownTenures(String expert) {
      AdjustmentLog empty = AdjustmentLog.of(FOUNDING, COHORT, List.of());
      assertThatIllegalArgumentException().isThrownBy(() -> empty.tenure(expert, DATE_2022_01_01)).withMessage("expert " + expert + " is not on the group's roster");
      if (expert.isBlank() || expert.equals("\u0000")) {
        // no visible character: blank to Yilian's @NotBlank, so the event itself is invalid
        assertThatExceptionOfType(ConstraintViolationException.class)
            .isThrownBy(() -> AdjustmentEvent.appointed(DATE_2022_01_01, expert, "t1"))
            .withMessageContaining("expert must not be blank");
      } else {
        assertThatExceptionOfType(InvalidEventException.class)
            .isThrownBy(() -> empty.append(AdjustmentEvent.appointed(DATE_2022_01_01, expert, "t1")))
            .withMessageEndingWith("expert " + expert + " is not on the group's roster");
      }
    }

    @Test
    void danglingTeamIdIsAnInvalidEvent() {
      AdjustmentLog empty = AdjustmentLog.of(FOUNDING, COHORT, List.of());
      assertThatExceptionOfType(InvalidEventException.class)
          .isThrownBy(() -> empty.append(AdjustmentEvent.appointed(DATE_2022_01_01, "e1", LONG)))
          .satisfies(e -> assertThat(e.getIndex()).isZero())
          .withMessageEndingWith("is not a team of the group");
    }

    @Test
    void foundingTeamWithMembersIsRejectedByBothFactories() {
      ExpertGroup staffed = Fixtures.group(List.of(Fixtures.expert("e1", Sector.FINANCE, true)), List.of(Fixtures.team("t1", Set.of(), Set.of("e1"), "e1"))).build();
      assertThatIllegalArgumentException().isThrownBy(() -> AdjustmentLog.of(staffed, COHORT, List.of())).withMessageContaining("has members [e1]");
      assertThatIllegalArgumentException().isThrownBy(() -> AdjustmentLog.check(staffed, COHORT, List.of())).withMessageContaining("has members [e1]");
    }

    /** Thousands of events: appended one by one, built at once and checked, all to the same state. */
    @Test
    void thousandsOfEventsAppendedOneByOneGiveTheStateOfTheLogBuiltAtOnce() {
      int experts = 1_000;
      List<Expert> roster = IntStream.range(0, experts).mapToObj(i -> Fixtures.expert("e" + i, Sector.values()[i % 6], i < 10)).toList();
      ExpertGroup founding =
          Fixtures.group(roster, List.of(Fixtures.emptyTeam("t1", Set.of(Province.BEIJING)), Fixtures.emptyTeam("t2", Set.of(Province.TIANJIN)))).build();
      List<AdjustmentEvent> events = new ArrayList<>();
      for (int i = 0; i < experts; i++) {
        events.add(AdjustmentEvent.appointed(DATE_2022_01_01, "e" + i, "t1"));
      }
      for (int i = 0; i < experts; i++) {
        events.add(AdjustmentEvent.moved(DATE_2022_01_01.plusDays(1 + i / 10), "e" + i, "t2"));
      }
      for (int i = 0; i < experts; i++) {
        events.add(i % 2 == 0 ? AdjustmentEvent.reappointed(LocalDate.of(2024, 6, 1), "e" + i) : AdjustmentEvent.withdrew(LocalDate.of(2024, 6, 1), "e" + i));
      }
      AdjustmentLog appended = AdjustmentLog.of(founding, COHORT, List.of());
      for (AdjustmentEvent event : events) {
        appended = appended.append(event);
      }
      AdjustmentLog atOnce = AdjustmentLog.of(founding, COHORT, events);
      GroupState state = atOnce.stateOn(LocalDate.of(2025, 1, 1));

      assertThat(appended.stateOn(LocalDate.of(2025, 1, 1))).isEqualTo(state);
      assertThat(state.getTenures()).filteredOn(Tenure::isActive).hasSize(experts / 2);
      assertThat(state.getGroup().findTeam("t2").map(ExpertTeam::getMembers).orElseThrow()).hasSize(experts / 2);
      assertThat(AdjustmentLog.check(founding, COHORT, events)).isEmpty();
      List<AdjustmentEvent> reversed = new ArrayList<>(events);
      java.util.Collections.reverse(reversed);
      assertThat(AdjustmentLog.check(founding, COHORT, reversed)).hasSizeGreaterThan(experts);
    }
  }

  @Nested
  class Checkers {

    private final ObligationChecker obligations = ObligationChecker.of(TieredCareExpertGroupMeasures.obligationPolicy());

    @Test
    void checkersNameNullArgumentsAndElements() {
      assertThatNullPointerException().isThrownBy(() -> GroupChecker.of(null)).withMessage("policy");
      assertThatNullPointerException().isThrownBy(() -> ObligationChecker.of(null)).withMessage("policy");
      assertThatNullPointerException().isThrownBy(() -> GroupChecker.of(CompositionPolicy.of(2)).check(null)).withMessage("group");
      assertThatNullPointerException().isThrownBy(() -> obligations.checkActivities(null, DATE_2022_01_01)).withMessage("activities");
      assertThatNullPointerException().isThrownBy(() -> obligations.checkActivities(List.of(), null)).withMessage("asOf");
      assertThatNullPointerException()
          .isThrownBy(() -> obligations.checkActivities(Arrays.asList(activity("a1").build(), null), DATE_2022_01_01))
          .withMessage("activities[1]");
      assertThatNullPointerException().isThrownBy(() -> obligations.overdueReports(null, DATE_2022_01_01)).withMessage("assignments");
      assertThatNullPointerException().isThrownBy(() -> obligations.overdueReports(Arrays.asList((EvaluationAssignment) null), DATE_2022_01_01)).withMessage("assignments[0]");
      assertThatNullPointerException().isThrownBy(() -> obligations.overdueReports(List.of(), null)).withMessage("asOf");
      assertThatNullPointerException().isThrownBy(() -> obligations.checkAssignments(null, List.of())).withMessage("group");
      assertThatNullPointerException().isThrownBy(() -> obligations.checkAssignments(FOUNDING, null)).withMessage("assignments");
      assertThatNullPointerException().isThrownBy(() -> TieredCareExpertGroupMeasures.obligationPolicy().reportDueDate(null)).withMessage("assignment");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.expert.HostileInputTest#unsupportedDates")
    void obligationCheckersRejectAnUnsupportedAsOfNamingIt(LocalDate date) {
      assertThatIllegalArgumentException().isThrownBy(() -> obligations.checkActivities(List.of(), date)).withMessage("asOf " + date + " is outside the supported dates 1900-01-01 to 2200-12-31");
      assertThatIllegalArgumentException().isThrownBy(() -> obligations.overdueReports(List.of(), date)).withMessageStartingWith("asOf " + date);
    }

    @Test
    void duplicateIdsAreRejectedAndDanglingTeamsAreFindings() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> obligations.overdueReports(List.of(evaluation("v1").build(), evaluation("v1").build()), DATE_2022_01_01))
          .withMessage("assignments[1] repeats the id v1 of an earlier item");
      assertThat(obligations.checkAssignments(FOUNDING, List.of(evaluation("v1").team(LONG).build())))
          .extracting(Finding::getRuleId)
          .containsExactly(ObligationChecker.ASSIGNMENT);
    }

    @Test
    void reportDueOnTheLastSupportedDayPlusTheLongestPeriodIsADate() {
      ObligationPolicy longest = ObligationPolicy.builder().reportDueDays(36_600).build();
      EvaluationAssignment last = evaluation("v1").period(DateRange.of(SupportedRange.MAX_DATE, SupportedRange.MAX_DATE)).build();

      assertThat(longest.reportDueDate(last)).isEqualTo(SupportedRange.MAX_DATE.plusDays(36_600));
      assertThat(ObligationChecker.of(longest).overdueReports(List.of(last), SupportedRange.MAX_DATE)).isEmpty();
    }

    @Test
    void thousandsOfActivitiesAndEvaluationsAreEachChecked() {
      List<ExpertActivity> activities = IntStream.range(0, 5_000).mapToObj(i -> activity("a" + i).inGroupName(i % 2 == 0).build()).toList();
      List<EvaluationAssignment> evaluations = IntStream.range(0, 5_000).mapToObj(i -> evaluation("v" + i).build()).toList();

      assertThat(obligations.checkActivities(activities, SupportedRange.MAX_DATE)).hasSize(2_500).allMatch(f -> f.getRuleId().equals(ObligationChecker.APPROVAL));
      assertThat(obligations.overdueReports(evaluations, SupportedRange.MAX_DATE)).hasSize(5_000);
    }

    @Test
    void largeGroupIsCheckedOnceForEveryRule() {
      List<Expert> roster = IntStream.range(0, 3_000).mapToObj(i -> Fixtures.expert("e" + i, Sector.values()[i % 6], i % 500 == 0)).toList();
      List<ExpertTeam> teams = new ArrayList<>();
      List<Province> provinces = List.copyOf(EnumSet.copyOf(Province.mainland()));
      for (int t = 0; t < 6; t++) {
        Set<String> members = new java.util.LinkedHashSet<>();
        for (int i = t * 500; i < (t + 1) * 500; i++) {
          members.add("e" + i);
        }
        Set<Province> own = EnumSet.noneOf(Province.class);
        for (int p = t; p < provinces.size(); p += 6) {
          own.add(provinces.get(p));
        }
        teams.add(Fixtures.team("t" + t, own, members, "e" + t * 500));
      }
      ExpertGroup group = Fixtures.group(roster, teams).build();

      assertThat(GroupChecker.of(CompositionPolicy.of(6, TeamMix.SECTORS)).check(group))
          .extracting(Finding::getRuleId)
          .containsOnly(GroupChecker.LIAISON)
          .hasSize(31);
    }
  }

  /** Personal data (phone, ID number) never appears in any text the package produces (issue 11). */
  @Test
  void phoneAndIdNumberAppearInNoTextAnywhere() {
    Expert private1 = Fixtures.expertBuilder("e1", Sector.UNIVERSITY, true).phone(PHONE).idNumber(ID_NUMBER).build();
    Expert private2 = Fixtures.expertBuilder("e2", Sector.UNIVERSITY, false).phone(PHONE).idNumber(ID_NUMBER).attestations(ALL_CRITERIA.subList(0, 1)).build();
    ExpertGroup founding =
        Fixtures.group(List.of(private1, private2), List.of(Fixtures.emptyTeam("t1", Set.of(Province.BEIJING)), Fixtures.emptyTeam("t2", Set.of(Province.HEBEI))))
            .build();
    AdjustmentLog log =
        AdjustmentLog.of(
            founding,
            COHORT,
            List.of(
                AdjustmentEvent.appointed(DATE_2022_01_01, "e1", "t1"),
                AdjustmentEvent.appointed(DATE_2022_01_01, "e2", "t1"),
                AdjustmentEvent.madeLeader(DATE_2022_01_01, "e2"),
                AdjustmentEvent.dismissed(LocalDate.of(2023, 1, 1), "e2", REASON)));
    List<String> texts = new ArrayList<>();
    Consumer<Object> add = value -> texts.add(String.valueOf(value));
    add.accept(private1);
    add.accept(founding);
    add.accept(log);
    for (LocalDate date : List.of(DATE_2022_01_01, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 11, 1), LocalDate.of(2025, 1, 1))) {
      GroupState state = log.stateOn(date);
      add.accept(state);
      add.accept(state.getGroup());
      state.getTenures().forEach(tenure -> {
        add.accept(tenure);
        add.accept(tenure.getReason());
        add.accept(tenure.getHistory());
      });
      GroupChecker.of(CompositionPolicy.of(2, TeamMix.SECTORS_AND_FIELDS)).check(state.getGroup()).forEach(add);
    }
    AdjustmentLog.check(founding, COHORT, List.of(AdjustmentEvent.moved(DATE_2022_01_01, "e1", "t2"), AdjustmentEvent.appointed(DATE_2022_01_01, "e1", "t9")))
        .forEach(add);
    try {
      log.append(AdjustmentEvent.withdrew(LocalDate.of(2023, 6, 1), "e2"));
    } catch (InvalidEventException e) {
      add.accept(e);
      add.accept(e.getReason());
    }
    try {
      Fixtures.expertBuilder("", Sector.FINANCE, true).phone(PHONE).idNumber(ID_NUMBER).build();
    } catch (ConstraintViolationException e) {
      add.accept(e.getMessage());
      e.getConstraintViolations().forEach(v -> add.accept(v.getMessage()));
    }

    assertThat(texts).hasSizeGreaterThan(20).noneMatch(text -> text.contains(PHONE) || text.contains(ID_NUMBER));
    assertThat(texts).anyMatch(text -> text.contains("专家e1"));
  }

  private static ExpertActivity.Builder activity(String id) {
    ExpertActivity.Builder builder = ExpertActivity.builder();
    builder.id(id).expert("e1").kind(ExpertActivityKind.ARTICLE).date(DATE_2022_01_01).inGroupName(true);
    return builder;
  }

  private static EvaluationAssignment.Builder evaluation(String id) {
    EvaluationAssignment.Builder builder = EvaluationAssignment.builder();
    builder.id(id).team("t1").province(Province.BEIJING).period(DateRange.of(DATE_2022_01_01, DATE_2022_01_01.plusDays(9)));
    return builder;
  }
}
