package io.github.yilian.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.yilian.common.BilingualText;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.Fact;
import io.github.yilian.county.Level;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.TargetStatus;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.Unit;
import io.github.yilian.county.UnitKind;
import io.github.yilian.county.XinjiangCountyTargets2023;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page as text, without a browser (examples' ReportBrowserTest opens the examples' reports in
 * Chromium): names are escaped, nothing is loaded from outside, the language chosen is the one the
 * page opens in, and arguments are checked first.
 */
class HtmlReportTest {

  private static final String SCRIPT = "<script>alert(1)</script>";

  /** One county whose units are named with markup, and a fact that makes one target met. */
  private static CountyReport county() {
    BilingualText script = BilingualText.of(SCRIPT, SCRIPT);
    AdministrativeTree tree = AdministrativeTree.builder()
        .addUnits(
            Unit.region("65", BilingualText.of("新疆", "Xinjiang")),
            Unit.of("6501", BilingualText.of("乌鲁木齐市", "Ürümqi"), Level.PREFECTURE, "65"),
            Unit.of("650101", script, Level.COUNTY, "6501"),
            Unit.of("650101-M", script, Level.COMMUNITY, "650101"),
            Unit.of("650101-L", script, Level.LEAD_HOSPITAL, "650101-M"),
            Unit.primaryCare("650101-U1", script, UnitKind.TOWNSHIP_HEALTH_CENTRE, "650101-M"))
        .build();
    MonitoringData data = MonitoringData.builder().tree(tree)
        .addFacts(Fact.yes("650101", XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE, LocalDate.of(2023, 1, 1)))
        .build();
    return CountyReport.of(TargetTracker.of(XinjiangCountyTargets2023.policy(), data), LocalDate.of(2023, 12, 31));
  }

  @Test
  void aUnitNamedWithAScriptShowsAsTextAndThePageHasOnlyItsOwnScript() {
    CountyReport county = county();
    Document page = Jsoup.parse(HtmlReport.of(county).render());

    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("script").first().data()).doesNotContain("alert(1)");
    assertThat(page.select("g.cell[data-unit=650101] title").text()).contains(SCRIPT);
    assertThat(page.select("table[data-role=results] tbody tr[data-unit=650101] td").first().text())
        .contains(SCRIPT);
    assertThat(page.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
        .noneMatch(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on")));
  }

  @Test
  void theHeatMapHasOneCellPerResultColouredByItsStatus() {
    CountyReport county = county();
    Document page = Jsoup.parse(HtmlReport.of(county).render());
    long met = county.getDashboard().getResults().stream().filter(r -> r.getStatus() == TargetStatus.MET).count();

    assertThat(page.select("g.cell[data-own=no]")).hasSize(county.getDashboard().getResults().size());
    assertThat(page.select("g.cell[data-own=no][data-status=met]")).hasSize((int) met);
    assertThat(page.select("[data-role=status-counts] li[data-status=met] .num").text()).isEqualTo(Long.toString(met));
  }

  @Test
  void thePageLoadsNothingFromOutside() {
    Document page = Jsoup.parse(HtmlReport.of(county()).render());
    String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");

    assertThat(policy).startsWith("default-src 'none'").doesNotContain("http");
    assertThat(page.select("link[rel=stylesheet], script[src], img[src], iframe")).isEmpty();
    for (Element link : page.select("a[href]")) {
      assertThat(link.attr("href")).startsWith("#");
    }
  }

  @Test
  void thePageOpensInTheLanguageChosenAndHoldsBoth() {
    HtmlReport report = HtmlReport.of(county());
    Document chinese = Jsoup.parse(report.render());
    Document english = Jsoup.parse(report.withLanguage(Locale.UK).render());

    assertThat(chinese.selectFirst("html").attr("lang")).isEqualTo("zh-Hans");
    assertThat(chinese.title()).isEqualTo("医联报告");
    assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(english.title()).isEqualTo("Yilian report");
    assertThat(english.select("h1 .zh").text()).isEqualTo("医联报告");
  }

  @Test
  void writeCreatesTheDirectoriesAndWritesUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a/b/report.html");
    HtmlReport report = HtmlReport.of(county());

    assertThat(report.write(file)).isEqualTo(file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(report.render());
  }

  @Test
  void argumentsAreCheckedFirstAndNamed() {
    CountyReport county = county();
    assertThatThrownBy(() -> HtmlReport.of(null)).isInstanceOf(NullPointerException.class).hasMessage("section");
    assertThatThrownBy(() -> HtmlReport.combined(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HtmlReport.combined(Arrays.asList(county, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("sections[1]");
    assertThatThrownBy(() -> HtmlReport.of(county).withLanguage(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
    assertThatThrownBy(() -> HtmlReport.of(county).write(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("file");
  }
}
