package io.github.yilian.report;

import io.github.yilian.common.BilingualText;
import io.github.yilian.county.AnnualEvaluation;
import io.github.yilian.county.Dashboard;
import io.github.yilian.county.Level;
import io.github.yilian.county.TargetResult;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.report.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The county part of a report (seed 002): a dashboard of every target × unit as a heat map grouped by
 * prefecture, with each cell's value, threshold and gap on hover and in a printable table; the
 * region-wide figures; per prefecture a bar of the applicable results met; the prefecture and county
 * rankings; and, from annual evaluations, the problem list per prefecture, the audited ranking and
 * the trail of chosen counties.
 *
 * <p>For example {@code HtmlReport.of(CountyReport.of(tracker, tracker.dashboard(asOf)))}. This class
 * is immutable and thread-safe.
 */
public final class CountyReport implements ReportSection {

  private final TargetTracker tracker;
  private final Dashboard dashboard;
  private final List<AnnualEvaluation> evaluations;
  private final List<String> trails;
  private final BilingualText preset;

  private CountyReport(TargetTracker tracker, Dashboard dashboard, List<AnnualEvaluation> evaluations,
      List<String> trails, BilingualText preset) {
    this.tracker = tracker;
    this.dashboard = dashboard;
    this.evaluations = evaluations;
    this.trails = trails;
    this.preset = preset;
  }

  /**
   * Obtains the county part for a dashboard of the tracker. The preset is named
   * {@link XinjiangCountyTargets2023} when the tracker's policy is that preset's, "own policy"
   * otherwise (name it with {@link #withPreset}).
   *
   * @param tracker the tracker the dashboard was made by, not null
   * @param dashboard the dashboard, not null
   * @return the county part, without evaluations
   * @throws IllegalArgumentException if a result of the dashboard is about a unit not in the
   *     tracker's tree, or a target not in its policy
   * @throws NullPointerException if an argument is null
   */
  public static CountyReport of(TargetTracker tracker, Dashboard dashboard) {
    Objects.requireNonNull(tracker, "tracker");
    Objects.requireNonNull(dashboard, "dashboard");
    for (TargetResult result : dashboard.getResults()) {
      if (!tracker.getData().getTree().getUnit(result.getUnit().getId()).filter(result.getUnit()::equals).isPresent()) {
        throw new IllegalArgumentException("dashboard result " + result.getRuleId() + " is about unit "
            + result.getUnit().getId() + ", which is not in the tracker's tree");
      }
      if (!tracker.getPolicy().getTarget(result.getRuleId()).filter(result.getTarget()::equals).isPresent()) {
        throw new IllegalArgumentException("dashboard result " + result.getRuleId() + " is about a target that is "
            + "not in the tracker's policy");
      }
    }
    BilingualText preset = tracker.getPolicy().equals(XinjiangCountyTargets2023.policy())
        ? Texts.COUNTY_PRESET : Texts.OWN_POLICY;
    return new CountyReport(tracker, dashboard, List.of(), List.of(), preset);
  }

  /**
   * Obtains the county part for the tracker's dashboard as of a date.
   *
   * @param tracker the tracker, not null
   * @param asOf the date, a supported date (1900-01-01 to 2200-12-31)
   * @return the county part, without evaluations
   * @throws IllegalArgumentException if the date is outside the supported dates
   * @throws NullPointerException if an argument is null
   */
  public static CountyReport of(TargetTracker tracker, LocalDate asOf) {
    Objects.requireNonNull(tracker, "tracker");
    return of(tracker, tracker.dashboard(asOf));
  }

  /**
   * Returns a copy with annual evaluations, from which the problem list of every prefecture with an
   * evaluated county and the audited ranking are shown; a later evaluation of the same county
   * replaces an earlier one, as in {@link io.github.yilian.county.ProblemList}.
   *
   * @param evaluations the evaluations of counties of the tracker's tree, not null, none null
   * @return the copy
   * @throws IllegalArgumentException if an evaluation is of a county not in the tracker's tree
   * @throws NullPointerException naming the argument or element that is null
   */
  public CountyReport withEvaluations(Collection<AnnualEvaluation> evaluations) {
    Objects.requireNonNull(evaluations, "evaluations");
    List<AnnualEvaluation> copy = new ArrayList<>(evaluations.size());
    int i = 0;
    for (AnnualEvaluation evaluation : evaluations) {
      Objects.requireNonNull(evaluation, "evaluations[" + i++ + "]");
      if (tracker.getData().getTree().getUnit(evaluation.getCountyId()).filter(u -> u.getLevel() == Level.COUNTY)
          .isEmpty()) {
        throw new IllegalArgumentException("evaluation of " + evaluation.getCountyId()
            + " is not of a county of the tracker's tree");
      }
      copy.add(evaluation);
    }
    return new CountyReport(tracker, dashboard, List.copyOf(copy), trails, preset);
  }

  /**
   * Returns a copy that shows the evaluation trail (who, when, what changed against the draft) of
   * some counties, in the order given.
   *
   * @param countyIds the counties, each with an evaluation given to {@link #withEvaluations}, not
   *     null, none null
   * @return the copy
   * @throws IllegalArgumentException if a county has no evaluation in this report
   * @throws NullPointerException naming the argument or element that is null
   */
  public CountyReport withTrails(List<String> countyIds) {
    Objects.requireNonNull(countyIds, "countyIds");
    for (int i = 0; i < countyIds.size(); i++) {
      String id = Objects.requireNonNull(countyIds.get(i), "countyIds[" + i + "]");
      if (evaluations.stream().noneMatch(e -> e.getCountyId().equals(id))) {
        throw new IllegalArgumentException("county " + id + " has no evaluation in this report: give it with "
            + "withEvaluations first");
      }
    }
    return new CountyReport(tracker, dashboard, evaluations, List.copyOf(countyIds), preset);
  }

  /**
   * Returns a copy that names another preset at the top of the report.
   *
   * @param preset the preset's name, not null
   * @return the copy
   * @throws NullPointerException if the preset is null
   */
  public CountyReport withPreset(BilingualText preset) {
    return new CountyReport(tracker, dashboard, evaluations, trails, Objects.requireNonNull(preset, "preset"));
  }

  /**
   * Returns the tracker.
   *
   * @return the tracker
   */
  public TargetTracker getTracker() {
    return tracker;
  }

  /**
   * Returns the dashboard shown.
   *
   * @return the dashboard
   */
  public Dashboard getDashboard() {
    return dashboard;
  }

  /**
   * Returns the evaluations given.
   *
   * @return the evaluations in the order given, unmodifiable; empty if none
   */
  public List<AnnualEvaluation> getEvaluations() {
    return evaluations;
  }

  /**
   * Returns the counties whose trail is shown.
   *
   * @return the county ids, unmodifiable; empty if none
   */
  public List<String> getTrails() {
    return trails;
  }

  @Override
  public BilingualText getPreset() {
    return preset;
  }
}
