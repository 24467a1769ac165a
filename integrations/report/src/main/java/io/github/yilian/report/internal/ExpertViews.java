package io.github.yilian.report.internal;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import io.github.yilian.expert.AdjustmentLog;
import io.github.yilian.expert.Expert;
import io.github.yilian.expert.ExpertGroup;
import io.github.yilian.expert.ExpertTeam;
import io.github.yilian.expert.GroupState;
import io.github.yilian.expert.Province;
import io.github.yilian.expert.ServicePeriod;
import io.github.yilian.expert.Tenure;
import io.github.yilian.expert.TieredCareExpertGroupMeasures;
import io.github.yilian.report.ExpertReport;
import io.github.yilian.report.internal.ExpertView.CoverageCount;
import io.github.yilian.report.internal.ExpertView.Segment;
import io.github.yilian.report.internal.ExpertView.TeamRow;
import io.github.yilian.report.internal.ExpertView.TenureRow;
import io.github.yilian.report.internal.ExpertView.TermBar;
import io.github.yilian.report.internal.ExpertView.TermChart;
import io.github.yilian.report.internal.ExpertView.Tile;
import io.github.yilian.report.internal.ExpertView.TileMap;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** Works out the expert view of an {@link ExpertReport}. */
public final class ExpertViews {

  static final int TILE_W = 78;
  static final int TILE_H = 54;
  static final int TILE_PITCH_X = 82;
  static final int TILE_PITCH_Y = 58;
  static final int LABEL_W = 200;
  static final int PLOT_W = 560;
  static final int ROW_H = 20;
  static final int TEAM_COLOURS = 8;

  /** Where each province lies on the grid: column, row (west to east, north to south). */
  private static final Map<Province, int[]> GRID = new EnumMap<>(Province.class);

  static {
    Object[][] places = {
      {Province.HEILONGJIANG, 8, 0},
      {Province.INNER_MONGOLIA, 5, 1}, {Province.BEIJING, 6, 1}, {Province.LIAONING, 7, 1}, {Province.JILIN, 8, 1},
      {Province.XINJIANG, 0, 2}, {Province.GANSU, 3, 2}, {Province.NINGXIA, 4, 2}, {Province.SHANXI, 5, 2},
      {Province.HEBEI, 6, 2}, {Province.TIANJIN, 7, 2},
      {Province.XINJIANG_CORPS, 0, 3}, {Province.QINGHAI, 2, 3}, {Province.SHAANXI, 4, 3}, {Province.HENAN, 5, 3},
      {Province.SHANDONG, 6, 3},
      {Province.XIZANG, 2, 4}, {Province.SICHUAN, 3, 4}, {Province.CHONGQING, 4, 4}, {Province.HUBEI, 5, 4},
      {Province.ANHUI, 6, 4}, {Province.JIANGSU, 7, 4},
      {Province.YUNNAN, 3, 5}, {Province.GUIZHOU, 4, 5}, {Province.HUNAN, 5, 5}, {Province.JIANGXI, 6, 5},
      {Province.ZHEJIANG, 7, 5}, {Province.SHANGHAI, 8, 5},
      {Province.GUANGXI, 4, 6}, {Province.GUANGDONG, 5, 6}, {Province.FUJIAN, 6, 6},
      {Province.HAINAN, 5, 7},
    };
    for (Object[] place : places) {
      GRID.put((Province) place[0], new int[] {(Integer) place[1], (Integer) place[2]});
    }
  }

  private ExpertViews() {}

  /**
   * Works out the view.
   *
   * @param report the expert part
   * @param id the section's anchor
   * @return the view
   */
  public static ExpertView of(ExpertReport report, String id) {
    AdjustmentLog log = report.getLog();
    LocalDate asOf = report.getAsOf();
    GroupState state = log.stateOn(asOf);
    ExpertGroup group = state.getGroup();
    String code = log.getPolicy().equals(TieredCareExpertGroupMeasures.termPolicy()) ? "TieredCareExpertGroupMeasures" : "";
    SectionHead head = new SectionHead(id, Texts.EXPERT_TITLE, Texts.asOf(asOf), report.getPreset(), code);

    Map<String, Integer> teamIndex = new HashMap<>();
    List<TeamRow> teams = new ArrayList<>();
    for (ExpertTeam team : group.getTeams()) {
      int index = teamIndex.size();
      teamIndex.put(team.getId(), index);
      StringJoiner zh = new StringJoiner("、");
      StringJoiner en = new StringJoiner(", ");
      team.getProvinces().forEach(p -> {
        zh.add(Texts.shortName(p).getChinese());
        en.add(Texts.shortName(p).getEnglish());
      });
      String leader = team.getLeader().map(l -> l + group.findExpert(l).map(e -> " " + e.getName()).orElse("")).orElse("—");
      teams.add(new TeamRow(letter(index), "team-" + index % TEAM_COLOURS, team.getId(), team.getName(), leader,
          String.join(", ", team.getMembers()), BilingualText.of(zh.length() == 0 ? "—" : zh.toString(),
              en.length() == 0 ? "—" : en.toString())));
    }

    long[] coverage = new long[4];
    List<Tile> tiles = new ArrayList<>();
    for (Map.Entry<Province, int[]> place : GRID.entrySet()) {
      Province province = place.getKey();
      List<ExpertTeam> responsible = group.getTeams().stream().filter(t -> t.getProvinces().contains(province)).toList();
      boolean covered = group.getCoveredProvinces().contains(province);
      String kind;
      String css;
      String marks;
      if (!covered && responsible.isEmpty()) {
        kind = "uncovered";
        css = "cov-uncovered";
        marks = "–";
        coverage[3]++;
      } else if (responsible.isEmpty()) {
        kind = "gap";
        css = "cov-gap";
        marks = "✗";
        coverage[1]++;
      } else if (responsible.size() > 1) {
        kind = "overlap";
        css = "cov-overlap";
        marks = String.join("+", responsible.stream().map(t -> letter(teamIndex.get(t.getId()))).toList()) + " !";
        coverage[2]++;
      } else {
        kind = covered ? "team" : "stray";
        css = "team-" + teamIndex.get(responsible.get(0).getId()) % TEAM_COLOURS + (covered ? "" : " stray");
        marks = letter(teamIndex.get(responsible.get(0).getId()));
        coverage[0]++;
      }
      int liaisons = group.liaisonsOf(province).size();
      BilingualText liaisonText = BilingualText.of("联络员 " + liaisons, Texts.plural(liaisons, "liaison", "liaisons"));
      StringJoiner zh = new StringJoiner("、");
      StringJoiner en = new StringJoiner(", ");
      responsible.forEach(t -> {
        zh.add(t.getName().getChinese());
        en.add(t.getName().getEnglish());
      });
      BilingualText state2 = switch (kind) {
        case "uncovered" -> Texts.UNCOVERED_TILE;
        case "gap" -> Texts.GAP_TILE;
        case "overlap" -> Texts.OVERLAP_TILE;
        default -> Texts.COVERED;
      };
      String tip = province.getChineseName() + " " + province.getCode() + "：" + state2.getChinese()
          + (responsible.isEmpty() ? "" : "（" + zh + "）") + "，联络员 " + liaisons + " 名\n"
          + province.getEnglishName() + " " + province.getCode() + ": " + state2.getEnglish()
          + (responsible.isEmpty() ? "" : " (" + en + ")") + ", " + Texts.plural(liaisons, "liaison", "liaisons");
      int[] at = place.getValue();
      tiles.add(new Tile(4 + at[0] * TILE_PITCH_X, 4 + at[1] * TILE_PITCH_Y, TILE_W, TILE_H, province.getCode(),
          Texts.shortName(province), kind, css, marks, liaisonText, tip));
    }
    List<CoverageCount> counts = List.of(
        new CoverageCount("team", "team-0", "A", Texts.COVERED, coverage[0]),
        new CoverageCount("gap", "cov-gap", "✗", Texts.GAP_TILE, coverage[1]),
        new CoverageCount("overlap", "cov-overlap", "!", Texts.OVERLAP_TILE, coverage[2]),
        new CoverageCount("uncovered", "cov-uncovered", "–", Texts.UNCOVERED_TILE, coverage[3]));
    TileMap map = new TileMap(8 + 9 * TILE_PITCH_X, 8 + 8 * TILE_PITCH_Y, tiles);

    List<Finding> findings = new ArrayList<>(report.getFindings());
    findings.sort(Comparator.comparing(Finding::getSeverity));
    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    bySeverity.put(Severity.VIOLATION, 0L);
    bySeverity.put(Severity.WARNING, 0L);
    findings.forEach(f -> bySeverity.merge(f.getSeverity(), 1L, Long::sum));
    List<Count> findingCounts = new ArrayList<>();
    bySeverity.forEach((severity, n) -> findingCounts.add(new Count(Badge.of(severity), n)));

    return new ExpertView(id, head, group.getName(), map, counts, teams, terms(log, state, asOf),
        tenures(state), findings.stream().map(FindingRow::of).toList(), findingCounts);
  }

  private static String letter(int index) {
    return index < 26 ? String.valueOf((char) ('A' + index)) : "T" + (index + 1);
  }

  private static TermChart terms(AdjustmentLog log, GroupState state, LocalDate asOf) {
    LocalDate start = state.getGroup().getTermStart();
    LocalDate end = asOf;
    for (Tenure tenure : state.getTenures()) {
      Optional<DateRange> term = tenure.getTerm();
      if (term.isPresent() && term.get().getEnd().isAfter(end)) {
        end = term.get().getEnd();
      }
    }
    if (start.isAfter(asOf)) {
      start = asOf;
    }
    long span = Math.max(1, ChronoUnit.DAYS.between(start, end.plusDays(1)));
    int reviewDays = log.getPolicy().getReviewWindowDays();
    List<TermBar> rows = new ArrayList<>();
    int i = 0;
    for (Tenure tenure : state.getTenures()) {
      int y = 24 + i++ * ROW_H;
      String name = state.getGroup().findExpert(tenure.getExpert()).map(Expert::getName).orElse("");
      List<Segment> history = new ArrayList<>();
      for (ServicePeriod period : tenure.getHistory()) {
        int x0 = x(start, period.getPeriod().getStart(), span);
        int x1 = x(start, period.getPeriod().getEnd().plusDays(1), span);
        history.add(new Segment(x0, Math.max(2, x1 - x0), period.getTeam() + " " + period.getRole().getChineseName()
            + " " + period.getPeriod() + "\n" + period.getTeam() + " " + period.getRole().getEnglishName() + " "
            + period.getPeriod()));
      }
      String css;
      int termX = -1;
      int termW = 0;
      int reviewX = 0;
      int reviewW = 0;
      BilingualText remaining;
      if (tenure.isActive()) {
        DateRange term = tenure.getTerm().orElseThrow();
        termX = x(start, term.getStart(), span);
        termW = Math.max(2, x(start, term.getEnd().plusDays(1), span) - termX);
        LocalDate reviewFrom = term.getEnd().minusDays(reviewDays - 1L);
        if (reviewFrom.isBefore(term.getStart())) {
          reviewFrom = term.getStart();
        }
        reviewX = x(start, reviewFrom, span);
        reviewW = x(start, term.getEnd().plusDays(1), span) - reviewX;
        css = tenure.isLeaving() ? "leaving" : tenure.isDueForReview() ? "review" : "active";
        remaining = tenure.isDueForReview()
            ? BilingualText.of(Texts.days(tenure.getDaysRemaining()).getChinese() + "，" + Texts.REVIEW_DUE.getChinese(),
                Texts.days(tenure.getDaysRemaining()).getEnglish() + ", " + Texts.REVIEW_DUE.getEnglish().toLowerCase(java.util.Locale.ROOT))
            : Texts.days(tenure.getDaysRemaining());
      } else {
        css = "inactive";
        remaining = tenure.getLastDayServed()
            .map(d -> BilingualText.of(Texts.INACTIVE.getChinese() + "，最后在聘日 " + d, Texts.INACTIVE.getEnglish() + ", last day " + d))
            .orElse(Texts.INACTIVE);
      }
      rows.add(new TermBar(tenure.getExpert(), tenure.getExpert() + (name.isEmpty() ? "" : " " + name), y, y + 13, css, termX,
          termW, reviewX, reviewW, history, LABEL_W + PLOT_W + 8, remaining, Fmt.tip(tenure.getReason())));
    }
    List<AllianceView.Tick> ticks = new ArrayList<>();
    for (LocalDate year = LocalDate.of(start.getYear() + (start.getDayOfYear() == 1 ? 0 : 1), 1, 1);
        !year.isAfter(end); year = year.plusYears(1)) {
      ticks.add(new AllianceView.Tick(x(start, year, span), Integer.toString(year.getYear())));
    }
    return new TermChart(LABEL_W + PLOT_W + 170, 30 + i * ROW_H, LABEL_W, LABEL_W + PLOT_W, ticks, x(start, asOf, span),
        asOf.toString(), rows);
  }

  private static int x(LocalDate start, LocalDate date, long span) {
    return LABEL_W + (int) Math.round((double) PLOT_W * ChronoUnit.DAYS.between(start, date) / span);
  }

  private static List<TenureRow> tenures(GroupState state) {
    List<TenureRow> rows = new ArrayList<>();
    for (Tenure tenure : state.getTenures()) {
      String name = state.getGroup().findExpert(tenure.getExpert()).map(Expert::getName).orElse("");
      BilingualText team = tenure.getTeam().flatMap(t -> state.getGroup().findTeam(t)).map(ExpertTeam::getName)
          .orElse(BilingualText.of("—", "—"));
      BilingualText role = tenure.getRole().map(r -> r.getName()).orElse(BilingualText.of("—", "—"));
      BilingualText status = !tenure.isActive() ? Texts.INACTIVE : tenure.isLeaving() ? Texts.LEAVING : Texts.ACTIVE;
      rows.add(new TenureRow(tenure.getExpert(), name, status, team, role,
          tenure.getTerm().map(DateRange::toString).orElse("—"), tenure.getDaysRemaining(), tenure.isDueForReview(),
          tenure.getDaysServed(), tenure.getReason()));
    }
    return rows;
  }
}
