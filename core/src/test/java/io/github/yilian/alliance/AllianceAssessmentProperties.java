package io.github.yilian.alliance;

import static io.github.yilian.alliance.AllianceGenerators.evidence;
import static io.github.yilian.alliance.AllianceGenerators.grown;
import static io.github.yilian.alliance.AllianceGenerators.haikouRubrics;
import static io.github.yilian.alliance.AllianceGenerators.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.common.SupportedRange;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class AllianceAssessmentProperties {

  private static final Rubric HAIKOU = HaikouAllianceRubric2021.rubric();

  private static List<Integer> points(AllianceAssessment assessment) {
    return assessment.getScores().stream().map(CriterionScore::getPoints).toList();
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void pointsStayWithinEachMaximumAndTotalIsTheirSum() {
    qt().forAll(haikouRubrics(), records()).checkAssert((rubric, record) -> {
      AllianceAssessment assessment = rubric.assess(record);
      assertThat(assessment.getScores()).allSatisfy(s -> assertThat(s.getPoints()).isBetween(0, s.getMaxPoints()));
      assertThat(assessment.getTotal()).isEqualTo(points(assessment).stream().mapToInt(Integer::intValue).sum()).isBetween(0, 100);
      assertThat(assessment.getGrade()).isEqualTo(rubric.gradeFor(assessment.getTotal()));
    });
  }

  @Test
  void rubricAgreesWithAPlainScorerOfTheHaikouTable() {
    qt().forAll(records()).checkAssert(record -> assertThat(points(HAIKOU.assess(record))).isEqualTo(HaikouOracle.points(record)));
  }

  @Test
  void rubricAgreesWithThePlainScorerUnderTheSharingAndResearchReadings() {
    qt().forAll(records(), Generate.enumValues(ResultSharingReading.class), Generate.enumValues(ResearchCounting.class))
        .checkAssert((record, sharing, research) -> {
          Rubric rubric = HaikouAllianceRubric2021.builder().resultSharingReading(sharing).researchCounting(research).build();
          assertThat(points(rubric.assess(record))).isEqualTo(HaikouOracle.points(
              record, sharing == ResultSharingReading.LITERAL, research == ResearchCounting.PER_MEMBER_UNIT));
        });
  }

  @Test
  void perDayAndMemberCountsDistinctPairs() {
    Rubric perPair = HaikouAllianceRubric2021.builder().outreachCounting(OutreachCounting.PER_DAY_AND_MEMBER).build();
    qt().forAll(records()).checkAssert(record -> {
      long pairs = record.getOutreachVisits().stream().map(v -> v.getDate() + "/" + v.getMemberUnitId()).distinct().count();
      CriterionScore outreach = perPair.assess(record).score(HaikouAllianceRubric2021.OUTREACH);
      assertThat(outreach.getPoints()).isEqualTo((int) Math.min(20, pairs));
      assertThat(outreach.getQuantity()).contains(BigDecimal.valueOf(pairs));
    });
  }

  @Test
  void addingEvidenceNeverLowersACriterionOtherThanGrowth() {
    qt().withExamples(300).forAll(grown(), haikouRubrics()).checkAssert((grown, rubric) -> {
      AllianceGenerators.People more = grown.more();
      AllianceAssessmentRecord before = grown.evidence().record();
      AllianceAssessmentRecord after = grown.evidence().builder()
          .charterAdopted(true)
          .addAllMeetingDates(more.visits().stream().map(OutreachVisit::getDate).toList())
          .addAllOutreachVisits(more.visits())
          .addAllTraineeStays(more.trainees())
          .addAllReferrals(more.referrals())
          .addAllResearchProjects(more.visits().stream().map(v -> ResearchProject.of(v.getMemberUnitId(), "more", ProjectStatus.DECLARED)).toList())
          .addAllPartyActivities(more.visits().stream().map(v -> PartyActivity.of(v.getDate(), PartyActivityKind.THEORY_STUDY)).toList())
          .build();
      List<Integer> less = points(rubric.assess(before));
      List<Integer> moreEvidence = points(rubric.assess(after));
      for (int i = 0; i < 10; i++) {
        assertThat(moreEvidence.get(i)).isGreaterThanOrEqualTo(less.get(i));
      }
    });
  }

  @Test
  void aHigherLevelNeverLowersPoints() {
    qt().forAll(haikouRubrics(), records()).checkAssert((rubric, record) -> {
      AllianceAssessmentRecord higher = AllianceAssessmentRecord.builder().from(record)
          .referralStandard(ReferralStandard.DRAFTED_AND_IMPLEMENTED).resultSharing(ResultSharing.PLATFORM_AND_SHARING).build();
      assertThat(rubric.assess(higher).getTotal()).isGreaterThanOrEqualTo(rubric.assess(record).getTotal());
    });
  }

  @Test
  void evidencePastTheCapAddsNothing() {
    qt().forAll(evidence()).checkAssert(evidence -> {
      AllianceAssessmentRecord record = evidence.record();
      PartyActivity activity = PartyActivity.of(LocalDate.of(evidence.year(), 6, 1), PartyActivityKind.JOINT_PRACTICE);
      AllianceAssessment before = HAIKOU.assess(record);
      AllianceAssessment after = HAIKOU.assess(AllianceAssessmentRecord.builder().from(record).addPartyActivities(activity).build());
      if (before.score(HaikouAllianceRubric2021.PARTY_BUILDING).getPoints() == 10) {
        assertThat(after.getTotal()).isEqualTo(before.getTotal());
      } else {
        assertThat(after.getTotal()).isEqualTo(before.getTotal() + 2);
      }
    });
  }

  @Test
  void aSecondVisitOnACountedDayAddsNothing() {
    qt().forAll(records(), integers().between(0, 2)).checkAssert((record, member) -> {
      if (record.getOutreachVisits().isEmpty()) {
        return;
      }
      OutreachVisit again = OutreachVisit.of(record.getOutreachVisits().get(0).getDate(), AllianceGenerators.MEMBERS.get(member), OutreachKind.CONSULTATION);
      AllianceAssessmentRecord more = AllianceAssessmentRecord.builder().from(record).addOutreachVisits(again).build();
      assertThat(HAIKOU.assess(more).score(HaikouAllianceRubric2021.OUTREACH)).isEqualTo(HAIKOU.assess(record).score(HaikouAllianceRubric2021.OUTREACH));
    });
  }

  @Test
  void orderOfEvidenceNeverMatters() {
    qt().forAll(haikouRubrics(), records()).checkAssert((rubric, record) -> {
      AllianceAssessmentRecord shuffled = AllianceAssessmentRecord.builder().from(record)
          .meetingDates(reversed(record.getMeetingDates()))
          .outreachVisits(reversed(record.getOutreachVisits()))
          .traineeStays(reversed(record.getTraineeStays()))
          .referrals(reversed(record.getReferrals()))
          .researchProjects(reversed(record.getResearchProjects()))
          .partyActivities(reversed(record.getPartyActivities()))
          .memberVolumes(reversed(record.getMemberVolumes()))
          .build();
      AllianceAssessment original = rubric.assess(record);
      AllianceAssessment other = rubric.assess(shuffled);
      assertThat(other.getScores()).isEqualTo(original.getScores());
      assertThat(other.getScores()).extracting(CriterionScore::getReason).isEqualTo(original.getScores().stream().map(CriterionScore::getReason).toList());
      assertThat(other.getObservations()).isEqualTo(original.getObservations());
    });
  }

  @Test
  void gradeAndFundingRiseWithTheTotalAndChangeOnlyAtTheBounds() {
    qt().forAll(integers().between(0, 99)).checkAssert(total -> {
      Grade lower = HAIKOU.gradeFor(total);
      Grade upper = HAIKOU.gradeFor(total + 1);
      assertThat(upper.compareTo(lower)).isLessThanOrEqualTo(0);
      assertThat(HAIKOU.fundingFor(total + 1)).isGreaterThanOrEqualTo(HAIKOU.fundingFor(total));
      assertThat(upper != lower).isEqualTo(total == 60 || total == 80 || total == 90);
    });
  }

  @Test
  void observationsNameOnlyMonthsAndMembersShortOfTheirDuty() {
    qt().withExamples(300).forAll(records()).checkAssert(record -> HAIKOU.assess(record).getObservations().forEach(finding -> {
      switch (finding.getRuleId()) {
        case "alliance.monthly-meetings" -> assertThat(record.getMeetingDates())
            .noneMatch(d -> YearMonth.from(d).toString().equals(finding.getSubject()));
        case "alliance.outreach-per-member" -> assertThat(record.getOutreachVisits())
            .noneMatch(v -> v.getMemberUnitId().equals(finding.getSubject()));
        default -> assertThat(record.getResearchProjects())
            .noneMatch(p -> p.getMemberUnitId().equals(finding.getSubject()));
      }
    }));
  }

  @Test
  void reasonsKeptByARubricThatServedOtherRecordsAreThoseAFreshRubricMakes() {
    Map<String, Rubric> served = new HashMap<>();
    qt().withExamples(300).forAll(haikouRubrics(), records()).checkAssert((fresh, record) -> {
      // each generated rubric is built anew, rules and all: the first of its readings serves every later record
      String readings = List.of(fresh.getGrowthReading(), fresh.getOutreachCounting(), fresh.getResultSharingReading(),
          fresh.getResearchCounting()).toString();
      Rubric longLived = served.computeIfAbsent(readings, key -> fresh);
      AllianceAssessment kept = longLived.assess(record);
      AllianceAssessment made = fresh.assess(record);
      assertThat(kept.getReason()).isEqualTo(made.getReason());
      assertThat(kept.getScores()).extracting(CriterionScore::getReason)
          .containsExactlyElementsOf(made.getScores().stream().map(CriterionScore::getReason).toList());
    });
  }

  @Test
  void concatenatingListsIsOrderIndependentToo() {
    qt().withExamples(200).forAll(grown()).checkAssert(grown -> {
      AllianceGenerators.People a = grown.evidence().people();
      AllianceGenerators.People b = grown.more();
      AllianceAssessmentRecord.Builder base = AllianceAssessmentRecord.builder().alliance(Fixtures.ALLIANCE).year(grown.evidence().year());
      AllianceAssessmentRecord ab = AllianceAssessmentRecord.builder().from(base.build())
          .outreachVisits(concat(a.visits(), b.visits())).referrals(concat(a.referrals(), b.referrals())).build();
      AllianceAssessmentRecord ba = AllianceAssessmentRecord.builder().from(base.build())
          .outreachVisits(concat(b.visits(), a.visits())).referrals(concat(b.referrals(), a.referrals())).build();
      assertThat(HAIKOU.assess(ab).getTotal()).isEqualTo(HAIKOU.assess(ba).getTotal());
    });
  }

  @Nested
  class TraineeStaysAcrossTheYearEnd {

    @Test
    void aStayCountsInTheYearItBeginsWhateverItsEnd() {
      qt().forAll(evidence(), integers().between(0, 400)).checkAssert((evidence, extra) -> {
        AllianceAssessmentRecord record = evidence.record();
        List<TraineeStay> longer = record.getTraineeStays().stream().map(stay -> {
          LocalDate end = stay.getPeriod().getEnd().plusDays(extra);
          return TraineeStay.builder().from(stay)
              .period(DateRange.of(stay.getPeriod().getStart(), end.isAfter(SupportedRange.MAX_DATE) ? SupportedRange.MAX_DATE : end)).build();
        }).toList();
        AllianceAssessmentRecord stretched = AllianceAssessmentRecord.builder().from(record).traineeStays(longer).build();
        assertThat(HAIKOU.assess(stretched).score(HaikouAllianceRubric2021.TRAINING))
            .isEqualTo(HAIKOU.assess(record).score(HaikouAllianceRubric2021.TRAINING));
      });
    }

    @Test
    void aStayBeginningOutsideTheYearIsInvalid() {
      qt().forAll(AllianceGenerators.years(), AllianceGenerators.years(), integers().between(1, 365)).checkAssert((year, otherYear, day) -> {
        if (year.equals(otherYear)) {
          return;
        }
        LocalDate start = LocalDate.ofYearDay(otherYear, day);
        TraineeStay stay = TraineeStay.builder().personId("d").memberUnitId("tcm").kind(TrainingKind.ADVANCED_STUDY)
            .period(DateRange.of(start, start)).build();
        Assertions.assertThatExceptionOfType(ConstraintViolationException.class)
            .isThrownBy(() -> AllianceAssessmentRecord.builder().alliance(Fixtures.ALLIANCE).year(year).addTraineeStays(stay).build())
            .withMessageContaining("begins outside the assessment year " + year);
      });
    }
  }

  @Nested
  class OperatingDate {

    @Test
    void monthsAskedForMeetingsAreExactlyTheWholeMonthsOfOperationShortOfMeetings() {
      qt().forAll(records()).checkAssert(record -> {
        Optional<LocalDate> since = record.getAlliance().getOperatingSince();
        Map<YearMonth, Integer> held = new HashMap<>();
        record.getMeetingDates().forEach(d -> held.merge(YearMonth.from(d), 1, Integer::sum));
        List<String> expected = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
          YearMonth yearMonth = YearMonth.of(record.getYear(), month);
          boolean operating = since.isEmpty() || !yearMonth.atDay(1).isBefore(since.get());
          if (operating && held.getOrDefault(yearMonth, 0) < 1) {
            expected.add(yearMonth.toString());
          }
        }
        assertThat(HAIKOU.assess(record).getObservations()).filteredOn(f -> f.getRuleId().equals("alliance.monthly-meetings"))
            .extracting(Finding::getSubject).isEqualTo(expected);
      });
    }

    @Test
    void theOperatingDateNeverChangesThePoints() {
      qt().forAll(haikouRubrics(), records()).checkAssert((rubric, record) -> {
        AllianceAssessmentRecord undated = AllianceAssessmentRecord.builder().from(record)
            .alliance(SpecialtyAlliance.builder().from(record.getAlliance()).operatingSince(Optional.empty()).build()).build();
        assertThat(points(rubric.assess(record))).isEqualTo(points(rubric.assess(undated)));
      });
    }

    @Test
    void aLaterOperatingDateNeverAddsAnObservation() {
      qt().forAll(records(), integers().between(1, 800)).checkAssert((record, days) -> {
        LocalDate since = record.getAlliance().getOperatingSince().orElse(LocalDate.of(record.getYear(), 1, 1));
        LocalDate later = since.plusDays(days).isAfter(SupportedRange.MAX_DATE) ? SupportedRange.MAX_DATE : since.plusDays(days);
        AllianceAssessmentRecord postponed = AllianceAssessmentRecord.builder().from(record)
            .alliance(SpecialtyAlliance.builder().from(record.getAlliance()).operatingSince(later).build()).build();
        assertThat(HAIKOU.assess(record).getObservations()).containsAll(HAIKOU.assess(postponed).getObservations());
      });
    }
  }

  @Nested
  class Readings {

    @Test
    void literalSharingDiffersFromCumulativeOnlyForAPlatformWithoutSharing() {
      Rubric literal = HaikouAllianceRubric2021.builder().resultSharingReading(ResultSharingReading.LITERAL).build();
      qt().forAll(records()).checkAssert(record -> {
        int cumulativePoints = HAIKOU.assess(record).score(HaikouAllianceRubric2021.RESULT_SHARING).getPoints();
        int literalPoints = literal.assess(record).score(HaikouAllianceRubric2021.RESULT_SHARING).getPoints();
        assertThat(literalPoints).isLessThanOrEqualTo(cumulativePoints);
        assertThat(literalPoints != cumulativePoints).isEqualTo(record.getResultSharing() == ResultSharing.PLATFORM);
      });
    }

    @Test
    void perMemberResearchNeverExceedsPerProjectAndCountsUnits() {
      Rubric perUnit = HaikouAllianceRubric2021.builder().researchCounting(ResearchCounting.PER_MEMBER_UNIT).build();
      qt().forAll(records()).checkAssert(record -> {
        CriterionScore byUnit = perUnit.assess(record).score(HaikouAllianceRubric2021.RESEARCH);
        assertThat(byUnit.getPoints()).isLessThanOrEqualTo(HAIKOU.assess(record).score(HaikouAllianceRubric2021.RESEARCH).getPoints());
        long units = record.getResearchProjects().stream().map(ResearchProject::getMemberUnitId).distinct().count();
        assertThat(byUnit.getQuantity()).contains(BigDecimal.valueOf(units));
        assertThat(byUnit.getPoints()).isBetween((int) Math.min(15, 3 * units), (int) Math.min(15, 5 * units));
      });
    }

    @Test
    void aSecondProjectOfAUnitAlreadyApprovedAddsNothingPerMemberUnit() {
      Rubric perUnit = HaikouAllianceRubric2021.builder().researchCounting(ResearchCounting.PER_MEMBER_UNIT).build();
      qt().forAll(records(), Generate.enumValues(ProjectStatus.class)).checkAssert((record, status) -> {
        AllianceAssessmentRecord approvedTcm = AllianceAssessmentRecord.builder().from(record)
            .addResearchProjects(ResearchProject.of("tcm", "approved", ProjectStatus.APPROVED)).build();
        AllianceAssessmentRecord again = AllianceAssessmentRecord.builder().from(approvedTcm)
            .addResearchProjects(ResearchProject.of("tcm", "again", status)).build();
        assertThat(perUnit.assess(again).score(HaikouAllianceRubric2021.RESEARCH))
            .isEqualTo(perUnit.assess(approvedTcm).score(HaikouAllianceRubric2021.RESEARCH));
      });
    }
  }

  @Nested
  class AssessmentApi {

    @Test
    void scoreByIdIsTheScoreListedForThatCriterion() {
      qt().forAll(haikouRubrics(), records()).checkAssert((rubric, record) -> {
        AllianceAssessment assessment = rubric.assess(record);
        for (int i = 0; i < rubric.getCriteria().size(); i++) {
          assertThat(assessment.score(rubric.getCriteria().get(i).getId())).isSameAs(assessment.getScores().get(i));
        }
      });
    }

    @Test
    void overallReasonNamesTotalGradeAndFunding() {
      qt().forAll(records()).checkAssert(record -> {
        AllianceAssessment assessment = HAIKOU.assess(record);
        assertThat(assessment.getReason().getEnglish())
            .startsWith(assessment.getTotal() + " of 100 points")
            .contains(": " + assessment.getGrade().getEnglishName() + ", ");
        assertThat(assessment.getReason().getChinese())
            .startsWith("总分 " + assessment.getTotal() + " 分（满分 100 分）")
            .contains("等级为" + assessment.getGrade().getChineseName() + "，");
      });
    }

    @Test
    void textsHoldNoPersonalIdAndChineseHoldsNoLatinPunctuation() {
      qt().withExamples(200).forAll(haikouRubrics(), records()).checkAssert((rubric, record) -> {
        AllianceAssessment assessment = rubric.assess(record);
        List<String> texts = new ArrayList<>();
        assessment.getScores().forEach(s -> texts.add(s.getReason().getChinese()));
        assessment.getObservations().forEach(f -> texts.add(f.getReason().getChinese()));
        texts.add(assessment.getReason().getChinese());
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContainPattern("[,:;()]|[A-Za-z]"));
        List<String> all = new ArrayList<>(texts);
        assessment.getScores().forEach(s -> all.add(s.getReason().getEnglish() + s));
        all.add(assessment.toString() + record);
        assertThat(all).allSatisfy(text -> assertThat(text).doesNotContainPattern("\\bd\\d+\\b|\\bp\\d+\\b"));
      });
    }
  }
}
