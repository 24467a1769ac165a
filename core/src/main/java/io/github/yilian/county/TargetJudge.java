package io.github.yilian.county;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.Share;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Judges one target as of one date for units given by number (seed 002; the rules are those
 * {@link TargetTracker} and {@link TargetResult} document). Everything that is the same for every
 * unit is worked out once, when the judge is made: the milestone and threshold that apply, the
 * facts of the target's indicators, the counted kinds, the periods of the evaluation window.
 * {@link #judge(int)} then leaves a unit's status, value, gap, deadline and periods in this object,
 * where {@link #result(Unit)} builds the {@link TargetResult} (a dashboard) or the status is read
 * alone (a ranking). Values are {@code null} for "no data", not {@code Optional}, on this path.
 *
 * <p>Not thread-safe: each call of the tracker makes its own judges.
 */
final class TargetJudge {

  /** A day before every supported fact: "everything so far" starts here. */
  private static final long BEGINNING = LocalDate.MIN.toEpochDay();

  private final Target target;
  private final DataIndex data;
  private final AdministrativeTree.Index tree;
  private final LocalDate asOf;
  private final long asOfDay;
  private final Measure measure;
  private final @Nullable IndicatorFacts main;
  private final @Nullable IndicatorFacts @Nullable [] further;
  private final @Nullable Level countedLevel;
  /** By kind ordinal, whether units of that kind count; null when every unit counts. */
  private final boolean @Nullable [] countedKinds;
  private final Applicability applicability;
  private final Threshold threshold;

  // A target with deadlines: the milestone that applies as of the date.
  private final @Nullable LocalDate deadline;
  private final long deadlineDay;
  private final long judgedDay;

  // A recurring target: the periods of the window, worked out once.
  private final @Nullable Recurrence recurrence;
  private final boolean hasStart;
  private final @Nullable IndicatorFacts start;
  private final @Nullable DateRange current;
  private final @Nullable LocalDate from;
  private final long fromDay;
  private final DateRange[] window;
  private final long[] windowStart;
  private final long[] windowEnd;
  private final @Nullable DateRange afterWindow;

  // The judgement of the last unit.
  private TargetStatus status = TargetStatus.NOT_APPLICABLE;
  private @Nullable Measured value;
  private long gap;
  private LocalDate resultDeadline;
  private @Nullable DateRange period;
  /** The counted units under the last unit judged. */
  private int total;
  /** The periods judged: {@code window[first]} and the {@code periods − 1} after it. */
  private int first;
  private int periods;
  private final boolean[] ended;
  private final TargetStatus[] periodStatus;
  private final @Nullable Measured[] periodValue;
  private final long[] periodGap;

  TargetJudge(Target target, MonitoringData monitoring, LocalDate asOf) {
    this.target = target;
    this.data = monitoring.index();
    this.tree = data.tree;
    this.asOf = asOf;
    this.asOfDay = asOf.toEpochDay();
    this.measure = target.getMeasure();
    this.main = data.facts(target.getIndicator());
    List<String> furtherIndicators = target.getFurtherIndicators();
    if (furtherIndicators.isEmpty()) {
      further = null;
    } else {
      further = new IndicatorFacts[furtherIndicators.size()];
      for (int i = 0; i < further.length; i++) {
        further[i] = data.facts(furtherIndicators.get(i));
      }
    }
    this.countedLevel = measure.countsUnits() ? target.getCountedLevel().orElseThrow() : null;
    if (target.getCountedKinds().isEmpty()) {
      countedKinds = null;
    } else {
      countedKinds = new boolean[UnitKind.values().length];
      target.getCountedKinds().forEach(kind -> countedKinds[kind.ordinal()] = true);
    }
    this.applicability = target.getApplicability();
    this.recurrence = target.getRecurrence().orElse(null);
    if (recurrence == null) {
      List<Milestone> milestones = target.getMilestones();
      Milestone milestone = milestones.get(milestones.size() - 1);
      for (Milestone each : milestones) {
        if (!each.getDeadline().isBefore(asOf)) {
          milestone = each;
          break;
        }
      }
      deadline = milestone.getDeadline();
      deadlineDay = deadline.toEpochDay();
      judgedDay = Math.min(asOfDay, deadlineDay);
      threshold = milestone.getThreshold();
      resultDeadline = deadline;
      hasStart = false;
      start = null;
      current = null;
      from = null;
      fromDay = 0;
      window = new DateRange[0];
      windowStart = new long[0];
      windowEnd = windowStart;
      afterWindow = null;
      ended = new boolean[0];
      periodStatus = new TargetStatus[0];
      periodValue = new Measured[0];
      periodGap = windowStart;
      return;
    }
    deadline = null;
    deadlineDay = 0;
    judgedDay = 0;
    threshold = recurrence.getThreshold();
    hasStart = recurrence.getStartIndicator().isPresent();
    start = hasStart ? data.facts(recurrence.getStartIndicator().get()) : null;
    Period length = recurrence.getPeriod();
    current = length.periodOf(asOf);
    resultDeadline = current.getEnd();
    LocalDate january = LocalDate.of(asOf.getYear(), 1, 1);
    from = recurrence.getFirstDay().isAfter(january) ? recurrence.getFirstDay() : january;
    fromDay = from.toEpochDay();
    List<DateRange> periodsOfWindow = new ArrayList<>(2);
    DateRange next = length.firstPeriodFrom(from);
    while (!next.getStart().isAfter(asOf)) {
      periodsOfWindow.add(next);
      next = length.next(next);
    }
    afterWindow = next;
    window = periodsOfWindow.toArray(new DateRange[0]);
    windowStart = new long[window.length];
    windowEnd = new long[window.length];
    for (int i = 0; i < window.length; i++) {
      windowStart[i] = window[i].getStart().toEpochDay();
      windowEnd[i] = window[i].getEnd().toEpochDay();
    }
    ended = new boolean[window.length];
    periodStatus = new TargetStatus[window.length];
    periodValue = new Measured[window.length];
    periodGap = new long[window.length];
  }

  Target getTarget() {
    return target;
  }

  LocalDate getAsOf() {
    return asOf;
  }

  /** Returns the status of the last unit judged. */
  TargetStatus status() {
    return status;
  }

  /** Judges the target for a unit by number; read the judgement with {@link #status()} or {@link #result(Unit)}. */
  void judge(int unit) {
    total = countedLevel == null ? 0 : countCounted(unit);
    if (recurrence == null) {
      judgeByDeadline(unit);
    } else {
      judgeRecurring(unit);
    }
  }

  /** Builds the result of the last unit judged, which is {@code unit}. */
  TargetResult result(Unit unit) {
    List<PeriodResult> list;
    if (periods == 0) {
      list = List.of();
    } else {
      PeriodResult[] array = new PeriodResult[periods];
      for (int k = 0; k < periods; k++) {
        array[k] = new PeriodResult(target, window[first + k], ended[k], threshold, periodValue[k], periodStatus[k],
            periodGap[k]);
      }
      list = List.of(array);
    }
    return new TargetResult(target, unit, asOf, resultDeadline, period, threshold, value, status, gap, list);
  }

  /**
   * Measures the target's value over the units it counts under a unit as of the date, whatever
   * the levels: the region-wide figure.
   *
   * @return the value, or null when no counted unit has a fact
   */
  @Nullable Measured measureAsOf(int unit) {
    total = countedLevel == null ? 0 : countCounted(unit);
    return measure(unit, BEGINNING, asOfDay);
  }

  // ---------------------------------------------------------------------------------------------

  /** A share of units over no unit has no meaning: the target does not apply. */
  private boolean nothingToCount() {
    return measure == Measure.SHARE_OF_UNITS && total == 0;
  }

  private boolean applies(int unit, long day) {
    return applicability.appliesTo(data, unit, day);
  }

  /** The gap with no value: what is needed from nothing. */
  private long gapFromNothing() {
    return threshold.gap(threshold.nothing(total));
  }

  private void notApplicable(LocalDate deadlineOfResult, @Nullable DateRange periodOfResult) {
    status = TargetStatus.NOT_APPLICABLE;
    value = null;
    gap = 0;
    resultDeadline = deadlineOfResult;
    period = periodOfResult;
  }

  private void judgeByDeadline(int unit) {
    periods = 0;
    LocalDate due = deadline;
    if (nothingToCount() || !applies(unit, judgedDay)) {
      notApplicable(due, null);
      return;
    }
    resultDeadline = due;
    period = null;
    Measured now = measure(unit, BEGINNING, asOfDay);
    if (now == null) {
      status = TargetStatus.NO_DATA;
      value = null;
      gap = gapFromNothing();
      return;
    }
    long nowGap = threshold.gap(now);
    if (asOfDay < deadlineDay) {
      status = nowGap == 0 ? TargetStatus.MET : TargetStatus.NOT_YET_DUE;
      value = now;
      gap = nowGap;
      return;
    }
    Measured then = asOfDay == deadlineDay ? now : measure(unit, BEGINNING, deadlineDay);
    if (then != null && (then == now ? nowGap : threshold.gap(then)) == 0) {
      status = TargetStatus.MET;
      value = then;
      gap = 0;
    } else {
      status = nowGap == 0 ? TargetStatus.MET_LATE : TargetStatus.MISSED;
      value = now;
      gap = nowGap;
    }
  }

  private void judgeRecurring(int unit) {
    periods = 0;
    if (nothingToCount()) {
      notApplicable(current.getEnd(), current);
      return;
    }
    LocalDate started = null;
    if (hasStart) {
      started = start == null ? null : start.firstYes(unit, asOfDay);
      if (started == null) {
        if (!applies(unit, asOfDay)) {
          notApplicable(current.getEnd(), current);
        } else {
          status = TargetStatus.NO_DATA;
          value = null;
          gap = gapFromNothing();
          resultDeadline = current.getEnd();
          period = current;
        }
        return;
      }
    }
    long since = started == null ? fromDay : Math.max(fromDay, started.toEpochDay());
    first = 0;
    while (first < window.length && windowStart[first] < since) {
      first++;
    }
    periods = window.length - first;
    if (periods == 0) {
      DateRange next = started == null || !started.isAfter(from) ? afterWindow
          : recurrence.getPeriod().firstPeriodFrom(started);
      if (!applies(unit, asOfDay)) {
        notApplicable(next.getEnd(), next);
      } else {
        status = TargetStatus.NOT_YET_DUE;
        value = null;
        gap = gapFromNothing();
        resultDeadline = next.getEnd();
        period = next;
      }
      return;
    }
    TargetStatus endedWorst = TargetStatus.NOT_APPLICABLE;
    TargetStatus running = TargetStatus.NOT_APPLICABLE;
    for (int k = 0; k < periods; k++) {
      judgePeriod(unit, k, first + k);
      if (ended[k]) {
        endedWorst = TargetStatus.worse(endedWorst, periodStatus[k]);
      } else {
        running = periodStatus[k];
      }
    }
    TargetStatus overall = !endedWorst.isApplicable() ? running
        : running == TargetStatus.MISSED ? TargetStatus.MISSED : endedWorst;
    if (!overall.isApplicable()) {
      DateRange last = window[first + periods - 1];
      notApplicable(last.getEnd(), last);
      return;
    }
    boolean firstOne = overall == TargetStatus.MISSED || overall == TargetStatus.NO_DATA;
    int decisive = -1;
    for (int k = 0; k < periods; k++) {
      if (periodStatus[k] == overall) {
        decisive = k;
        if (firstOne) {
          break;
        }
      }
    }
    DateRange deciding = window[first + decisive];
    status = overall;
    value = periodValue[decisive];
    gap = periodGap[decisive];
    resultDeadline = deciding.getEnd();
    period = deciding;
  }

  /** Judges one period on its own, with the facts as they stood at its end (or as of the date). */
  private void judgePeriod(int unit, int k, int i) {
    boolean over = windowEnd[i] <= asOfDay;
    long to = over ? windowEnd[i] : asOfDay;
    ended[k] = over;
    if (!applies(unit, to)) {
      periodStatus[k] = TargetStatus.NOT_APPLICABLE;
      periodValue[k] = null;
      periodGap[k] = 0;
      return;
    }
    Measured measured = measure(unit, windowStart[i], to);
    periodValue[k] = measured;
    if (measured == null) {
      periodStatus[k] = TargetStatus.NO_DATA;
      periodGap[k] = gapFromNothing();
      return;
    }
    long missing = threshold.gap(measured);
    periodGap[k] = missing;
    periodStatus[k] = missing == 0 ? TargetStatus.MET
        : over || threshold.isFinalOnceBroken() ? TargetStatus.MISSED : TargetStatus.NOT_YET_DUE;
  }

  // ---------------------------------------------------------------------------------------------
  // Measuring

  /** Counts the units the target counts under a unit: those of the counted level, of the counted kinds. */
  private int countCounted(int unit) {
    int[] under = tree.under(unit, countedLevel);
    int from = tree.firstUnder(unit, countedLevel);
    int to = tree.endUnder(unit, countedLevel);
    if (countedKinds == null) {
      return to - from;
    }
    int count = 0;
    for (int i = from; i < to; i++) {
      int kind = tree.kindOf(under[i]);
      count += kind >= 0 && countedKinds[kind] ? 1 : 0;
    }
    return count;
  }

  /** Measures the value from one epoch day to another; null when there is no data. */
  private @Nullable Measured measure(int unit, long fromDay, long toDay) {
    return switch (measure) {
      case STATE -> state(unit, toDay);
      case SHARE_OF_UNITS, COUNT_OF_UNITS -> countUnits(unit, toDay);
      case REPORTED_SHARE -> reportedShare(unit, fromDay, toDay);
      case EVENTS -> Measured.count(main == null ? 0 : main.sum(unit, fromDay, toDay));
      case OVERLONG_SECONDMENTS -> Measured.count(overlong(unit, fromDay, toDay));
    };
  }

  /**
   * Yes when the newest fact of the indicator and of each further indicator is yes; no data when none
   * of them has a fact; an indicator without a fact counts as no.
   */
  private @Nullable Measured state(int unit, long toDay) {
    boolean known = main != null && main.isKnown(unit, toDay);
    boolean yes = known && main.isYes(unit, toDay);
    if (further != null) {
      for (IndicatorFacts other : further) {
        boolean otherKnown = other != null && other.isKnown(unit, toDay);
        known |= otherKnown;
        yes &= otherKnown && other.isYes(unit, toDay);
      }
    }
    return known ? Measured.yesNo(yes) : null;
  }

  private @Nullable Measured countUnits(int unit, long toDay) {
    int[] under = tree.under(unit, countedLevel);
    int from = tree.firstUnder(unit, countedLevel);
    int to = tree.endUnder(unit, countedLevel);
    boolean known = false;
    long yes = 0;
    if (main != null) {
      for (int i = from; i < to; i++) {
        int each = under[i];
        if (countedKinds != null) {
          int kind = tree.kindOf(each);
          if (kind < 0 || !countedKinds[kind]) {
            continue;
          }
        }
        if (main.isKnown(each, toDay)) {
          known = true;
          yes += main.isYes(each, toDay) ? 1 : 0;
        }
      }
    }
    if (!known) {
      return null;
    }
    return measure == Measure.COUNT_OF_UNITS ? Measured.count(yes) : Measured.share(Share.of(yes, total));
  }

  private @Nullable Measured reportedShare(int unit, long fromDay, long toDay) {
    return main == null ? null : main.reportedShare(unit, fromDay, toDay);
  }

  /** Counts the secondments that ran past the limit, unapproved, on some day from one epoch day to another. */
  private long overlong(int community, long fromDay, long toDay) {
    Secondment[] secondments = data.secondmentsOf(community);
    if (secondments == null) {
      return 0;
    }
    int months = target.getLimitMonths().orElseThrow();
    long count = 0;
    for (Secondment s : secondments) {
      long firstDayOver = s.getStart().plusMonths(months).toEpochDay();
      long lastDay = Math.min(s.getEnd().toEpochDay(), toDay);
      long firstDay = Math.max(firstDayOver, fromDay);
      count += s.isApproved() || firstDay > lastDay ? 0 : 1;
    }
    return count;
  }
}
