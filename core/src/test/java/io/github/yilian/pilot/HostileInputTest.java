package io.github.yilian.pilot;

import static io.github.yilian.pilot.PilotFixtures.ANSHAN;
import static io.github.yilian.pilot.PilotFixtures.EXPERT_A;
import static io.github.yilian.pilot.PilotFixtures.EXPERT_B;
import static io.github.yilian.pilot.PilotFixtures.GROUP;
import static io.github.yilian.pilot.PilotFixtures.OUTSIDER;
import static io.github.yilian.pilot.PilotFixtures.PROGRAMME_2011;
import static io.github.yilian.pilot.PilotFixtures.SCHEDULE;
import static io.github.yilian.pilot.PilotFixtures.WUHU;
import static io.github.yilian.pilot.PilotFixtures.XIAMEN;
import static io.github.yilian.pilot.PilotFixtures.ZHENJIANG;
import static io.github.yilian.pilot.PilotFixtures.bare;
import static io.github.yilian.pilot.PilotFixtures.date;
import static io.github.yilian.pilot.PilotFixtures.record;
import static io.github.yilian.pilot.PilotFixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.SupportedRange;
import jakarta.validation.ConstraintViolationException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public factory, builder and calculator of the pilot package fed edge values: nulls in
 * arguments and collections, blank, very long and control-character strings, 0, negative and MAX
 * numbers, {@code LocalDate.MIN}/{@code MAX}, duplicate and dangling ids, thousands of activities.
 * Each gets its documented outcome: a {@link NullPointerException} naming the argument, a
 * {@link ConstraintViolationException} naming the field and the value, an
 * {@link IllegalArgumentException} naming the parameter and the value, an
 * {@link IllegalStateException} naming the missing attributes of an incomplete builder, or a result
 * that holds the spec's invariants.
 */
class HostileInputTest {

  private static final String LONG = "长".repeat(100_000);
  private static final String CONTROLS = "a\u0000\u0001\u001b\u007f\u0085b";
  private static final String SUPPORTED = "must be a date from 1900-01-01 to 2200-12-31";

  /** The dates outside the supported range, with how the violation shows them. */
  static Stream<LocalDate> unsupportedDates() {
    return Stream.of(LocalDate.MIN, date(1899, 12, 31), date(2201, 1, 1), LocalDate.MAX);
  }

  private static void rejected(Runnable build, String message) {
    assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(build::run).withMessageContaining(message);
  }

  @Nested
  class Cities {

    @Test
    void nullNameOrProvinceIsNamed() {
      assertThatNullPointerException().isThrownBy(() -> PilotCity.of(null, "江苏省")).withMessage("name");
      assertThatNullPointerException().isThrownBy(() -> PilotCity.of("镇江市", null)).withMessage("province");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankNameIsRejected(String blank) {
      rejected(() -> PilotCity.of(blank, "江苏省"), "name must not be blank");
    }

    @Test
    void veryLongAndControlCharacterNamesAreKeptAsGiven() {
      assertThat(PilotCity.of(LONG, CONTROLS).getName()).hasSize(100_000);
      assertThat(PilotCity.of(LONG, CONTROLS).getProvince()).isEqualTo(CONTROLS);
    }

    @Test
    void compareToNullIsNamed() {
      assertThatNullPointerException().isThrownBy(() -> ZHENJIANG.compareTo(null)).withMessage("other");
    }
  }

  @Nested
  class Groups {

    private CollaborationGroup.Builder valid() {
      CollaborationGroup.Builder builder = CollaborationGroup.builder();
      builder.topic(ReformTopic.PERSONNEL_AND_PAY_REFORM).addLeadUnits(ZHENJIANG, WUHU).addGuidingExperts(EXPERT_A, EXPERT_B);
      return builder;
    }

    @Test
    void nullsInArgumentsAndCollectionsAreNamed() {
      assertThatNullPointerException().isThrownBy(() -> CollaborationGroup.builder().topic(null)).withMessage("topic");
      assertThatNullPointerException().isThrownBy(() -> CollaborationGroup.builder().addLeadUnits((PilotCity) null))
          .withMessage("leadUnits element");
      assertThatNullPointerException().isThrownBy(() -> CollaborationGroup.builder().addParticipants(ANSHAN, null))
          .withMessage("participants element");
      assertThatNullPointerException().isThrownBy(() -> CollaborationGroup.builder().addGuidingExperts((String) null))
          .withMessage("guidingExperts element");
    }

    @Test
    void missingTopicNamesTheAttribute() {
      assertThatIllegalStateException()
          .isThrownBy(() -> CollaborationGroup.builder().addLeadUnits(ZHENJIANG, WUHU).build())
          .withMessageContaining("[topic]");
    }

    @Test
    void blankExpertNameIsRejected() {
      rejected(() -> valid().guidingExperts(List.of(EXPERT_A, " ")).build(), "must not be blank");
    }

    @Test
    void noLeadsAndNoExpertsAreRejected() {
      rejected(
          () -> CollaborationGroup.builder().topic(ReformTopic.PERSONNEL_AND_PAY_REFORM).build(),
          "leadUnits size must be between 2 and 2: []");
    }

    @Test
    void thousandsOfParticipantsAreKept() {
      List<PilotCity> many = new ArrayList<>();
      for (int i = 0; i < 5_000; i++) {
        many.add(PilotCity.of("市" + i, "省"));
      }

      assertThat(valid().addAllParticipants(many).build().getMembers()).hasSize(5_002);
    }
  }

  @Nested
  class Activities {

    @Test
    void nullsInArgumentsAndCollectionsAreNamed() {
      Activity.Builder builder = Activity.builder();
      assertThatNullPointerException().isThrownBy(() -> builder.id(null)).withMessage("id");
      assertThatNullPointerException().isThrownBy(() -> builder.date(null)).withMessage("date");
      assertThatNullPointerException().isThrownBy(() -> builder.lastDay(null)).withMessage("lastDay");
      assertThatNullPointerException().isThrownBy(() -> builder.host((PilotCity) null)).withMessage("host");
      assertThatNullPointerException().isThrownBy(() -> builder.addHeldBy((ReformTopic) null)).withMessage("heldBy element");
      assertThatNullPointerException().isThrownBy(() -> builder.putHealthBureauHeads(null, 1)).withMessage("healthBureauHeads key");
      assertThatNullPointerException().isThrownBy(() -> builder.healthBureauHeads(Collections.singletonMap(ZHENJIANG, (Integer) null)))
          .withMessage("healthBureauHeads value for key: 镇江市 (江苏省)");
      assertThatNullPointerException().isThrownBy(() -> builder.addGuidingExpertsPresent((String) null))
          .withMessage("guidingExpertsPresent element");
      assertThatNullPointerException().isThrownBy(() -> builder.addGuestCities((PilotCity) null)).withMessage("guestCities element");
      assertThatNullPointerException().isThrownBy(() -> builder.addGuestRegions((String) null)).withMessage("guestRegions element");
      assertThatNullPointerException().isThrownBy(() -> builder.planSubmitted((LocalDate) null)).withMessage("planSubmitted");
      assertThatNullPointerException().isThrownBy(() -> builder.reportSubmitted((LocalDate) null)).withMessage("reportSubmitted");
      assertThatNullPointerException().isThrownBy(() -> symposium("a1", date(2012, 3, 28)).build().headsFrom(null))
          .withMessage("city");
    }

    @Test
    void missingIdDateAndKindAreNamed() {
      assertThatIllegalStateException().isThrownBy(() -> Activity.builder().build()).withMessageContaining("[id, date, kind]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n"})
    void blankIdGuestRegionOrExpertIsRejected(String blank) {
      rejected(() -> symposium(blank, date(2012, 3, 28)).build(), "id must not be blank");
      rejected(() -> symposium("a1", date(2012, 3, 28)).addGuestRegions(blank).build(), "must not be blank");
      rejected(() -> symposium("a1", date(2012, 3, 28)).addGuidingExpertsPresent(blank).build(), "must not be blank");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.pilot.HostileInputTest#unsupportedDates")
    void everyDateOutsideTheSupportedRangeIsRejected(LocalDate date) {
      rejected(() -> symposium("a1", date).build(), "date " + SUPPORTED + ": " + date);
      rejected(() -> symposium("a1", date(2200, 12, 30)).lastDay(date).build(), SUPPORTED + ": " + date);
      rejected(() -> symposium("a1", date(2012, 3, 28)).planSubmitted(date).build(), SUPPORTED + ": " + date);
      rejected(() -> symposium("a1", date(2012, 3, 28)).reportSubmitted(date).build(), SUPPORTED + ": " + date);
    }

    @Test
    void activityOnTheFirstSupportedDayHasItsPlanDueTheDayBefore() {
      GroupRecord record = record(bare("a1", SupportedRange.MIN_DATE, ActivityKind.SYMPOSIUM));
      CollaborationProgramme early =
          CollaborationProgramme.builder()
              .from(PROGRAMME_2011)
              .phase1(DateRange.of(SupportedRange.MIN_DATE, date(1900, 3, 31)))
              .firstActivityDue(date(1900, 1, 31))
              .experienceReportDue(date(1900, 2, 1))
              .policyDraftDue(date(1900, 2, 20))
              .policyMeasuresDue(date(1900, 2, 28))
              .phase2Start(date(1900, 4, 1))
              .build();

      assertThat(PilotSchedule.of(early).compliance(record, SupportedRange.MIN_DATE).activity(Obligation.P7, "a1"))
          .hasValueSatisfying(p7 -> assertThat(p7.getInstance().getDue()).isEqualTo(date(1899, 12, 31)));
    }

    @Test
    void negativeHeadsAreRejectedAndMaxHeadsKept() {
      rejected(() -> symposium("a1", date(2012, 3, 28)).putHealthBureauHeads(XIAMEN, Integer.MIN_VALUE).build(),
          "must be greater than or equal to 0: -2147483648");
      assertThat(symposium("a1", date(2012, 3, 28)).putHealthBureauHeads(XIAMEN, Integer.MAX_VALUE).build().headsFrom(XIAMEN))
          .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void veryLongAndControlCharacterIdsAreKept() {
      assertThat(symposium(LONG, date(2012, 3, 28)).build().getId()).hasSize(100_000);
      assertThat(symposium(CONTROLS, date(2012, 3, 28)).build().getId()).isEqualTo(CONTROLS);
    }

    @Test
    void activityOverTheWholeSupportedRangeIsOneActivity() {
      Activity forever = symposium("a1", SupportedRange.MIN_DATE).lastDay(SupportedRange.MAX_DATE).build();

      assertThat(forever.getDays().lengthInDays()).isEqualTo(109_938);
    }
  }

  @Nested
  class Submissions {

    @Test
    void nullsAreNamed() {
      assertThatNullPointerException().isThrownBy(() -> Submission.of(null, date(2012, 1, 1))).withMessage("kind");
      assertThatNullPointerException().isThrownBy(() -> Submission.of(DocumentKind.POLICY_DRAFT, null)).withMessage("date");
      assertThatNullPointerException().isThrownBy(() -> Submission.ofYear(null, 2012, date(2012, 1, 1))).withMessage("kind");
      assertThatNullPointerException().isThrownBy(() -> Submission.ofYear(DocumentKind.WORK_PLAN, 2012, null)).withMessage("date");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.pilot.HostileInputTest#unsupportedDates")
    void dateOutsideTheSupportedRangeIsRejected(LocalDate date) {
      rejected(() -> Submission.of(DocumentKind.POLICY_DRAFT, date), "date " + SUPPORTED + ": " + date);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1899, 2201, Integer.MAX_VALUE})
    void workYearOutsideTheSupportedYearsIsRejected(int year) {
      rejected(() -> Submission.ofYear(DocumentKind.WORK_PLAN, year, date(2012, 1, 1)), "must be a year from 1900 to 2200: " + year);
    }

    @Test
    void workYearsAtTheEdgesAreKept() {
      assertThat(Submission.ofYear(DocumentKind.WORK_SUMMARY, 1900, date(2012, 1, 1)).getWorkYear()).contains(1900);
      assertThat(Submission.ofYear(DocumentKind.WORK_SUMMARY, 2200, date(2012, 1, 1)).getWorkYear()).contains(2200);
    }
  }

  @Nested
  class Records {

    @Test
    void nullsAreNamedAndTheGroupIsRequired() {
      assertThatNullPointerException().isThrownBy(() -> GroupRecord.builder().group(null)).withMessage("group");
      assertThatNullPointerException().isThrownBy(() -> GroupRecord.builder().addActivities((Activity) null))
          .withMessage("activities element");
      assertThatNullPointerException().isThrownBy(() -> GroupRecord.builder().addSubmissions((Submission) null))
          .withMessage("submissions element");
      assertThatIllegalStateException().isThrownBy(() -> GroupRecord.builder().build()).withMessageContaining("[group]");
    }

    @Test
    void everyDuplicateIdIsNamed() {
      Activity a = bare("a1", date(2012, 3, 28), ActivityKind.SYMPOSIUM);
      Activity b = bare("b1", date(2012, 4, 28), ActivityKind.SYMPOSIUM);

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record(a, b, a, b, a))
          .withMessage("GroupRecord is invalid: activities: activity id a1 is used more than once; activities: activity id b1 is used"
              + " more than once");
    }

    @Test
    void danglingHostCityAndExpertAreRejected() {
      rejected(() -> record(Activity.builder().from(bare("a1", date(2012, 3, 28), ActivityKind.SYMPOSIUM)).host(OUTSIDER).build()),
          "host 洛阳市 (河南省) of activity a1 is not a member");
      rejected(() -> record(symposium("a1", date(2012, 3, 28)).putHealthBureauHeads(OUTSIDER, 0).build()),
          "city 洛阳市 (河南省) sent heads to activity a1 but is neither a member nor a guest");
      rejected(() -> record(symposium("a1", date(2012, 3, 28)).addGuidingExpertsPresent(CONTROLS).build()),
          "is listed as a guiding expert at activity a1 but is not one of the group's");
    }

    @Test
    void sameActivityInTwoRecordsOfOneGroupIsAccepted() {
      Activity a = bare("a1", date(2012, 3, 28), ActivityKind.SYMPOSIUM);

      assertThat(record(a)).isEqualTo(record(a));
    }
  }

  @Nested
  class Programmes {

    private CollaborationProgramme.Builder from2011() {
      return CollaborationProgramme.builder().from(PROGRAMME_2011);
    }

    @Test
    void nullsAreNamedAndEveryDateIsRequired() {
      assertThatNullPointerException().isThrownBy(() -> CollaborationProgramme.builder().phase1(null)).withMessage("phase1");
      assertThatNullPointerException().isThrownBy(() -> CollaborationProgramme.builder().workYearStart(null))
          .withMessage("workYearStart");
      assertThatNullPointerException().isThrownBy(() -> CollaborationProgramme.builder().addGroups((CollaborationGroup) null))
          .withMessage("groups element");
      assertThatIllegalStateException()
          .isThrownBy(() -> CollaborationProgramme.builder().build())
          .withMessageContaining("[phase1, firstActivityDue, minPhase1Activities, experienceReportDue, policyDraftDue, policyMeasuresDue, phase2Start]");
      assertThatNullPointerException().isThrownBy(() -> PROGRAMME_2011.groupFor(null)).withMessage("topic");
      assertThatNullPointerException().isThrownBy(() -> PROGRAMME_2011.workYearOf(null)).withMessage("date");
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0})
    void countsBelowOneAreRejected(int count) {
      rejected(() -> from2011().minPhase1Activities(count).build(), "minPhase1Activities must be greater than 0: " + count);
      rejected(() -> from2011().minActivitiesPerQuarter(count).build(), "minActivitiesPerQuarter must be greater than 0: " + count);
      rejected(() -> from2011().minInterGroupExchangesPerYear(count).build(), "minInterGroupExchangesPerYear must be greater than 0: " + count);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 367, Integer.MAX_VALUE})
    void periodsOutsideOneTo366DaysAreRejected(int days) {
      for (Consumer<CollaborationProgramme.Builder> setter :
          List.<Consumer<CollaborationProgramme.Builder>>of(
              b -> b.activityReportDays(days), b -> b.workPlanDays(days), b -> b.workSummaryDays(days))) {
        CollaborationProgramme.Builder builder = from2011();
        setter.accept(builder);
        rejected(builder::build, ": " + days);
      }
    }

    @Test
    void maxCountsAreAcceptedAndNeverMet() {
      CollaborationProgramme max =
          from2011().minPhase1Activities(Integer.MAX_VALUE).minActivitiesPerQuarter(Integer.MAX_VALUE)
              .minInterGroupExchangesPerYear(Integer.MAX_VALUE).build();
      GroupRecord record = record(bare("a1", date(2012, 5, 1), ActivityKind.INTER_GROUP_EXCHANGE));

      GroupCompliance compliance = PilotSchedule.of(max).compliance(record, date(2013, 1, 1));

      assertThat(compliance.phase1(Obligation.P2).getStatus()).isEqualTo(ComplianceStatus.OVERDUE);
      assertThat(compliance.quarter(2012, 2).orElseThrow().getCounted()).isEqualTo(1);
      assertThat(compliance.workYear(Obligation.P12, 2012).orElseThrow().getStatus()).isEqualTo(ComplianceStatus.OVERDUE);
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.pilot.HostileInputTest#unsupportedDates")
    void deadlinesOutsideTheSupportedRangeAreRejected(LocalDate date) {
      rejected(() -> from2011().policyDraftDue(date).build(), "policyDraftDue " + SUPPORTED + ": " + date);
      rejected(() -> from2011().phase2Start(date).build(), "phase2Start " + SUPPORTED + ": " + date);
    }

    @Test
    void phase1OutsideTheSupportedRangeIsRejected() {
      rejected(
          () -> from2011().phase1(DateRange.of(LocalDate.MIN, date(2012, 3, 31))).build(),
          "phase1: phase 1 -999999999-01-01 to 2012-03-31 is outside the supported dates 1900-01-01 to 2200-12-31");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.pilot.HostileInputTest#unsupportedDates")
    void workYearOfAnUnsupportedDateIsRejected(LocalDate date) {
      assertThatIllegalArgumentException().isThrownBy(() -> PROGRAMME_2011.workYearOf(date))
          .withMessage("date " + date + " is outside the supported dates 1900-01-01 to 2200-12-31");
    }

    @Test
    void workYearOfTheLastSupportedDayEndsAfterIt() {
      CollaborationProgramme july = from2011().workYearStart(Month.JULY).build();

      assertThat(july.workYearOf(SupportedRange.MAX_DATE)).isEqualTo(DateRange.of(date(2200, 7, 1), date(2201, 6, 30)));
    }
  }

  @Nested
  class Schedules {

    private final GroupRecord record = record(symposium("a1", date(2012, 3, 28)).build());

    @Test
    void nullsAreNamed() {
      assertThatNullPointerException().isThrownBy(() -> PilotSchedule.of(null)).withMessage("programme");
      assertThatNullPointerException().isThrownBy(() -> SCHEDULE.obligations(null, date(2012, 1, 1))).withMessage("record");
      assertThatNullPointerException().isThrownBy(() -> SCHEDULE.obligations(record, null)).withMessage("horizon");
      assertThatNullPointerException().isThrownBy(() -> SCHEDULE.compliance(null, date(2012, 1, 1))).withMessage("record");
      assertThatNullPointerException().isThrownBy(() -> SCHEDULE.compliance(record, null)).withMessage("asOf");
      assertThatNullPointerException().isThrownBy(() -> SCHEDULE.nextHost(null, date(2012, 1, 1))).withMessage("record");
      assertThatNullPointerException().isThrownBy(() -> SCHEDULE.nextHost(record, null)).withMessage("asOf");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.pilot.HostileInputTest#unsupportedDates")
    void datesOutsideTheSupportedRangeAreRejected(LocalDate date) {
      String outside = " " + date + " is outside the supported dates 1900-01-01 to 2200-12-31";
      assertThatIllegalArgumentException().isThrownBy(() -> SCHEDULE.obligations(record, date)).withMessage("horizon" + outside);
      assertThatIllegalArgumentException().isThrownBy(() -> SCHEDULE.compliance(record, date)).withMessage("asOf" + outside);
      assertThatIllegalArgumentException().isThrownBy(() -> SCHEDULE.nextHost(record, date)).withMessage("asOf" + outside);
    }

    /** The horizon used to grow the schedule without bound (8 million instances for year 1000000). */
    @Test
    void horizonMoreThanAHundredYearsAfterTheStartIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> SCHEDULE.obligations(record, date(2111, 11, 2)))
          .withMessage("horizon 2111-11-02 is more than 100 years after the programme start 2011-11-01 (at most 2111-11-01)");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> SCHEDULE.compliance(record, date(2111, 11, 2)))
          .withMessage("asOf 2111-11-02 is more than 100 years after the programme start 2011-11-01 (at most 2111-11-01)");
    }

    @Test
    void theLongestHorizonGivesABoundedSchedule() {
      List<ObligationInstance> schedule = SCHEDULE.obligations(record, date(2111, 11, 1));

      // P1–P5; P6 2012-Q2 … 2111-Q4 (399); P10 2011…2111 (101); P11 2011…2110 (100); P12, P13 2012…2111 (100 each);
      // P7, P8, P9, P14 for a1
      assertThat(schedule).hasSize(5 + 399 + 101 + 100 + 100 + 100 + 4);
      assertThat(SCHEDULE.compliance(record, date(2111, 11, 1)).getStatuses()).hasSize(5 + 399 + 101 + 100 + 100 + 4);
    }

    @Test
    void programmeAtTheEndOfTheSupportedRangeSchedulesUpToTheLastDay() {
      CollaborationProgramme late =
          CollaborationProgramme.builder()
              .from(PROGRAMME_2011)
              .phase1(DateRange.of(date(2200, 1, 1), date(2200, 3, 31)))
              .firstActivityDue(date(2200, 1, 31))
              .experienceReportDue(date(2200, 2, 1))
              .policyDraftDue(date(2200, 2, 20))
              .policyMeasuresDue(date(2200, 2, 28))
              .phase2Start(date(2200, 4, 1))
              .activityReportDays(CollaborationProgramme.MAX_DAYS)
              .workSummaryDays(CollaborationProgramme.MAX_DAYS)
              .workPlanDays(CollaborationProgramme.MAX_DAYS)
              .build();
      GroupRecord last = record(bare("a1", SupportedRange.MAX_DATE, ActivityKind.SYMPOSIUM));

      List<ObligationInstance> schedule = PilotSchedule.of(late).obligations(last, SupportedRange.MAX_DATE);
      String ics = ICalendarExport.write(ReformTopic.HOSPITAL_INFORMATISATION, schedule, Instant.parse("2200-12-31T12:00:00Z"), "x.org");

      assertThat(schedule).filteredOn(i -> i.getObligation() == Obligation.P8)
          .extracting(ObligationInstance::getDue).containsExactly(date(2202, 1, 1));
      assertThat(ics).contains("DTSTART;VALUE=DATE:22020101");
    }

    @Test
    void thousandsOfActivitiesAreJudgedOneByOne() {
      List<Activity> many = new ArrayList<>();
      LocalDate day = date(2011, 11, 1);
      for (int i = 0; i < 5_000; i++) {
        many.add(symposium("a" + i, day.plusDays(i)).planSubmitted(day.plusDays(i - 1)).reportSubmitted(day.plusDays(i + 5)).build());
      }
      GroupRecord busy = record(many, List.of());
      LocalDate asOf = date(2025, 7, 1);

      GroupCompliance compliance = SCHEDULE.compliance(busy, asOf);

      // 2025-07-01 is 4,991 days after 2011-11-01, so activities a0 … a4991 have begun: 4 obligations each
      assertThat(compliance.getStatuses()).filteredOn(s -> s.getInstance().getScope() == ObligationScope.ACTIVITY).hasSize(4 * 4_992);
      assertThat(compliance.getStatuses()).filteredOn(s -> s.getInstance().getObligation() == Obligation.P6)
          .allSatisfy(s -> assertThat(s.getStatus()).isIn(ComplianceStatus.MET, ComplianceStatus.PENDING));
      assertThat(compliance.getOverdue()).extracting(s -> s.getInstance().getObligation())
          .containsOnly(Obligation.P3, Obligation.P4, Obligation.P5, Obligation.P10, Obligation.P11, Obligation.P12);
      // Zhenjiang hosted them all; of the three that never hosted, 厦门市 comes first by name
      assertThat(SCHEDULE.nextHost(busy, asOf).getCity()).isEqualTo(XIAMEN);
    }

    @Test
    void activityBeforeTheProgrammeStartIsListedButNeverTheFirstActivity() {
      GroupRecord early = record(symposium("a0", date(1990, 1, 1)).build());
      GroupCompliance compliance = SCHEDULE.compliance(early, date(2011, 12, 1));

      assertThat(compliance.activity(Obligation.P8, "a0")).isPresent();
      assertThat(compliance.phase1(Obligation.P1).getStatus()).isEqualTo(ComplianceStatus.OVERDUE);
    }
  }

  @Nested
  class Lookups {

    private final GroupCompliance compliance = SCHEDULE.compliance(record(symposium("a1", date(2012, 3, 28)).build()), date(2013, 1, 1));

    @Test
    void nullsAreNamed() {
      assertThatNullPointerException().isThrownBy(() -> compliance.phase1(null)).withMessage("obligation");
      assertThatNullPointerException().isThrownBy(() -> compliance.workYear(null, 2012)).withMessage("obligation");
      assertThatNullPointerException().isThrownBy(() -> compliance.activity(null, "a1")).withMessage("obligation");
      assertThatNullPointerException().isThrownBy(() -> compliance.activity(Obligation.P8, null)).withMessage("activityId");
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1899, 2201, Integer.MAX_VALUE})
    void yearsOutsideTheSupportedYearsAreRejected(int year) {
      assertThatIllegalArgumentException().isThrownBy(() -> compliance.quarter(year, 1))
          .withMessage("year " + year + " is outside the supported years 1900 to 2200");
      assertThatIllegalArgumentException().isThrownBy(() -> compliance.workYear(Obligation.P10, year))
          .withMessage("year " + year + " is outside the supported years 1900 to 2200");
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 5, Integer.MAX_VALUE})
    void quartersOutsideOneToFourAreRejected(int quarter) {
      assertThatIllegalArgumentException().isThrownBy(() -> compliance.quarter(2012, quarter))
          .withMessage("quarter " + quarter + " is outside 1 to 4");
    }

    @Test
    void unknownBlankAndControlCharacterIdsFindNothing() {
      for (String id : List.of("", " ", CONTROLS, LONG, "a1 ")) {
        assertThat(compliance.activity(Obligation.P8, id)).as(id.length() + " characters").isEmpty();
      }
    }
  }

  @Nested
  class Calendars {

    private final List<ObligationInstance> schedule = SCHEDULE.obligations(record(symposium(CONTROLS + LONG, date(2012, 3, 28)).build()), date(2012, 12, 31));

    @Test
    void nullsAreNamed() {
      Instant stamp = Instant.EPOCH;
      ReformTopic topic = ReformTopic.PLANNING_AND_REGULATION;
      assertThatNullPointerException().isThrownBy(() -> ICalendarExport.write(null, schedule, stamp, "x.org")).withMessage("topic");
      assertThatNullPointerException().isThrownBy(() -> ICalendarExport.write(topic, null, stamp, "x.org")).withMessage("instances");
      assertThatNullPointerException().isThrownBy(() -> ICalendarExport.write(topic, schedule, null, "x.org")).withMessage("stamp");
      assertThatNullPointerException().isThrownBy(() -> ICalendarExport.write(topic, schedule, stamp, null)).withMessage("uidDomain");
      assertThatNullPointerException().isThrownBy(() -> ICalendarExport.write(topic, Arrays.asList(null, schedule.get(0)), stamp, "x.org"))
          .withMessage("instances[0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\r\n"})
    void blankDomainIsRejected(String blank) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ICalendarExport.write(ReformTopic.PLANNING_AND_REGULATION, schedule, Instant.EPOCH, blank))
          .withMessageStartingWith("uidDomain must not be blank: \"");
    }

    @Test
    void veryLongControlCharacterIdsGiveAValidCalendarWithOneEventPerInstance() throws Exception {
      String ics = ICalendarExport.write(ReformTopic.PLANNING_AND_REGULATION, schedule, Instant.EPOCH, CONTROLS + ".org");

      Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
      calendar.validate();

      assertThat(calendar.getComponents(Component.VEVENT)).hasSize(schedule.size());
      assertThat(ics.replace("\r\n", "")).doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F\\x7F\\x80-\\x9F]");
    }
  }

  @Nested
  class Enums {

    @Test
    void unknownAndNullNamesFailAsJavaEnumsDo() {
      assertThatIllegalArgumentException().isThrownBy(() -> Obligation.valueOf("P15"));
      assertThatNullPointerException().isThrownBy(() -> Obligation.valueOf(null));
      assertThatIllegalArgumentException().isThrownBy(() -> ReformTopic.valueOf(""));
    }

    @Test
    void presetIsOneSharedValue() {
      assertThat(PilotProgramme2011.programme()).isSameAs(PilotProgramme2011.programme());
    }
  }
}
