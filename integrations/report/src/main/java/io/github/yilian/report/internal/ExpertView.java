package io.github.yilian.report.internal;

import io.github.yilian.common.BilingualText;
import java.util.List;

/**
 * What the expert template shows, with every coordinate of its charts worked out.
 *
 * @param id the section's anchor
 * @param head the section's heading, date and preset
 * @param group the group's name
 * @param map the provinces on a grid
 * @param coverage the provinces per coverage: one team, gap, overlap, not covered
 * @param teams the teams
 * @param terms the terms on a time axis
 * @param tenures the tenures as table rows
 * @param findings the findings, violations first
 * @param findingCounts the findings per severity
 */
public record ExpertView(String id, SectionHead head, BilingualText group, TileMap map, List<CoverageCount> coverage,
    List<TeamRow> teams, TermChart terms, List<TenureRow> tenures, List<FindingRow> findings,
    List<Count> findingCounts) {

  /**
   * The provinces as tiles placed roughly where they lie.
   *
   * @param width the SVG width
   * @param height the SVG height
   * @param tiles the tiles
   */
  public record TileMap(int width, int height, List<Tile> tiles) {}

  /**
   * One province.
   *
   * @param x the left
   * @param y the top
   * @param w the width
   * @param h the height
   * @param code the province's code
   * @param name its short name
   * @param coverage "team", "gap", "overlap" or "uncovered"
   * @param css the tile's class
   * @param marks the team letters, ✗ for a gap, – when not covered
   * @param liaisons the liaison count text
   * @param tip the province, its teams and liaisons
   */
  public record Tile(int x, int y, int w, int h, String code, BilingualText name, String coverage, String css,
      String marks, BilingualText liaisons, String tip) {

    /**
     * Returns the centre.
     *
     * @return the x of the centre
     */
    public int cx() {
      return x + w / 2;
    }
  }

  /**
   * How many provinces have a coverage.
   *
   * @param key "team", "gap", "overlap" or "uncovered"
   * @param css the class of its tiles
   * @param symbol its sign
   * @param name its name
   * @param count the count
   */
  public record CoverageCount(String key, String css, String symbol, BilingualText name, long count) {}

  /**
   * One team.
   *
   * @param letter its letter on the map
   * @param css its colour class
   * @param id its id
   * @param name its name
   * @param leader its leader, "—" if none
   * @param members its members' ids
   * @param provinces its provinces' short names
   */
  public record TeamRow(String letter, String css, String id, BilingualText name, String leader, String members,
      BilingualText provinces) {}

  /**
   * Terms on a time axis.
   *
   * @param width the SVG width
   * @param height the SVG height
   * @param plotLeft the left of the axis
   * @param plotRight the right of the axis
   * @param ticks the year ticks
   * @param asOfX the x of the as-of date
   * @param asOf the as-of date
   * @param rows the experts
   */
  public record TermChart(int width, int height, int plotLeft, int plotRight, List<AllianceView.Tick> ticks,
      int asOfX, String asOf, List<TermBar> rows) {}

  /**
   * One expert's term and service.
   *
   * @param expertId the expert
   * @param label the expert's id and name
   * @param y the top of the row
   * @param textY the baseline of the texts
   * @param css active, leaving, review or inactive
   * @param termX the left of the term, or -1 when not active
   * @param termW the width of the term
   * @param reviewX the left of the review window
   * @param reviewW the width of the review window, 0 if none
   * @param history the service periods
   * @param labelX the left of the remaining-days text
   * @param remaining the remaining-days text
   * @param tip the tenure's reason
   */
  public record TermBar(String expertId, String label, int y, int textY, String css, int termX, int termW, int reviewX,
      int reviewW, List<Segment> history, int labelX, BilingualText remaining, String tip) {}

  /**
   * A period on the time axis.
   *
   * @param x the left
   * @param w the width
   * @param tip the period
   */
  public record Segment(int x, int w, String tip) {}

  /**
   * One tenure.
   *
   * @param expertId the expert
   * @param name the expert's name
   * @param state serving, leaving or not serving
   * @param team the team's name, or empty
   * @param role the role, or "—"
   * @param term the term, or "—"
   * @param daysRemaining the days remaining
   * @param reviewDue whether review is due
   * @param daysServed the days served
   * @param reason the reason
   */
  public record TenureRow(String expertId, String name, BilingualText state, BilingualText team, BilingualText role,
      String term, long daysRemaining, boolean reviewDue, long daysServed, BilingualText reason) {}
}
