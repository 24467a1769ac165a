package io.github.yilian.expert;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's expert quick start, kept compiling and true: the same code, its commented values asserted. */
class ReadmeQuickStartTest {

  @Test
  void quickStartComputesWhatTheReadmeSays() {
    ExpertGroup founding = ExpertGroup.builder()
        .name(BilingualText.of("分级诊疗专家组", "tiered care expert group"))
        .managementOffice(BilingualText.of("专家组管理办公室", "management office"))
        .termStart(LocalDate.of(2022, 1, 1))
        .coveredProvinces(Province.mainland())
        .addTeams(ExpertTeam.builder().id("north").name(BilingualText.of("华北组", "North"))
            .addProvinces(Province.BEIJING, Province.TIANJIN).build())
        .addLiaisons(Liaison.of(Province.BEIJING, "联络员甲", "北京市卫生健康委医政医管处"))
        .addRoster(Expert.builder().id("e1").name("张三").sector(Sector.UNIVERSITY)
            .addFields(Expertise.POLICY_RESEARCH).senior(true).build())
        .build();
    AdjustmentLog log = AdjustmentLog.of(founding, TieredCareExpertGroupMeasures.termPolicy(), List.of(
        AdjustmentEvent.appointed(LocalDate.of(2023, 7, 1), "e1", "north"),
        AdjustmentEvent.madeLeader(LocalDate.of(2023, 7, 1), "e1")));
    Tenure tenure = log.tenure("e1", LocalDate.of(2024, 11, 1));

    assertThat(tenure.getDaysRemaining()).isEqualTo(61);
    assertThat(tenure.isDueForReview()).isTrue();
    assertThat(tenure.getReason().getEnglish()).startsWith("serving on 2024-11-01: leader of team north, ");
    assertThat(log.append(AdjustmentEvent.reappointed(LocalDate.of(2025, 1, 1), "e1"))
            .tenure("e1", LocalDate.of(2025, 1, 1)).getTerm())
        .contains(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)));
    assertThat(log.append(AdjustmentEvent.withdrew(LocalDate.of(2024, 3, 31), "e1"))
            .tenure("e1", LocalDate.of(2024, 4, 1)).isActive())
        .isFalse();

    List<Finding> findings = GroupChecker.of(TieredCareExpertGroupMeasures.compositionPolicy())
        .check(log.stateOn(LocalDate.of(2024, 11, 1)).getGroup());

    assertThat(findings).filteredOn(f -> f.getRuleId().equals(GroupChecker.COVERAGE)).hasSize(29);
    assertThat(findings).filteredOn(f -> f.getRuleId().equals(GroupChecker.LIAISON)).hasSize(30);
    assertThat(findings).filteredOn(f -> f.getRuleId().equals(GroupChecker.SECTORS)).extracting(Finding::getSubject).containsExactly("north");
    assertThat(findings).filteredOn(f -> f.getRuleId().equals(GroupChecker.SELECTION)).extracting(Finding::getSubject).containsExactly("e1");
    assertThat(findings).hasSize(61);
  }

  @Test
  void ownPoliciesOfTheReadmeBuild() {
    TermPolicy rolling = TermPolicy.builder().termYears(5).kind(TermKind.ROLLING).reviewWindowDays(60).build();
    ObligationPolicy strict = ObligationPolicy.builder().reportDueDays(15).commercialRule(CommercialRule.ANY).build();

    assertThat(rolling.termStartingOn(LocalDate.of(2023, 7, 1)).getEnd()).isEqualTo(LocalDate.of(2028, 6, 30));
    assertThat(CompositionPolicy.of(3).getMix()).isEqualTo(TeamMix.SECTORS);
    assertThat(CompositionPolicy.of(2, TeamMix.FIELDS).getMix().countsSectors()).isFalse();
    assertThat(CompositionPolicy.of(2, TeamMix.SECTORS_AND_FIELDS).getMix().countsFields()).isTrue();
    assertThat(strict.getCommercialRule()).isEqualTo(CommercialRule.ANY);
  }
}
