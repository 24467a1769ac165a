package io.github.yilian.county;

import static io.github.yilian.county.CountyFixtures.END_2023;
import static io.github.yilian.county.CountyFixtures.MID_2023;
import static io.github.yilian.county.CountyFixtures.tree;
import static io.github.yilian.county.CountyFixtures.unit;
import static io.github.yilian.county.CountyFixtures.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Share;
import io.github.yilian.common.SupportedRange;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

  private static AdministrativeTree treeWith(Unit... extra) {
    List<Unit> units = new ArrayList<>(units(2, 1, 1));
    units.addAll(List.of(extra));
    return AdministrativeTree.builder().addAllUnits(units).build();
  }

  @Nested
  class Tree {
    @Test
    void validTreeAnswersQueries() {
      AdministrativeTree tree = tree(2, 2, 3);

      assertThat(tree.getRegion().getId()).isEqualTo("XJ");
      assertThat(tree.unitsUnder("P1", Level.PRIMARY_CARE_UNIT)).hasSize(6);
      assertThat(tree.unitsUnder("P1C1", Level.COUNTY)).extracting(Unit::getId).containsExactly("P1C1");
      assertThat(tree.ancestorAt("P2C1MU1", Level.PREFECTURE)).map(Unit::getId).contains("P2");
      assertThat(tree.unitsAt(Level.COUNTY)).extracting(Unit::getId)
          .containsExactly("P1C1", "P1C2", "P2C1", "P2C2");
    }

    @Test
    void duplicateIdIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> treeWith(unit("P1C1", Level.COUNTY, "P2")))
          .withMessageContaining("units: unit P1C1 appears twice, under P1 and under P2");
    }

    @Test
    void countyUnderACountyIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> treeWith(unit("X9", Level.COUNTY, "P1C1")))
          .withMessageContaining("county X9 is under P1C1, which must be a unit of level prefecture");
    }

    @Test
    void unknownParentIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> treeWith(unit("X9", Level.COUNTY, "nowhere")))
          .withMessageContaining("county X9 is under nowhere");
    }

    @Test
    void secondRegionIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> treeWith(unit("XZ", Level.REGION, null)))
          .withMessageContaining("exactly one region, not 2");
    }

    @Test
    void communityWithTwoLeadHospitalsIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> treeWith(unit("P1C1ML2", Level.LEAD_HOSPITAL, "P1C1M")))
          .withMessageContaining("community P1C1M must have exactly one lead hospital, not 2");
    }

    @Test
    void communityWithoutLeadHospitalIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> treeWith(unit("P1C1M2", Level.COMMUNITY, "P1C1")))
          .withMessageContaining("community P1C1M2 must have exactly one lead hospital, not 0");
    }

    @Test
    void primaryCareUnitWithoutAKindIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Unit.of("U1", BilingualText.of("卫生院", "centre"), Level.PRIMARY_CARE_UNIT, "P1C1M"))
          .withMessageContaining("kind: primary-care unit U1 must have a kind exactly when it is a primary-care unit");
    }

    @Test
    void kindOnACountyIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Unit.builder().id("C1").name(BilingualText.of("县", "county")).level(Level.COUNTY)
              .parentId("P1").kind(UnitKind.VILLAGE_CLINIC).build())
          .withMessageContaining("kind: county C1 must have a kind");
    }

    @Test
    void primaryCareUnitKeepsItsKind() {
      assertThat(CountyFixtures.villageClinic("V1", "P1C1M").getKind()).contains(UnitKind.VILLAGE_CLINIC);
      assertThat(unit("P1C1", Level.COUNTY, "P1").getKind()).isEmpty();
    }

    @Test
    void blankIdIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> unit(" ", Level.COUNTY, "P1"))
          .withMessageContaining("id")
          .withMessageContaining("\" \"");
    }
  }

  @Nested
  class Facts {
    @Test
    void shareAboveItsTotalIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Fact.share("P1C1ML", "x", END_2023, 6, 5))
          .withMessageContaining("value: value 6 is above total 5");
    }

    @Test
    void negativeCountIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Fact.count("P1C1", "x", END_2023, -1))
          .withMessageContaining("value")
          .withMessageContaining("-1");
    }

    /** Counts enter bounded: two facts of Long.MAX_VALUE can no longer wrap a sum to 0. */
    @Test
    void countAboveTheSupportedMaximumIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Fact.count("P1C1ML", "new-technique", END_2023, Long.MAX_VALUE))
          .withMessageContaining("value must be less than or equal to 1000000000000: 9223372036854775807");
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Fact.share("P1C1ML", "x", END_2023, 1, SupportedRange.MAX_COUNT + 1))
          .withMessageContaining("total");
      assertThat(Fact.count("P1C1ML", "x", END_2023, SupportedRange.MAX_COUNT).getValue())
          .isEqualTo(SupportedRange.MAX_COUNT);
    }

    @Test
    void factDatedOutsideTheSupportedDatesIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Fact.yes("P1C1", "x", LocalDate.MAX))
          .withMessageContaining("date must be a date from 1900-01-01 to 2200-12-31: +999999999-12-31");
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Fact.yes("P1C1", "x", LocalDate.of(1899, 12, 31)));
      assertThat(Fact.yes("P1C1", "x", SupportedRange.MAX_DATE).getDate()).isEqualTo(SupportedRange.MAX_DATE);
    }

    /** T18's secondment end: a secondment near LocalDate.MAX no longer reaches the tracker. */
    @Test
    void secondmentOutsideTheSupportedDatesIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Secondment.builder().id("S1").unitId("P1C1MU1").start(LocalDate.MAX.minusDays(3))
              .end(LocalDate.MAX).build())
          .withMessageContaining("start must be a date from 1900-01-01 to 2200-12-31")
          .withMessageContaining("end must be a date");
    }

    @Test
    void pairingEndingBeforeItStartsIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Pairing.of("m1", "P1C1", END_2023, MID_2023))
          .withMessageContaining("lastDay: last day 2023-06-30 is before first day 2023-12-31");
    }

    @Test
    void pairingWithABlankMemberIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Pairing.of(" ", "P1C1", END_2023))
          .withMessageContaining("memberId");
    }

    @Test
    void pairingOfAUnitNotInTheTreeIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> MonitoringData.builder().tree(tree(1, 1, 1))
              .addPairings(Pairing.of("m1", "P9C9", MID_2023)).build())
          .withMessageContaining("pairings: a pairing from 2023-06-30 is about unit P9C9, which is not in the tree")
          .withMessageNotContaining("m1");
    }

    @Test
    void factAboutAUnitNotInTheTreeIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> MonitoringData.builder().tree(tree(1, 1, 1))
              .addFacts(Fact.yes("P9C9", "tight", END_2023)).build())
          .withMessageContaining("facts: fact tight is about unit P9C9, which is not in the tree");
    }

    @Test
    void secondmentEndingBeforeItStartsIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Secondment.builder().id("S1").unitId("P1C1MU1")
              .start(LocalDate.of(2023, 6, 1)).end(LocalDate.of(2023, 5, 31)).build())
          .withMessageContaining("end: end date 2023-05-31 is before start date 2023-06-01");
    }

    @Test
    void secondmentFromACountyIsRejected() {
      Secondment secondment = Secondment.builder().id("S1").unitId("P1C1")
          .start(END_2023).end(END_2023).build();

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> MonitoringData.builder().tree(tree(1, 1, 1)).addSecondments(secondment).build())
          .withMessageContaining("secondment S1 is from unit P1C1, which is not a primary-care unit");
    }

    @Test
    void duplicateSecondmentIdIsRejected() {
      Secondment secondment = Secondment.builder().id("S1").unitId("P1C1MU1")
          .start(END_2023).end(END_2023).build();

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> MonitoringData.builder().tree(tree(1, 1, 1))
              .addSecondments(secondment, secondment).build())
          .withMessageContaining("secondment id S1 appears twice");
    }
  }

  @Nested
  class Targets {
    private Target.Builder base() {
      return Target.builder().id("X1").section("一").name(BilingualText.of("某", "some"))
          .level(Level.PREFECTURE).measure(Measure.SHARE_OF_UNITS).indicator("tight")
          .countedLevel(Level.COUNTY);
    }

    private final Milestone half = Milestone.of(END_2023, Threshold.atLeast(Share.percent("50")));

    @Test
    void targetWithoutScheduleIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> base().build())
          .withMessageContaining("target X1 needs either deadlines or a recurrence");
    }

    @Test
    void deadlinesOutOfOrderAreRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> base().addMilestones(half, half).build())
          .withMessageContaining("deadline 2023-12-31 is not after the deadline before it");
    }

    @Test
    void countThresholdOnAShareIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> base().addMilestones(Milestone.of(END_2023, Threshold.atLeast(3))).build())
          .withMessageContaining("threshold ≥ 3 does not fit measure share of units");
    }

    @Test
    void countedLevelAboveTheJudgedLevelIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> base().countedLevel(Level.REGION).addMilestones(half).build())
          .withMessageContaining("counted level region does not fit measure share of units judged per prefecture");
    }

    @Test
    void countedLevelEqualToTheJudgedLevelIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> base().countedLevel(Level.PREFECTURE).addMilestones(half).build())
          .withMessageContaining("counted level prefecture");
    }

    @Test
    void shareOfUnitsWithoutACountedLevelIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Target.builder().from(base().addMilestones(half).build()).countedLevel(Optional.empty()).build())
          .withMessageContaining("counted level none does not fit measure share of units");
    }

    @Test
    void yesNoTargetWithACountedLevelIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> base().measure(Measure.STATE)
              .addMilestones(Milestone.of(END_2023, Threshold.yes())).build())
          .withMessageContaining("counted level county does not fit measure yes or no");
    }

    @Test
    void limitMonthsOnAShareIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> base().limitMonths(6).addMilestones(half).build())
          .withMessageContaining("limitMonths: a limit in months is needed exactly for overlong secondments");
    }

    @Test
    void countedKindsNeedPrimaryCareUnitsCounted() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> base().addCountedKinds(UnitKind.VILLAGE_CLINIC).addMilestones(half).build())
          .withMessageContaining("countedKinds: counted kinds need primary-care units as the counted level, not county");
    }

    @Test
    void furtherIndicatorsNeedAYesOrNoMeasure() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> base().addFurtherIndicators("other").addMilestones(half).build())
          .withMessageContaining("furtherIndicators: further indicators need the measure yes or no, not share of units");
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> base().measure(Measure.STATE).countedLevel(Optional.empty()).addFurtherIndicators(" ")
              .addMilestones(Milestone.of(END_2023, Threshold.yes())).build())
          .withMessageContaining("furtherIndicators");
    }

    @Test
    void regionWideFigureNeedsUnitsCountedBelowTheRegion() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> base().level(Level.REGION).regionFigureReported(true).addMilestones(half).build())
          .withMessageContaining("regionFigureReported: a region-wide figure needs a measure that counts units "
              + "judged below the region, not share of units judged per region");
      assertThat(base().regionFigureReported(true).addMilestones(half).build().isRegionFigureReported()).isTrue();
    }

    @Test
    void limitOfMoreThanAHundredYearsIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Target.builder().from(XinjiangCountyTargets2023.target("T18")).limitMonths(Integer.MAX_VALUE)
              .build())
          .withMessageContaining("limitMonths")
          .withMessageContaining("1200");
    }

    @Test
    void deadlineOutsideTheSupportedDatesIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Milestone.of(LocalDate.MIN, Threshold.yes()))
          .withMessageContaining("deadline must be a date from 1900-01-01 to 2200-12-31");
    }

    @Test
    void targetAppliesToEveryUnitUnlessSaid() {
      assertThat(base().addMilestones(half).build().getApplicability()).isEqualTo(Applicability.EVERY_UNIT);
      assertThat(XinjiangCountyTargets2023.target("T19").getApplicability()).isEqualTo(Applicability.WHILE_PAIRED);
      assertThat(XinjiangCountyTargets2023.target("T7").getCountedKinds())
          .containsExactlyInAnyOrder(UnitKind.TOWNSHIP_HEALTH_CENTRE, UnitKind.COMMUNITY_HEALTH_CENTRE);
      assertThat(XinjiangCountyTargets2023.targets()).filteredOn(Target::isRegionFigureReported)
          .extracting(Target::getId).containsExactly("T7", "T8", "T10");
    }

    @Test
    void duplicateTargetIdIsRejected() {
      Target target = base().addMilestones(half).build();

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> TargetPolicy.of(List.of(target, target)))
          .withMessageContaining("target id X1 appears twice");
    }

    @Test
    void presetHasTwentyTargets() {
      assertThat(XinjiangCountyTargets2023.targets()).extracting(Target::getId)
          .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10",
              "T11", "T12", "T13", "T14", "T15", "T16", "T17", "T18", "T19", "T20");
    }
  }
}
