package io.github.yilian.report.internal;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.CriterionScore;
import io.github.yilian.alliance.Grade;
import io.github.yilian.alliance.GradeBand;
import io.github.yilian.alliance.HaikouAllianceRubric2021;
import io.github.yilian.alliance.Rubric;
import io.github.yilian.alliance.SpecialtyAlliance;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Ranked;
import io.github.yilian.report.AllianceReport;
import io.github.yilian.report.internal.AllianceView.Band;
import io.github.yilian.report.internal.AllianceView.Card;
import io.github.yilian.report.internal.AllianceView.Chart;
import io.github.yilian.report.internal.AllianceView.CriterionBar;
import io.github.yilian.report.internal.AllianceView.CriterionRow;
import io.github.yilian.report.internal.AllianceView.RankRow;
import io.github.yilian.report.internal.AllianceView.Scale;
import io.github.yilian.report.internal.AllianceView.Tick;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Works out the alliance view of an {@link AllianceReport}. */
public final class AllianceViews {

  static final int NAME_W = 250;
  static final int BAR_W = 300;
  static final int PITCH = 22;
  static final int SCALE_W = 640;
  static final int SCALE_LEFT = 20;
  static final int SCALE_SPAN = 600;

  private AllianceViews() {}

  /**
   * Works out the view.
   *
   * @param report the alliance part
   * @param id the section's anchor
   * @return the view
   */
  public static AllianceView of(AllianceReport report, String id) {
    Rubric rubric = report.getRubric();
    String code = rubric.equals(HaikouAllianceRubric2021.rubric()) ? "HaikouAllianceRubric2021" : "";
    List<Integer> years = report.getAssessments().stream().map(a -> a.getRecord().getYear()).distinct().sorted().toList();
    BilingualText when = years.size() == 1 ? Texts.year(years.get(0))
        : BilingualText.of(years.stream().map(String::valueOf).reduce((a, b) -> a + "、" + b).orElse("—") + " 年度",
            "years " + years.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("—"));
    SectionHead head = new SectionHead(id, Texts.ALLIANCE_TITLE, when, report.getPreset(), code);
    BilingualText readings = BilingualText.of(
        "增长：" + rubric.getGrowthReading().getChineseName() + "；外出指导：" + rubric.getOutreachCounting().getChineseName()
            + "；结果共享：" + rubric.getResultSharingReading().getChineseName() + "；科研："
            + rubric.getResearchCounting().getChineseName(),
        "growth: " + rubric.getGrowthReading().getEnglishName() + "; outreach: "
            + rubric.getOutreachCounting().getEnglishName() + "; result sharing: "
            + rubric.getResultSharingReading().getEnglishName() + "; research: "
            + rubric.getResearchCounting().getEnglishName());
    List<Card> cards = new ArrayList<>();
    int n = 0;
    for (AllianceAssessment assessment : report.getAssessments()) {
      cards.add(card(id + "-a" + n++, rubric, assessment));
    }
    List<RankRow> ranking = new ArrayList<>();
    for (Ranked<AllianceAssessment> entry : AllianceAssessment.rank(report.getAssessments()).getEntries()) {
      AllianceAssessment a = entry.getItem();
      ranking.add(new RankRow(entry.getRank(), a.getRecord().getAlliance().getId(), a.getRecord().getAlliance().getSpecialty(),
          a.getRecord().getYear(), a.getTotal(), Badge.of(a.getGrade()), Fmt.yuan(a.getFunding())));
    }
    return new AllianceView(id, head, readings, cards, ranking);
  }

  private static Card card(String anchor, Rubric rubric, AllianceAssessment assessment) {
    SpecialtyAlliance alliance = assessment.getRecord().getAlliance();
    int widest = assessment.getScores().stream().mapToInt(CriterionScore::getMaxPoints).max().orElse(1);
    List<CriterionBar> bars = new ArrayList<>();
    List<CriterionRow> rows = new ArrayList<>();
    int i = 0;
    for (CriterionScore score : assessment.getScores()) {
      int y = 4 + i++ * PITCH;
      int full = Math.max(1, (int) Math.round((double) BAR_W * score.getMaxPoints() / widest));
      int filled = (int) Math.round((double) full * score.getPoints() / score.getMaxPoints());
      String css = score.getPoints() == score.getMaxPoints() ? "pts-full" : score.getPoints() == 0 ? "pts-zero" : "pts-part";
      String symbol = score.getPoints() == score.getMaxPoints() ? "✓" : score.getPoints() == 0 ? "✗" : "◐";
      String quantity = score.getQuantity().map(BigDecimal::toPlainString).orElse("—");
      bars.add(new CriterionBar(score.getCriterion().getId(), score.getCriterion().getName(), y, y + 13, NAME_W - 8, NAME_W,
          full, filled, css, symbol, NAME_W + full + 8, symbol + " " + score.getPoints() + " / " + score.getMaxPoints(),
          Fmt.tip(score.getReason())));
      rows.add(new CriterionRow(score.getCriterion().getId(), score.getCriterion().getName(), quantity, score.getPoints(),
          score.getMaxPoints(), symbol, css, score.getReason()));
    }
    Chart chart = new Chart(NAME_W + BAR_W + 90, 8 + i * PITCH, bars);
    return new Card(anchor, alliance.getId(), alliance.getSpecialty(),
        BilingualText.of(alliance.getLead().getHospital().getChinese() + " " + alliance.getLead().getDepartment().getChinese(),
            alliance.getLead().getHospital().getEnglish() + ", " + alliance.getLead().getDepartment().getEnglish()),
        Texts.memberUnits(alliance.getMembers().size()), assessment.getRecord().getYear(), chart, rows,
        scale(rubric, assessment.getTotal()), Badge.of(assessment.getGrade()), assessment.getTotal(), rubric.getTotalPoints(),
        Fmt.yuan(assessment.getFunding()), assessment.getReason(),
        assessment.getObservations().stream().map(FindingRow::of).toList());
  }

  private static int x(int points, int totalPoints) {
    return SCALE_LEFT + (int) Math.round((double) SCALE_SPAN * points / totalPoints);
  }

  private static Scale scale(Rubric rubric, int total) {
    int totalPoints = rubric.getTotalPoints();
    List<GradeBand> bands = rubric.getGradeBands().stream().sorted(Comparator.comparingInt(GradeBand::getAbove)).toList();
    List<Band> segments = new ArrayList<>();
    int axisY = 26;
    int from = 0;
    Grade below = Grade.FAIL;
    int lowest = bands.isEmpty() ? totalPoints : bands.get(0).getAbove();
    BilingualText belowLabel = BilingualText.of("≤ " + lowest, "≤ " + lowest);
    for (GradeBand band : bands) {
      int to = band.getAbove();
      if (to > from) {
        segments.add(band(from, to, totalPoints, below, belowLabel));
      }
      from = to;
      below = band.getGrade();
      BilingualText funding = Fmt.yuan(band.getFunding());
      belowLabel = BilingualText.of("> " + band.getAbove() + "，" + funding.getChinese(),
          "> " + band.getAbove() + ", " + funding.getEnglish());
    }
    if (totalPoints > from) {
      segments.add(band(from, totalPoints, totalPoints, below, belowLabel));
    }
    List<Tick> ticks = new ArrayList<>();
    IntStream.concat(IntStream.of(0, totalPoints), bands.stream().mapToInt(GradeBand::getAbove)).distinct().sorted()
        .forEach(p -> ticks.add(new Tick(x(p, totalPoints), Integer.toString(p))));
    int markerX = x(total, totalPoints);
    String marker = (markerX - 7) + "," + (axisY - 12) + " " + (markerX + 7) + "," + (axisY - 12) + " " + markerX + ","
        + (axisY - 1);
    return new Scale(SCALE_W, 76, axisY, segments, ticks, markerX, marker, Integer.toString(total));
  }

  private static Band band(int from, int to, int totalPoints, Grade grade, BilingualText label) {
    int x = x(from, totalPoints);
    int w = x(to, totalPoints) - x;
    Badge badge = Badge.of(grade);
    BilingualText tip = BilingualText.of(badge.name().getChinese() + " " + label.getChinese(),
        badge.name().getEnglish() + " " + label.getEnglish());
    return new Band(x, w, badge, x + w / 2, Fmt.tip(tip), label);
  }
}
