package io.github.yilian.report.internal;

import io.github.yilian.common.BilingualText;
import java.util.List;

/**
 * What the alliance template shows, with every coordinate of its charts worked out.
 *
 * @param id the section's anchor
 * @param head the section's heading, year and preset
 * @param readings the rubric's readings
 * @param cards one card per assessment
 * @param ranking the ranking
 */
public record AllianceView(String id, SectionHead head, BilingualText readings, List<Card> cards,
    List<RankRow> ranking) {

  /**
   * One alliance's assessment.
   *
   * @param anchor the card's anchor
   * @param allianceId the alliance's id
   * @param specialty the specialty
   * @param lead the lead hospital and department
   * @param members the member units
   * @param year the year assessed
   * @param chart the bars per criterion
   * @param rows the criteria as table rows
   * @param scale the total against the grade bands
   * @param grade the grade
   * @param total the total
   * @param totalPoints the rubric's total
   * @param funding the funding
   * @param reason the overall reason
   * @param observations the observations
   */
  public record Card(String anchor, String allianceId, BilingualText specialty, BilingualText lead,
      BilingualText members, int year, Chart chart, List<CriterionRow> rows, Scale scale, Badge grade, int total,
      int totalPoints, BilingualText funding, BilingualText reason, List<FindingRow> observations) {}

  /**
   * The bars of the criteria.
   *
   * @param width the SVG width
   * @param height the SVG height
   * @param bars the bars
   */
  public record Chart(int width, int height, List<CriterionBar> bars) {}

  /**
   * One criterion's bar: the maximum as the whole bar, the points as its filled part.
   *
   * @param criterionId the criterion
   * @param name its name
   * @param y the top
   * @param textY the baseline of the texts
   * @param labelX the right end of the name
   * @param x the left of the bar
   * @param full the width of the maximum
   * @param filled the width of the points
   * @param css the CSS class: full, part or zero points
   * @param symbol the symbol of the same
   * @param pointsX the left of the points text
   * @param points the points text, such as "5 / 5"
   * @param tip the reason
   */
  public record CriterionBar(String criterionId, BilingualText name, int y, int textY, int labelX, int x, int full,
      int filled, String css, String symbol, int pointsX, String points, String tip) {}

  /**
   * One criterion as a table row.
   *
   * @param criterionId the criterion
   * @param name its name
   * @param quantity the counted quantity, "—" when none
   * @param points the points
   * @param max the maximum
   * @param symbol full, part or zero points
   * @param css the class of the same
   * @param reason the reason
   */
  public record CriterionRow(String criterionId, BilingualText name, String quantity, int points, int max,
      String symbol, String css, BilingualText reason) {}

  /**
   * The total on the scale of the grade bands.
   *
   * @param width the SVG width
   * @param height the SVG height
   * @param axisY the top of the bands
   * @param bands the bands
   * @param ticks the ticks
   * @param markerX the total's x
   * @param marker the triangle's points
   * @param total the total's text
   */
  public record Scale(int width, int height, int axisY, List<Band> bands, List<Tick> ticks, int markerX,
      String marker, String total) {}

  /**
   * One grade band on the scale.
   *
   * @param x the left
   * @param w the width
   * @param badge the grade
   * @param labelX the centre of the label
   * @param tip the band's grade, bound and funding in both languages, such as "良好 > 80，1,000,000 元"
   * @param label the band's bound and funding, such as "> 80，1,000,000 元", shown next to its badge
   */
  public record Band(int x, int w, Badge badge, int labelX, String tip, BilingualText label) {}

  /**
   * A tick on an axis.
   *
   * @param x the x
   * @param text the label
   */
  public record Tick(int x, String text) {}

  /**
   * One row of the ranking.
   *
   * @param rank the rank, ties sharing one
   * @param allianceId the alliance
   * @param specialty its specialty
   * @param year the year
   * @param total the total
   * @param grade the grade
   * @param funding the funding
   */
  public record RankRow(int rank, String allianceId, BilingualText specialty, int year, int total, Badge grade,
      BilingualText funding) {}
}
