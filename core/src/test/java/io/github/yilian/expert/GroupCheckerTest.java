package io.github.yilian.expert;

import static io.github.yilian.expert.Fixtures.expert;
import static io.github.yilian.expert.Fixtures.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GroupCheckerTest {

  private static final GroupChecker CHECKER = GroupChecker.of(TieredCareExpertGroupMeasures.compositionPolicy());
  private static final Set<Province> NORTH = EnumSet.of(Province.BEIJING, Province.TIANJIN, Province.HEBEI);
  private static final List<Expert> ROSTER =
      List.of(expert("e1", Sector.UNIVERSITY, true), expert("e2", Sector.FINANCE, false), expert("e3", Sector.FINANCE, false), expert("e4", Sector.HEALTH_ADMINISTRATION, true));

  private static Map<Province, Liaison> liaisons(Set<Province> provinces) {
    Map<Province, Liaison> liaisons = new EnumMap<>(Province.class);
    provinces.forEach(p -> liaisons.put(p, Liaison.of("联络员" + p.getCode(), p.getChineseName() + "卫生健康委医政医管处")));
    return liaisons;
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
          .containsExactly(tuple("t2", "members of team t2 come from 1 sectors, fewer than 2"));
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
          .withMessage("CompositionPolicy is invalid: minimumSectors must be greater than 0: 0");
    }
  }

  @Test
  void coveredProvinceWithoutLiaisonIsNamed() {
    ExpertGroup group = Fixtures.group(ROSTER, List.of(team("t1", NORTH, Set.of("e1", "e2"), "e1"))).coveredProvinces(NORTH).liaisons(liaisons(Set.of(Province.BEIJING))).build();

    assertThat(CHECKER.check(group))
        .extracting(Finding::getRuleId, Finding::getSubject, f -> f.getReason().getEnglish())
        .containsExactly(tuple("expert.liaison", "120000", "Tianjin has no liaison"), tuple("expert.liaison", "130000", "Hebei has no liaison"));
  }
}
