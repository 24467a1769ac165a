package io.github.yilian.alliance;

import static io.github.yilian.alliance.AllianceGenerators.activities;
import static io.github.yilian.alliance.AllianceGenerators.haikouRubrics;
import static io.github.yilian.alliance.AllianceGenerators.people;
import static io.github.yilian.alliance.AllianceGenerators.records;
import static io.github.yilian.alliance.AllianceGenerators.facts;
import static io.github.yilian.alliance.AllianceGenerators.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

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
  void perDayAndMemberCountsDistinctPairs() {
    Rubric perPair = HaikouAllianceRubric2021.builder().outreachCounting(OutreachCounting.PER_DAY_AND_MEMBER).build();
    qt().forAll(records()).checkAssert(record -> {
      long pairs = record.getOutreachVisits().stream().map(v -> v.getDate() + "/" + v.getMemberUnitId()).distinct().count();
      CriterionScore outreach = perPair.assess(record).getScores().get(3);
      assertThat(outreach.getPoints()).isEqualTo((int) Math.min(20, pairs));
      assertThat(outreach.getQuantity()).contains(java.math.BigDecimal.valueOf(pairs));
    });
  }

  @Test
  void addingEvidenceNeverLowersACriterionOtherThanGrowth() {
    qt().withExamples(300).forAll(facts(), people(), work(), people()).checkAssert((facts, people, work, more) -> {
      AllianceAssessmentRecord before = AllianceGenerators.record(facts, people, work);
      AllianceAssessmentRecord after = AllianceGenerators.builder(facts, people, work)
          .charterAdopted(true)
          .addAllMeetingDates(more.visits().stream().map(OutreachVisit::getDate).toList())
          .addAllOutreachVisits(more.visits())
          .addAllTraineeStays(more.trainees())
          .addAllReferrals(more.referrals())
          .addAllPartyActivities(more.visits().stream().map(v -> PartyActivity.of(v.getDate(), PartyActivityKind.THEORY_STUDY)).toList())
          .build();
      List<Integer> less = points(HAIKOU.assess(before));
      List<Integer> moreEvidence = points(HAIKOU.assess(after));
      for (int i = 0; i < 10; i++) {
        assertThat(moreEvidence.get(i)).isGreaterThanOrEqualTo(less.get(i));
      }
    });
  }

  @Test
  void aHigherLevelNeverLowersPoints() {
    qt().forAll(records()).checkAssert(record -> {
      AllianceAssessmentRecord higher = AllianceAssessmentRecord.builder().from(record)
          .referralStandard(ReferralStandard.DRAFTED_AND_IMPLEMENTED).resultSharing(ResultSharing.PLATFORM_AND_SHARING).build();
      assertThat(HAIKOU.assess(higher).getTotal()).isGreaterThanOrEqualTo(HAIKOU.assess(record).getTotal());
    });
  }

  @Test
  void evidencePastTheCapAddsNothing() {
    qt().forAll(records(), activities()).checkAssert((record, activity) -> {
      AllianceAssessment before = HAIKOU.assess(record);
      AllianceAssessment after = HAIKOU.assess(AllianceAssessmentRecord.builder().from(record).addPartyActivities(activity).build());
      int partyBuilding = 9;
      if (before.getScores().get(partyBuilding).getPoints() == 10) {
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
      assertThat(HAIKOU.assess(more).getScores().get(3)).isEqualTo(HAIKOU.assess(record).getScores().get(3));
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
      assertThat(rubric.assess(shuffled).getScores()).isEqualTo(rubric.assess(record).getScores());
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
            .noneMatch(d -> java.time.YearMonth.from(d).toString().equals(finding.getSubject()));
        case "alliance.outreach-per-member" -> assertThat(record.getOutreachVisits())
            .noneMatch(v -> v.getMemberUnitId().equals(finding.getSubject()));
        default -> assertThat(record.getResearchProjects())
            .noneMatch(p -> p.getMemberUnitId().equals(finding.getSubject()));
      }
    }));
  }

  @Test
  void concatenatingListsIsOrderIndependentToo() {
    qt().withExamples(200).forAll(people(), people()).checkAssert((a, b) -> {
      AllianceAssessmentRecord ab = Fixtures.record().outreachVisits(concat(a.visits(), b.visits())).referrals(concat(a.referrals(), b.referrals())).build();
      AllianceAssessmentRecord ba = Fixtures.record().outreachVisits(concat(b.visits(), a.visits())).referrals(concat(b.referrals(), a.referrals())).build();
      assertThat(HAIKOU.assess(ab).getTotal()).isEqualTo(HAIKOU.assess(ba).getTotal());
    });
  }
}
