package io.github.yilian.examples;

import static io.github.yilian.expert.Province.ANHUI;
import static io.github.yilian.expert.Province.BEIJING;
import static io.github.yilian.expert.Province.CHONGQING;
import static io.github.yilian.expert.Province.FUJIAN;
import static io.github.yilian.expert.Province.GANSU;
import static io.github.yilian.expert.Province.GUANGDONG;
import static io.github.yilian.expert.Province.GUANGXI;
import static io.github.yilian.expert.Province.GUIZHOU;
import static io.github.yilian.expert.Province.HAINAN;
import static io.github.yilian.expert.Province.HEBEI;
import static io.github.yilian.expert.Province.HEILONGJIANG;
import static io.github.yilian.expert.Province.HENAN;
import static io.github.yilian.expert.Province.HUBEI;
import static io.github.yilian.expert.Province.HUNAN;
import static io.github.yilian.expert.Province.INNER_MONGOLIA;
import static io.github.yilian.expert.Province.JIANGSU;
import static io.github.yilian.expert.Province.JIANGXI;
import static io.github.yilian.expert.Province.JILIN;
import static io.github.yilian.expert.Province.LIAONING;
import static io.github.yilian.expert.Province.NINGXIA;
import static io.github.yilian.expert.Province.QINGHAI;
import static io.github.yilian.expert.Province.SHAANXI;
import static io.github.yilian.expert.Province.SHANDONG;
import static io.github.yilian.expert.Province.SHANGHAI;
import static io.github.yilian.expert.Province.SHANXI;
import static io.github.yilian.expert.Province.SICHUAN;
import static io.github.yilian.expert.Province.TIANJIN;
import static io.github.yilian.expert.Province.XINJIANG;
import static io.github.yilian.expert.Province.XINJIANG_CORPS;
import static io.github.yilian.expert.Province.XIZANG;
import static io.github.yilian.expert.Province.YUNNAN;
import static io.github.yilian.expert.Province.ZHEJIANG;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.expert.ExpertActivity;
import io.github.yilian.expert.ExpertActivityKind;
import io.github.yilian.expert.AdjustmentEvent;
import io.github.yilian.expert.AdjustmentLog;
import io.github.yilian.expert.Attestation;
import io.github.yilian.expert.CompositionPolicy;
import io.github.yilian.expert.EvaluationAssignment;
import io.github.yilian.expert.Expert;
import io.github.yilian.expert.ExpertGroup;
import io.github.yilian.expert.ExpertTeam;
import io.github.yilian.expert.Expertise;
import io.github.yilian.expert.GroupChecker;
import io.github.yilian.expert.GroupState;
import io.github.yilian.expert.Liaison;
import io.github.yilian.expert.ObligationChecker;
import io.github.yilian.expert.Province;
import io.github.yilian.expert.Sector;
import io.github.yilian.expert.SelectionCriterion;
import io.github.yilian.expert.TeamMix;
import io.github.yilian.expert.Tenure;
import io.github.yilian.expert.TieredCareExpertGroupMeasures;
import io.github.yilian.report.ExpertReport;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Seed 000: a national expert group of six teams covering the 31 provinces and the Xinjiang Corps,
 * three years of dynamic adjustment, then coverage, tenures and findings on a chosen date.
 */
final class ExpertScenario {

  private static final LocalDate TERM_START = LocalDate.of(2022, 1, 1);
  private static final LocalDate AS_OF = LocalDate.of(2024, 11, 1);
  private static final Sector[] SECTORS = Sector.values();

  private ExpertScenario() {}

  private record TeamPlan(String id, String chinese, String english, Set<Province> provinces) {}

  private static final List<TeamPlan> TEAMS =
      List.of(
          new TeamPlan("north", "华北组", "North", EnumSet.of(BEIJING, TIANJIN, HEBEI, SHANXI, INNER_MONGOLIA)),
          new TeamPlan("northeast", "东北组", "Northeast", EnumSet.of(LIAONING, JILIN, HEILONGJIANG)),
          new TeamPlan("east", "华东组", "East", EnumSet.of(SHANGHAI, JIANGSU, ZHEJIANG, ANHUI, FUJIAN, JIANGXI, SHANDONG)),
          new TeamPlan("south", "中南组", "Central-South", EnumSet.of(HENAN, HUBEI, HUNAN, GUANGDONG, GUANGXI, HAINAN)),
          new TeamPlan("southwest", "西南组", "Southwest", EnumSet.of(CHONGQING, SICHUAN, GUIZHOU, YUNNAN, XIZANG)),
          new TeamPlan("northwest", "西北组", "Northwest", EnumSet.of(SHAANXI, GANSU, QINGHAI, NINGXIA, XINJIANG, XINJIANG_CORPS)));

  static ExpertReport run(PrintStream out) {
    out.println("== 专家组管理 Expert group management (seed 000) ==");
    AdjustmentLog log = log();
    ExpertGroup founding = log.getFounding();
    GroupState state = log.stateOn(AS_OF);

    out.printf("%d events over %s; state on %s%n", log.getEvents().size(), DateRange.of(TERM_START, AS_OF), AS_OF);
    printCoverage(out, state);
    out.println("-- 聘期 Tenure --");
    for (Tenure tenure : state.getTenures()) {
      out.printf("  %-12s %s%n  %-12s %s%n", tenure.getExpert(), tenure.getReason().getChinese(), "", tenure.getReason().getEnglish());
    }
    out.println("-- 检查结果 Findings (violations, then warnings) --");
    List<Finding> findings = new ArrayList<>(GroupChecker.of(TieredCareExpertGroupMeasures.compositionPolicy()).check(state.getGroup()));
    ObligationChecker obligations = ObligationChecker.of(TieredCareExpertGroupMeasures.obligationPolicy());
    findings.addAll(obligations.checkActivities(activities(), AS_OF));
    findings.addAll(obligations.overdueReports(evaluations(), AS_OF));
    findings.addAll(obligations.checkAssignments(founding, evaluations()));
    findings.sort(Comparator.comparing(Finding::getSeverity));
    for (Finding finding : findings) {
      out.printf("  [%s] %s %s: %s%n", finding.getSeverity().getEnglishName(), finding.getRuleId(), finding.getSubject(), finding.getReason());
    }
    CompositionPolicy byFields = CompositionPolicy.of(2, TeamMix.FIELDS);
    out.printf(
        "Reading 领域 as fields of expertise instead (%s): %d findings on the mix, as every expert here works in policy research%n",
        byFields,
        GroupChecker.of(byFields).check(state.getGroup()).stream().filter(f -> f.getRuleId().equals(GroupChecker.FIELDS)).count());
    LocalDate nextTerm = LocalDate.of(2025, 1, 1);
    GroupState after = log.stateOn(nextTerm);
    out.printf(
        "On %s the first cohort term has ended (%s): active %s, reappointed during the term or on its first day; %d findings%n",
        nextTerm,
        after,
        after.getTenures().stream().filter(Tenure::isActive).map(Tenure::getExpert).toList(),
        GroupChecker.of(TieredCareExpertGroupMeasures.compositionPolicy()).check(after.getGroup()).size());
    out.printf("  %s%n  %s%n%n", log.tenure("south-2", nextTerm), log.tenure("south-1", nextTerm));
    return ExpertReport.of(log, AS_OF, findings);
  }

  /** Six teams over 31 provinces and the Corps and three years of adjustments (also in examples/workbooks/expert-log.xlsx). */
  static AdjustmentLog log() {
    List<Expert> roster = new ArrayList<>();
    List<ExpertTeam> teams = new ArrayList<>();
    List<AdjustmentEvent> events = new ArrayList<>();
    for (int t = 0; t < TEAMS.size(); t++) {
      TeamPlan plan = TEAMS.get(t);
      teams.add(ExpertTeam.builder().id(plan.id()).name(BilingualText.of(plan.chinese(), plan.english() + " team")).provinces(plan.provinces()).build());
      for (int m = 1; m <= 3; m++) {
        String id = plan.id() + "-" + m;
        roster.add(expert(id, SECTORS[(t + m) % SECTORS.length], m == 1));
        events.add(AdjustmentEvent.appointed(TERM_START, id, plan.id()));
      }
      events.add(AdjustmentEvent.madeLeader(TERM_START, plan.id() + "-1"));
    }
    // appointed mid-term with only three of the four selection criteria attested: a finding
    roster.add(expertBuilder("east-4", Sector.MEDICAL_INSURANCE, false).attestations(ATTESTED.subList(0, 3)).build());
    events.addAll(
        List.of(
            AdjustmentEvent.withdrew(LocalDate.of(2022, 9, 30), "northeast-3"),            // last day served
            AdjustmentEvent.dismissed(LocalDate.of(2023, 3, 15), "east-2", BilingualText.of("年度考核不合格", "failed the annual assessment")),
            AdjustmentEvent.appointed(LocalDate.of(2023, 4, 1), "east-4", "east"),         // first day of service
            AdjustmentEvent.moved(LocalDate.of(2023, 6, 1), "north-3", "northeast"),
            AdjustmentEvent.reappointed(LocalDate.of(2024, 10, 15), "north-1"),            // during the term
            AdjustmentEvent.termEnded(LocalDate.of(2024, 12, 31), "south-2"),              // the term's last day
            AdjustmentEvent.reappointed(LocalDate.of(2025, 1, 1), "south-1")));            // the new term's first day

    List<Liaison> liaisons = new ArrayList<>();
    for (TeamPlan plan : TEAMS) {
      plan.provinces().stream()
          .filter(p -> p != XIZANG)
          .forEach(p -> liaisons.add(Liaison.of(p, "联络员（" + p.getChineseName() + "）", p.getChineseName() + "卫生健康委医政医管处")));
    }
    liaisons.add(Liaison.of(XINJIANG, "联络员（新疆维吾尔自治区，第二位）", "新疆维吾尔自治区卫生健康委医政医管局"));  // several per province
    Set<Province> covered = EnumSet.copyOf(Province.mainland());
    covered.add(XINJIANG_CORPS);
    ExpertGroup founding =
        ExpertGroup.builder()
            .name(BilingualText.of("推进分级诊疗与医联体建设工作专家组", "expert group for tiered care and medical consortia"))
            .managementOffice(BilingualText.of("卫生发展研究中心专家组管理办公室", "management office at the health development research centre"))
            .termStart(TERM_START)
            .coveredProvinces(covered)
            .teams(teams)
            .liaisons(liaisons)
            .roster(roster)
            .build();
    return AdjustmentLog.of(founding, TieredCareExpertGroupMeasures.termPolicy(), events);
  }

  private static void printCoverage(PrintStream out, GroupState state) {
    out.println("-- 分区包段 Coverage --");
    for (ExpertTeam team : state.getGroup().getTeams()) {
      out.printf(
          "  %s (leader %s, members %s): %s%n",
          team.getName(),
          team.getLeader().orElse("—"),
          team.getMembers(),
          team.getProvinces().stream().map(p -> p.getChineseName() + " " + p.getCode()).toList());
    }
  }

  private static final List<Attestation> ATTESTED =
      Arrays.stream(SelectionCriterion.values()).map(c -> Attestation.of(c, "国家卫生健康委医政医管局", LocalDate.of(2021, 12, 1))).toList();

  private static Expert expert(String id, Sector sector, boolean senior) {
    return expertBuilder(id, sector, senior).build();
  }

  private static Expert.Builder expertBuilder(String id, Sector sector, boolean senior) {
    Expert.Builder builder = Expert.builder();
    builder.id(id).name("专家 " + id).sector(sector).addFields(Expertise.POLICY_RESEARCH).senior(senior).attestations(ATTESTED)
        .phone("13800000000");  // personal data: never printed
    return builder;
  }

  static List<ExpertActivity> activities() {
    return List.of(
        ExpertActivity.builder().id("act-1").expert("north-1").kind(ExpertActivityKind.MEDIA_INTERVIEW).date(LocalDate.of(2024, 3, 10))
            .inGroupName(true).approvedOn(LocalDate.of(2024, 3, 10)).build(),                // approved on the day: in time
        ExpertActivity.builder().id("act-5").expert("northwest-1").kind(ExpertActivityKind.ARTICLE).date(LocalDate.of(2024, 4, 2))
            .inGroupName(true).arrangedByBureau(true).build(),                                 // 五(三): no separate approval
        ExpertActivity.builder().id("act-6").expert("southwest-1").kind(ExpertActivityKind.RESEARCH_VISIT).date(LocalDate.of(2024, 4, 20))
            .inGroupName(true).approvedOn(LocalDate.of(2024, 4, 22)).build(),                // approved two days late
        ExpertActivity.builder().id("act-2").expert("east-3").kind(ExpertActivityKind.ARTICLE).date(LocalDate.of(2024, 5, 20))
            .inGroupName(true).build(),
        ExpertActivity.builder().id("act-3").expert("south-2").kind(ExpertActivityKind.COMMERCIAL_ENGAGEMENT).date(LocalDate.of(2024, 6, 8))
            .inGroupName(true).approvedOn(LocalDate.of(2024, 6, 1)).build(),
        ExpertActivity.builder().id("act-4").expert("south-3").kind(ExpertActivityKind.COMMERCIAL_ENGAGEMENT).date(LocalDate.of(2024, 7, 1))
            .inGroupName(false).build());
  }

  static List<EvaluationAssignment> evaluations() {
    return List.of(
        EvaluationAssignment.builder().id("eval-hebei").team("north").province(HEBEI)
            .period(DateRange.of(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 20))).reportSubmittedOn(LocalDate.of(2024, 9, 5)).build(),
        EvaluationAssignment.builder().id("eval-gansu").team("northwest").province(GANSU)
            .period(DateRange.of(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 15))).build(),   // report overdue: a warning
        EvaluationAssignment.builder().id("eval-hunan").team("east").province(HUNAN)
            .period(DateRange.of(LocalDate.of(2024, 10, 8), LocalDate.of(2024, 10, 12))).build()); // not the east team's province
  }
}
