package io.github.yilian.county;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.Ranking;
import io.github.yilian.common.Share;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    return judge(target, unit, asOf);
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
    return judge(target, unit, asOf);
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
    Unit region = data.getTree().getRegion();
    return new RegionFigure(target, region, asOf, countUnits(target, countedUnits(target, region), asOf));
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
    List<TargetResult> results = new ArrayList<>();
    List<RegionFigure> figures = new ArrayList<>();
    for (Target target : policy.getTargets()) {
      results.addAll(judge(target, data.getTree().unitsAt(target.getLevel()), asOf));
      if (target.isRegionFigureReported()) {
        figures.add(regionFigure(target, asOf));
      }
    }
    return new Dashboard(asOf, results, figures);
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
    return ranking(level, dashboard(LocalDate.of(year, 12, 31)));
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
    Map<String, long[]> counts = new LinkedHashMap<>();
    List<Unit> ranked = data.getTree().unitsAt(level);
    ranked.forEach(unit -> counts.put(unit.getId(), new long[2]));
    for (TargetResult result : dashboard.getResults()) {
      Unit above = data.getTree().ancestor(result.getUnit().getId(), level);
      if (above != null && result.getStatus().isApplicable()) {
        count(counts.get(above.getId()), result);
      }
    }
    for (Target target : policy.getTargets()) {
      if (hasOwnPart(target, level)) {
        judge(target, ranked, dashboard.getAsOf()).stream().filter(r -> r.getStatus().isApplicable())
            .forEach(r -> count(counts.get(r.getUnit().getId()), r));
      }
    }
    List<UnitScore> scores = new ArrayList<>(counts.size());
    counts.forEach((id, count) -> scores.add(UnitScore.of(id, count[0], count[1])));
    return Ranking.of(scores, Comparator.comparing(UnitScore::getShare).reversed(),
        policy.getTieBreak().order());
  }

  private static void count(long[] count, TargetResult result) {
    count[0] += result.getStatus().isMet() ? 1 : 0;
    count[1]++;
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

  /** Judges one target for some units as of a date. */
  List<TargetResult> judge(Target target, List<Unit> units, LocalDate asOf) {
    List<TargetResult> results = new ArrayList<>(units.size());
    for (Unit unit : units) {
      results.add(judge(target, unit, asOf));
    }
    return results;
  }

  private TargetResult judge(Target target, Unit unit, LocalDate asOf) {
    List<Unit> counted = target.getMeasure().countsUnits() ? countedUnits(target, unit) : List.of();
    Optional<Recurrence> recurrence = target.getRecurrence();
    return recurrence.isPresent()
        ? judgeRecurring(target, recurrence.get(), unit, counted, asOf)
        : judgeByDeadline(target, unit, counted, asOf);
  }

  /** The units a target counts under a unit: those of the counted level, of the counted kinds if any. */
  private List<Unit> countedUnits(Target target, Unit unit) {
    List<Unit> all = data.getTree().unitsUnder(unit.getId(), target.getCountedLevel().orElseThrow());
    if (target.getCountedKinds().isEmpty()) {
      return all;
    }
    return all.stream().filter(u -> u.getKind().filter(target.getCountedKinds()::contains).isPresent()).toList();
  }

  /** A share of units over no unit has no meaning: the target does not apply. */
  private static boolean nothingToCount(Target target, List<Unit> counted) {
    return target.getMeasure() == Measure.SHARE_OF_UNITS && counted.isEmpty();
  }

  private TargetResult judgeByDeadline(Target target, Unit unit, List<Unit> counted, LocalDate asOf) {
    List<Milestone> milestones = target.getMilestones();
    Milestone milestone = milestones.get(milestones.size() - 1);
    for (Milestone each : milestones) {
      if (!each.getDeadline().isBefore(asOf)) {
        milestone = each;
        break;
      }
    }
    LocalDate deadline = milestone.getDeadline();
    Threshold threshold = milestone.getThreshold();
    LocalDate judgedDay = asOf.isBefore(deadline) ? asOf : deadline;
    if (nothingToCount(target, counted) || !target.getApplicability().appliesTo(data, unit, judgedDay)) {
      return new TargetResult(target, unit, asOf, deadline, Optional.empty(), threshold, Optional.empty(),
          TargetStatus.NOT_APPLICABLE, 0, List.of());
    }
    Optional<Measured> now = measure(target, unit, counted, LocalDate.MIN, asOf);
    TargetStatus status;
    Optional<Measured> shown = now;
    if (now.isEmpty()) {
      status = TargetStatus.NO_DATA;
    } else if (asOf.isBefore(deadline)) {
      status = threshold.isMetBy(now.get()) ? TargetStatus.MET : TargetStatus.NOT_YET_DUE;
    } else {
      Optional<Measured> then = (asOf.equals(deadline) ? now : measure(target, unit, counted, LocalDate.MIN, deadline))
          .filter(threshold::isMetBy);
      if (then.isPresent()) {
        status = TargetStatus.MET;
        shown = then;
      } else {
        status = threshold.isMetBy(now.get()) ? TargetStatus.MET_LATE : TargetStatus.MISSED;
      }
    }
    return new TargetResult(target, unit, asOf, deadline, Optional.empty(), threshold, shown, status,
        gap(threshold, shown, counted), List.of());
  }

  /** The gap of a value, or with no value what is needed from nothing. */
  private static long gap(Threshold threshold, Optional<Measured> value, List<Unit> counted) {
    return threshold.gap(value.orElseGet(() -> threshold.nothing(counted.size())));
  }

  private TargetResult judgeRecurring(Target target, Recurrence recurrence, Unit unit, List<Unit> counted,
      LocalDate asOf) {
    Period length = recurrence.getPeriod();
    Threshold threshold = recurrence.getThreshold();
    Applicability applicability = target.getApplicability();
    if (nothingToCount(target, counted)) {
      return notApplicable(target, unit, asOf, length.periodOf(asOf), threshold, List.of());
    }
    Optional<LocalDate> started = recurrence.getStartIndicator()
        .flatMap(indicator -> data.series(indicator, unit.getId()).firstYes(asOf));
    if (started.isEmpty() && recurrence.getStartIndicator().isPresent()) {
      DateRange current = length.periodOf(asOf);
      if (!applicability.appliesTo(data, unit, asOf)) {
        return notApplicable(target, unit, asOf, current, threshold, List.of());
      }
      return new TargetResult(target, unit, asOf, current.getEnd(), Optional.of(current), threshold,
          Optional.empty(), TargetStatus.NO_DATA, gap(threshold, Optional.empty(), counted), List.of());
    }
    LocalDate from = latest(recurrence.getFirstDay(), LocalDate.of(asOf.getYear(), 1, 1));
    if (started.isPresent()) {
      from = latest(from, started.get());
    }
    DateRange period = length.firstPeriodFrom(from);
    List<PeriodResult> periods = new ArrayList<>(2);
    while (!period.getStart().isAfter(asOf)) {
      periods.add(judgePeriod(target, unit, counted, threshold, period, asOf));
      period = length.next(period);
    }
    if (periods.isEmpty()) {
      if (!applicability.appliesTo(data, unit, asOf)) {
        return notApplicable(target, unit, asOf, period, threshold, periods);
      }
      return new TargetResult(target, unit, asOf, period.getEnd(), Optional.of(period), threshold,
          Optional.empty(), TargetStatus.NOT_YET_DUE, gap(threshold, Optional.empty(), counted), periods);
    }
    Optional<PeriodResult> decisive = decisive(periods);
    if (decisive.isEmpty()) {
      return notApplicable(target, unit, asOf, periods.get(periods.size() - 1).getPeriod(), threshold, periods);
    }
    PeriodResult worst = decisive.get();
    return new TargetResult(target, unit, asOf, worst.getPeriod().getEnd(), Optional.of(worst.getPeriod()),
        threshold, worst.getValue(), overall(periods), worst.getGap(), periods);
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static TargetResult notApplicable(Target target, Unit unit, LocalDate asOf, DateRange period,
      Threshold threshold, List<PeriodResult> periods) {
    return new TargetResult(target, unit, asOf, period.getEnd(), Optional.of(period), threshold, Optional.empty(),
        TargetStatus.NOT_APPLICABLE, 0, periods);
  }

  /**
   * The status of a recurring target: the worst of the applicable periods that have ended (a running
   * period counts only when it is missed already), or the running period's while none has ended;
   * {@link TargetStatus#NOT_APPLICABLE} if no period applies.
   */
  private static TargetStatus overall(List<PeriodResult> periods) {
    TargetStatus ended = TargetStatus.NOT_APPLICABLE;
    TargetStatus running = TargetStatus.NOT_APPLICABLE;
    for (PeriodResult period : periods) {
      if (period.isEnded()) {
        ended = TargetStatus.worse(ended, period.getStatus());
      } else {
        running = period.getStatus();
      }
    }
    if (!ended.isApplicable()) {
      return running;
    }
    return running == TargetStatus.MISSED ? TargetStatus.MISSED : ended;
  }

  /**
   * The period that decides the status: the first with that status when it is missed or has no data,
   * else the latest with it; empty if no period applies.
   */
  private static Optional<PeriodResult> decisive(List<PeriodResult> periods) {
    TargetStatus status = overall(periods);
    if (!status.isApplicable()) {
      return Optional.empty();
    }
    List<PeriodResult> deciding = periods.stream().filter(p -> p.getStatus() == status).toList();
    boolean first = status == TargetStatus.MISSED || status == TargetStatus.NO_DATA;
    return Optional.of(deciding.get(first ? 0 : deciding.size() - 1));
  }

  /** Judges one period on its own, with the facts as they stood at its end (or as of the date). */
  private PeriodResult judgePeriod(Target target, Unit unit, List<Unit> counted, Threshold threshold,
      DateRange period, LocalDate asOf) {
    boolean ended = !period.getEnd().isAfter(asOf);
    LocalDate to = ended ? period.getEnd() : asOf;
    if (!target.getApplicability().appliesTo(data, unit, to)) {
      return new PeriodResult(target, period, ended, threshold, Optional.empty(), TargetStatus.NOT_APPLICABLE, 0);
    }
    Optional<Measured> value = measure(target, unit, counted, period.getStart(), to);
    TargetStatus status;
    if (value.isEmpty()) {
      status = TargetStatus.NO_DATA;
    } else if (threshold.isMetBy(value.get())) {
      status = TargetStatus.MET;
    } else {
      status = ended || threshold.isFinalOnceBroken() ? TargetStatus.MISSED : TargetStatus.NOT_YET_DUE;
    }
    return new PeriodResult(target, period, ended, threshold, value, status, gap(threshold, value, counted));
  }

  private Optional<Measured> measure(Target target, Unit unit, List<Unit> counted, LocalDate from, LocalDate to) {
    String indicator = target.getIndicator();
    return switch (target.getMeasure()) {
      case STATE -> state(target, unit, to);
      case SHARE_OF_UNITS, COUNT_OF_UNITS -> countUnits(target, counted, to);
      case REPORTED_SHARE -> Optional.ofNullable(data.series(indicator, unit.getId()).latest(to))
          .filter(fact -> !fact.getDate().isBefore(from) && fact.getTotal().orElse(0L) > 0)
          .map(fact -> Measured.share(Share.of(fact.getValue(), fact.getTotal().orElseThrow())));
      case EVENTS -> Optional.of(Measured.count(data.series(indicator, unit.getId()).sum(from, to)));
      case OVERLONG_SECONDMENTS -> Optional.of(Measured.count(overlong(target, unit, from, to)));
    };
  }

  /**
   * Yes when the newest fact of the indicator and of each further indicator is yes; no data when none
   * of them has a fact; an indicator without a fact counts as no.
   */
  private Optional<Measured> state(Target target, Unit unit, LocalDate to) {
    Fact main = data.series(target.getIndicator(), unit.getId()).latest(to);
    boolean known = main != null;
    boolean yes = main != null && main.getValue() > 0;
    for (String further : target.getFurtherIndicators()) {
      Fact fact = data.series(further, unit.getId()).latest(to);
      known |= fact != null;
      yes &= fact != null && fact.getValue() > 0;
    }
    return known ? Optional.of(Measured.yesNo(yes)) : Optional.empty();
  }

  private Optional<Measured> countUnits(Target target, List<Unit> counted, LocalDate to) {
    boolean known = false;
    long yes = 0;
    for (Unit each : counted) {
      Fact fact = data.series(target.getIndicator(), each.getId()).latest(to);
      if (fact != null) {
        known = true;
        yes += fact.getValue() > 0 ? 1 : 0;
      }
    }
    if (!known) {
      return Optional.empty();
    }
    return Optional.of(target.getMeasure() == Measure.COUNT_OF_UNITS
        ? Measured.count(yes)
        : Measured.share(Share.of(yes, counted.size())));
  }

  /** Counts the secondments that ran past the limit, unapproved, on some day from {@code from} to {@code to}. */
  private long overlong(Target target, Unit community, LocalDate from, LocalDate to) {
    int months = target.getLimitMonths().orElseThrow();
    long count = 0;
    for (Secondment s : data.secondmentsByCommunity().getOrDefault(community.getId(), List.of())) {
      LocalDate firstDayOver = s.getStart().plusMonths(months);
      LocalDate lastDay = s.getEnd().isBefore(to) ? s.getEnd() : to;
      LocalDate firstDay = firstDayOver.isAfter(from) ? firstDayOver : from;
      count += s.isApproved() || firstDay.isAfter(lastDay) ? 0 : 1;
    }
    return count;
  }
}
