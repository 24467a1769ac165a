package io.github.yilian.examples;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.CareUnit;
import io.github.yilian.alliance.HaikouAllianceRubric2021;
import io.github.yilian.alliance.SpecialtyAlliance;
import io.github.yilian.common.BilingualText;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.Fact;
import io.github.yilian.county.Level;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.Unit;
import io.github.yilian.county.UnitKind;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.report.AllianceReport;
import io.github.yilian.report.CountyReport;
import io.github.yilian.report.HtmlReport;
import java.time.LocalDate;
import java.util.List;

/**
 * A report whose names and ids are markup: a county unit named {@code <script>…</script>}, a
 * prefecture named with an {@code <img onerror>}, an id that tries to leave its attribute, an
 * alliance specialty with a script. Each payload sets {@code window.__yilianInjected} if it runs.
 */
final class HostileData {

  static final String SCRIPT = "<script>window.__yilianInjected = 1; alert(1)</script>";
  static final String IMG = "<img src=x onerror=\"window.__yilianInjected = 2\">";
  static final String ATTRIBUTE = "x\" onmouseover=\"window.__yilianInjected = 3\" data-x=\"";

  private HostileData() {}

  static BilingualText named(String text) {
    return BilingualText.of(text, text);
  }

  static HtmlReport report() {
    AdministrativeTree tree = AdministrativeTree.builder()
        .addUnits(
            Unit.region("65", named(SCRIPT)),
            Unit.of("6501", named(IMG), Level.PREFECTURE, "65"),
            Unit.of(ATTRIBUTE, named(SCRIPT), Level.COUNTY, "6501"),
            Unit.of("c-M", named(IMG), Level.COMMUNITY, ATTRIBUTE),
            Unit.of("c-L", named(SCRIPT), Level.LEAD_HOSPITAL, "c-M"),
            Unit.primaryCare("c-U1", named(IMG), UnitKind.TOWNSHIP_HEALTH_CENTRE, "c-M"))
        .build();
    MonitoringData data = MonitoringData.builder().tree(tree)
        .addFacts(Fact.yes(ATTRIBUTE, XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE, LocalDate.of(2023, 1, 1)))
        .build();
    TargetTracker tracker = TargetTracker.of(XinjiangCountyTargets2023.policy(), data);
    CountyReport county = CountyReport.of(tracker, LocalDate.of(2023, 12, 31)).withPreset(named(SCRIPT));

    SpecialtyAlliance alliance = SpecialtyAlliance.builder().id(ATTRIBUTE).specialty(named(SCRIPT))
        .lead(CareUnit.of("lead", named(IMG), named(SCRIPT)))
        .addMembers(CareUnit.of(SCRIPT, named(IMG), named(SCRIPT)))
        .build();
    AllianceAssessment assessment = HaikouAllianceRubric2021.rubric()
        .assess(AllianceAssessmentRecord.builder().alliance(alliance).year(2022).charterAdopted(true).build());
    AllianceReport alliances = AllianceReport.of(HaikouAllianceRubric2021.rubric(), List.of(assessment));
    return HtmlReport.combined(List.of(county, alliances)).withTitle(named(SCRIPT));
  }
}
