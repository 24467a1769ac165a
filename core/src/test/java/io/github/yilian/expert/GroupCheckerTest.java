package io.github.yilian.expert;

import static io.github.yilian.expert.Fixtures.expert;
import static io.github.yilian.expert.Fixtures.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GroupCheckerTest {

  private static final GroupChecker CHECKER = GroupChecker.of(TieredCareExpertGroupMeasures.compositionPolicy());
  private static final Set<Province> NORTH = EnumSet.of(Province.BEIJING, Province.TIANJIN, Province.HEBEI);
  private static final List<Expert> ROSTER =
      List.of(expert("e1", Sector.UNIVERSITY, true), expert("e2", Sector.FINANCE, false), expert("e3", Sector.FINANCE, false), expert("e4", Sector.HEALTH_ADMINISTRATION, true));

  private static List<Liaison> liaisons(Set<Province> provinces) {
    return provinces.stream().map(p -> Liaison.of(p, "联络员" + p.getCode(), p.getChineseName() + "卫生健康委医政医管处")).toList();
  }

  private static ExpertGroup north(List<ExpertTeam> teams) {
    return Fixtures.group(ROSTER, teams).coveredProvinces(NORTH).liaisons(liaisons(NORTH)).build();
  }

  private static final ExpertTeam MIXED = team("t1", EnumSet.of(Province.BEIJING, Province.TIANJIN), Set.of("e1", "e2"), "e1");

  @Test
  void wellComposedGroupHasNoFindings() {
    ExpertGroup group = north(List.of(MIXED, team("t2", EnumSet.of(Province.HEBEI), Set.of("e3", "e4"), "e4")));

    assertThat(CHECKER.check(group)).isEmpty();
  }

  @Nested
  class Coverage {

    @Test
    void provinceWithoutTeamIsAGapNamedByProvince() {
      List<Finding> findings = CHECKER.check(north(List.of(MIXED)));

      assertThat(findings)
          .extracting(Finding::getRuleId, Finding::getSubject, f -> f.getReason().getEnglish())
          .containsExactly(tuple("expert.coverage", "130000", "no team is responsible for Hebei"));
      assertThat(findings.get(0).getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(findings.get(0).getReason().getChinese()).isEqualTo("无专家小组负责河北省");
    }

    @Test
    void provinceWithTwoTeamsIsAnOverlapNamingBoth() {
      ExpertTeam second = team("t2", EnumSet.of(Province.TIANJIN, Province.HEBEI), Set.of("e3", "e4"), "e4");

      assertThat(CHECKER.check(north(List.of(MIXED, second))))
          .extracting(Finding::getSubject, f -> f.getReason().getEnglish())
          .containsExactly(tuple("120000", "Tianjin is the responsibility of more than one team: t1, t2"));
    }

    @Test
    void corpsIsCheckedOnlyWhenTheGroupCoversIt() {
      Set<Province> withCorps = EnumSet.of(Province.XINJIANG, Province.XINJIANG_CORPS);
      ExpertTeam west = team("t1", EnumSet.of(Province.XINJIANG), Set.of("e1", "e2"), "e1");
      ExpertGroup group = Fixtures.group(ROSTER, List.of(west)).coveredProvinces(withCorps).liaisons(liaisons(withCorps)).build();

      assertThat(CHECKER.check(group)).extracting(Finding::getSubject).containsExactly("660000");
      assertThat(CHECKER.check(Fixtures.group(ROSTER, List.of(west)).coveredProvinces(Set.of(Province.XINJIANG)).liaisons(liaisons(withCorps)).build()))
          .isEmpty();
    }
  }

  @Nested
  class StrayProvinces {

    @Test
    void teamResponsibleForAProvinceTheGroupDoesNotCoverIsNamedByProvince() {
      ExpertTeam second = team("t2", EnumSet.of(Province.HEBEI, Province.SHANXI), Set.of("e3", "e4"), "e4");

      List<Finding> findings = CHECKER.check(north(List.of(MIXED, second)));

      assertThat(findings)
          .extracting(Finding::getRuleId, Finding::getSubject, f -> f.getReason().getEnglish())
          .containsExactly(tuple("expert.coverage", "140000", "Shanxi is not covered by the group, yet is assigned to: t2"));
      assertThat(findings.get(0).getReason().getChinese()).isEqualTo("山西省不在专家组负责范围内，却由小组负责：t2");
    }

    @Test
    void corpsAssignedToATeamOfAGroupThatDoesNotCoverItIsNamed() {
      ExpertTeam west = team("t1", EnumSet.of(Province.XINJIANG, Province.XINJIANG_CORPS), Set.of("e1", "e2"), "e1");
      Set<Province> xinjiang = EnumSet.of(Province.XINJIANG);

      assertThat(CHECKER.check(Fixtures.group(ROSTER, List.of(west)).coveredProvinces(xinjiang).liaisons(liaisons(xinjiang)).build()))
          .extracting(Finding::getRuleId, Finding::getSubject)
          .containsExactly(tuple("expert.coverage", "660000"));
    }
  }

  @Nested
  class Leaders {

    @Test
    void teamWithoutLeaderIsNamed() {
      ExpertTeam leaderless = team("t1", NORTH, Set.of("e1", "e2"), "e1");
      ExpertTeam noLeader = ExpertTeam.builder().id("t1").name(leaderless.getName()).provinces(NORTH).members(Set.of("e1", "e2")).build();

      assertThat(CHECKER.check(north(List.of(noLeader))))
          .extracting(Finding::getRuleId, Finding::getSubject, f -> f.getReason().getEnglish())
          .containsExactly(tuple("expert.leader", "t1", "team t1 has no leader"));
    }

    @Test
    void leaderWhoIsNotSeniorIsNamed() {
      assertThat(CHECKER.check(north(List.of(team("t1", NORTH, Set.of("e1", "e2"), "e2")))))
          .extracting(Finding::getRuleId, f -> f.getReason().getEnglish())
          .containsExactly(tuple("expert.leader", "leader e2 of team t1 is not a senior expert"));
    }
  }

  @Nested
  class Sectors {

    @Test
    void teamOfOneSectorIsNamed() {
      List<Finding> findings = CHECKER.check(north(List.of(team("t1", EnumSet.of(Province.BEIJING, Province.TIANJIN), Set.of("e1", "e4"), "e1"), team("t2", EnumSet.of(Province.HEBEI), Set.of("e2", "e3"), "e2"))));

      assertThat(findings)
          .filteredOn(f -> f.getRuleId().equals("expert.sectors"))
          .extracting(Finding::getSubject, f -> f.getReason().getEnglish())
          .containsExactly(tuple("t2", "members of team t2 come from 1 sector, fewer than 2"));
      assertThat(findings).filteredOn(f -> f.getRuleId().equals("expert.sectors")).singleElement()
          .satisfies(f -> assertThat(f.getReason().getChinese()).isEqualTo("小组 t2 的成员来自 1 类单位，少于 2 类"));
    }

    @Test
    void twoSectorsMeetTheMinimumExactly() {
      assertThat(GroupChecker.of(CompositionPolicy.of(3)).check(north(List.of(team("t1", NORTH, Set.of("e1", "e2", "e4"), "e1"))))).isEmpty();
      assertThat(GroupChecker.of(CompositionPolicy.of(3)).check(north(List.of(MIXED, team("t2", EnumSet.of(Province.HEBEI), Set.of("e4"), "e4")))))
          .extracting(Finding::getSubject)
          .containsExactly("t1", "t2");
    }

    @Test
    void zeroMinimumIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> CompositionPolicy.of(0))
          .withMessage("CompositionPolicy is invalid: minimum must be greater than 0: 0");
    }

    @Test
    void sectorsAreTheDefaultReadingOfDifferentFields() {
      assertThat(CompositionPolicy.of(2).getMix()).isEqualTo(TeamMix.SECTORS);
      assertThat(TieredCareExpertGroupMeasures.compositionPolicy().getMix()).isEqualTo(TeamMix.SECTORS);
    }
  }

  /** "每组由不同领域的专家组成" read as fields of expertise, or as both sectors and fields (issue 10). */
  @Nested
  class FieldsOfExpertise {

    private final Expert policyAndPayment =
        Fixtures.expertBuilder("p1", Sector.UNIVERSITY, true).addFields(Expertise.INSURANCE_PAYMENT).build();
    private final Expert policyOnly = Fixtures.expert("p2", Sector.FINANCE, false);
    private final Expert hospital =
        Fixtures.expertBuilder("p3", Sector.FINANCE, false).fields(Set.of(Expertise.HOSPITAL_MANAGEMENT)).build();

    private ExpertGroup group(Set<String> members, List<Expert> roster) {
      return Fixtures.group(roster, List.of(team("t1", NORTH, members, "p1"))).coveredProvinces(NORTH).liaisons(liaisons(NORTH)).build();
    }

    /**
     * "每组由不同领域的专家组成": one expert of two fields and one of a field among them are two experts of
     * two different fields, one for each.
     */
    @Test
    void twoExpertsWhoCanEachStandForAnotherFieldMixTheTeam() {
      ExpertGroup group = group(Set.of("p1", "p2"), List.of(policyAndPayment, policyOnly));

      assertThat(GroupChecker.of(CompositionPolicy.of(2, TeamMix.FIELDS)).check(group)).isEmpty();
    }

    /** "每组由不同领域的专家组成": a team of two experts of the same single field is not mixed by field. */
    @Test
    void twoExpertsOfTheSameFieldAreOneFieldAlthoughTheirSectorsDiffer() {
      ExpertGroup group = group(Set.of("p1", "p2"), List.of(Fixtures.expert("p1", Sector.UNIVERSITY, true), policyOnly));

      assertThat(GroupChecker.of(CompositionPolicy.of(2, TeamMix.FIELDS)).check(group))
          .extracting(Finding::getRuleId, Finding::getSubject, f -> f.getReason().getEnglish(), f -> f.getReason().getChinese())
          .containsExactly(
              tuple("expert.fields", "t1", "members of team t1 come from 1 field of expertise, fewer than 2", "小组 t1 的成员来自 1 个专业领域，少于 2 个"));
      assertThat(GroupChecker.of(CompositionPolicy.of(2)).check(group)).isEmpty();
    }

    /** "每组由不同领域的专家组成": one expert of two fields does not make a team of different experts alone. */
    @Test
    void oneExpertOfTwoFieldsStandsForOneField() {
      assertThat(GroupChecker.distinctFields(List.of(policyAndPayment))).isEqualTo(1);
      assertThat(GroupChecker.distinctFields(List.of(policyAndPayment, policyOnly, hospital))).isEqualTo(3);
      assertThat(GroupChecker.distinctFields(List.of())).isZero();
    }

    @Test
    void oneExpertOfTheFirstFieldAndAnotherStandsForOneFieldAlone() {
      Expert administrationAndPolicy = Fixtures.expertBuilder("p4", Sector.FINANCE, true).addFields(Expertise.ADMINISTRATION).build();

      assertThat(GroupChecker.distinctFields(List.of(administrationAndPolicy))).isEqualTo(1);
      assertThat(GroupChecker.distinctFields(List.of(administrationAndPolicy, policyOnly))).isEqualTo(2);
    }

    @Test
    void fiveFieldsIsTheLargestMinimumWhenFieldsCount() {
      assertThat(CompositionPolicy.of(5, TeamMix.FIELDS).getMinimum()).isEqualTo(5);
      assertThat(CompositionPolicy.of(5, TeamMix.SECTORS_AND_FIELDS).getMix()).isEqualTo(TeamMix.SECTORS_AND_FIELDS);
    }

    @Test
    void bothReadingsReportSectorsAndFieldsSeparately() {
      ExpertGroup group = group(Set.of("p1", "p2"), List.of(Fixtures.expert("p1", Sector.FINANCE, true), policyOnly));

      assertThat(GroupChecker.of(CompositionPolicy.of(2, TeamMix.SECTORS_AND_FIELDS)).check(group))
          .extracting(Finding::getRuleId, f -> f.getReason().getEnglish())
          .containsExactly(
              tuple("expert.sectors", "members of team t1 come from 1 sector, fewer than 2"),
              tuple("expert.fields", "members of team t1 come from 1 field of expertise, fewer than 2"));
    }

    @Test
    void minimumAboveTheFiveFieldsIsRejectedWhenFieldsCount() {
      assertThat(CompositionPolicy.of(6).getMinimum()).isEqualTo(6);
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> CompositionPolicy.of(6, TeamMix.FIELDS))
          .withMessage("CompositionPolicy is invalid: minimum: minimum 6 is more than the 5 fields of expertise a team can mix");
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> CompositionPolicy.of(7))
          .withMessage("CompositionPolicy is invalid: minimum must be less than or equal to 6: 7");
    }
  }

  /** Section 一: an expert is appointed only with the four selection criteria attested (issue 10). */
  @Nested
  class SelectionCriteria {

    /** "一、专家遴选条件": a member without all four criteria attested is a finding naming what is missing. */
    @Test
    void memberWithoutAllFourCriteriaAttestedIsAFindingNamingTheMissingOnes() {
      Expert partly =
          Fixtures.expertBuilder("e2", Sector.FINANCE, false)
              .attestations(Fixtures.ALL_CRITERIA.subList(0, 2))
              .build();
      List<Expert> roster = List.of(ROSTER.get(0), partly, ROSTER.get(2), ROSTER.get(3));
      ExpertGroup group =
          Fixtures.group(roster, List.of(MIXED, team("t2", EnumSet.of(Province.HEBEI), Set.of("e3", "e4"), "e4")))
              .coveredProvinces(NORTH).liaisons(liaisons(NORTH)).build();

      List<Finding> findings = CHECKER.check(group);

      assertThat(findings)
          .extracting(Finding::getRuleId, Finding::getSubject, Finding::getSeverity)
          .containsExactly(tuple("expert.selection", "e2", Severity.VIOLATION));
      assertThat(findings.get(0).getReason().getEnglish())
          .isEqualTo("expert e2 of team t1 is appointed without all four selection criteria attested; missing: "
              + "expertise in tiered care and consortia, with practice; time and energy for the tasks");
      assertThat(findings.get(0).getReason().getChinese())
          .isEqualTo("小组 t1 的专家 e2 未确认全部四项遴选条件，缺少：“熟悉分级诊疗与医联体建设，学术造诣与实践经验”、“能投入足够时间和精力”");
    }

    @Test
    void expertOnTheRosterButInNoTeamIsNotChecked() {
      Expert unattested = Expert.builder().id("e5").name("专家e5").sector(Sector.FINANCE).addFields(Expertise.ADMINISTRATION).senior(false).build();
      List<Expert> roster = new java.util.ArrayList<>(ROSTER);
      roster.add(unattested);
      ExpertGroup group =
          Fixtures.group(roster, List.of(MIXED, team("t2", EnumSet.of(Province.HEBEI), Set.of("e3", "e4"), "e4")))
              .coveredProvinces(NORTH).liaisons(liaisons(NORTH)).build();

      assertThat(CHECKER.check(group)).isEmpty();
      assertThat(unattested.getMissingCriteria()).containsExactly(SelectionCriterion.values());
    }
  }

  /** "设置联络组，其成员由省级卫生健康委医政医管处（局）有关负责同志担任": a province may have several liaisons. */
  @Test
  void provinceWithSeveralLiaisonsIsCoveredOnce() {
    List<Liaison> liaisons = new java.util.ArrayList<>(liaisons(NORTH));
    liaisons.add(Liaison.of(Province.HEBEI, "联络员乙", "河北省卫生健康委医政医管处"));
    ExpertGroup group =
        Fixtures.group(ROSTER, List.of(MIXED, team("t2", EnumSet.of(Province.HEBEI), Set.of("e3", "e4"), "e4")))
            .coveredProvinces(NORTH).liaisons(liaisons).build();

    assertThat(CHECKER.check(group)).isEmpty();
    assertThat(group.liaisonsOf(Province.HEBEI)).extracting(Liaison::getName).containsExactly("联络员130000", "联络员乙");
    assertThat(group.liaisonsOf(Province.SHANXI)).isEmpty();
  }

  @Test
  void coveredProvinceWithoutLiaisonIsNamed() {
    ExpertGroup group = Fixtures.group(ROSTER, List.of(team("t1", NORTH, Set.of("e1", "e2"), "e1"))).coveredProvinces(NORTH).liaisons(liaisons(Set.of(Province.BEIJING))).build();

    assertThat(CHECKER.check(group))
        .extracting(Finding::getRuleId, Finding::getSubject, f -> f.getReason().getEnglish())
        .containsExactly(tuple("expert.liaison", "120000", "Tianjin has no liaison"), tuple("expert.liaison", "130000", "Hebei has no liaison"));
  }
}
