package io.github.yilian.report.internal;

import io.github.yilian.common.BilingualText;
import java.util.List;

/**
 * What the county template shows, with every coordinate of its charts worked out.
 *
 * @param id the section's anchor
 * @param head the section's heading, date and preset
 * @param counts the results per status
 * @param resultCount the number of results of the dashboard
 * @param regionFigures the region-wide figures
 * @param blocks the heat map, one block for the region and one per prefecture
 * @param legend the heat map's legend
 * @param bars the bar chart of applicable results met per prefecture
 * @param prefectureRanking the prefecture ranking
 * @param countyRanking the county ranking
 * @param auditedRanking the ranking of audited evaluations; empty without evaluations
 * @param hasEvaluations whether evaluations were given
 * @param problems the problem list of each prefecture with an evaluated county
 * @param trails the trails shown
 * @param tables every result, one table per prefecture (the region's first)
 */
public record CountyView(
    String id,
    SectionHead head,
    List<Count> counts,
    int resultCount,
    List<BilingualText> regionFigures,
    List<HeatBlock> blocks,
    List<Badge> legend,
    BarChart bars,
    List<RankRow> prefectureRanking,
    List<RankRow> countyRanking,
    List<RankRow> auditedRanking,
    boolean hasEvaluations,
    List<ProblemBlock> problems,
    List<Trail> trails,
    List<ResultTable> tables) {

  /**
   * One block of the heat map: a row per unit, a column per target.
   *
   * @param id the block's anchor
   * @param title the prefecture (or region)
   * @param width the SVG width
   * @param height the SVG height
   * @param columns the column headings
   * @param rows the row labels
   * @param cells the cells
   */
  public record HeatBlock(String id, BilingualText title, int width, int height, List<Label> columns,
      List<Label> rows, List<HeatCell> cells) {}

  /**
   * A text placed in an SVG.
   *
   * @param x the x
   * @param y the baseline
   * @param text the text
   * @param tip the tooltip, or empty
   * @param css the CSS class
   */
  public record Label(int x, int y, BilingualText text, String tip, String css) {}

  /**
   * One cell of the heat map.
   *
   * @param x the left
   * @param y the top
   * @param w the width
   * @param h the height
   * @param badge the status shown, or null for a target not judged at the row's level
   * @param unitId the unit of the row
   * @param targetId the target of the column
   * @param ownPart whether the cell is the county's own part in a target judged above it
   * @param ownMark the points of the own-part triangle
   * @param units the number of results the cell sums up
   * @param tip the tooltip: each result's reason
   */
  public record HeatCell(int x, int y, int w, int h, Badge badge, String unitId, String targetId,
      boolean ownPart, String ownMark, int units, String tip) {

    /**
     * Returns the x of the symbol.
     *
     * @return the centre
     */
    public int cx() {
      return x + w / 2;
    }

    /**
     * Returns the baseline of the symbol.
     *
     * @return the baseline
     */
    public int cy() {
      return y + h - 5;
    }
  }

  /**
   * A horizontal bar chart.
   *
   * @param width the SVG width
   * @param height the SVG height
   * @param bars the bars
   */
  public record BarChart(int width, int height, List<Bar> bars) {}

  /**
   * One bar: a full width and a filled part.
   *
   * @param unitId the unit
   * @param label the unit's name
   * @param y the top of the bar
   * @param textY the baseline of the label
   * @param labelX the right end of the label
   * @param x the left of the bar
   * @param full the width of the whole bar
   * @param filled the width of the filled part
   * @param valueX the left of the value text
   * @param value the value text
   * @param met the count met
   * @param applicable the count applicable
   */
  public record Bar(String unitId, BilingualText label, int y, int textY, int labelX, int x, int full,
      int filled, int valueX, BilingualText value, long met, long applicable) {}

  /**
   * One row of a ranking.
   *
   * @param rank the rank, ties sharing one
   * @param unitId the unit
   * @param name the unit's name
   * @param parent the unit's prefecture, or null
   * @param met the results met
   * @param applicable the results applicable
   * @param percent the share met
   */
  public record RankRow(int rank, String unitId, BilingualText name, BilingualText parent, long met,
      long applicable, String percent) {}

  /**
   * One prefecture's problem list.
   *
   * @param prefectureId the prefecture
   * @param name its name
   * @param rows the audited counties
   * @param pending the counties not audited yet
   */
  public record ProblemBlock(String prefectureId, BilingualText name, List<ProblemRow> rows,
      List<BilingualText> pending) {}

  /**
   * A county of a problem list.
   *
   * @param countyId the county
   * @param name its name
   * @param targets the targets not met
   */
  public record ProblemRow(String countyId, BilingualText name, List<TargetRef> targets) {}

  /**
   * A target named by id, with its name as the tooltip.
   *
   * @param id the id
   * @param name the name
   */
  public record TargetRef(String id, BilingualText name) {}

  /**
   * A county's evaluation trail.
   *
   * @param countyId the county
   * @param name its name
   * @param year the year evaluated
   * @param stage the current stage
   * @param summary the evaluation's summary
   * @param steps the steps, oldest first
   * @param changes the targets whose status differs from the draft
   * @param notApplicable the targets not applicable
   */
  public record Trail(String countyId, BilingualText name, int year, BilingualText stage, BilingualText summary,
      List<Step> steps, List<Change> changes, List<String> notApplicable) {}

  /**
   * One step of a trail.
   *
   * @param date the day
   * @param from the stage left
   * @param to the stage entered
   * @param back whether the step returned the evaluation for correction
   * @param unit the acting unit
   * @param actor who acted
   * @param reason why, or empty
   */
  public record Step(String date, BilingualText from, BilingualText to, boolean back, BilingualText unit,
      String actor, String reason) {}

  /**
   * A target whose status differs from the draft.
   *
   * @param target the target
   * @param drafted the drafted status
   * @param now the current status
   */
  public record Change(TargetRef target, Badge drafted, Badge now) {}

  /**
   * The results about one prefecture and the units under it.
   *
   * @param id the anchor
   * @param title the prefecture (or region)
   * @param rows the rows
   */
  public record ResultTable(String id, BilingualText title, List<ResultRow> rows) {}

  /**
   * One result.
   *
   * @param unitId the unit
   * @param unit the unit's name
   * @param target the target
   * @param ownPart whether it is an own part
   * @param badge the status
   * @param value the value
   * @param threshold the threshold
   * @param deadline the deadline
   * @param gap the gap
   * @param periods the periods of a recurring target
   */
  public record ResultRow(String unitId, BilingualText unit, TargetRef target, boolean ownPart, Badge badge,
      BilingualText value, BilingualText threshold, String deadline, long gap, List<PeriodCell> periods) {}

  /**
   * One period of a recurring target.
   *
   * @param badge its status
   * @param text its reason
   */
  public record PeriodCell(Badge badge, BilingualText text) {}
}
