package io.github.yilian.county;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.Ranking;
import io.github.yilian.common.Share;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An oracle for {@link TargetTracker}: the tracker's rules as they were written before the
 * dashboard was made fast (issue 13), one unit and one target at a time, facts looked up by id
 * through maps and {@code Optional}s, and rankings scored from a whole dashboard. Properties check
 * that the tracker still agrees with it on every result.
 */
final class ReferenceTracker {

  private final TargetPolicy policy;
  private final AdministrativeTree tree;
  private final Map<String, Map<String, FactSeries>> series = new HashMap<>();
  private final Map<String, List<Secondment>> secondmentsByCommunity = new HashMap<>();
  private final Map<String, List<Pairing>> pairings = new HashMap<>();

  ReferenceTracker(TargetPolicy policy, MonitoringData data) {
    this.policy = policy;
    this.tree = data.getTree();
    Map<String, Map<String, List<Fact>>> facts = new HashMap<>();
    for (Fact fact : data.getFacts()) {
      facts.computeIfAbsent(fact.getIndicator(), k -> new HashMap<>())
          .computeIfAbsent(fact.getUnitId(), k -> new ArrayList<>()).add(fact);
    }
    facts.forEach((indicator, byUnit) -> {
      Map<String, FactSeries> map = new HashMap<>();
      byUnit.forEach((unit, list) -> map.put(unit, new FactSeries(list)));
      series.put(indicator, map);
    });
    for (Secondment s : data.getSecondments()) {
      String community = tree.getUnit(s.getUnitId()).orElseThrow().getParentId().orElseThrow();
      secondmentsByCommunity.computeIfAbsent(community, k -> new ArrayList<>()).add(s);
    }
    for (Pairing p : data.getPairings()) {
      pairings.computeIfAbsent(p.getUnitId(), k -> new ArrayList<>()).add(p);
    }
  }

  private FactSeries series(String indicator, String unitId) {
    return series.getOrDefault(indicator, Map.of()).getOrDefault(unitId, FactSeries.EMPTY);
  }

  private boolean applies(Target target, Unit unit, LocalDate day) {
    return target.getApplicability() == Applicability.EVERY_UNIT
        || pairings.getOrDefault(unit.getId(), List.of()).stream().anyMatch(p -> p.covers(day));
  }

  private static TargetResult result(Target target, Unit unit, LocalDate asOf, LocalDate deadline,
      Optional<DateRange> period, Threshold threshold, Optional<Measured> value, TargetStatus status, long gap,
      List<PeriodResult> periods) {
    return new TargetResult(target, unit, asOf, deadline, period.orElse(null), threshold, value.orElse(null),
        status, gap, List.copyOf(periods));
  }

  private static PeriodResult periodResult(Target target, DateRange period, boolean ended, Threshold threshold,
      Optional<Measured> value, TargetStatus status, long gap) {
    return new PeriodResult(target, period, ended, threshold, value.orElse(null), status, gap);
  }

  /** Every target × every unit of its level, in policy and tree order. */
  List<TargetResult> dashboard(LocalDate asOf) {
    List<TargetResult> results = new ArrayList<>();
    for (Target target : policy.getTargets()) {
      for (Unit unit : tree.unitsAt(target.getLevel())) {
        results.add(judge(target, unit, asOf));
      }
    }
    return results;
  }

  /** The region-wide value of a target counting units. */
  Optional<Measured> regionFigure(Target target, LocalDate asOf) {
    return countUnits(target, countedUnits(target, tree.getRegion()), asOf);
  }

  /** The ranking of a level from a whole dashboard and the own parts, as the tracker ranked before. */
  Ranking<UnitScore> ranking(Level level, LocalDate asOf) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    List<Unit> ranked = tree.unitsAt(level);
    ranked.forEach(unit -> counts.put(unit.getId(), new long[2]));
    for (TargetResult result : dashboard(asOf)) {
      Unit above = tree.ancestor(result.getUnit().getId(), level);
      if (above != null && result.getStatus().isApplicable()) {
        count(counts.get(above.getId()), result);
      }
    }
    for (Target target : policy.getTargets()) {
      if (TargetTracker.hasOwnPart(target, level)) {
        for (Unit unit : ranked) {
          TargetResult r = judge(target, unit, asOf);
          if (r.getStatus().isApplicable()) {
            count(counts.get(unit.getId()), r);
          }
        }
      }
    }
    List<UnitScore> scores = new ArrayList<>(counts.size());
    counts.forEach((id, count) -> scores.add(UnitScore.of(id, count[0], count[1])));
    return Ranking.of(scores, Comparator.comparing(UnitScore::getShare).reversed(), policy.getTieBreak().order());
  }

  private static void count(long[] count, TargetResult result) {
    count[0] += result.getStatus().isMet() ? 1 : 0;
    count[1]++;
  }

  TargetResult judge(Target target, Unit unit, LocalDate asOf) {
    List<Unit> counted = target.getMeasure().countsUnits() ? countedUnits(target, unit) : List.of();
    Optional<Recurrence> recurrence = target.getRecurrence();
    return recurrence.isPresent()
        ? judgeRecurring(target, recurrence.get(), unit, counted, asOf)
        : judgeByDeadline(target, unit, counted, asOf);
  }

  /** The units a target counts under a unit: those of the counted level, of the counted kinds if any. */
  List<Unit> countedUnits(Target target, Unit unit) {
    List<Unit> all = tree.unitsUnder(unit.getId(), target.getCountedLevel().orElseThrow());
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
    if (nothingToCount(target, counted) || !applies(target, unit, judgedDay)) {
      return result(target, unit, asOf, deadline, Optional.empty(), threshold, Optional.empty(),
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
    return result(target, unit, asOf, deadline, Optional.empty(), threshold, shown, status,
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
    if (nothingToCount(target, counted)) {
      return notApplicable(target, unit, asOf, length.periodOf(asOf), threshold, List.of());
    }
    Optional<LocalDate> started = recurrence.getStartIndicator()
        .flatMap(indicator -> series(indicator, unit.getId()).firstYes(asOf));
    if (started.isEmpty() && recurrence.getStartIndicator().isPresent()) {
      DateRange current = length.periodOf(asOf);
      if (!applies(target, unit, asOf)) {
        return notApplicable(target, unit, asOf, current, threshold, List.of());
      }
      return result(target, unit, asOf, current.getEnd(), Optional.of(current), threshold,
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
      if (!applies(target, unit, asOf)) {
        return notApplicable(target, unit, asOf, period, threshold, periods);
      }
      return result(target, unit, asOf, period.getEnd(), Optional.of(period), threshold,
          Optional.empty(), TargetStatus.NOT_YET_DUE, gap(threshold, Optional.empty(), counted), periods);
    }
    Optional<PeriodResult> decisive = decisive(periods);
    if (decisive.isEmpty()) {
      return notApplicable(target, unit, asOf, periods.get(periods.size() - 1).getPeriod(), threshold, periods);
    }
    PeriodResult worst = decisive.get();
    return result(target, unit, asOf, worst.getPeriod().getEnd(), Optional.of(worst.getPeriod()),
        threshold, worst.getValue(), overall(periods), worst.getGap(), periods);
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static TargetResult notApplicable(Target target, Unit unit, LocalDate asOf, DateRange period,
      Threshold threshold, List<PeriodResult> periods) {
    return result(target, unit, asOf, period.getEnd(), Optional.of(period), threshold, Optional.empty(),
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
    if (!applies(target, unit, to)) {
      return periodResult(target, period, ended, threshold, Optional.empty(), TargetStatus.NOT_APPLICABLE, 0);
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
    return periodResult(target, period, ended, threshold, value, status, gap(threshold, value, counted));
  }

  private Optional<Measured> measure(Target target, Unit unit, List<Unit> counted, LocalDate from, LocalDate to) {
    String indicator = target.getIndicator();
    return switch (target.getMeasure()) {
      case STATE -> state(target, unit, to);
      case SHARE_OF_UNITS, COUNT_OF_UNITS -> countUnits(target, counted, to);
      case REPORTED_SHARE -> Optional.ofNullable(series(indicator, unit.getId()).latest(to))
          .filter(fact -> !fact.getDate().isBefore(from) && fact.getTotal().orElse(0L) > 0)
          .map(fact -> Measured.share(Share.of(fact.getValue(), fact.getTotal().orElseThrow())));
      case EVENTS -> Optional.of(Measured.count(series(indicator, unit.getId()).sum(from, to)));
      case OVERLONG_SECONDMENTS -> Optional.of(Measured.count(overlong(target, unit, from, to)));
    };
  }

  /**
   * Yes when the newest fact of the indicator and of each further indicator is yes; no data when none
   * of them has a fact; an indicator without a fact counts as no.
   */
  private Optional<Measured> state(Target target, Unit unit, LocalDate to) {
    Fact main = series(target.getIndicator(), unit.getId()).latest(to);
    boolean known = main != null;
    boolean yes = main != null && main.getValue() > 0;
    for (String further : target.getFurtherIndicators()) {
      Fact fact = series(further, unit.getId()).latest(to);
      known |= fact != null;
      yes &= fact != null && fact.getValue() > 0;
    }
    return known ? Optional.of(Measured.yesNo(yes)) : Optional.empty();
  }

  Optional<Measured> countUnits(Target target, List<Unit> counted, LocalDate to) {
    boolean known = false;
    long yes = 0;
    for (Unit each : counted) {
      Fact fact = series(target.getIndicator(), each.getId()).latest(to);
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
    for (Secondment s : secondmentsByCommunity.getOrDefault(community.getId(), List.of())) {
      LocalDate firstDayOver = s.getStart().plusMonths(months);
      LocalDate lastDay = s.getEnd().isBefore(to) ? s.getEnd() : to;
      LocalDate firstDay = firstDayOver.isAfter(from) ? firstDayOver : from;
      count += s.isApproved() || firstDay.isAfter(lastDay) ? 0 : 1;
    }
    return count;
  }
}
