package io.github.yilian.alliance;

import static io.github.yilian.alliance.Fixtures.ALLIANCE;
import static io.github.yilian.alliance.Fixtures.MARCH_1;
import static io.github.yilian.alliance.Fixtures.NEUROSURGERY;
import static io.github.yilian.alliance.Fixtures.PEOPLES;
import static io.github.yilian.alliance.Fixtures.TCM;
import static io.github.yilian.alliance.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.SupportedRange;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public factory, builder and calculator of the alliance package fed edge values, each with the
 * documented outcome: a {@link NullPointerException} naming the argument or attribute, an
 * {@link IllegalStateException} naming the attributes a builder misses, a
 * {@link ConstraintViolationException} naming the field and the value, an
 * {@link IllegalArgumentException} naming the argument, or a result that holds the spec's
 * invariants. No other exception escapes, and no input makes the work unbounded.
 */
class HostileInputTest {

  private static final Rubric HAIKOU = HaikouAllianceRubric2021.rubric();
  private static final String LONG = "x".repeat(100_000);
  private static final String CONTROL = "\u0000\u0007\u001b[31m";
  private static final Duration QUICK = Duration.ofSeconds(5);

  private static void invariantsHold(AllianceAssessment assessment) {
    assertThat(assessment.getScores()).allSatisfy(s -> {
      assertThat(s.getPoints()).isBetween(0, s.getMaxPoints());
      assertThat(s.getReason().getChinese()).isNotBlank();
      assertThat(s.getReason().getEnglish()).isNotBlank();
    });
    assertThat(assessment.getTotal()).isBetween(0, assessment.getScores().stream().mapToInt(CriterionScore::getMaxPoints).sum());
    assertThat(assessment.getReason().getEnglish()).startsWith(assessment.getTotal() + " of ");
    assertThat(assessment.getObservations()).isNotNull();
  }

  @Nested
  class Nulls {

    static Stream<Arguments> nullArguments() {
      Volume volume = Volume.of(1, 1, 1);
      return Stream.of(
          Arguments.of("CareUnit.of id", (ThrowingCallable) () -> CareUnit.of(null, NEUROSURGERY, NEUROSURGERY), "id"),
          Arguments.of("CareUnit.of hospital", (ThrowingCallable) () -> CareUnit.of("u", null, NEUROSURGERY), "hospital"),
          Arguments.of("CommitteeMember.of role", (ThrowingCallable) () -> CommitteeMember.of("夏鹰", null), "role"),
          Arguments.of("Criterion.of rule", (ThrowingCallable) () -> Criterion.of("c", NEUROSURGERY, null), "rule"),
          Arguments.of("GradeBand.of funding", (ThrowingCallable) () -> GradeBand.of(Grade.PASS, 60, null), "funding"),
          Arguments.of("LevelRule.of points", (ThrowingCallable) () -> LevelRule.of(LeveledEvidence.RESULT_SHARING, null), "pointsByLevel"),
          Arguments.of("LevelRule.of null level", (ThrowingCallable) () -> LevelRule.of(LeveledEvidence.RESULT_SHARING, Arrays.asList(0, null, 5)),
              "pointsByLevel[1]"),
          Arguments.of("MemberVolume.of this year", (ThrowingCallable) () -> MemberVolume.of("tcm", volume, null), "thisYear"),
          Arguments.of("MemberVolume.keeps", (ThrowingCallable) () -> MemberVolume.of("tcm", volume, volume).keeps(null), "measure"),
          Arguments.of("OutreachVisit.of date", (ThrowingCallable) () -> OutreachVisit.of(null, "tcm", OutreachKind.CLINIC), "date"),
          Arguments.of("PartyActivity.of kind", (ThrowingCallable) () -> PartyActivity.of(MARCH_1, null), "kind"),
          Arguments.of("PerItemRule.of evidence", (ThrowingCallable) () -> PerItemRule.of(null, 1, 1), "evidence"),
          Arguments.of("ResearchProject.of title", (ThrowingCallable) () -> ResearchProject.of("tcm", null, ProjectStatus.APPROVED), "title"),
          Arguments.of("YesNoRule.of fact", (ThrowingCallable) () -> YesNoRule.of(null, 5), "fact"),
          Arguments.of("Volume.get", (ThrowingCallable) () -> volume.get(null), "measure"),
          Arguments.of("Referral.builder patientId", (ThrowingCallable) () -> Referral.builder().patientId(null), "patientId"),
          Arguments.of("TraineeStay.builder period", (ThrowingCallable) () -> TraineeStay.builder().period(null), "period"),
          Arguments.of("SpecialtyAlliance.builder member element", (ThrowingCallable) () -> SpecialtyAlliance.builder().addMembers(TCM, null),
              "members element"),
          Arguments.of("SpecialtyAlliance.builder operatingSince", (ThrowingCallable) () -> SpecialtyAlliance.builder().operatingSince((LocalDate) null),
              "operatingSince"),
          Arguments.of("record meeting date element", (ThrowingCallable) () -> record().meetingDates(Arrays.asList(MARCH_1, null)),
              "meetingDates element"),
          Arguments.of("record visit element", (ThrowingCallable) () -> record().addOutreachVisits((OutreachVisit) null), "outreachVisits element"),
          Arguments.of("record alliance", (ThrowingCallable) () -> AllianceAssessmentRecord.builder().alliance(null), "alliance"),
          Arguments.of("Rubric.builder criterion element", (ThrowingCallable) () -> Rubric.builder().addCriteria((Criterion) null), "criteria element"),
          Arguments.of("Rubric.builder reading", (ThrowingCallable) () -> Rubric.builder().resultSharingReading(null), "resultSharingReading"),
          Arguments.of("GrowthRule.builder step", (ThrowingCallable) () -> GrowthRule.builder().stepPercent(null), "stepPercent"),
          Arguments.of("TargetCountRule.builder evidence", (ThrowingCallable) () -> TargetCountRule.builder().evidence(null), "evidence"),
          Arguments.of("Rubric.assess", (ThrowingCallable) () -> HAIKOU.assess(null), "record"),
          Arguments.of("AllianceAssessment.score", (ThrowingCallable) () -> HAIKOU.assess(record().build()).score(null), "criterionId"),
          Arguments.of("AllianceAssessment.rank", (ThrowingCallable) () -> AllianceAssessment.rank(null), "assessments"),
          Arguments.of("AllianceAssessment.rank element", (ThrowingCallable) () -> AllianceAssessment.rank(withNullAt(2)), "assessments[2]"),
          Arguments.of("SpecialtyAlliance.hasMember", (ThrowingCallable) () -> ALLIANCE.hasMember(null), "unitId"),
          Arguments.of("SpecialtyAlliance.hasUnit", (ThrowingCallable) () -> ALLIANCE.hasUnit(null), "unitId"));
    }

    private static List<AllianceAssessment> withNullAt(int index) {
      List<AllianceAssessment> list = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        list.add(i == index ? null : HAIKOU.assess(record().build()));
      }
      return list;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullArguments")
    void nullIsRejectedNamingTheArgument(String entryPoint, ThrowingCallable call, String name) {
      assertThatNullPointerException().isThrownBy(call).withMessage(name);
    }

    @Test
    void builderMissingRequiredAttributesNamesThem() {
      assertThatIllegalStateException().isThrownBy(() -> SpecialtyAlliance.builder().build())
          .withMessage("Cannot build SpecialtyAlliance, some of required attributes are not set [id, specialty, lead]");
      assertThatIllegalStateException().isThrownBy(() -> AllianceAssessmentRecord.builder().alliance(ALLIANCE).build())
          .withMessage("Cannot build AllianceAssessmentRecord, some of required attributes are not set [year]");
      assertThatIllegalStateException().isThrownBy(() -> TraineeStay.builder().personId("d").build())
          .withMessage("Cannot build TraineeStay, some of required attributes are not set [memberUnitId, kind, period]");
      assertThatIllegalStateException().isThrownBy(() -> GrowthRule.builder().cap(10).build())
          .withMessageStartingWith("Cannot build GrowthRule, some of required attributes are not set [thresholdPercent,");
    }
  }

  @Nested
  class Strings {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u000b\r"})
    void blankIdsAreRejectedNamingTheField(String blank) {
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> CareUnit.of(blank, NEUROSURGERY, NEUROSURGERY))
          .withMessageStartingWith("CareUnit is invalid: id must not be blank");
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> Fixtures.trainee(blank, "tcm"))
          .withMessageStartingWith("TraineeStay is invalid: personId must not be blank");
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> Criterion.of(blank, NEUROSURGERY, YesNoRule.of(YesNoFact.CHARTER_ADOPTED, 1)))
          .withMessageStartingWith("Criterion is invalid: id must not be blank");
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> ResearchProject.of("tcm", blank, ProjectStatus.DECLARED))
          .withMessageStartingWith("ResearchProject is invalid: title must not be blank");
    }

    @Test
    void veryLongAndControlCharacterIdsAreKeptAsGiven() {
      CareUnit longLead = CareUnit.of(LONG, NEUROSURGERY, NEUROSURGERY);
      CareUnit control = CareUnit.of(CONTROL, NEUROSURGERY, NEUROSURGERY);
      SpecialtyAlliance odd = SpecialtyAlliance.builder().id(CONTROL + LONG).specialty(NEUROSURGERY).lead(longLead).addMembers(control).build();
      AllianceAssessmentRecord evidence = AllianceAssessmentRecord.builder().alliance(odd).year(2021)
          .addOutreachVisits(OutreachVisit.of(MARCH_1, CONTROL, OutreachKind.CLINIC))
          .addReferrals(Referral.builder().patientId(LONG).date(MARCH_1).fromUnitId(CONTROL).toUnitId(LONG).build())
          .addResearchProjects(ResearchProject.of(CONTROL, LONG, ProjectStatus.APPROVED))
          .build();
      AllianceAssessment assessment = HAIKOU.assess(evidence);

      invariantsHold(assessment);
      assertThat(assessment.score(HaikouAllianceRubric2021.REFERRALS).getPoints()).isEqualTo(1);
      assertThat(odd.hasMember(CONTROL)).isTrue();
    }

    @Test
    void aPatientIdOfControlCharactersStaysOutOfEveryText() {
      String secret = "\u0001patient\u0002";
      AllianceAssessmentRecord evidence = record().addReferrals(Fixtures.referral(secret, "tcm", "peoples")).build();
      AllianceAssessment assessment = HAIKOU.assess(evidence);

      assertThat(evidence.toString() + assessment + assessment.getScores() + assessment.getReason()).doesNotContain(secret);
    }
  }

  @Nested
  class Numbers {

    @ParameterizedTest
    @ValueSource(longs = {-1, Long.MIN_VALUE, SupportedRange.MAX_COUNT + 1, Long.MAX_VALUE})
    void countsOutsideTheSupportedRangeAreRejected(long count) {
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> Volume.of(0, 0, count))
          .withMessageStartingWith("Volume is invalid: operations must be")
          .withMessageEndingWith(": " + count);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void nonPositivePointsAreRejected(int points) {
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> PerItemRule.of(CountedEvidence.TRAINEES, points, 10))
          .withMessage("PerItemRule is invalid: pointsEach must be greater than 0: " + points);
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> YesNoRule.of(YesNoFact.CHARTER_ADOPTED, points))
          .withMessage("YesNoRule is invalid: points must be greater than 0: " + points);
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> TargetCountRule.builder().evidence(CountedEvidence.WORKING_MEETINGS).target(points).points(5).deductionPerMissing(1).build())
          .withMessage("TargetCountRule is invalid: target must be greater than 0: " + points);
    }

    @Test
    void largestRulePointsScoreWithoutOverflowInARubricOfTheirTotal() {
      PerItemRule perItem = PerItemRule.of(CountedEvidence.OUTREACH_DAYS, Integer.MAX_VALUE, 10_000);
      Rubric rubric = Rubric.builder().id("max").name(NEUROSURGERY).totalPoints(10_000)
          .addCriteria(Criterion.of("o", NEUROSURGERY, perItem)).build();
      AllianceAssessment assessment = rubric.assess(record().addOutreachVisits(OutreachVisit.of(MARCH_1, "tcm", OutreachKind.CLINIC)).build());

      assertThat(assessment.getTotal()).isEqualTo(10_000);
      assertThat(StatusRule.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE).maxPoints()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aTargetOfMaxIntWithMaxDeductionNeverGoesBelowZero() {
      TargetCountRule rule = TargetCountRule.builder().evidence(CountedEvidence.WORKING_MEETINGS).target(Integer.MAX_VALUE)
          .points(7).deductionPerMissing(Integer.MAX_VALUE).build();
      Rubric rubric = Rubric.builder().id("t").name(NEUROSURGERY).totalPoints(7).addCriteria(Criterion.of("m", NEUROSURGERY, rule)).build();

      assertThat(rubric.assess(record().addMeetingDates(MARCH_1).build()).getTotal()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 60, 61, 100, Integer.MAX_VALUE})
    void anyTotalHasAGradeAndFunding(int total) {
      Grade grade = HAIKOU.gradeFor(total);

      assertThat(grade).isEqualTo(total > 90 ? Grade.EXCELLENT : total > 80 ? Grade.GOOD : total > 60 ? Grade.PASS : Grade.FAIL);
      assertThat(HAIKOU.fundingFor(total)).isNotNegative();
      assertThat(GradeBand.of(Grade.PASS, Integer.MAX_VALUE, BigDecimal.ONE).admits(total)).isFalse();
    }

    @Test
    void hugeDecimalsAreRejectedAtOnce() {
      assertTimeoutPreemptively(QUICK, () -> {
        for (String hostile : List.of("1E-20000000", "1E+2147483000", "-1E+2147483000", "5.00001", "1000000")) {
          assertThatExceptionOfType(ConstraintViolationException.class)
              .isThrownBy(() -> GrowthRule.builder().thresholdPercent(new BigDecimal(hostile)).pointsAtThreshold(1)
                  .stepPercent(BigDecimal.ONE).pointsPerStep(1).cap(10).build())
              .withMessageContaining("thresholdPercent");
          assertThatExceptionOfType(ConstraintViolationException.class)
              .isThrownBy(() -> GradeBand.of(Grade.GOOD, 80, new BigDecimal(hostile).scaleByPowerOfTen(16)))
              .withMessageContaining("funding");
        }
      });
    }

    @Test
    void theFinestAndLargestGrowthPercentsScoreAtOnce() {
      GrowthRule fine = GrowthRule.builder().thresholdPercent(new BigDecimal("0.0001")).pointsAtThreshold(1)
          .stepPercent(new BigDecimal("0.0001")).pointsPerStep(1).cap(10).build();
      GrowthRule coarse = GrowthRule.builder().thresholdPercent(new BigDecimal("999999.9999")).pointsAtThreshold(1)
          .stepPercent(new BigDecimal("999999.9999")).pointsPerStep(1).cap(10).build();
      long max = SupportedRange.MAX_COUNT;
      AllianceAssessmentRecord extreme = record().addMemberVolumes(MemberVolume.of("tcm", Volume.of(1, 1, 1), Volume.of(max, max, max))).build();

      assertTimeoutPreemptively(QUICK, () -> {
        for (GrowthRule rule : List.of(fine, coarse)) {
          Rubric rubric = Rubric.builder().id("g").name(NEUROSURGERY).totalPoints(10).addCriteria(Criterion.of("g", NEUROSURGERY, rule)).build();
          AllianceAssessment assessment = rubric.assess(extreme);
          assertThat(assessment.getTotal()).isEqualTo(10);
          assertThat(assessment.score("g").getReason().getEnglish()).contains("grew 99999999999900.00 %");
        }
      });
    }
  }

  @Nested
  class Dates {

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1899, 2201, 1_000_000_000, Integer.MAX_VALUE})
    void yearsOutsideTheSupportedRangeAreRejected(int year) {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> AllianceAssessmentRecord.builder().alliance(ALLIANCE).year(year).build())
          .withMessage("AllianceAssessmentRecord is invalid: year must be a year from 1900 to 2200: " + year);
    }

    @ParameterizedTest
    @ValueSource(ints = {1900, 2200})
    void theEdgeYearsAreAssessed(int year) {
      SpecialtyAlliance since = SpecialtyAlliance.builder().from(ALLIANCE).operatingSince(LocalDate.of(year, 12, 31)).build();
      AllianceAssessmentRecord evidence = AllianceAssessmentRecord.builder().alliance(since).year(year)
          .addMeetingDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
          .addTraineeStays(TraineeStay.builder().personId("d").memberUnitId("tcm").kind(TrainingKind.ADVANCED_STUDY)
              .period(DateRange.of(LocalDate.of(year, 12, 31), SupportedRange.MAX_DATE)).build())
          .build();
      AllianceAssessment assessment = HAIKOU.assess(evidence);

      invariantsHold(assessment);
      assertThat(assessment.getObservations()).noneMatch(f -> f.getRuleId().equals("alliance.monthly-meetings"));
    }

    static Stream<LocalDate> unsupportedDates() {
      return Stream.of(LocalDate.MIN, LocalDate.of(1899, 12, 31), LocalDate.of(2201, 1, 1), LocalDate.MAX);
    }

    @ParameterizedTest
    @MethodSource("unsupportedDates")
    void datesOutsideTheSupportedRangeAreRejectedNamingTheField(LocalDate date) {
      String expected = " must be a date from 1900-01-01 to 2200-12-31: " + date;
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> OutreachVisit.of(date, "tcm", OutreachKind.CLINIC))
          .withMessage("OutreachVisit is invalid: date" + expected);
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> PartyActivity.of(date, PartyActivityKind.THEORY_STUDY))
          .withMessage("PartyActivity is invalid: date" + expected);
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Referral.builder().patientId("p").date(date).fromUnitId("tcm").toUnitId("peoples").build())
          .withMessage("Referral is invalid: date" + expected);
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> SpecialtyAlliance.builder().from(ALLIANCE).operatingSince(date).build())
          .withMessage("SpecialtyAlliance is invalid: operatingSince" + expected);
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> record().addMeetingDates(date).build())
          .withMessageContaining("meetingDates[0].<list element>" + expected);
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> TraineeStay.builder().personId("p").memberUnitId("tcm").kind(TrainingKind.SHADOWING)
              .period(date.isBefore(SupportedRange.MIN_DATE) ? DateRange.of(date, MARCH_1) : DateRange.of(MARCH_1, date)).build())
          .withMessageStartingWith("TraineeStay is invalid: period: period ")
          .withMessageEndingWith(" is outside the supported dates 1900-01-01 to 2200-12-31");
    }
  }

  @Nested
  class Ids {

    @Test
    void duplicateAndDanglingIdsAreEachNamed() {
      Volume volume = Volume.of(1, 1, 1);
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record()
              .addOutreachVisits(OutreachVisit.of(MARCH_1, "nowhere", OutreachKind.CLINIC))
              .addTraineeStays(Fixtures.trainee("d", "peoples"))
              .addResearchProjects(ResearchProject.of("ghost", "t", ProjectStatus.DECLARED))
              .build())
          .withMessageContaining("outreachVisits: member unit nowhere is not a member of alliance neurosurgery")
          .withMessageContaining("traineeStays: member unit peoples is not a member of alliance neurosurgery")
          .withMessageContaining("researchProjects: member unit ghost is not a member");
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addMemberVolumes(MemberVolume.of("third", volume, volume), MemberVolume.of("third", volume, volume)).build())
          .withMessage("AllianceAssessmentRecord is invalid: memberVolumes: member unit third has more than one volume entry");
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> SpecialtyAlliance.builder().id("a").specialty(NEUROSURGERY).lead(PEOPLES).addMembers(PEOPLES, TCM, TCM).build())
          .withMessageContaining("lead unit peoples is also listed as a member unit")
          .withMessageContaining("member unit tcm is listed more than once");
    }

    @Test
    void duplicatePersonsPatientsAndDaysCountOnce() {
      List<TraineeStay> stays = IntStream.range(0, 50).mapToObj(i -> Fixtures.trainee("same", "tcm")).toList();
      List<Referral> referrals = IntStream.range(0, 50).mapToObj(i -> Fixtures.referral("same", "tcm", "peoples")).toList();
      List<OutreachVisit> visits = IntStream.range(0, 50).mapToObj(i -> OutreachVisit.of(MARCH_1, "tcm", OutreachKind.CLINIC)).toList();
      AllianceAssessment assessment = HAIKOU.assess(record().traineeStays(stays).referrals(referrals).outreachVisits(visits).build());

      assertThat(assessment.score(HaikouAllianceRubric2021.TRAINING).getPoints()).isEqualTo(1);
      assertThat(assessment.score(HaikouAllianceRubric2021.REFERRALS).getPoints()).isEqualTo(1);
      assertThat(assessment.score(HaikouAllianceRubric2021.OUTREACH).getPoints()).isEqualTo(1);
    }

    @Test
    void unknownCriterionIdIsAnIllegalArgument() {
      assertThatIllegalArgumentException().isThrownBy(() -> HAIKOU.assess(record().build()).score(CONTROL))
          .withMessage("rubric haikou-alliance-2021 has no criterion " + CONTROL);
    }
  }

  @Nested
  class Volume_ {

    @Test
    void thousandsOfItemsAreAssessedQuicklyWithinTheCaps() {
      List<OutreachVisit> visits = new ArrayList<>();
      List<TraineeStay> stays = new ArrayList<>();
      List<Referral> referrals = new ArrayList<>();
      List<ResearchProject> projects = new ArrayList<>();
      List<PartyActivity> activities = new ArrayList<>();
      List<LocalDate> meetings = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        LocalDate day = LocalDate.ofYearDay(2021, 1 + i % 365);
        String member = AllianceGenerators.MEMBERS.get(i % 3);
        visits.add(OutreachVisit.of(day, member, OutreachKind.values()[i % 7]));
        stays.add(TraineeStay.builder().personId("d" + i).memberUnitId(member).kind(TrainingKind.SHADOWING)
            .period(DateRange.of(day, day.plusDays(i % 200))).build());
        referrals.add(Fixtures.referral("p" + i, member, "peoples"));
        projects.add(ResearchProject.of(member, "p" + i, ProjectStatus.values()[i % 2]));
        activities.add(PartyActivity.of(day, PartyActivityKind.THEORY_STUDY));
        meetings.add(day);
      }
      AllianceAssessmentRecord large = record().outreachVisits(visits).traineeStays(stays).referrals(referrals)
          .researchProjects(projects).partyActivities(activities).meetingDates(meetings).build();

      assertTimeoutPreemptively(QUICK, () -> {
        for (Rubric rubric : List.of(HAIKOU, HaikouAllianceRubric2021.builder().researchCounting(ResearchCounting.PER_MEMBER_UNIT)
            .outreachCounting(OutreachCounting.PER_DAY_AND_MEMBER).build())) {
          AllianceAssessment assessment = rubric.assess(large);
          invariantsHold(assessment);
          long days = rubric.getOutreachCounting() == OutreachCounting.PER_DAY ? 365 : 3 * 365;
          assertThat(assessment.score(HaikouAllianceRubric2021.OUTREACH).getQuantity()).contains(BigDecimal.valueOf(days));
          assertThat(assessment.getTotal()).isEqualTo(70);
        }
      });
    }

    @Test
    void theMostMembersWithTheLargestVolumesAddUpWithoutOverflow() {
      long max = SupportedRange.MAX_COUNT;
      SpecialtyAlliance.Builder wide = SpecialtyAlliance.builder().id("wide").specialty(NEUROSURGERY).lead(PEOPLES);
      List<MemberVolume> volumes = new ArrayList<>();
      for (int i = 0; i < 3_000; i++) {
        wide.addMembers(CareUnit.of("m" + i, NEUROSURGERY, NEUROSURGERY));
        volumes.add(MemberVolume.of("m" + i, Volume.of(max, max, max), Volume.of(max, max, max)));
      }
      AllianceAssessmentRecord evidence = AllianceAssessmentRecord.builder().alliance(wide.build()).year(2021).memberVolumes(volumes).build();

      for (Rubric rubric : List.of(HAIKOU, HaikouAllianceRubric2021.builder().growthReading(GrowthReading.MEAN_OF_RATES).build())) {
        CriterionScore results = rubric.assess(evidence).score(HaikouAllianceRubric2021.RESULTS);
        assertThat(results.getQuantity()).contains(new BigDecimal("0.00"));
        assertThat(results.getPoints()).isZero();
      }
    }

    /** Building a million and one validated units takes seconds; the bound is read from the constraint itself. */
    @Test
    void moreMembersThanSupportedAreRejected() {
      jakarta.validation.Validator validator = jakarta.validation.Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
          .configure().messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
          .buildValidatorFactory().getValidator();

      assertThat(validator.getConstraintsForClass(SpecialtyAlliance.class).getConstraintsForProperty("members").getConstraintDescriptors())
          .extracting(d -> d.getAttributes().get("max")).containsExactly(SpecialtyAlliance.MAX_MEMBERS);
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> SpecialtyAlliance.builder().id("a").specialty(NEUROSURGERY).lead(PEOPLES).build())
          .withMessageContaining("members size must be between 1 and 1000000");
    }
  }

  @Test
  void bilingualNamesOfEveryEnumConstantAreNotBlank() {
    List<BilingualText> names = new ArrayList<>();
    for (Class<? extends Enum<?>> type : List.of(VolumeMeasure.class, ResultSharingReading.class, ResearchCounting.class, YesNoFact.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        names.add(((io.github.yilian.common.Named) constant).getName());
      }
    }

    assertThat(names).hasSize(9).allSatisfy(name -> assertThat(name.getChinese()).doesNotContainPattern("[A-Za-z]"));
  }
}
