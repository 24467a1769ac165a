package io.github.yilian.county;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Ranking;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's quick start, kept compiling and true. */
class ReadmeQuickStartTest {

  @Test
  void quickStartComputesWhatTheReadmeSays() {
    AdministrativeTree tree = AdministrativeTree.builder()
        .addUnits(Unit.region("65", BilingualText.of("新疆", "Xinjiang")),
            Unit.of("6501", BilingualText.of("乌鲁木齐市", "Urumqi"), Level.PREFECTURE, "65"),
            Unit.of("650102", BilingualText.of("天山区", "Tianshan"), Level.COUNTY, "6501"),
            Unit.of("650102-M", BilingualText.of("天山区医共体", "Tianshan community"), Level.COMMUNITY, "650102"),
            Unit.of("650102-L", BilingualText.of("天山区人民医院", "Tianshan hospital"), Level.LEAD_HOSPITAL, "650102-M"),
            Unit.primaryCare("650102-U1", BilingualText.of("某社区卫生服务中心", "a health centre"),
                UnitKind.COMMUNITY_HEALTH_CENTRE, "650102-M"))
        .build();
    MonitoringData data = MonitoringData.builder().tree(tree)
        .addFacts(Fact.yes("650102", XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE, LocalDate.of(2023, 1, 1)))
        .addFacts(Fact.yes("650102", XinjiangCountyTargets2023.COMMITTEE_REPORT, LocalDate.of(2023, 9, 15)))
        .addFacts(Fact.share("650102-L", XinjiangCountyTargets2023.STUDIO_DOCTORS, LocalDate.of(2023, 9, 1), 39, 80))
        .build();
    TargetTracker tracker = TargetTracker.of(XinjiangCountyTargets2023.policy(), data);

    TargetResult t5 = tracker.status(XinjiangCountyTargets2023.target("T5"), "650102", LocalDate.of(2023, 12, 31));
    TargetResult t15 = tracker.status(XinjiangCountyTargets2023.target("T15"), "650102-L", LocalDate.of(2023, 12, 31));
    TargetResult t19 = tracker.status(XinjiangCountyTargets2023.target("T19"), "650102", LocalDate.of(2023, 12, 31));
    Dashboard dashboard = tracker.dashboard(LocalDate.of(2023, 12, 31));
    RollUp rollUp = tracker.rollUp(XinjiangCountyTargets2023.target("T5"), "6501", LocalDate.of(2023, 12, 31));
    Ranking<UnitScore> counties = tracker.ranking(Level.COUNTY, 2023);
    AnnualEvaluation audited = AnnualEvaluation.draft(tracker, "650102", 2023)
        .selfAssess("650102", "王", LocalDate.of(2024, 1, 10), Map.of())
        .review("6501", "李", LocalDate.of(2024, 1, 20), Map.of())
        .audit("65", "张", LocalDate.of(2024, 2, 1), Map.of("T15", TargetStatus.MISSED));
    ProblemList problems = ProblemList.of("6501", List.of(audited));

    assertThat(t5.getStatus()).isEqualTo(TargetStatus.MISSED);
    assertThat(t5.getPeriods().get(1).getStatus()).isEqualTo(TargetStatus.MET);
    assertThat(t15.getGap()).isEqualTo(1);
    assertThat(t15.getReason().getEnglish()).startsWith("T15 650102-L: share of senior doctors").endsWith("missed, gap 1");
    assertThat(t19.getStatus()).isEqualTo(TargetStatus.NOT_APPLICABLE);
    assertThat(dashboard.getRegionFigures()).extracting(f -> f.getTarget().getId()).containsExactly("T7", "T8", "T10");
    assertThat(rollUp.getNotMet()).hasSize(1);
    assertThat(counties.getEntries()).hasSize(1);
    assertThat(audited.getValues().get("T8")).isEqualTo(TargetStatus.NO_DATA);
    assertThat(audited.getNotApplicable()).containsExactly("T19");
    assertThat(problems.getProblems().get("650102")).contains("T5", "T8", "T15");
  }
}
