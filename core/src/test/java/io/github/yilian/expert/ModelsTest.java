package io.github.yilian.expert;

import static io.github.yilian.expert.Fixtures.expert;
import static io.github.yilian.expert.Fixtures.group;
import static io.github.yilian.expert.Fixtures.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.yilian.common.BilingualText;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ModelsTest {

  private static final LocalDate DATE_2021_12_01 = LocalDate.of(2021, 12, 1);

  @Nested
  class ExpertModel {

    private Expert.Builder valid() {
      return Expert.builder().id("e1").name("张三").sector(Sector.UNIVERSITY).addFields(Expertise.HOSPITAL_MANAGEMENT).senior(true);
    }

    @Test
    void phoneAndIdNumberAreNeverPrinted() {
      Expert expert = valid().phone("13800000000").idNumber("110101198001010011").build();

      assertThat(expert.toString()).contains("张三").doesNotContain("13800000000").doesNotContain("110101198001010011");
      assertThat(expert.getPhone()).contains("13800000000");
    }

    @Test
    void blankIdIsRejectedNamingTheField() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> valid().id(" ").build())
          .withMessage("Expert is invalid: id must not be blank: \" \"");
    }

    @Test
    void blankPhoneIsRejectedWithoutShowingIt() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> valid().phone(" ").build())
          .withMessageStartingWith("Expert is invalid: phone must match");
    }

    @Test
    void expertWithoutAFieldIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Expert.builder().id("e1").name("张三").sector(Sector.FINANCE).senior(false).build())
          .withMessage("Expert is invalid: fields must not be empty: []");
    }

    @Test
    void criterionAttestedTwiceIsRejectedNamingIt() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(
              () ->
                  valid()
                      .addAttestations(Attestation.of(SelectionCriterion.EXPERTISE, "医政医管局", DATE_2021_12_01))
                      .addAttestations(Attestation.of(SelectionCriterion.EXPERTISE, "卫生发展中心", DATE_2021_12_01))
                      .build())
          .withMessage("Expert is invalid: attestations: criterion EXPERTISE is attested more than once");
    }

    @Test
    void fullyAttestedOnlyWithAllFourCriteria() {
      Expert.Builder builder = valid();
      for (SelectionCriterion criterion : List.of(SelectionCriterion.INTEGRITY, SelectionCriterion.COMMITMENT, SelectionCriterion.EXPERTISE)) {
        builder.addAttestations(Attestation.of(criterion, "医政医管局", DATE_2021_12_01));
      }
      assertThat(builder.build().isFullyAttested()).isFalse();

      builder.addAttestations(Attestation.of(SelectionCriterion.AVAILABILITY, "医政医管局", DATE_2021_12_01));
      assertThat(builder.build().isFullyAttested()).isTrue();
    }

    @Test
    void blankAttesterIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Attestation.of(SelectionCriterion.INTEGRITY, "", DATE_2021_12_01))
          .withMessage("Attestation is invalid: attestedBy must not be blank: \"\"");
    }
  }

  @Nested
  class TeamModel {

    @Test
    void leaderWhoIsNotAMemberIsRejectedNamingBoth() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> team("t1", Set.of(Province.BEIJING), Set.of("e1"), "e9"))
          .withMessage("ExpertTeam is invalid: leader: leader e9 is not a member of team t1");
    }

    @Test
    void leaderWhoIsAMemberIsAccepted() {
      assertThat(team("t1", Set.of(Province.BEIJING), Set.of("e1", "e2"), "e1").getLeader()).contains("e1");
    }
  }

  @Nested
  class GroupModel {

    @Test
    void memberNotOnTheRosterIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> group(List.of(), List.of(team("t1", Set.of(), Set.of("e1"), "e1"))).build())
          .withMessage("ExpertGroup is invalid: teams: member e1 of team t1 is not on the roster");
    }

    @Test
    void expertInTwoTeamsIsRejectedNamingBothTeams() {
      List<Expert> roster = List.of(expert("e1", Sector.FINANCE, true));
      List<ExpertTeam> teams = List.of(team("t1", Set.of(), Set.of("e1"), "e1"), team("t2", Set.of(), Set.of("e1"), "e1"));

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> group(roster, teams).build())
          .withMessage("ExpertGroup is invalid: teams: expert e1 is a member of both team t1 and team t2");
    }

    @Test
    void repeatedTeamAndExpertIdsAreRejected() {
      Expert e1 = expert("e1", Sector.FINANCE, true);
      ExpertTeam t1 = Fixtures.emptyTeam("t1", Set.of());

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> group(List.of(e1, e1), List.of(t1, t1)).build())
          .withMessage("ExpertGroup is invalid: roster: expert id e1 is used more than once; teams: team id t1 is used more than once");
    }

    @Test
    void groupWithoutCoveredProvincesIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> group(List.of(), List.of()).coveredProvinces(Set.of()).build())
          .withMessageContaining("coveredProvinces must not be empty");
    }

    @Test
    void findsExpertsAndTeamsById() {
      Expert e1 = expert("e1", Sector.FINANCE, true);
      ExpertGroup group = group(List.of(e1), List.of(team("t1", Set.of(), Set.of("e1"), "e1"))).build();

      assertThat(group.findExpert("e1")).contains(e1);
      assertThat(group.findExpert("e2")).isEmpty();
      assertThat(group.findTeam("t1").map(ExpertTeam::getMembers)).contains(Set.of("e1"));
      assertThat(group.findTeam("t2")).isEmpty();
    }

    @Test
    void liaisonListedTwiceIsRejectedNamingItAndItsProvince() {
      Liaison liaison = Liaison.of(Province.HEBEI, "联络员甲", "河北省卫生健康委医政医管处");

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> group(List.of(), List.of()).liaisons(List.of(liaison, liaison)).build())
          .withMessage("ExpertGroup is invalid: liaisons: liaison 联络员甲 of Hebei is listed more than once");
    }

    @Test
    void termStartOutsideTheSupportedDatesIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> group(List.of(), List.of()).termStart(LocalDate.of(1899, 12, 31)).build())
          .withMessage("ExpertGroup is invalid: termStart must be a date from 1900-01-01 to 2200-12-31: 1899-12-31");
    }

    @Test
    void blankLiaisonNameIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Liaison.of(Province.HEBEI, " ", "医政医管处"))
          .withMessage("Liaison is invalid: name must not be blank: \" \"");
    }
  }

  @Nested
  class Provinces {

    @Test
    void mainlandHasThirtyOneGbt2260Divisions() {
      assertThat(Province.mainland()).hasSize(31).allMatch(Province::isGbt2260).doesNotContain(Province.XINJIANG_CORPS);
    }

    @Test
    void corpsCodeIsOutsideGbt2260() {
      assertThat(Province.XINJIANG_CORPS.getCode()).isEqualTo("660000");
      assertThat(Province.XINJIANG_CORPS.isGbt2260()).isFalse();
    }

    @Test
    void findsByCode() {
      assertThat(Province.ofCode("650000")).contains(Province.XINJIANG);
      assertThat(Province.ofCode("540000")).contains(Province.XIZANG);
      assertThat(Province.ofCode("999999")).isEmpty();
    }

    @Test
    void codesAreUniqueAndNamesBilingual() {
      assertThat(Province.values()).extracting(Province::getCode).doesNotHaveDuplicates();
      assertThat(Province.BEIJING.getChineseName()).isEqualTo("北京市");
      assertThat(Province.SHAANXI.getEnglishName()).isEqualTo("Shaanxi");
    }
  }

  /** Issue 14: every result of the package prints readably, plural-correct. */
  @Nested
  class ReadableText {

    @Test
    void tenureAndStatePrintTheirReasonAndCounts() {
      ExpertGroup founding = group(List.of(expert("e1", Sector.FINANCE, true)), List.of(Fixtures.emptyTeam("t1", Set.of(Province.BEIJING)))).build();
      AdjustmentLog log = AdjustmentLog.of(founding, Fixtures.COHORT, List.of(AdjustmentEvent.appointed(Fixtures.DATE_2022_01_01, "e1", "t1")));

      assertThat(log.tenure("e1", Fixtures.DATE_2022_01_01))
          .hasToString("Tenure[e1: serving on 2022-01-01: member of team t1, term 2022-01-01 to 2024-12-31, 1096 days left, 1 day served]");
      assertThat(log.stateOn(Fixtures.DATE_2022_01_01)).hasToString("GroupState[2022-01-01: 1 of 1 expert active in 1 team]");
      assertThat(AdjustmentLog.of(AdjustmentLogTest.FOUNDING, Fixtures.COHORT, List.of()).stateOn(Fixtures.DATE_2022_01_01))
          .hasToString("GroupState[2022-01-01: 0 of 3 experts active in 2 teams]");
    }

    @Test
    void policiesAndCheckersPrintWhatTheyCheck() {
      assertThat(CompositionPolicy.of(2, TeamMix.FIELDS)).hasToString("CompositionPolicy[at least 2 FIELDS]");
      assertThat(GroupChecker.of(CompositionPolicy.of(2))).hasToString("GroupChecker[CompositionPolicy[at least 2 SECTORS]]");
      assertThat(ObligationChecker.of(TieredCareExpertGroupMeasures.obligationPolicy()))
          .hasToString("ObligationChecker[reports due 30 days after an evaluation, commercial rule IN_GROUP_NAME]");
      assertThat(ObligationChecker.of(ObligationPolicy.builder().reportDueDays(1).build()))
          .hasToString("ObligationChecker[reports due 1 day after an evaluation, commercial rule IN_GROUP_NAME]");
    }
  }

  @Test
  void presetsHoldTheSeedsValues() {
    assertThat(TieredCareExpertGroupMeasures.termPolicy().getTermYears()).isEqualTo(3);
    assertThat(TieredCareExpertGroupMeasures.termPolicy().getReviewWindowDays()).isEqualTo(90);
    assertThat(TieredCareExpertGroupMeasures.compositionPolicy().getMinimum()).isEqualTo(2);
    assertThat(TieredCareExpertGroupMeasures.obligationPolicy().getReportDueDays()).isEqualTo(30);
  }

  @Test
  void everyEnumConstantHasBothNames() {
    List<Enum<?>> constants = new java.util.ArrayList<>();
    for (Class<? extends Enum<?>> type :
        List.<Class<? extends Enum<?>>>of(
            Sector.class, Expertise.class, SelectionCriterion.class, Role.class, TermKind.class, EventType.class, ExpertActivityKind.class, CommercialRule.class, Province.class, TeamMix.class)) {
      constants.addAll(List.of(type.getEnumConstants()));
    }
    for (Enum<?> constant : constants) {
      assertThat(name(constant, "getChineseName")).as(constant.name()).isNotBlank().isNotEqualTo(name(constant, "getEnglishName"));
      assertThat(name(constant, "getEnglishName")).as(constant.name()).isNotBlank();
    }
    assertThat(SelectionCriterion.AVAILABILITY.getChineseName()).isEqualTo("能投入足够时间和精力");
    assertThat(TermKind.ROLLING.getEnglishName()).isEqualTo("rolling term");
  }

  private static String name(Enum<?> constant, String getter) {
    try {
      return (String) constant.getClass().getMethod(getter).invoke(constant);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void enumsCarryBothNames() {
    assertThat(Sector.MEDICAL_INSURANCE.getChineseName()).isEqualTo("医保部门");
    assertThat(EventType.WITHDREW.getEnglishName()).isEqualTo("withdrew");
    assertThat(BilingualText.of(Role.LEADER.getChineseName(), Role.LEADER.getEnglishName())).hasToString("组长 / leader");
  }
}
