package io.github.yilian.pilot;

import io.github.yilian.common.DateRange;
import java.time.LocalDate;

/**
 * The 2011 programme of seed 001 (公立医院改革试点工作协作组制度) as a ready-made
 * {@link CollaborationProgramme}.
 *
 * <p>Phase 1 is the whole of November 2011 to the whole of March 2012 (三(一)); the first activity by
 * 2011-11-30 and at least 3 activities in phase 1 (三(一)1); the experience report by 2011-12-31
 * (三(一)2, 五(三)); the draft policy document by 2012-02-20, "2月中旬前" with 中旬 the 11th to the
 * 20th (三(一)3); the policy measures by 2012-02-29, "2月底前" in a leap year (五(四)); phase 2 from
 * 2012-04-01, "2012年3月后", with at least 1 activity a quarter (三(二)1, "原则上"); activity reports
 * within 5 days after the activity's last day, "结束后5日内" (五(二)). Values the seed leaves open take
 * the spec's defaults and their findings are warnings: work plan and summary within 30 days, 1
 * inter-group exchange a year, calendar work years. The groups are not listed: the annex with the
 * member cities is not part of the seed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PilotProgramme2011 {

  private static final CollaborationProgramme PROGRAMME =
      CollaborationProgramme.builder()
          .phase1(DateRange.of(LocalDate.of(2011, 11, 1), LocalDate.of(2012, 3, 31)))
          .firstActivityDue(LocalDate.of(2011, 11, 30))
          .minPhase1Activities(3)
          .experienceReportDue(LocalDate.of(2011, 12, 31))
          .policyDraftDue(LocalDate.of(2012, 2, 20))
          .policyMeasuresDue(LocalDate.of(2012, 2, 29))
          .phase2Start(LocalDate.of(2012, 4, 1))
          .minActivitiesPerQuarter(1)
          .activityReportDays(5)
          .build();

  private PilotProgramme2011() {}

  /**
   * Returns the 2011 programme.
   *
   * @return the programme with the seed's dates and counts
   */
  public static CollaborationProgramme programme() {
    return PROGRAMME;
  }
}
