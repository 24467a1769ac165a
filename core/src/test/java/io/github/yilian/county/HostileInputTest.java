package io.github.yilian.county;

import static io.github.yilian.county.CountyFixtures.END_2023;
import static io.github.yilian.county.CountyFixtures.MID_2023;
import static io.github.yilian.county.CountyFixtures.tracker;
import static io.github.yilian.county.CountyFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Ranked;
import io.github.yilian.common.Share;
import io.github.yilian.common.SupportedRange;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public factory, builder and calculator of the county package fed edge values: nulls in
 * arguments and collections, blank, very long and control-character strings, 0, negative and MAX
 * values, {@code LocalDate.MIN/MAX}, duplicate and dangling ids, thousands of units. Each gives its
 * documented outcome: a named exception of a documented type, or a result holding the spec's
 * invariants.
 */
class HostileInputTest {

  private static final BilingualText NAME = BilingualText.of("名", "name");
  private static final String LONG = "x".repeat(100_000);
  private static final String CONTROL = "a\u0000b\u0007c\n\td";
  private static final Target T4 = XinjiangCountyTargets2023.target("T4");
  private static final Target T5 = XinjiangCountyTargets2023.target("T5");
  private static final AdministrativeTree SMALL = tree(1, 2, 1);
  private static final TargetTracker TRACKER = tracker(SMALL, List.of());

  /** Dates no model or calculator supports. */
  static Stream<LocalDate> unsupportedDates() {
    return Stream.of(LocalDate.MIN, LocalDate.MAX, SupportedRange.MIN_DATE.minusDays(1),
        SupportedRange.MAX_DATE.plusDays(1), LocalDate.of(-5, 1, 1));
  }

  /** Dates at the edges of the supported range and of the periods. */
  static Stream<LocalDate> supportedEdges() {
    return Stream.of(SupportedRange.MIN_DATE, SupportedRange.MAX_DATE, LocalDate.of(2200, 6, 30),
        LocalDate.of(2023, 6, 30), LocalDate.of(2023, 7, 1), LocalDate.of(2024, 2, 29), LocalDate.of(1900, 12, 31));
  }

  /** Counts outside 0 to MAX_COUNT. */
  static Stream<Long> unsupportedCounts() {
    return Stream.of(-1L, Long.MIN_VALUE, SupportedRange.MAX_COUNT + 1, Long.MAX_VALUE);
  }

  @Nested
  class Units {
    @Test
    void nullArgumentsAreNamed() {
      assertThatNullPointerException().isThrownBy(() -> Unit.region(null, NAME)).withMessage("id");
      assertThatNullPointerException().isThrownBy(() -> Unit.region("XJ", null)).withMessage("name");
      assertThatNullPointerException().isThrownBy(() -> Unit.of("P1", NAME, null, "XJ")).withMessage("level");
      assertThatNullPointerException().isThrownBy(() -> Unit.of("P1", NAME, Level.PREFECTURE, null))
          .withMessage("parentId");
      assertThatNullPointerException().isThrownBy(() -> Unit.primaryCare("U", NAME, null, "M")).withMessage("kind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u3000"})
    void blankIdIsAViolation(String id) {
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> Unit.region(id, NAME))
          .withMessageContaining("id must not be blank");
    }

    @Test
    void incompleteBuilderNamesTheMissingAttributes() {
      assertThatIllegalStateException().isThrownBy(() -> Unit.builder().id("X").build())
          .withMessageContaining("name").withMessageContaining("level");
    }

    @Test
    void veryLongAndControlCharacterIdsAreKeptAsGiven() {
      assertThat(Unit.region(LONG, NAME).getId()).hasSize(100_000);
      assertThat(Unit.region(CONTROL, NAME).getId()).isEqualTo(CONTROL);
    }

    @Test
    void levelContainsRejectsNull() {
      assertThatNullPointerException().isThrownBy(() -> Level.COUNTY.contains(null)).withMessage("other");
    }
  }

  @Nested
  class Trees {
    @Test
    void treeWithoutUnitsHasNoRegion() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> AdministrativeTree.builder().build())
          .withMessageContaining("exactly one region, not 0");
    }

    @Test
    void nullUnitIsRejected() {
      assertThatNullPointerException().isThrownBy(() -> AdministrativeTree.builder().addUnits((Unit) null))
          .withMessage("units element");
      assertThatNullPointerException()
          .isThrownBy(() -> AdministrativeTree.builder().addAllUnits(Arrays.asList(Unit.region("XJ", NAME), null)))
          .withMessage("units element");
    }

    @Test
    void duplicateAndDanglingIdsAreViolationsListedTogether() {
      List<Unit> units = new ArrayList<>(CountyFixtures.units(1, 1, 0));
      units.add(CountyFixtures.unit("P1C1", Level.COUNTY, "P1"));
      units.add(CountyFixtures.unit("P9C1", Level.COUNTY, "P9"));
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> AdministrativeTree.builder().addAllUnits(units).build())
          .withMessageContaining("unit P1C1 appears twice")
          .withMessageContaining("county P9C1 is under P9");
    }

    @Test
    void regionWithAParentIsAViolation() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> AdministrativeTree.builder()
              .addUnits(Unit.builder().id("XJ").name(NAME).level(Level.REGION).parentId("XJ").build()).build())
          .withMessageContaining("region XJ is under XJ");
    }

    /** AdministrativeTree.unitsAt(null) returned null; every query now names its null argument. */
    @Test
    void queriesNameTheirNullArguments() {
      assertThatNullPointerException().isThrownBy(() -> SMALL.unitsAt(null)).withMessage("level");
      assertThatNullPointerException().isThrownBy(() -> SMALL.unitsUnder("P1", null)).withMessage("level");
      assertThatNullPointerException().isThrownBy(() -> SMALL.unitsUnder(null, Level.COUNTY))
          .withMessage("ancestorId");
      assertThatNullPointerException().isThrownBy(() -> SMALL.getUnit(null)).withMessage("id");
      assertThatNullPointerException().isThrownBy(() -> SMALL.ancestorAt(null, Level.REGION)).withMessage("id");
      assertThatNullPointerException().isThrownBy(() -> SMALL.ancestorAt("P1", null)).withMessage("level");
    }

    @Test
    void unknownIdsGiveEmptyAnswers() {
      assertThat(SMALL.getUnit(LONG)).isEmpty();
      assertThat(SMALL.unitsUnder(CONTROL, Level.COUNTY)).isEmpty();
      assertThat(SMALL.ancestorAt("nowhere", Level.REGION)).isEmpty();
      assertThat(SMALL.ancestorAt("P1", Level.COUNTY)).isEmpty();
      assertThat(SMALL.unitsAt(Level.LEAD_HOSPITAL)).hasSize(2);
    }
  }

  @Nested
  class Facts {
    @Test
    void nullArgumentsAreNamed() {
      assertThatNullPointerException().isThrownBy(() -> Fact.yes(null, "i", END_2023)).withMessage("unitId");
      assertThatNullPointerException().isThrownBy(() -> Fact.no("U", null, END_2023)).withMessage("indicator");
      assertThatNullPointerException().isThrownBy(() -> Fact.count("U", "i", null, 1)).withMessage("date");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.county.HostileInputTest#unsupportedCounts")
    void countOutsideTheSupportedRangeIsAViolation(long count) {
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> Fact.count("U", "i", END_2023, count))
          .withMessageContaining("value");
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Fact.share("U", "i", END_2023, 0, count)).withMessageContaining("total");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.county.HostileInputTest#unsupportedDates")
    void dateOutsideTheSupportedRangeIsAViolation(LocalDate date) {
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> Fact.yes("U", "i", date))
          .withMessageContaining("date must be a date from 1900-01-01 to 2200-12-31");
    }

    @Test
    void emptyShareIsAcceptedAndCountsAsNoData() {
      Fact empty = Fact.share("P1C1ML", XinjiangCountyTargets2023.STUDIO_DOCTORS, END_2023, 0, 0);
      TargetResult result = tracker(SMALL, List.of(empty))
          .status(XinjiangCountyTargets2023.target("T15"), "P1C1ML", END_2023);

      assertThat(result.getStatus()).isEqualTo(TargetStatus.NO_DATA);
      assertThat(result.getGap()).isEqualTo(1);
    }

    @Test
    void blankIndicatorIsAViolation() {
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> Fact.yes("U", " ", END_2023))
          .withMessageContaining("indicator must not be blank");
    }
  }

  @Nested
  class MonitoringDataAndItsParts {
    @Test
    void dataWithoutATreeIsIncomplete() {
      assertThatIllegalStateException().isThrownBy(() -> MonitoringData.builder().build())
          .withMessageContaining("tree");
    }

    @Test
    void nullElementsAreNamed() {
      assertThatNullPointerException().isThrownBy(() -> MonitoringData.builder().addFacts((Fact) null))
          .withMessage("facts element");
      assertThatNullPointerException().isThrownBy(() -> MonitoringData.builder().addPairings((Pairing) null))
          .withMessage("pairings element");
      assertThatNullPointerException().isThrownBy(() -> MonitoringData.builder().addSecondments((Secondment) null))
          .withMessage("secondments element");
    }

    @Test
    void danglingIdsAreViolations() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> MonitoringData.builder().tree(SMALL)
              .addFacts(Fact.yes(LONG, "i", END_2023))
              .addPairings(Pairing.of("m", CONTROL, END_2023))
              .addSecondments(Secondment.builder().id("S").unitId("nowhere").start(END_2023).end(END_2023).build())
              .build())
          .withMessageContaining("facts: fact i is about unit")
          .withMessageContaining("pairings: a pairing from 2023-12-31")
          .withMessageContaining("secondments: secondment S is from unit nowhere");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.county.HostileInputTest#unsupportedDates")
    void secondmentAndPairingDatesOutsideTheSupportedRangeAreViolations(LocalDate date) {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Secondment.builder().id("S").unitId("U").start(date).end(date).build())
          .withMessageContaining("start must be a date from 1900-01-01 to 2200-12-31");
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Pairing.of("m", "U", date))
          .withMessageContaining("firstDay must be a date from 1900-01-01 to 2200-12-31");
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Pairing.of("MEMBER-13800000000", "U", SupportedRange.MIN_DATE, date))
          .withMessageContaining("lastDay")
          .withMessageNotContaining("MEMBER-13800000000");
    }

    @Test
    void nullPairingArgumentsAreNamed() {
      assertThatNullPointerException().isThrownBy(() -> Pairing.of(null, "U", END_2023)).withMessage("memberId");
      assertThatNullPointerException().isThrownBy(() -> Pairing.of("m", null, END_2023)).withMessage("unitId");
      assertThatNullPointerException().isThrownBy(() -> Pairing.of("m", "U", null)).withMessage("firstDay");
      assertThatNullPointerException().isThrownBy(() -> Pairing.of("m", "U", END_2023).covers(null))
          .withMessage("date");
    }

    @Test
    void duplicatePairingsCountOnce() {
      Pairing pairing = Pairing.of("m", "P1C1", LocalDate.of(2023, 1, 1));
      MonitoringData data = MonitoringData.builder().tree(SMALL).addPairings(pairing, pairing)
          .addFacts(Fact.count("P1C1", XinjiangCountyTargets2023.PAIRING_VISIT, MID_2023, 2)).build();

      assertThat(TargetTracker.of(XinjiangCountyTargets2023.policy(), data)
          .status(XinjiangCountyTargets2023.target("T19"), "P1C1", END_2023).getStatus()).isEqualTo(TargetStatus.MET);
    }

    /** T18's secondment end: the longest secondment of the supported dates is judged without DateTimeException. */
    @Test
    void secondmentOverTheWholeSupportedRangeIsJudged() {
      Secondment forever = Secondment.builder().id("S").unitId("P1C1MU1").start(SupportedRange.MIN_DATE)
          .end(SupportedRange.MAX_DATE).build();
      TargetTracker tracker = tracker(SMALL, List.of(), List.of(forever));

      for (LocalDate asOf : List.of(SupportedRange.MIN_DATE, SupportedRange.MAX_DATE)) {
        TargetResult result = tracker.status(XinjiangCountyTargets2023.target("T18"), "P1C1M", asOf);
        assertThat(result.getStatus()).isIn(TargetStatus.MISSED, TargetStatus.NOT_YET_DUE);
      }
      assertThat(tracker.status(XinjiangCountyTargets2023.target("T18"), "P1C1M", SupportedRange.MAX_DATE).getGap())
          .isEqualTo(1);
    }
  }

  @Nested
  class Policies {
    @Test
    void nullArgumentsAreNamed() {
      assertThatNullPointerException().isThrownBy(() -> Milestone.of(null, Threshold.yes())).withMessage("deadline");
      assertThatNullPointerException().isThrownBy(() -> Milestone.of(END_2023, null)).withMessage("threshold");
      assertThatNullPointerException().isThrownBy(() -> Threshold.atLeast((Share) null)).withMessage("share");
      assertThatNullPointerException().isThrownBy(() -> Threshold.yes().gap(null)).withMessage("value");
      assertThatNullPointerException().isThrownBy(() -> Threshold.yes().isMetBy(null)).withMessage("value");
      assertThatNullPointerException().isThrownBy(() -> Measured.share(null)).withMessage("share");
      assertThatNullPointerException().isThrownBy(() -> TargetPolicy.of(null)).withMessage("targets");
      assertThatNullPointerException().isThrownBy(() -> TargetPolicy.of(Arrays.asList(T4, null)))
          .withMessage("targets element");
      assertThatNullPointerException().isThrownBy(() -> XinjiangCountyTargets2023.policy().getTarget(null))
          .withMessage("id");
      assertThatNullPointerException().isThrownBy(() -> XinjiangCountyTargets2023.target(null)).withMessage("id");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.county.HostileInputTest#unsupportedCounts")
    void thresholdCountOutsideTheSupportedRangeIsNamed(long count) {
      assertThatIllegalArgumentException().isThrownBy(() -> Threshold.atLeast(count))
          .withMessage("count " + count + " is outside the supported counts 0 to 1000000000000");
      assertThatIllegalArgumentException().isThrownBy(() -> Threshold.atMost(count))
          .withMessageStartingWith("count " + count);
    }

    @Test
    void measuredCountMayBeAnySumButNotNegative() {
      assertThat(Measured.count(Long.MAX_VALUE).getCount()).isEqualTo(Long.MAX_VALUE);
      assertThat(Threshold.atLeast(SupportedRange.MAX_COUNT).isMetBy(Measured.count(Long.MAX_VALUE))).isTrue();
      assertThat(Threshold.atMost(0).gap(Measured.count(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
      assertThatIllegalArgumentException().isThrownBy(() -> Measured.count(Long.MIN_VALUE))
          .withMessage("count must not be negative: -9223372036854775808");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.county.HostileInputTest#unsupportedDates")
    void scheduleDatesOutsideTheSupportedRangeAreViolations(LocalDate date) {
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> Milestone.of(date, Threshold.yes()))
          .withMessageContaining("deadline");
      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> Recurrence.builder()
              .period(Period.YEAR).firstDay(date).threshold(Threshold.atLeast(1)).build())
          .withMessageContaining("firstDay");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE, 1201, Integer.MAX_VALUE})
    void limitMonthsOutsideOneToTwelveHundredIsAViolation(int months) {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Target.builder().from(XinjiangCountyTargets2023.target("T18")).limitMonths(months).build())
          .withMessageContaining("limitMonths");
    }

    @Test
    void targetWithBlankIdsIsAViolationAndLongOnesAreKept() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Target.builder().from(T4).id(" ").indicator("").build())
          .withMessageContaining("id must not be blank").withMessageContaining("indicator must not be blank");
      assertThat(Target.builder().from(T4).id(LONG).build().getId()).hasSize(100_000);
      assertThatNullPointerException().isThrownBy(() -> Target.builder().addFurtherIndicators((String) null))
          .withMessage("furtherIndicators element");
    }

    @Test
    void unknownPresetTargetIsNamed() {
      assertThatIllegalArgumentException().isThrownBy(() -> XinjiangCountyTargets2023.target(""))
          .withMessage("no target ");
    }

    @Test
    void emptyPolicyGivesAnEmptyDashboardAndAllTiedRanking() {
      TargetTracker empty = TargetTracker.of(TargetPolicy.of(List.of()), TRACKER.getData());

      assertThat(empty.dashboard(END_2023).getResults()).isEmpty();
      assertThat(empty.ranking(Level.COUNTY, 2023).getEntries()).extracting(Ranked::getRank).containsOnly(1);
    }
  }

  @Nested
  class Periods {
    @Test
    void periodOfANullDateIsNamed() {
      assertThatNullPointerException().isThrownBy(() -> Period.YEAR.containing(null)).withMessage("date");
      assertThatNullPointerException().isThrownBy(() -> Period.HALF_YEAR.firstFrom(null)).withMessage("date");
    }

    /** Period.containing(LocalDate.MAX) threw DateTimeException; it now names the date. */
    @ParameterizedTest
    @MethodSource("io.github.yilian.county.HostileInputTest#unsupportedDates")
    void periodOfAnUnsupportedDateIsNamed(LocalDate date) {
      assertThatIllegalArgumentException().isThrownBy(() -> Period.HALF_YEAR.containing(date))
          .withMessage("date " + date + " is outside the supported dates 1900-01-01 to 2200-12-31");
      assertThatIllegalArgumentException().isThrownBy(() -> Period.YEAR.firstFrom(date));
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.county.HostileInputTest#supportedEdges")
    void periodsOfTheEdgesContainTheirDate(LocalDate date) {
      for (Period period : Period.values()) {
        DateRange containing = period.containing(date);
        assertThat(containing.contains(date)).isTrue();
        DateRange first = period.firstFrom(date);
        assertThat(first.getStart()).isAfterOrEqualTo(date);
        assertThat(first.getStart().getDayOfMonth()).isEqualTo(1);
      }
      assertThat(Period.YEAR.firstFrom(SupportedRange.MAX_DATE))
          .isEqualTo(DateRange.of(LocalDate.of(2201, 1, 1), LocalDate.of(2201, 12, 31)));
    }
  }

  @Nested
  class Tracker {
    @Test
    void nullArgumentsAreNamed() {
      assertThatNullPointerException().isThrownBy(() -> TargetTracker.of(null, TRACKER.getData())).withMessage("policy");
      assertThatNullPointerException().isThrownBy(() -> TargetTracker.of(TRACKER.getPolicy(), null)).withMessage("data");
      assertThatNullPointerException().isThrownBy(() -> TRACKER.status(T4, "P1C1", null)).withMessage("asOf");
      assertThatNullPointerException().isThrownBy(() -> TRACKER.results(null, END_2023)).withMessage("target");
      assertThatNullPointerException().isThrownBy(() -> TRACKER.results(T4, null)).withMessage("asOf");
      assertThatNullPointerException().isThrownBy(() -> TRACKER.rollUp(null, "P1", END_2023)).withMessage("target");
      assertThatNullPointerException().isThrownBy(() -> TRACKER.rollUp(T4, "P1", null)).withMessage("asOf");
      assertThatNullPointerException().isThrownBy(() -> TRACKER.ranking(Level.COUNTY, (Dashboard) null))
          .withMessage("dashboard");
      assertThatNullPointerException().isThrownBy(() -> TRACKER.ranking(null, TRACKER.dashboard(END_2023)))
          .withMessage("level");
      assertThatNullPointerException().isThrownBy(() -> TRACKER.ownPart(null, "P1C1", END_2023)).withMessage("target");
      assertThatNullPointerException().isThrownBy(() -> TRACKER.ownPart(T4, null, END_2023)).withMessage("unitId");
      assertThatNullPointerException().isThrownBy(() -> TRACKER.regionFigure(null, END_2023)).withMessage("target");
      assertThatNullPointerException().isThrownBy(() -> TRACKER.dashboard(END_2023).resultsOf(null))
          .withMessage("targetId");
      assertThatNullPointerException().isThrownBy(() -> TRACKER.dashboard(END_2023).resultsFor(null))
          .withMessage("unitId");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.county.HostileInputTest#unsupportedDates")
    void unsupportedDatesAreNamed(LocalDate asOf) {
      String message = "asOf " + asOf + " is outside the supported dates 1900-01-01 to 2200-12-31";
      assertThatIllegalArgumentException().isThrownBy(() -> TRACKER.status(T5, "P1C1", asOf)).withMessage(message);
      assertThatIllegalArgumentException().isThrownBy(() -> TRACKER.dashboard(asOf)).withMessage(message);
      assertThatIllegalArgumentException().isThrownBy(() -> TRACKER.results(T4, asOf)).withMessage(message);
      assertThatIllegalArgumentException().isThrownBy(() -> TRACKER.rollUp(T4, "P1", asOf)).withMessage(message);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> TRACKER.ownPart(XinjiangCountyTargets2023.target("T8"), "P1C1", asOf)).withMessage(message);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> TRACKER.regionFigure(XinjiangCountyTargets2023.target("T8"), asOf)).withMessage(message);
    }

    /** TargetTracker.ranking took unchecked int years and ended in DateTimeException. */
    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1899, 2201, 1_000_000_000, Integer.MAX_VALUE})
    void unsupportedYearsAreNamed(int year) {
      assertThatIllegalArgumentException().isThrownBy(() -> TRACKER.ranking(Level.COUNTY, year))
          .withMessage("year " + year + " is outside the supported years 1900 to 2200");
      assertThatIllegalArgumentException().isThrownBy(() -> AnnualEvaluation.draft(TRACKER, "P1C1", year))
          .withMessage("year " + year + " is outside the supported years 1900 to 2200");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.county.HostileInputTest#supportedEdges")
    void everyTargetIsJudgedAtTheEdgesOfTheSupportedDates(LocalDate asOf) {
      List<Fact> facts = List.of(Fact.count("P1C1", XinjiangCountyTargets2023.COMMITTEE_REPORT, SupportedRange.MAX_DATE,
              SupportedRange.MAX_COUNT),
          Fact.yes("P1C1", XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE, SupportedRange.MIN_DATE),
          Fact.count("P1C1ML", XinjiangCountyTargets2023.NEW_TECHNIQUE, SupportedRange.MIN_DATE, SupportedRange.MAX_COUNT));
      TargetTracker tracker = tracker(SMALL, facts);
      Dashboard dashboard = tracker.dashboard(asOf);

      assertThat(dashboard.getResults()).isNotEmpty().allSatisfy(r -> {
        assertThat(r.getGap()).isNotNegative();
        assertThat(r.getReason().getEnglish()).isNotBlank();
      });
      assertThat(tracker.ranking(Level.COUNTY, asOf.getYear()).getEntries()).hasSize(2);
      assertThat(AnnualEvaluation.draft(tracker, "P1C1", asOf.getYear()).getValues()).isNotEmpty();
    }

    /** FactSeries.sum wrapped: two Long.MAX_VALUE facts and 2 more gave "0 new techniques, gap 3". */
    @Test
    void manyLargestCountsNeverWrapToFewerTechniques() {
      List<Fact> facts = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        facts.add(Fact.count("P1C1ML", XinjiangCountyTargets2023.NEW_TECHNIQUE, MID_2023, SupportedRange.MAX_COUNT));
      }
      TargetResult result = tracker(SMALL, facts).status(XinjiangCountyTargets2023.target("T13"), "P1C1ML", END_2023);

      assertThat(result.getValue()).contains(Measured.count(2_000 * SupportedRange.MAX_COUNT));
      assertThat(result.getStatus()).isEqualTo(TargetStatus.MET);
      assertThat(result.getGap()).isZero();
    }

    /** TargetTracker.ranking threw an NPE for a level with no ancestor of the counted level. */
    @Test
    void rankingOfEveryLevelHoldsEveryUnitOfIt() {
      TargetTracker tracker = tracker(tree(2, 2, 2), List.of());
      for (Level level : Level.values()) {
        assertThat(tracker.ranking(level, 2023).getEntries()).hasSize(tracker.getData().getTree().unitsAt(level).size());
      }
    }

    @Test
    void unknownAndWrongLevelUnitsAreNamed() {
      assertThatIllegalArgumentException().isThrownBy(() -> TRACKER.status(T4, LONG.substring(0, 10), END_2023))
          .withMessage("unit xxxxxxxxxx is not a county of the tree, as target T4 needs");
      assertThatIllegalArgumentException().isThrownBy(() -> TRACKER.rollUp(T4, CONTROL, END_2023))
          .withMessage("unit " + CONTROL + " is not in the tree");
    }

    /** Thousands of units: the dashboard and the ranking cover all of them. */
    @Test
    void thousandsOfCountiesAreJudgedAndRanked() {
      AdministrativeTree big = tree(3, 700, 1);
      List<Fact> facts = new ArrayList<>();
      big.unitsAt(Level.COUNTY).forEach(c -> facts.add(
          Fact.yes(c.getId(), XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE, MID_2023)));
      TargetTracker tracker = tracker(big, facts);

      assertThat(big.getUnits()).hasSizeGreaterThan(8_000);
      Dashboard dashboard = tracker.dashboard(END_2023);
      assertThat(dashboard.resultsOf("T4")).hasSize(2_100).allMatch(r -> r.getStatus() == TargetStatus.MET);
      List<Ranked<UnitScore>> ranking = tracker.ranking(Level.COUNTY, dashboard).getEntries();
      assertThat(ranking).hasSize(2_100).extracting(Ranked::getRank).containsOnly(1);
      assertThat(tracker.rollUp(T4, "XJ", END_2023).getShare()).contains(Share.of(2_100, 2_100));
    }
  }

  @Nested
  class Evaluations {
    private final AnnualEvaluation draft = AnnualEvaluation.draft(TRACKER, "P1C1", 2023);

    @Test
    void nullArgumentsAreNamed() {
      assertThatNullPointerException().isThrownBy(() -> AnnualEvaluation.draft(null, "P1C1", 2023))
          .withMessage("tracker");
      assertThatNullPointerException().isThrownBy(() -> AnnualEvaluation.draft(TRACKER, null, 2023))
          .withMessage("countyId");
      assertThatNullPointerException().isThrownBy(() -> draft.review(null, "a", END_2023, Map.of()))
          .withMessage("unitId");
      assertThatNullPointerException().isThrownBy(() -> draft.audit("XJ", "a", null, Map.of())).withMessage("date");
      assertThatNullPointerException().isThrownBy(() -> draft.returnForCorrection("P1", null, END_2023, "r"))
          .withMessage("actor");
      assertThatNullPointerException().isThrownBy(() -> AnnualEvaluation.ranking(null)).withMessage("evaluations");
      assertThatNullPointerException().isThrownBy(() -> ProblemList.of(null, List.of())).withMessage("prefectureId");
      assertThatNullPointerException().isThrownBy(() -> ProblemList.of("P1", null)).withMessage("evaluations");
      Map<String, TargetStatus> nullKey = new HashMap<>();
      nullKey.put(null, TargetStatus.MET);
      assertThatNullPointerException().isThrownBy(() -> draft.selfAssess("P1C1", "a", END_2023, nullKey))
          .withMessage("adjustments key");
    }

    @ParameterizedTest
    @MethodSource("io.github.yilian.county.HostileInputTest#unsupportedDates")
    void stepOnAnUnsupportedDateIsNamed(LocalDate date) {
      assertThatIllegalArgumentException().isThrownBy(() -> draft.selfAssess("P1C1", "a", date, Map.of()))
          .withMessage("date " + date + " is outside the supported dates 1900-01-01 to 2200-12-31");
    }

    @Test
    void stepOnTheLastSupportedDayIsAccepted() {
      assertThat(draft.selfAssess("P1C1", "a", SupportedRange.MAX_DATE, Map.of()).getTrail()).hasSize(1);
    }

    @Test
    void unknownAndWrongUnitsAreNamed() {
      assertThatIllegalArgumentException().isThrownBy(() -> AnnualEvaluation.draft(TRACKER, CONTROL, 2023))
          .withMessage("unit " + CONTROL + " is not a county of the tree");
      assertThatIllegalArgumentException().isThrownBy(() -> draft.selfAssess(LONG, "a", END_2023, Map.of()))
          .withMessageEndingWith("only P1C1 can");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> draft.selfAssess("P1C1", "a", END_2023, Map.of(CONTROL, TargetStatus.MET)))
          .withMessage("target " + CONTROL + " is not in the 2023 evaluation of county P1C1");
    }

    @Test
    void veryLongAndControlCharacterTextIsRecordedAsGiven() {
      AnnualEvaluation returned = draft.selfAssess("P1C1", LONG, END_2023, Map.of())
          .returnForCorrection("P1", CONTROL, END_2023, LONG);

      assertThat(returned.getTrail()).extracting(Transition::getActor).containsExactly(LONG, CONTROL);
      assertThat(returned.getTrail().get(1).getReason()).contains(LONG);
    }

    @Test
    void scoreRejectsImpossibleCountsAndNamesANullId() {
      assertThatNullPointerException().isThrownBy(() -> UnitScore.of(null, 0, 0)).withMessage("unitId");
      assertThatIllegalArgumentException().isThrownBy(() -> UnitScore.of("X", -1, 0));
      assertThatIllegalArgumentException().isThrownBy(() -> UnitScore.of("X", 1, 0));
      assertThat(UnitScore.of("X", Long.MAX_VALUE, Long.MAX_VALUE).getShare().isEqualTo(Share.ONE)).isTrue();
    }
  }
}
