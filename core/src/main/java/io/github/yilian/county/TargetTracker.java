package io.github.yilian.county;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.Ranking;
import io.github.yilian.common.Share;
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
 * {@link TargetStatus#MET_LATE}. For a recurring target the period judged is the latest calendar
 * year or half-year that has ended by the date (the current one while none has); a missed period
 * stays missed. A share counts units without facts as not qualifying; it has no data when no unit
 * counted has a fact.
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
   * @param asOf the date; no fact dated after it is used
   * @return the result
   * @throws IllegalArgumentException if the unit is not in the tree at the target's level
   */
  public TargetResult status(Target target, String unitId, LocalDate asOf) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(asOf, "asOf");
    Unit unit = data.getTree().getUnit(unitId)
        .filter(u -> u.getLevel() == target.getLevel())
        .orElseThrow(() -> new IllegalArgumentException("unit " + unitId + " is not a "
            + target.getLevel().getEnglishName() + " of the tree, as target " + target.getId() + " needs"));
    return judge(target, List.of(unit), asOf).get(0);
  }

  /**
   * Judges one target for every unit of its level as of a date.
   *
   * @param target the target, not null
   * @param asOf the date, not null
   * @return one result per unit, in tree order
   */
  public List<TargetResult> results(Target target, LocalDate asOf) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    return judge(target, data.getTree().unitsAt(target.getLevel()), asOf);
  }

  /**
   * Judges every target for every unit of its level as of a date: what a monitoring platform shows.
   *
   * @param asOf the date, not null
   * @return the dashboard
   */
  public Dashboard dashboard(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<TargetResult> results = new ArrayList<>();
    policy.getTargets().forEach(target -> results.addAll(results(target, asOf)));
    return new Dashboard(asOf, results);
  }

  /**
   * Rolls one target up for a prefecture or the region: which of the units of the target's level
   * under it meet the target and which do not.
   *
   * @param target the target, not null
   * @param parentId the id of the unit to roll up for, not null
   * @param asOf the date, not null
   * @return the roll-up
   * @throws IllegalArgumentException if the unit is not in the tree
   */
  public RollUp rollUp(Target target, String parentId, LocalDate asOf) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(parentId, "parentId");
    Objects.requireNonNull(asOf, "asOf");
    Unit parent = data.getTree().getUnit(parentId)
        .orElseThrow(() -> new IllegalArgumentException("unit " + parentId + " is not in the tree"));
    List<Unit> units = data.getTree().unitsUnder(parent.getId(), target.getLevel());
    return RollUp.of(parent, target, judge(target, units, asOf));
  }

  /**
   * Ranks the units of a level for a year by the share of their applicable targets met as of 31
   * December (seed 002 三(二)16): every result of a target judged at that level or below, for the
   * unit or a unit under it, is applicable; {@link TargetStatus#isMet() met} ones count. Equal
   * shares share a rank; ties are listed in the policy's {@link TieBreak} order.
   *
   * @param level the level to rank, not null
   * @param year the year
   * @return the ranking of every unit of the level
   */
  public Ranking<UnitScore> ranking(Level level, int year) {
    Objects.requireNonNull(level, "level");
    return ranking(level, dashboard(LocalDate.of(year, 12, 31)));
  }

  /**
   * Ranks the units of a level by the share of their applicable targets met on a dashboard, as
   * {@link #ranking(Level, int)} does for 31 December.
   *
   * @param level the level to rank, not null
   * @param dashboard the dashboard to score, not null
   * @return the ranking of every unit of the level
   */
  public Ranking<UnitScore> ranking(Level level, Dashboard dashboard) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(dashboard, "dashboard");
    Map<String, long[]> counts = new LinkedHashMap<>();
    data.getTree().unitsAt(level).forEach(unit -> counts.put(unit.getId(), new long[2]));
    for (TargetResult result : dashboard.getResults()) {
      if (result.getTarget().getLevel().compareTo(level) >= 0) {
        long[] count = counts.get(data.getTree().ancestor(result.getUnit().getId(), level).getId());
        count[0] += result.getStatus().isMet() ? 1 : 0;
        count[1]++;
      }
    }
    List<UnitScore> scores = new ArrayList<>(counts.size());
    counts.forEach((id, count) -> scores.add(UnitScore.of(id, count[0], count[1])));
    return Ranking.of(scores, Comparator.comparing(UnitScore::getShare).reversed(),
        policy.getTieBreak().order());
  }

  /**
   * Judges one target for some units as of a date. The period of a recurring target judged from its
   * first day, the same for every unit whose start does not come later, is found once.
   */
  List<TargetResult> judge(Target target, List<Unit> units, LocalDate asOf) {
    Optional<Recurrence> recurrence = target.getRecurrence();
    Optional<DateRange> fromFirstDay = recurrence.map(r -> judgedPeriod(r.getPeriod(), r.getFirstDay(), asOf));
    List<TargetResult> results = new ArrayList<>(units.size());
    for (Unit unit : units) {
      results.add(recurrence.isPresent()
          ? judgeRecurring(target, recurrence.get(), fromFirstDay, unit, asOf)
          : judgeByDeadline(target, unit, asOf));
    }
    return results;
  }

  private TargetResult judgeByDeadline(Target target, Unit unit, LocalDate asOf) {
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
    Optional<Measured> now = measure(target, unit, LocalDate.MIN, asOf);
    TargetStatus status;
    Optional<Measured> shown = now;
    if (now.isEmpty()) {
      status = TargetStatus.NO_DATA;
    } else if (asOf.isBefore(deadline)) {
      status = threshold.isMetBy(now.get()) ? TargetStatus.MET : TargetStatus.NOT_YET_DUE;
    } else {
      Optional<Measured> then = (asOf.equals(deadline) ? now : measure(target, unit, LocalDate.MIN, deadline))
          .filter(threshold::isMetBy);
      if (then.isPresent()) {
        status = TargetStatus.MET;
        shown = then;
      } else {
        status = threshold.isMetBy(now.get()) ? TargetStatus.MET_LATE : TargetStatus.MISSED;
      }
    }
    return new TargetResult(target, unit, asOf, deadline, Optional.empty(), threshold, shown, status);
  }

  private TargetResult judgeRecurring(Target target, Recurrence recurrence, Optional<DateRange> fromFirstDay,
      Unit unit, LocalDate asOf) {
    Period length = recurrence.getPeriod();
    Threshold threshold = recurrence.getThreshold();
    Optional<LocalDate> started = recurrence.getStartIndicator()
        .flatMap(indicator -> data.series(indicator, unit.getId()).firstYes(asOf));
    if (started.isEmpty() && recurrence.getStartIndicator().isPresent()) {
      DateRange current = length.containing(asOf);
      return new TargetResult(target, unit, asOf, current.getEnd(), Optional.of(current), threshold,
          Optional.empty(), TargetStatus.NO_DATA);
    }
    Optional<DateRange> period = started.filter(s -> s.isAfter(recurrence.getFirstDay()))
        .map(from -> judgedPeriod(length, from, asOf)).or(() -> fromFirstDay);
    DateRange judged = period.orElseThrow();
    boolean ended = !judged.getEnd().isAfter(asOf);
    LocalDate to = ended ? judged.getEnd() : asOf;
    Optional<Measured> value = measure(target, unit, judged.getStart(), to);
    TargetStatus status;
    if (value.isEmpty()) {
      status = TargetStatus.NO_DATA;
    } else if (threshold.isMetBy(value.get())) {
      status = TargetStatus.MET;
    } else {
      status = ended || threshold.isFinalOnceBroken() ? TargetStatus.MISSED : TargetStatus.NOT_YET_DUE;
    }
    return new TargetResult(target, unit, asOf, judged.getEnd(), period, threshold, value, status);
  }

  /** The latest period from {@code from} on that has ended by {@code asOf}, else the first one. */
  private static DateRange judgedPeriod(Period length, LocalDate from, LocalDate asOf) {
    DateRange first = length.firstFrom(from);
    if (asOf.isBefore(first.getEnd())) {
      return first;
    }
    DateRange current = length.containing(asOf);
    return current.getEnd().equals(asOf) ? current : length.containing(current.getStart().minusDays(1));
  }

  private Optional<Measured> measure(Target target, Unit unit, LocalDate from, LocalDate to) {
    String indicator = target.getIndicator();
    return switch (target.getMeasure()) {
      case STATE -> Optional.ofNullable(data.series(indicator, unit.getId()).latest(to))
          .map(fact -> Measured.yesNo(fact.getValue() > 0));
      case SHARE_OF_UNITS, COUNT_OF_UNITS -> countUnits(target, unit, to);
      case REPORTED_SHARE -> Optional.ofNullable(data.series(indicator, unit.getId()).latest(to))
          .filter(fact -> !fact.getDate().isBefore(from) && fact.getTotal().orElse(0L) > 0)
          .map(fact -> Measured.share(Share.of(fact.getValue(), fact.getTotal().orElseThrow())));
      case EVENTS -> Optional.of(Measured.count(data.series(indicator, unit.getId()).sum(from, to)));
      case OVERLONG_SECONDMENTS -> Optional.of(Measured.count(overlong(target, unit, from, to)));
    };
  }

  private Optional<Measured> countUnits(Target target, Unit unit, LocalDate to) {
    List<Unit> counted = data.getTree().unitsUnder(unit.getId(), target.getCountedLevel().orElseThrow());
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
