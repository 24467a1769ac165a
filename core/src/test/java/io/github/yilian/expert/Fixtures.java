package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import java.time.LocalDate;
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

  static Expert expert(String id, Sector sector, boolean senior) {
    return Expert.builder()
        .id(id)
        .name("专家" + id)
        .sector(sector)
        .addFields(Expertise.POLICY_RESEARCH)
        .senior(senior)
        .build();
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
