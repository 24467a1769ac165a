package io.github.yilian.county;

import io.github.yilian.common.Ranking;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges the targets of a policy against what a monitoring platform knows (seed 002, sections 一 to
 * 三(二)16): value, status and gap of any target for any unit as of a date, roll-ups, rankings and the
 * dashboard of every target × unit.
 *
 * <p>For a target with deadlines the deadline that applies as of a date is the first on or after it
 * (the last once all have passed); at and after it the status is judged with the facts as they
 * stood on the deadline: met then is {@link TargetStatus#MET}, met only since is
 * {@link TargetStatus#MET_LATE}. For a recurring target every period of the calendar year of the
 * date (the evaluation window) is judged on its own with the facts as they stood at its end, and the
 * status is the worst of them: a missed period stays missed (see {@link TargetResult}). A share
 * counts units without facts as not qualifying; it has no data when no unit counted has a fact. A
 * target does not apply to a unit its {@link Applicability} excludes, nor a share of units to a unit
 * with nothing to count under it.
 *
 * <p>Every date argument lies in {@link SupportedRange#MIN_DATE} to {@link SupportedRange#MAX_DATE},
 * every year in {@link SupportedRange#MIN_YEAR} to {@link SupportedRange#MAX_YEAR}; outside them a
 * method throws {@link IllegalArgumentException} naming the parameter and the value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TargetTracker {

  private final TargetPolicy policy;
  private final MonitoringData data;

  private TargetTracker(TargetPolicy policy, MonitoringData data) {
    this.policy = policy;
    this.data = data;
  }

  /**
   * Creates a tracker.
   *
   * @param policy the targets, not null
   * @param data the tree and its facts, not null
   * @return the tracker
   * @throws NullPointerException if an argument is null
   */
  public static TargetTracker of(TargetPolicy policy, MonitoringData data) {
    return new TargetTracker(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(data, "data"));
  }

  /**
   * Returns the policy judged.
   *
   * @return the policy
   */
  public TargetPolicy getPolicy() {
    return policy;
  }

  /**
   * Returns the data judged.
   *
   * @return the tree and facts
   */
  public MonitoringData getData() {
    return data;
  }

  /**
   * Judges one target for one unit as of a date.
   *
   * @param target the target, not null
   * @param unitId the id of a unit of the target's level, not null
   * @param asOf the date, a supported date; no fact dated after it is used
   * @return the result
   * @throws IllegalArgumentException if the unit is not in the tree at the target's level, or the
   *     date is outside the supported dates
   * @throws NullPointerException if an argument is null
   */
  public TargetResult status(Target target, String unitId, LocalDate asOf) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(unitId, "unitId");
    SupportedRange.requireDate(asOf, "asOf");
    Unit unit = data.getTree().getUnit(unitId)
        .filter(u -> u.getLevel() == target.getLevel())
        .orElseThrow(() -> new IllegalArgumentException("unit " + unitId + " is not a "
            + target.getLevel().getEnglishName() + " of the tree, as target " + target.getId() + " needs"));
    return judge(target, List.of(unit), asOf).get(0);
  }

  /**
   * Judges a unit's own part in a share target judged above it (seed 002 三(二)15, "以县为单位"): the
   * share of the counted units under the unit (a county's communities that are tight for T2, the
   * county itself for T8), against the target's threshold and deadline.
   *
   * @param target a {@link Measure#SHARE_OF_UNITS} target judged above the unit's level, whose
   *     counted level is the unit's level or below it, not null
   * @param unitId the unit's id, not null
   * @param asOf the date, a supported date
   * @return the result, {@link TargetResult#isOwnPart() an own part}
   * @throws IllegalArgumentException if the unit is not in the tree, the target is not such a share
   *     target for the unit's level, or the date is outside the supported dates
   * @throws NullPointerException if an argument is null
   */
  public TargetResult ownPart(Target target, String unitId, LocalDate asOf) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(unitId, "unitId");
    SupportedRange.requireDate(asOf, "asOf");
    Unit unit = data.getTree().getUnit(unitId)
        .orElseThrow(() -> new IllegalArgumentException("unit " + unitId + " is not in the tree"));
    if (!hasOwnPart(target, unit.getLevel())) {
      throw new IllegalArgumentException("target " + target.getId() + " is not a share of units judged above "
          + unit.getLevel().getEnglishName() + " " + unitId + " and counted at or below it");
    }
    return judge(target, List.of(unit), asOf).get(0);
  }

  /**
   * Judges one target for every unit of its level as of a date.
   *
   * @param target the target, not null
   * @param asOf the date, a supported date
   * @return one result per unit, in tree order
   * @throws IllegalArgumentException if the date is outside the supported dates
   * @throws NullPointerException if an argument is null
   */
  public List<TargetResult> results(Target target, LocalDate asOf) {
    Objects.requireNonNull(target, "target");
    SupportedRange.requireDate(asOf, "asOf");
    return judge(target, data.getTree().unitsAt(target.getLevel()), asOf);
  }

  /**
   * Reports the region-wide figure of a target that counts units: the share (or count) of all its
   * counted units in the region as of a date, a value only, with no status (seed 002: T7, T8 and T10
   * are set for each prefecture; the region-wide figure is not the target).
   *
   * @param target a target whose measure counts units, not null
   * @param asOf the date, a supported date
   * @return the figure; its value is empty when no counted unit has a fact
   * @throws IllegalArgumentException if the target does not count units or the date is outside the
   *     supported dates
   * @throws NullPointerException if an argument is null
   */
  public RegionFigure regionFigure(Target target, LocalDate asOf) {
    Objects.requireNonNull(target, "target");
    SupportedRange.requireDate(asOf, "asOf");
    if (!target.getMeasure().countsUnits()) {
      throw new IllegalArgumentException("target " + target.getId() + " does not count units: its measure is "
          + target.getMeasure().getEnglishName());
    }
    return regionFigure(new TargetJudge(target, data, asOf));
  }

  private RegionFigure regionFigure(TargetJudge judge) {
    AdministrativeTree.Index tree = data.getTree().index();
    int region = tree.numbersAt(Level.REGION)[0];
    return new RegionFigure(judge.getTarget(), tree.units[region], judge.getAsOf(),
        Optional.ofNullable(judge.measureAsOf(region)));
  }

  /**
   * Judges every target for every unit of its level as of a date, and reports the region-wide
   * figures of the targets that ask for one: what a monitoring platform shows.
   *
   * @param asOf the date, a supported date
   * @return the dashboard
   * @throws IllegalArgumentException if the date is outside the supported dates
   * @throws NullPointerException if the date is null
   */
  public Dashboard dashboard(LocalDate asOf) {
    SupportedRange.requireDate(asOf, "asOf");
    AdministrativeTree.Index tree = data.getTree().index();
    List<Target> targets = policy.getTargets();
    int size = 0;
    int reported = 0;
    for (Target target : targets) {
      size += tree.numbersAt(target.getLevel()).length;
      reported += target.isRegionFigureReported() ? 1 : 0;
    }
    TargetResult[] results = new TargetResult[size];
    RegionFigure[] figures = new RegionFigure[reported];
    int next = 0;
    int nextFigure = 0;
    for (Target target : targets) {
      TargetJudge judge = new TargetJudge(target, data, asOf);
      for (int unit : tree.numbersAt(target.getLevel())) {
        judge.judge(unit);
        results[next++] = judge.result(tree.units[unit]);
      }
      if (target.isRegionFigureReported()) {
        figures[nextFigure++] = regionFigure(judge);
      }
    }
    return new Dashboard(asOf, Collections.unmodifiableList(Arrays.asList(results)), List.of(figures));
  }

  /**
   * Rolls one target up for a prefecture or the region: which of the units of the target's level
   * under it meet the target, which do not, and which it does not apply to.
   *
   * @param target the target, not null
   * @param parentId the id of the unit to roll up for, not null
   * @param asOf the date, a supported date
   * @return the roll-up
   * @throws IllegalArgumentException if the unit is not in the tree or the date is outside the
   *     supported dates
   * @throws NullPointerException if an argument is null
   */
  public RollUp rollUp(Target target, String parentId, LocalDate asOf) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(parentId, "parentId");
    SupportedRange.requireDate(asOf, "asOf");
    Unit parent = data.getTree().getUnit(parentId)
        .orElseThrow(() -> new IllegalArgumentException("unit " + parentId + " is not in the tree"));
    List<Unit> units = data.getTree().unitsUnder(parent.getId(), target.getLevel());
    return RollUp.of(parent, target, judge(target, units, asOf));
  }

  /**
   * Ranks the units of a level for a year by the share of their applicable targets met as of 31
   * December (seed 002 三(二)16), both halves of the year judged for a half-yearly target. A unit's
   * applicable results are those of the dashboard for the unit or a unit under it that the target
   * applies to, and its own part in every share target judged above it (a county's part in T1, T2,
   * T7, T8 and T10); {@link TargetStatus#isMet() met} ones count. Equal shares share a rank; ties
   * are listed in the policy's {@link TieBreak} order.
   *
   * @param level the level to rank, not null
   * @param year the year, from {@link SupportedRange#MIN_YEAR} to {@link SupportedRange#MAX_YEAR}
   * @return the ranking of every unit of the level
   * @throws IllegalArgumentException if the year is outside the supported years
   * @throws NullPointerException if the level is null
   */
  public Ranking<UnitScore> ranking(Level level, int year) {
    Objects.requireNonNull(level, "level");
    SupportedRange.requireYear(year, "year");
    LocalDate asOf = LocalDate.of(year, 12, 31);
    AdministrativeTree.Index tree = data.getTree().index();
    int[] ranked = tree.numbersAt(level);
    long[] met = new long[ranked.length];
    long[] applicable = new long[ranked.length];
    for (Target target : policy.getTargets()) {
      if (level.contains(target.getLevel())) {
        // the results the dashboard has for the units of the level and the units under them
        count(new TargetJudge(target, data, asOf), tree.numbersAt(target.getLevel()), level, met, applicable);
      } else if (hasOwnPart(target, level)) {
        count(new TargetJudge(target, data, asOf), ranked, level, met, applicable);
      }
    }
    return ranking(level, met, applicable);
  }

  /**
   * Ranks the units of a level by the share of their applicable targets met on a dashboard and their
   * own parts in share targets judged above them as of the dashboard's date, as
   * {@link #ranking(Level, int)} does for 31 December. Results about units that are not in this
   * tracker's tree, or not under a unit of the level, are left out.
   *
   * @param level the level to rank, not null
   * @param dashboard the dashboard to score, not null
   * @return the ranking of every unit of the level
   * @throws NullPointerException if an argument is null
   */
  public Ranking<UnitScore> ranking(Level level, Dashboard dashboard) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(dashboard, "dashboard");
    AdministrativeTree.Index tree = data.getTree().index();
    int[] ranked = tree.numbersAt(level);
    long[] met = new long[ranked.length];
    long[] applicable = new long[ranked.length];
    for (TargetResult result : dashboard.getResults()) {
      int unit = tree.numberOf(result.getUnit().getId());
      int above = unit < 0 ? -1 : tree.ancestor(level, unit);
      if (above >= 0 && result.getStatus().isApplicable()) {
        int place = tree.position(above);
        met[place] += result.getStatus().isMet() ? 1 : 0;
        applicable[place]++;
      }
    }
    for (Target target : policy.getTargets()) {
      if (hasOwnPart(target, level)) {
        count(new TargetJudge(target, data, dashboard.getAsOf()), ranked, level, met, applicable);
      }
    }
    return ranking(level, met, applicable);
  }

  /** Judges a target for some units and counts the applicable and met ones for the unit of a level above each. */
  private void count(TargetJudge judge, int[] units, Level level, long[] met, long[] applicable) {
    AdministrativeTree.Index tree = data.getTree().index();
    for (int unit : units) {
      judge.judge(unit);
      TargetStatus status = judge.status();
      if (status.isApplicable()) {
        int place = tree.position(tree.ancestor(level, unit));
        met[place] += status.isMet() ? 1 : 0;
        applicable[place]++;
      }
    }
  }

  private Ranking<UnitScore> ranking(Level level, long[] met, long[] applicable) {
    List<Unit> ranked = data.getTree().unitsAt(level);
    List<UnitScore> scores = new ArrayList<>(ranked.size());
    for (int i = 0; i < met.length; i++) {
      scores.add(UnitScore.of(ranked.get(i).getId(), met[i], applicable[i]));
    }
    return Ranking.of(scores, Comparator.comparing(UnitScore::getShare).reversed(), policy.getTieBreak().order());
  }

  /**
   * Tells whether units of a level have an own part in a target: a share of units judged above the
   * level and counted at or below it.
   */
  static boolean hasOwnPart(Target target, Level level) {
    return target.getMeasure() == Measure.SHARE_OF_UNITS
        && target.getLevel() != level && target.getLevel().contains(level)
        && target.getCountedLevel().filter(level::contains).isPresent();
  }

  /** Judges one target for some units of the tree as of a date. */
  List<TargetResult> judge(Target target, List<Unit> units, LocalDate asOf) {
    AdministrativeTree.Index tree = data.getTree().index();
    TargetJudge judge = new TargetJudge(target, data, asOf);
    TargetResult[] results = new TargetResult[units.size()];
    for (int i = 0; i < results.length; i++) {
      Unit unit = units.get(i);
      judge.judge(tree.numberOf(unit.getId()));
      results[i] = judge.result(unit);
    }
    return Collections.unmodifiableList(Arrays.asList(results));
  }
}
