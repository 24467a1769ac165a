package io.github.yilian.report.internal;

import io.github.yilian.common.BilingualText;
import java.util.List;

/**
 * What the pilot template shows, with every coordinate of its timelines worked out.
 *
 * @param id the section's anchor
 * @param head the section's heading, date and preset
 * @param groups one view per group
 */
public record PilotView(String id, SectionHead head, List<Group> groups) {

  /**
   * One group's compliance.
   *
   * @param anchor the group's anchor
   * @param topic the topic's constant name
   * @param name the topic's name
   * @param leads the two lead units
   * @param members the member count
   * @param summary the counts in a sentence
   * @param counts the statuses per status
   * @param timeline the obligations by due date
   * @param overdue the overdue obligations
   * @param severities the findings per severity
   * @param nextHostCity the suggested host
   * @param nextHost why it is suggested
   */
  public record Group(String anchor, String topic, BilingualText name, String leads, BilingualText members,
      BilingualText summary, List<Count> counts, Timeline timeline, List<OverdueRow> overdue, List<Count> severities,
      String nextHostCity, BilingualText nextHost) {}

  /**
   * Obligations on a time axis, one lane per obligation.
   *
   * @param width the SVG width
   * @param height the SVG height
   * @param plotLeft the left of the time axis
   * @param plotRight the right of the time axis
   * @param lanes the lanes
   * @param ticks the quarter ticks
   * @param asOfX the x of the as-of date
   * @param asOf the as-of date
   * @param markers the obligation instances
   */
  public record Timeline(int width, int height, int plotLeft, int plotRight, List<Lane> lanes,
      List<AllianceView.Tick> ticks, int asOfX, String asOf, List<Marker> markers) {}

  /**
   * One obligation's lane.
   *
   * @param obligation the obligation, such as "P8"
   * @param name its name with the id
   * @param y the lane's centre
   * @param top the lane's top
   */
  public record Lane(String obligation, BilingualText name, int y, int top) {}

  /**
   * One obligation instance at its due date.
   *
   * @param cx the x of the due date
   * @param cy the lane's centre
   * @param badge its status
   * @param obligation the obligation
   * @param subject the instance's subject
   * @param tip its title and reason
   */
  public record Marker(int cx, int cy, Badge badge, String obligation, String subject, String tip) {}

  /**
   * One overdue obligation.
   *
   * @param due the due date
   * @param title the instance's title
   * @param severity the severity of its finding
   * @param reason the reason
   */
  public record OverdueRow(String due, BilingualText title, Badge severity, BilingualText reason) {}
}
