package io.github.yilian.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.CriterionScore;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Ranked;
import io.github.yilian.common.Severity;
import io.github.yilian.county.AnnualEvaluation;
import io.github.yilian.county.Dashboard;
import io.github.yilian.county.Level;
import io.github.yilian.county.ProblemList;
import io.github.yilian.county.TargetResult;
import io.github.yilian.county.TargetStatus;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.Unit;
import io.github.yilian.county.UnitScore;
import io.github.yilian.expert.ExpertGroup;
import io.github.yilian.expert.ExpertTeam;
import io.github.yilian.expert.GroupState;
import io.github.yilian.expert.Province;
import io.github.yilian.expert.Tenure;
import io.github.yilian.pilot.GroupCompliance;
import io.github.yilian.pilot.GroupRecord;
import io.github.yilian.pilot.Obligation;
import io.github.yilian.pilot.PilotSchedule;
import io.github.yilian.report.AllianceReport;
import io.github.yilian.report.CountyReport;
import io.github.yilian.report.ExpertReport;
import io.github.yilian.report.HtmlReport;
import io.github.yilian.report.PilotReport;
import io.github.yilian.report.ReportSection;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The report of the examples' scenarios, each capability on its own and all combined, and a report
 * of hostile names, opened in one headless Chromium: no console errors, the numbers shown are the
 * library's, the escaped markup does not run, and a PNG of each page under
 * {@code target/report-browser/}. The browser starts once for the class; a missing Chromium fails
 * every test with how to install it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {

  private static final Path OUT = Path.of("target", "report-browser");
  private static final Map<TargetStatus, String> COUNTY_KEYS = new EnumMap<>(Map.of(
      TargetStatus.MET, "met", TargetStatus.MET_LATE, "met-late", TargetStatus.NOT_YET_DUE, "not-yet-due",
      TargetStatus.MISSED, "missed", TargetStatus.NO_DATA, "no-data", TargetStatus.NOT_APPLICABLE, "not-applicable"));

  private Browser browser;
  private ChromeDriver driver;
  private CountyReport county;
  private AllianceReport alliance;
  private PilotReport pilot;
  private ExpertReport expert;
  private List<ReportSection> sections;
  private long started;
  private final List<String> timings = new ArrayList<>();

  @BeforeAll
  void startBrowser() throws IOException {
    started = System.nanoTime();
    Browser.requireInstalled();
    sections = Main.sections(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
    county = (CountyReport) sections.get(0);
    alliance = (AllianceReport) sections.get(1);
    pilot = (PilotReport) sections.get(2);
    expert = (ExpertReport) sections.get(3);
    timings.add("scenarios " + millis(started) + " ms");
    long browserStart = System.nanoTime();
    browser = Browser.start();
    driver = browser.driver();
    timings.add("browser start " + millis(browserStart) + " ms");
  }

  @AfterAll
  void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
    System.out.println("report browser tests: " + String.join(", ", timings) + "; in all " + millis(started) + " ms");
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  /** Writes a report, opens it, asserts a clean console, saves its screenshot and returns it parsed. */
  private Document open(HtmlReport report, String name) throws IOException {
    return open(report, name, true);
  }

  /**
   * As {@link #open(HtmlReport, String)}, the screenshot of the whole page or of the window only
   * (the combined report repeats the four pages shot whole).
   */
  private Document open(HtmlReport report, String name, boolean wholePage) throws IOException {
    long start = System.nanoTime();
    Path file = report.write(OUT.resolve(name + ".html"));
    List<String> problems = browser.open(file);
    assertThat(problems).as("console errors and warnings of " + name).isEmpty();
    assertThat(driver.executeScript("return performance.getEntriesByType('resource').length"))
        .as("requests made by " + name).isEqualTo(0L);
    browser.screenshot(OUT.resolve(name + ".png"), wholePage);
    timings.add(name + " " + millis(start) + " ms (" + Files.size(file) / 1024 + " KiB)");
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  private List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  private String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  /**
   * The county dashboard as of 2023-12-31: the counts per status, the missed cells of the heat map,
   * each own part, the bars and rankings per prefecture, Ürümqi's problem list and 650101's trail
   * are the library's figures.
   */
  @Test
  void countyReportShowsTheDashboardsFigures() throws IOException {
    Document page = open(HtmlReport.of(county), "county");
    Dashboard dashboard = county.getDashboard();
    TargetTracker tracker = county.getTracker();

    assertThat(text("[data-role=result-count]")).contains(Integer.toString(dashboard.getResults().size()));
    for (TargetStatus status : TargetStatus.values()) {
      long expected = dashboard.getResults().stream().filter(r -> r.getStatus() == status).count();
      assertThat(text("[data-role=status-counts] li[data-status=" + COUNTY_KEYS.get(status) + "] .num"))
          .as(status.getEnglishName()).isEqualTo(Long.toString(expected));
    }

    // every county of the synthetic region has one community and one lead hospital, so each result
    // of the dashboard is one cell of the heat map
    for (Unit c : tracker.getData().getTree().unitsAt(Level.COUNTY)) {
      assertThat(tracker.getData().getTree().unitsUnder(c.getId(), Level.COMMUNITY)).hasSize(1);
    }
    long missed = dashboard.getResults().stream().filter(r -> r.getStatus() == TargetStatus.MISSED).count();
    assertThat(all("g.cell[data-status=missed][data-own=no]")).hasSize((int) missed);
    assertThat(page.select("g.cell[data-own]:not([data-own=own])")).hasSize(dashboard.getResults().size());

    List<Element> ownParts = page.select("g.cell[data-own=own]");
    assertThat(ownParts).hasSize(5 * tracker.getData().getTree().unitsAt(Level.COUNTY).size());
    for (Element cell : ownParts) {
      TargetResult own = tracker.ownPart(tracker.getPolicy().getTarget(cell.attr("data-target")).orElseThrow(),
          cell.attr("data-unit"), dashboard.getAsOf());
      assertThat(cell.attr("data-status")).isEqualTo(COUNTY_KEYS.get(own.getStatus()));
      assertThat(cell.selectFirst("title").text()).contains(own.getReason().getEnglish());
    }

    TargetResult t15 = dashboard.resultsOf("T15").stream().filter(r -> r.getStatus() == TargetStatus.MISSED)
        .findFirst().orElseThrow();
    String county15 = tracker.getData().getTree().ancestorAt(t15.getUnit().getId(), Level.COUNTY).orElseThrow().getId();
    Element cell15 = page.selectFirst("g.cell[data-target=T15][data-unit=" + county15 + "]");
    assertThat(cell15.selectFirst("title").wholeText()).contains(t15.getReason().getChinese())
        .contains(t15.getReason().getEnglish()).contains("gap " + t15.getGap());
    assertThat(page.select("table[data-role=results] tbody tr")).hasSize(dashboard.getResults().size() + ownParts.size());

    List<Ranked<UnitScore>> prefectures = tracker.ranking(Level.PREFECTURE, dashboard).getEntries();
    List<WebElement> rows = all("table[data-role=prefecture-ranking] tbody tr");
    assertThat(rows).hasSize(prefectures.size());
    for (int i = 0; i < rows.size(); i++) {
      UnitScore score = prefectures.get(i).getItem();
      assertThat(rows.get(i).getAttribute("data-unit")).isEqualTo(score.getUnitId());
      assertThat(rows.get(i).findElement(By.cssSelector(".rank")).getText())
          .isEqualTo(Integer.toString(prefectures.get(i).getRank()));
      assertThat(rows.get(i).findElement(By.cssSelector(".score")).getText())
          .isEqualTo(score.getMet() + "/" + score.getApplicable());
      assertThat(text("g.bar[data-unit='" + score.getUnitId() + "'] text.value.zh"))
          .startsWith(score.getMet() + "/" + score.getApplicable());
    }
    assertThat(all("table[data-role=county-ranking] tbody tr")).hasSize(tracker.getData().getTree().unitsAt(Level.COUNTY).size());

    List<AnnualEvaluation> evaluations = county.getEvaluations();
    Map<String, List<String>> problems = ProblemList.of("6501", evaluations).getProblems();
    List<WebElement> problemRows = all("[data-prefecture='6501'] tbody tr[data-unit]");
    assertThat(problemRows).hasSize(problems.size());
    for (WebElement row : problemRows) {
      List<String> shown = row.findElements(By.cssSelector(".target-ref")).stream().map(WebElement::getText).toList();
      assertThat(shown).isEqualTo(problems.get(row.getAttribute("data-unit")));
    }
    AnnualEvaluation trail = evaluations.stream().filter(e -> e.getCountyId().equals("650101")).findFirst().orElseThrow();
    assertThat(all(".trail[data-unit='650101'] table[data-role=trail] tbody tr")).hasSize(trail.getTrail().size());
    assertThat(all(".trail[data-unit='650101'] table[data-role=trail] tbody tr.back")).hasSize(1);
    // the county's self-assessment set T17 to met and the prefecture set it back: the audited
    // values are the draft's, and the trail says so (a Transition does not record what its step
    // adjusted, so the report shows the changes against the draft, not step by step)
    Map<String, TargetStatus> drafted = AnnualEvaluation.draft(tracker, "650101", 2023).getValues();
    assertThat(trail.getValues()).isEqualTo(drafted);
    assertThat(text(".trail[data-unit='650101'] p.changes")).contains("与起草稿相同");
    assertThat(all(".trail[data-unit='650101'] [data-role=changes] li")).isEmpty();
  }

  /**
   * A trail whose self-assessment sets a missed target to met, kept by the review and the audit,
   * lists that target with its drafted and its audited status.
   */
  @Test
  void trailListsTheTargetsChangedAgainstTheDraft() {
    TargetTracker tracker = county.getTracker();
    AnnualEvaluation draft = AnnualEvaluation.draft(tracker, "650102", 2023);
    String target = draft.getValues().entrySet().stream().filter(e -> e.getValue() == TargetStatus.MISSED)
        .map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
    AnnualEvaluation audited = draft
        .selfAssess("650102", "县卫健委", LocalDate.of(2024, 1, 15), Map.of(target, TargetStatus.MET))
        .review("6501", "市卫健委", LocalDate.of(2024, 1, 25), Map.of())
        .audit("65", "自治区卫健委", LocalDate.of(2024, 2, 20), Map.of());
    Document page = Jsoup.parse(HtmlReport.of(CountyReport.of(tracker, county.getDashboard().getAsOf())
        .withEvaluations(List.of(audited)).withTrails(List.of("650102"))).render());
    List<Element> changes = page.select(".trail[data-unit='650102'] [data-role=changes] li");
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).selectFirst(".target-ref").text()).isEqualTo(target);
    assertThat(changes.get(0).select(".badge").eachAttr("data-status")).containsExactly("missed", "met");
    assertThat(page.select(".trail[data-unit='650102'] table[data-role=trail] tbody tr")).hasSize(3);
  }

  /**
   * Haikou's four alliances: each card's total, grade, funding, criterion points and quantities and
   * observations, and the ranking, are the assessments'.
   */
  @Test
  void allianceReportShowsTheAssessments() throws IOException {
    Document page = open(HtmlReport.of(alliance), "alliance");
    for (AllianceAssessment assessment : alliance.getAssessments()) {
      String card = "article[data-alliance='" + assessment.getRecord().getAlliance().getId() + "']";
      assertThat(text(card + " [data-role=total]")).isEqualTo(Integer.toString(assessment.getTotal()));
      assertThat(driver.findElement(By.cssSelector(card + " [data-role=grade] .badge")).getAttribute("data-status"))
          .isEqualTo("grade-" + assessment.getGrade().name().toLowerCase(Locale.ROOT));
      assertThat(text(card + " [data-role=funding]").replace(",", ""))
          .startsWith(assessment.getFunding().stripTrailingZeros().toPlainString());
      for (CriterionScore score : assessment.getScores()) {
        String row = card + " tr[data-criterion='" + score.getCriterion().getId() + "']";
        assertThat(text(row + " .points")).endsWith(score.getPoints() + " / " + score.getMaxPoints());
        assertThat(text(row + " .quantity")).isEqualTo(score.getQuantity().map(q -> q.toPlainString()).orElse("—"));
      }
      assertThat(page.select(card + " table[data-role=observations] tbody tr")).hasSize(assessment.getObservations().size());
    }
    List<Ranked<AllianceAssessment>> ranking = AllianceAssessment.rank(alliance.getAssessments()).getEntries();
    List<WebElement> rows = all("table[data-role=alliance-ranking] tbody tr");
    assertThat(rows).hasSize(ranking.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).getAttribute("data-alliance")).isEqualTo(ranking.get(i).getItem().getRecord().getAlliance().getId());
      assertThat(rows.get(i).findElement(By.cssSelector(".rank")).getText()).isEqualTo(Integer.toString(ranking.get(i).getRank()));
      assertThat(rows.get(i).findElement(By.cssSelector(".total")).getText())
          .isEqualTo(Integer.toString(ranking.get(i).getItem().getTotal()));
    }
  }

  /**
   * The nine groups as of 2012-12-31: each timeline has a marker per obligation judged and per
   * national meeting (P13, in the calendar only), the overdue list and the findings by severity are
   * the compliance's, and the next host is the schedule's.
   */
  @Test
  void pilotReportShowsEachGroupsCompliance() throws IOException {
    open(HtmlReport.of(pilot), "pilot");
    PilotSchedule schedule = pilot.getSchedule();
    for (GroupRecord record : pilot.getRecords()) {
      GroupCompliance compliance = schedule.compliance(record, pilot.getAsOf());
      String group = "article[data-topic='" + record.getGroup().getTopic().name() + "']";
      long ministry = schedule.obligations(record, pilot.getAsOf()).stream()
          .filter(i -> i.getObligation() == Obligation.P13).count();
      assertThat(all(group + " g.marker[data-obligation=P13]")).hasSize((int) ministry);
      assertThat(all(group + " g.marker:not([data-obligation=P13])")).hasSize(compliance.getStatuses().size());
      assertThat(all(group + " g.marker[data-status=missed]")).hasSize(compliance.getOverdue().size());
      assertThat(all(group + " table[data-role=overdue] tbody tr")).hasSize(compliance.getOverdue().size());
      for (Severity severity : List.of(Severity.VIOLATION, Severity.WARNING)) {
        long expected = compliance.findings().stream().filter(f -> f.getSeverity() == severity).count();
        assertThat(text(group + " [data-role=severity-counts] li[data-severity=" + severity.name().toLowerCase(Locale.ROOT)
            + "] .num")).isEqualTo(Long.toString(expected));
      }
      assertThat(text(group + " [data-role=next-host] strong"))
          .isEqualTo(schedule.nextHost(record, pilot.getAsOf()).getCity().getName());
    }
  }

  /**
   * The expert group on 2024-11-01: the gaps and overlaps on the province grid are the group's, each
   * expert's days remaining and review due are the tenure's, and the findings are listed, violations
   * first.
   */
  @Test
  void expertReportShowsCoverageTermsAndFindings() throws IOException {
    open(HtmlReport.of(expert), "expert");
    GroupState state = expert.getLog().stateOn(expert.getAsOf());
    ExpertGroup group = state.getGroup();
    Set<String> gaps = new TreeSet<>();
    Set<String> overlaps = new TreeSet<>();
    for (Province province : group.getCoveredProvinces()) {
      long teams = group.getTeams().stream().map(ExpertTeam::getProvinces).filter(p -> p.contains(province)).count();
      if (teams == 0) {
        gaps.add(province.getCode());
      } else if (teams > 1) {
        overlaps.add(province.getCode());
      }
    }
    Set<String> gapTiles = all("g.tile[data-coverage=gap]").stream().map(t -> t.getAttribute("data-province"))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> overlapTiles = all("g.tile[data-coverage=overlap]").stream().map(t -> t.getAttribute("data-province"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(gapTiles).isEqualTo(gaps);
    assertThat(overlapTiles).isEqualTo(overlaps);
    assertThat(all("g.tile")).hasSize(Province.values().length);
    for (Tenure tenure : state.getTenures()) {
      String row = "table[data-role=tenures] tr[data-expert='" + tenure.getExpert() + "']";
      assertThat(text(row + " .days")).isEqualTo(Long.toString(tenure.getDaysRemaining()));
      assertThat(driver.findElement(By.cssSelector(row)).getAttribute("data-review"))
          .isEqualTo(tenure.isDueForReview() ? "due" : "no");
    }
    List<Finding> findings = expert.getFindings();
    List<WebElement> rows = all("table[data-role=findings] tbody tr");
    assertThat(rows).hasSize(findings.size());
    long violations = findings.stream().filter(f -> f.getSeverity() == Severity.VIOLATION).count();
    assertThat(rows.subList(0, (int) violations)).allSatisfy(r -> assertThat(r.getAttribute("data-severity")).isEqualTo("violation"));
    assertThat(text("[data-role=severity-counts] li[data-severity=violation] .num")).isEqualTo(Long.toString(violations));
  }

  /**
   * The combined report names each part's date and preset at the top, switches between Chinese and
   * English with its buttons and with {@code #lang=en}, and prints on A4 with its detail tables open.
   */
  @Test
  void combinedReportSwitchesLanguageAndPrintsOnA4() throws IOException {
    open(HtmlReport.combined(sections), "combined", false);
    List<WebElement> heads = all("table[data-role=sections] tbody tr");
    assertThat(heads).extracting(h -> h.findElement(By.cssSelector("[data-role=as-of]")).getText())
        .containsExactly("截至 " + county.getDashboard().getAsOf(), "2022 年度", "截至 " + pilot.getAsOf(),
            "截至 " + expert.getAsOf());
    assertThat(heads).extracting(h -> h.findElement(By.cssSelector("[data-role=preset] code")).getText())
        .containsExactly("XinjiangCountyTargets2023", "HaikouAllianceRubric2021", "PilotProgramme2011",
            "TieredCareExpertGroupMeasures");

    assertThat(driver.getTitle()).isEqualTo("医联报告");
    assertThat(driver.findElement(By.cssSelector("h1 .en")).isDisplayed()).isFalse();
    driver.findElement(By.cssSelector("button[data-set-lang=en]")).click();
    assertThat(driver.getTitle()).isEqualTo("Yilian report");
    assertThat(text("h1")).isEqualTo("Yilian report");
    assertThat(text("#county h2")).isEqualTo("County medical community targets");
    assertThat(text("table[data-role=sections] tbody tr [data-role=as-of]")).isEqualTo("as of 2023-12-31");
    browser.screenshot(OUT.resolve("combined-en.png"), false);
    driver.findElement(By.cssSelector("button[data-set-lang=zh]")).click();
    assertThat(text("h1")).isEqualTo("医联报告");

    driver.get(OUT.resolve("combined.html").toUri() + "#lang=en");
    driver.navigate().refresh();
    assertThat(driver.getTitle()).isEqualTo("Yilian report");

    assertThat(all("details[data-print-open]")).allSatisfy(d -> assertThat(d.getAttribute("open")).isNull());
    driver.executeScript("window.dispatchEvent(new Event('beforeprint'))");
    assertThat(all("details[data-print-open]")).allSatisfy(d -> assertThat(d.getAttribute("open")).isNotNull());
    driver.executeScript("window.dispatchEvent(new Event('afterprint'))");
    driver.get(OUT.resolve("alliance.html").toUri().toString());
    String pdf = new String(browser.printToPdf(), StandardCharsets.ISO_8859_1);
    Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*]").matcher(pdf);
    assertThat(box.find()).as("the PDF has a page size").isTrue();
    assertThat(Double.parseDouble(box.group(1))).as("A4 width in points").isCloseTo(595.3, org.assertj.core.data.Offset.offset(1.5));
    assertThat(Double.parseDouble(box.group(2))).as("A4 height in points").isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.5));
    assertThat(browser.consoleProblems()).isEmpty();
  }

  /**
   * A unit named {@code <script>…</script>}, a prefecture named with an {@code <img onerror>} and an
   * id that tries to close its attribute show as text: nothing ran and the page holds no element or
   * handler they tried to add.
   */
  @Test
  void hostileNamesShowAsTextAndNothingRuns() throws IOException {
    Document page = open(HostileData.report(), "hostile");
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(driver.executeScript("return typeof window.__yilianInjected")).isEqualTo("undefined");
    // a real hover over one cell of the county whose id tries to add an onmouseover, then the
    // mouse events every element with a unit would get (one round trip, not one per cell)
    WebElement cell = (WebElement) driver.executeScript("return [...document.querySelectorAll('g.cell[data-unit]')]"
        + ".find(c => c.dataset.unit === arguments[0])", HostileData.ATTRIBUTE);
    new org.openqa.selenium.interactions.Actions(driver).moveToElement(cell).perform();
    driver.executeScript("document.querySelectorAll('[data-unit]').forEach(e => ['mouseover', 'mouseenter', 'click']"
        + ".forEach(t => e.dispatchEvent(new MouseEvent(t, {bubbles: true}))))");
    assertThat(driver.executeScript("return typeof window.__yilianInjected")).isEqualTo("undefined");
    assertThat(text("h1")).isEqualTo(HostileData.SCRIPT);
    assertThat(text("#county h2 + .section-meta [data-role=preset]")).isEqualTo(HostileData.SCRIPT);
    assertThat(text("article[data-alliance] h3")).startsWith(HostileData.SCRIPT);
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("img")).isEmpty();
    assertThat(page.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
        .noneMatch(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on")));
    assertThat(page.select("g.cell[data-unit]").eachAttr("data-unit")).contains(HostileData.ATTRIBUTE);
  }
}
