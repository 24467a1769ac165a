package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Named models the example tests share, built one way. */
final class Fixtures {

  static final LocalDate DATE_2022_01_01 = LocalDate.of(2022, 1, 1);
  static final LocalDate DATE_2024_12_31 = LocalDate.of(2024, 12, 31);
  static final LocalDate DATE_2024_02_29 = LocalDate.of(2024, 2, 29);

  static final TermPolicy COHORT = TieredCareExpertGroupMeasures.termPolicy();
  static final TermPolicy ROLLING = TermPolicy.builder().termYears(3).reviewWindowDays(90).kind(TermKind.ROLLING).build();

  private Fixtures() {}

  static final LocalDate DATE_2021_12_01 = LocalDate.of(2021, 12, 1);

  /** The four selection criteria of section 一, attested by the bureau on 2021-12-01. */
  static final List<Attestation> ALL_CRITERIA =
      Arrays.stream(SelectionCriterion.values()).map(c -> Attestation.of(c, "医政医管局", DATE_2021_12_01)).toList();

  /** An expert with one field (policy research) and all four criteria attested. */
  static Expert expert(String id, Sector sector, boolean senior) {
    return expertBuilder(id, sector, senior).build();
  }

  static Expert.Builder expertBuilder(String id, Sector sector, boolean senior) {
    Expert.Builder builder = Expert.builder();
    builder.id(id).name("专家" + id).sector(sector).addFields(Expertise.POLICY_RESEARCH).senior(senior).attestations(ALL_CRITERIA);
    return builder;
  }

  static ExpertTeam team(String id, Set<Province> provinces, Set<String> members, String leader) {
    return ExpertTeam.builder()
        .id(id)
        .name(BilingualText.of("第" + id + "组", "team " + id))
        .provinces(provinces)
        .members(members)
        .leader(leader)
        .build();
  }

  static ExpertTeam emptyTeam(String id, Set<Province> provinces) {
    return ExpertTeam.builder().id(id).name(BilingualText.of("第" + id + "组", "team " + id)).provinces(provinces).build();
  }

  static ExpertGroup.Builder group(List<Expert> roster, List<ExpertTeam> teams) {
    ExpertGroup.Builder builder = ExpertGroup.builder();
    builder
        .name(BilingualText.of("分级诊疗与医联体建设专家组", "tiered care expert group"))
        .managementOffice(BilingualText.of("专家组管理办公室", "management office"))
        .termStart(DATE_2022_01_01)
        .coveredProvinces(Province.mainland())
        .roster(roster)
        .teams(teams);
    return builder;
  }
}
