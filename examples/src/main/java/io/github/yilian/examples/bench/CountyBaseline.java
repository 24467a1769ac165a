package io.github.yilian.examples.bench;

import io.github.yilian.common.Share;
import io.github.yilian.county.Applicability;
import io.github.yilian.county.Fact;
import io.github.yilian.county.Level;
import io.github.yilian.county.Measure;
import io.github.yilian.county.Milestone;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.Pairing;
import io.github.yilian.county.Period;
import io.github.yilian.county.Recurrence;
import io.github.yilian.county.Secondment;
import io.github.yilian.county.Target;
import io.github.yilian.county.TargetPolicy;
import io.github.yilian.county.Threshold;
import io.github.yilian.county.TieBreak;
import io.github.yilian.county.Unit;
import io.github.yilian.county.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The county dashboard and ranking written by hand, as a baseline for {@link CountyBenchmark}: the
 * same rules as {@code TargetTracker} (deadlines judged with the facts on the deadline, recurring
 * targets judged period by period with the worst period deciding, {@code WHILE_PAIRED}
 * applicability on the day judged, shares over no unit not applicable, counted kinds, own parts of
 * share targets judged above a ranked unit), in plain loops over arrays built once from the data,
 * with no validation, no {@code Optional} and no reasons.
 *
 * <p>Statuses are the ordinals of {@code TargetStatus} ({@link #MET} … {@link #NOT_APPLICABLE});
 * values are a kind ({@link #NONE}, {@link #SHARE}, {@link #COUNT}, {@link #YES_NO}) and two longs.
 */
final class CountyBaseline {

  static final int MET = 0;
  static final int NOT_YET_DUE = 1;
  static final int MISSED = 2;
  static final int MET_LATE = 3;
  static final int NO_DATA = 4;
  static final int NOT_APPLICABLE = 5;

  static final int NONE = 0;
  static final int SHARE = 1;
  static final int COUNT = 2;
  static final int YES_NO = 3;

  /** How bad each status is, by status: not applicable yields to any other, missed is worst. */
  private static final int[] BADNESS = {1, 3, 5, 2, 4, 0};
  /** A day before every fact. */
  private static final long BEGINNING = LocalDate.MIN.toEpochDay();
  private static final long NO_DAY = Long.MIN_VALUE;
  private static final int LEVELS = Level.values().length;

  /** The judgement of one target × unit, or one period, while it is made (one scratch cell reused). */
  static final class Cell {
    int status;
    int kind;
    long num;
    long den;
    long gap;
    long deadline;
    boolean hasPeriod;
    long periodStart;
    long periodEnd;
  }

  /**
   * The dashboard: per cell (target by target in policy order, units in tree order) the target, the
   * unit, the status, the value (kind, num, den), the gap, the deadline and the deciding period; the
   * periods of recurring targets in arrays of their own, those of cell {@code i} from
   * {@code firstPeriod[i]} to {@code firstPeriod[i + 1]}; the region-wide figures' values.
   */
  static final class Board {
    final int[] target;
    final int[] unit;
    final byte[] status;
    final byte[] kind;
    final long[] num;
    final long[] den;
    final long[] gap;
    final int[] deadline;
    final int[] periodStart;
    final int[] periodEnd;
    final int[] firstPeriod;
    final byte[] pStatus;
    final byte[] pKind;
    final long[] pNum;
    final long[] pDen;
    final long[] pGap;
    final int[] pStart;
    final int[] pEnd;
    final boolean[] pEnded;
    final int[] figureTarget;
    final byte[] figureKind;
    final long[] figureNum;
    final long[] figureDen;
    int periods;

    Board(int cells, int periodCapacity, int figures) {
      target = new int[cells];
      unit = new int[cells];
      status = new byte[cells];
      kind = new byte[cells];
      num = new long[cells];
      den = new long[cells];
      gap = new long[cells];
      deadline = new int[cells];
      periodStart = new int[cells];
      periodEnd = new int[cells];
      firstPeriod = new int[cells + 1];
      pStatus = new byte[periodCapacity];
      pKind = new byte[periodCapacity];
      pNum = new long[periodCapacity];
      pDen = new long[periodCapacity];
      pGap = new long[periodCapacity];
      pStart = new int[periodCapacity];
      pEnd = new int[periodCapacity];
      pEnded = new boolean[periodCapacity];
      figureTarget = new int[figures];
      figureKind = new byte[figures];
      figureNum = new long[figures];
      figureDen = new long[figures];
    }

    int size() {
      return target.length;
    }

    /** Adds a period of the cell being judged. */
    void addPeriod(int status, Cell value, long gap, long start, long end, boolean ended) {
      int i = periods++;
      pStatus[i] = (byte) status;
      pKind[i] = (byte) value.kind;
      pNum[i] = value.num;
      pDen[i] = value.den;
      pGap[i] = gap;
      pStart[i] = (int) start;
      pEnd[i] = (int) end;
      pEnded[i] = ended;
    }

    /** Records the cell judged. */
    void set(int i, int t, int u, Cell cell) {
      target[i] = t;
      unit[i] = u;
      status[i] = (byte) cell.status;
      kind[i] = (byte) cell.kind;
      num[i] = cell.num;
      den[i] = cell.den;
      gap[i] = cell.gap;
      deadline[i] = (int) cell.deadline;
      periodStart[i] = cell.hasPeriod ? (int) cell.periodStart : Integer.MIN_VALUE;
      periodEnd[i] = (int) cell.periodEnd;
      firstPeriod[i + 1] = periods;
    }
  }

  /** The facts of one unit and one indicator, oldest first (of one day, in the order added). */
  private static final class Series {
    final long[] days;
    final long[] values;
    final long[] totals;

    Series(List<Fact> facts) {
      facts.sort(Comparator.comparing(Fact::getDate));
      days = new long[facts.size()];
      values = new long[facts.size()];
      totals = new long[facts.size()];
      for (int i = 0; i < days.length; i++) {
        Fact fact = facts.get(i);
        days[i] = fact.getDate().toEpochDay();
        values[i] = fact.getValue();
        totals[i] = fact.getTotal().orElse(-1L);
      }
    }

    /** The number of facts dated on or before a day. */
    int end(long day) {
      int low = 0;
      int high = days.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (days[mid] <= day) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }

  private final TargetPolicy policy;
  private final List<Target> targets;
  private final Unit[] units;
  private final String[] ids;
  private final int[] levelOf;
  private final int[] kindOf;
  /** By unit, its place among the units of its level. */
  private final int[] position;
  /** By level and unit, the unit of that level above it (or itself), or -1. */
  private final int[][] ancestor;
  private final int[][] atLevel;
  /** By level and unit, the units of that level under it. */
  private final int[][][] under;
  private final Map<String, Series[]> series = new HashMap<>();
  private final long[][] pairedFrom;
  private final long[][] pairedTo;
  private final LocalDate[][] secondmentStart;
  private final long[][] secondmentEnd;
  private final boolean[][] secondmentApproved;

  /** Builds the arrays once, as the library builds its indexes once per data set. */
  CountyBaseline(TargetPolicy policy, MonitoringData data) {
    this.policy = policy;
    this.targets = policy.getTargets();
    List<Unit> all = data.getTree().getUnits();
    int n = all.size();
    units = all.toArray(new Unit[0]);
    ids = new String[n];
    levelOf = new int[n];
    kindOf = new int[n];
    Map<String, Integer> number = new HashMap<>();
    for (int u = 0; u < n; u++) {
      ids[u] = units[u].getId();
      levelOf[u] = units[u].getLevel().ordinal();
      kindOf[u] = units[u].getKind().map(UnitKind::ordinal).orElse(-1);
      number.put(ids[u], u);
    }
    ancestor = new int[LEVELS][n];
    for (int[] row : ancestor) {
      Arrays.fill(row, -1);
    }
    List<List<Integer>> byLevel = new ArrayList<>();
    List<Map<Integer, List<Integer>>> below = new ArrayList<>();
    for (int l = 0; l < LEVELS; l++) {
      byLevel.add(new ArrayList<>());
      below.add(new HashMap<>());
    }
    for (int u = 0; u < n; u++) {
      byLevel.get(levelOf[u]).add(u);
      int a = u;
      while (true) {
        ancestor[levelOf[a]][u] = a;
        if (a != u) {
          below.get(levelOf[u]).computeIfAbsent(a, k -> new ArrayList<>()).add(u);
        }
        if (units[a].getParentId().isEmpty()) {
          break;
        }
        a = number.get(units[a].getParentId().get());
      }
    }
    atLevel = new int[LEVELS][];
    position = new int[n];
    under = new int[LEVELS][n][];
    for (int l = 0; l < LEVELS; l++) {
      atLevel[l] = byLevel.get(l).stream().mapToInt(Integer::intValue).toArray();
      for (int i = 0; i < atLevel[l].length; i++) {
        position[atLevel[l][i]] = i;
      }
      Arrays.fill(under[l], new int[0]);
      for (Map.Entry<Integer, List<Integer>> entry : below.get(l).entrySet()) {
        under[l][entry.getKey()] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
      }
    }
    Map<String, Map<Integer, List<Fact>>> facts = new HashMap<>();
    for (Fact fact : data.getFacts()) {
      facts.computeIfAbsent(fact.getIndicator(), k -> new HashMap<>())
          .computeIfAbsent(number.get(fact.getUnitId()), k -> new ArrayList<>()).add(fact);
    }
    facts.forEach((indicator, byUnit) -> {
      Series[] array = new Series[n];
      byUnit.forEach((unit, list) -> array[unit] = new Series(list));
      series.put(indicator, array);
    });
    pairedFrom = new long[n][0];
    pairedTo = new long[n][0];
    for (Pairing pairing : data.getPairings()) {
      int u = number.get(pairing.getUnitId());
      pairedFrom[u] = Arrays.copyOf(pairedFrom[u], pairedFrom[u].length + 1);
      pairedTo[u] = Arrays.copyOf(pairedTo[u], pairedTo[u].length + 1);
      pairedFrom[u][pairedFrom[u].length - 1] = pairing.getFirstDay().toEpochDay();
      pairedTo[u][pairedTo[u].length - 1] = pairing.getLastDay().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    }
    secondmentStart = new LocalDate[n][0];
    secondmentEnd = new long[n][0];
    secondmentApproved = new boolean[n][0];
    for (Secondment s : data.getSecondments()) {
      int c = number.get(units[number.get(s.getUnitId())].getParentId().orElseThrow());
      int k = secondmentStart[c].length;
      secondmentStart[c] = Arrays.copyOf(secondmentStart[c], k + 1);
      secondmentEnd[c] = Arrays.copyOf(secondmentEnd[c], k + 1);
      secondmentApproved[c] = Arrays.copyOf(secondmentApproved[c], k + 1);
      secondmentStart[c][k] = s.getStart();
      secondmentEnd[c][k] = s.getEnd().toEpochDay();
      secondmentApproved[c][k] = s.isApproved();
    }
  }

  /** Returns the id of a unit by number. */
  String id(int unit) {
    return ids[unit];
  }

  /** Returns the unit numbers of a level, in tree order. */
  int[] unitsAt(Level level) {
    return atLevel[level.ordinal()];
  }

  // ---------------------------------------------------------------------------------------------
  // One target prepared for a date: its series and thresholds looked up once.

  /** A target prepared for one "as of" date. */
  private final class Job {
    final int index;
    final Measure measure;
    final Series[] main;
    final Series[][] further;
    final Series[] start;
    final boolean hasStart;
    final int countedLevel;
    final boolean[] countedKinds;
    final boolean whilePaired;
    final int limitMonths;
    final long asOf;
    // a target with deadlines
    final long deadline;
    final Threshold threshold;
    // a recurring target
    final boolean recurring;
    final long currentStart;
    final long currentEnd;
    final long[] windowStart;
    final long[] windowEnd;
    final long afterStart;
    final long afterEnd;
    final long from0;
    final int months;
    // the statuses, values and gaps of the periods of one unit
    final int[] statuses;
    final int[] kinds;
    final long[] nums;
    final long[] dens;
    final long[] gaps;
    /** The one unit counted when the judged unit is of the counted level. */
    final int[] self = new int[1];

    Job(int index, LocalDate asOfDate) {
      Target target = targets.get(index);
      this.index = index;
      measure = target.getMeasure();
      main = series.get(target.getIndicator());
      further = target.getFurtherIndicators().stream().map(series::get).toArray(Series[][]::new);
      countedLevel = target.getCountedLevel().map(Level::ordinal).orElse(-1);
      if (target.getCountedKinds().isEmpty()) {
        countedKinds = null;
      } else {
        countedKinds = new boolean[UnitKind.values().length];
        target.getCountedKinds().forEach(k -> countedKinds[k.ordinal()] = true);
      }
      whilePaired = target.getApplicability() == Applicability.WHILE_PAIRED;
      limitMonths = target.getLimitMonths().orElse(0);
      asOf = asOfDate.toEpochDay();
      recurring = target.getRecurrence().isPresent();
      if (!recurring) {
        List<Milestone> milestones = target.getMilestones();
        Milestone milestone = milestones.get(milestones.size() - 1);
        for (Milestone each : milestones) {
          if (!each.getDeadline().isBefore(asOfDate)) {
            milestone = each;
            break;
          }
        }
        deadline = milestone.getDeadline().toEpochDay();
        threshold = milestone.getThreshold();
        start = null;
        hasStart = false;
        currentStart = currentEnd = afterStart = afterEnd = from0 = 0;
        windowStart = windowEnd = new long[0];
        months = 0;
        statuses = kinds = new int[0];
        nums = dens = gaps = new long[0];
        return;
      }
      Recurrence recurrence = target.getRecurrence().get();
      deadline = 0;
      threshold = recurrence.getThreshold();
      hasStart = recurrence.getStartIndicator().isPresent();
      start = hasStart ? series.get(recurrence.getStartIndicator().get()) : null;
      months = recurrence.getPeriod() == Period.YEAR ? 12 : 6;
      LocalDate current = periodStart(asOfDate);
      currentStart = current.toEpochDay();
      currentEnd = current.plusMonths(months).minusDays(1).toEpochDay();
      LocalDate jan1 = LocalDate.of(asOfDate.getYear(), 1, 1);
      LocalDate from = recurrence.getFirstDay().isAfter(jan1) ? recurrence.getFirstDay() : jan1;
      from0 = from.toEpochDay();
      LocalDate period = firstFrom(from);
      List<LocalDate> starts = new ArrayList<>();
      while (!period.isAfter(asOfDate)) {
        starts.add(period);
        period = period.plusMonths(months);
      }
      afterStart = period.toEpochDay();
      afterEnd = period.plusMonths(months).minusDays(1).toEpochDay();
      windowStart = new long[starts.size()];
      windowEnd = new long[starts.size()];
      for (int i = 0; i < windowStart.length; i++) {
        windowStart[i] = starts.get(i).toEpochDay();
        windowEnd[i] = starts.get(i).plusMonths(months).minusDays(1).toEpochDay();
      }
      statuses = new int[starts.size()];
      kinds = new int[starts.size()];
      nums = new long[starts.size()];
      dens = new long[starts.size()];
      gaps = new long[starts.size()];
    }

    LocalDate periodStart(LocalDate date) {
      return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / months * months + 1, 1);
    }

    LocalDate firstFrom(LocalDate date) {
      LocalDate start = periodStart(date);
      return start.equals(date) ? start : start.plusMonths(months);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Measuring

  private static Series at(Series[] byUnit, int unit) {
    return byUnit == null ? null : byUnit[unit];
  }

  private static int latest(Series s, long day) {
    return s == null ? -1 : s.end(day) - 1;
  }

  /** Counts the counted units under a unit, of the counted kinds. */
  private int countedTotal(Job job, int unit) {
    if (job.countedLevel < 0) {
      return 0;
    }
    int total = 0;
    for (int c : counted(job, unit)) {
      total += job.countedKinds == null || job.countedKinds[kindOf[c]] ? 1 : 0;
    }
    return total;
  }

  private int[] counted(Job job, int unit) {
    if (levelOf[unit] == job.countedLevel) {
      job.self[0] = unit;
      return job.self;
    }
    return under[job.countedLevel][unit];
  }

  /** Measures into a cell's kind, num and den; NONE for no data. */
  private void measure(Job job, int unit, int total, long from, long to, Cell out) {
    switch (job.measure) {
      case STATE -> {
        Series s = at(job.main, unit);
        int i = latest(s, to);
        boolean known = i >= 0;
        boolean yes = i >= 0 && s.values[i] > 0;
        for (Series[] further : job.further) {
          Series f = at(further, unit);
          int j = latest(f, to);
          known |= j >= 0;
          yes &= j >= 0 && f.values[j] > 0;
        }
        set(out, known ? YES_NO : NONE, yes ? 1 : 0, 0);
      }
      case SHARE_OF_UNITS, COUNT_OF_UNITS -> {
        boolean known = false;
        long yes = 0;
        for (int c : counted(job, unit)) {
          if (job.countedKinds != null && !job.countedKinds[kindOf[c]]) {
            continue;
          }
          Series s = at(job.main, c);
          int i = latest(s, to);
          if (i >= 0) {
            known = true;
            yes += s.values[i] > 0 ? 1 : 0;
          }
        }
        if (!known) {
          set(out, NONE, 0, 0);
        } else if (job.measure == Measure.COUNT_OF_UNITS) {
          set(out, COUNT, yes, 0);
        } else {
          set(out, SHARE, yes, total);
        }
      }
      case REPORTED_SHARE -> {
        Series s = at(job.main, unit);
        int i = latest(s, to);
        if (i >= 0 && s.days[i] >= from && s.totals[i] > 0) {
          set(out, SHARE, s.values[i], s.totals[i]);
        } else {
          set(out, NONE, 0, 0);
        }
      }
      case EVENTS -> {
        Series s = at(job.main, unit);
        long sum = 0;
        if (s != null) {
          int end = s.end(to);
          for (int i = s.end(from - 1); i < end; i++) {
            sum += s.values[i];
          }
        }
        set(out, COUNT, sum, 0);
      }
      case OVERLONG_SECONDMENTS -> {
        long count = 0;
        LocalDate[] starts = secondmentStart[unit];
        for (int k = 0; k < starts.length; k++) {
          long firstDayOver = starts[k].plusMonths(job.limitMonths).toEpochDay();
          long lastDay = Math.min(secondmentEnd[unit][k], to);
          long firstDay = Math.max(firstDayOver, from);
          count += secondmentApproved[unit][k] || firstDay > lastDay ? 0 : 1;
        }
        set(out, COUNT, count, 0);
      }
      default -> throw new IllegalStateException();
    }
  }

  private static void set(Cell out, int kind, long num, long den) {
    out.kind = kind;
    out.num = num;
    out.den = den;
  }

  /** The gap of the cell's value to a threshold; with no value, what is needed from nothing. */
  private static long gap(Threshold threshold, Cell value, int total) {
    boolean none = value.kind == NONE;
    return switch (threshold.getComparison()) {
      case AT_LEAST_SHARE -> {
        Share t = threshold.getShare();
        long den = none ? Math.max(1, total) : value.den;
        long num = none ? 0 : value.num;
        long needed = (t.getNumerator() * den + t.getDenominator() - 1) / t.getDenominator();
        yield Math.max(0, needed - num);
      }
      case AT_LEAST_COUNT -> Math.max(0, threshold.getCount() - (none ? 0 : value.num));
      case AT_MOST_COUNT -> Math.max(0, (none ? 0 : value.num) - threshold.getCount());
      case YES -> !none && value.num > 0 ? 0 : 1;
    };
  }

  private boolean applies(Job job, int unit, long day) {
    if (!job.whilePaired) {
      return true;
    }
    long[] from = pairedFrom[unit];
    for (int k = 0; k < from.length; k++) {
      if (day >= from[k] && day <= pairedTo[unit][k]) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Judging

  /** Judges a target for a unit into a cell; the periods, if any, go to the board (none without). */
  private void judge(Job job, int unit, Cell out, Cell scratch, Board board) {
    if (job.recurring) {
      judgeRecurring(job, unit, out, scratch, board);
    } else {
      judgeByDeadline(job, unit, out, scratch);
    }
  }

  private void judgeByDeadline(Job job, int unit, Cell out, Cell then) {
    int total = countedTotal(job, unit);
    long judgedDay = Math.min(job.asOf, job.deadline);
    out.deadline = job.deadline;
    out.hasPeriod = false;
    if (job.measure == Measure.SHARE_OF_UNITS && total == 0 || !applies(job, unit, judgedDay)) {
      set(out, NONE, 0, 0);
      out.status = NOT_APPLICABLE;
      out.gap = 0;
      return;
    }
    measure(job, unit, total, BEGINNING, job.asOf, out);
    if (out.kind == NONE) {
      out.status = NO_DATA;
    } else if (job.asOf < job.deadline) {
      out.status = gap(job.threshold, out, total) == 0 ? MET : NOT_YET_DUE;
    } else {
      boolean metNow = gap(job.threshold, out, total) == 0;
      if (job.asOf != job.deadline) {
        measure(job, unit, total, BEGINNING, job.deadline, then);
      } else {
        set(then, out.kind, out.num, out.den);
      }
      if (then.kind != NONE && gap(job.threshold, then, total) == 0) {
        out.status = MET;
        set(out, then.kind, then.num, then.den);
      } else {
        out.status = metNow ? MET_LATE : MISSED;
      }
    }
    out.gap = gap(job.threshold, out, total);
  }

  private void judgeRecurring(Job job, int unit, Cell out, Cell scratch, Board board) {
    int total = countedTotal(job, unit);
    if (job.measure == Measure.SHARE_OF_UNITS && total == 0) {
      notApplicable(out, job.currentStart, job.currentEnd);
      return;
    }
    long started = NO_DAY;
    if (job.hasStart) {
      Series s = at(job.start, unit);
      int end = s == null ? 0 : s.end(job.asOf);
      for (int i = 0; i < end; i++) {
        if (s.values[i] > 0) {
          started = s.days[i];
          break;
        }
      }
      if (started == NO_DAY) {
        if (!applies(job, unit, job.asOf)) {
          notApplicable(out, job.currentStart, job.currentEnd);
        } else {
          set(out, NONE, 0, 0);
          period(out, job.currentStart, job.currentEnd);
          out.status = NO_DATA;
          out.gap = gap(job.threshold, out, total);
        }
        return;
      }
    }
    long from = started == NO_DAY ? job.from0 : Math.max(job.from0, started);
    int first = 0;
    while (first < job.windowStart.length && job.windowStart[first] < from) {
      first++;
    }
    int count = job.windowStart.length - first;
    if (count == 0) {
      long start = job.afterStart;
      long end = job.afterEnd;
      if (started != NO_DAY) {
        LocalDate p = job.firstFrom(LocalDate.ofEpochDay(from));
        start = p.toEpochDay();
        end = p.plusMonths(job.months).minusDays(1).toEpochDay();
      }
      if (!applies(job, unit, job.asOf)) {
        notApplicable(out, start, end);
      } else {
        set(out, NONE, 0, 0);
        period(out, start, end);
        out.status = NOT_YET_DUE;
        out.gap = gap(job.threshold, out, total);
      }
      return;
    }
    int endedWorst = NOT_APPLICABLE;
    int running = NOT_APPLICABLE;
    int decisive = -1;
    int decisiveStatus = -1;
    int[] statuses = job.statuses;
    int[] kinds = job.kinds;
    long[] nums = job.nums;
    long[] dens = job.dens;
    long[] gaps = job.gaps;
    for (int k = 0; k < count; k++) {
      int i = first + k;
      boolean ended = job.windowEnd[i] <= job.asOf;
      long to = ended ? job.windowEnd[i] : job.asOf;
      Cell p = scratch;
      int status;
      long gap;
      if (!applies(job, unit, to)) {
        set(p, NONE, 0, 0);
        status = NOT_APPLICABLE;
        gap = 0;
      } else {
        measure(job, unit, total, job.windowStart[i], to, p);
        gap = gap(job.threshold, p, total);
        if (p.kind == NONE) {
          status = NO_DATA;
        } else if (gap == 0) {
          status = MET;
        } else {
          boolean finalOnceBroken = job.threshold.getComparison() == Threshold.Comparison.AT_MOST_COUNT;
          status = ended || finalOnceBroken ? MISSED : NOT_YET_DUE;
        }
      }
      statuses[k] = status;
      kinds[k] = p.kind;
      nums[k] = p.num;
      dens[k] = p.den;
      gaps[k] = gap;
      if (ended) {
        endedWorst = BADNESS[endedWorst] >= BADNESS[status] ? endedWorst : status;
      } else {
        running = status;
      }
      if (board != null) {
        board.addPeriod(status, p, gap, job.windowStart[i], job.windowEnd[i], ended);
      }
    }
    int overall = endedWorst == NOT_APPLICABLE ? running : running == MISSED ? MISSED : endedWorst;
    if (overall == NOT_APPLICABLE) {
      int last = first + count - 1;
      notApplicable(out, job.windowStart[last], job.windowEnd[last]);
      return;
    }
    boolean firstOne = overall == MISSED || overall == NO_DATA;
    for (int k = 0; k < count; k++) {
      if (statuses[k] == overall) {
        decisive = k;
        decisiveStatus = overall;
        if (firstOne) {
          break;
        }
      }
    }
    int i = first + decisive;
    out.status = decisiveStatus;
    set(out, kinds[decisive], nums[decisive], dens[decisive]);
    out.gap = gaps[decisive];
    period(out, job.windowStart[i], job.windowEnd[i]);
  }

  private static void notApplicable(Cell out, long start, long end) {
    set(out, NONE, 0, 0);
    out.status = NOT_APPLICABLE;
    out.gap = 0;
    period(out, start, end);
  }

  private static void period(Cell out, long start, long end) {
    out.hasPeriod = true;
    out.periodStart = start;
    out.periodEnd = end;
    out.deadline = end;
  }

  // ---------------------------------------------------------------------------------------------
  // The dashboard and the ranking

  /** Judges every target for every unit of its level, and the region-wide figures. */
  Board dashboard(LocalDate asOf) {
    int size = 0;
    int periods = 0;
    int figures = 0;
    Job[] jobs = new Job[targets.size()];
    for (int t = 0; t < targets.size(); t++) {
      jobs[t] = new Job(t, asOf);
      int units = atLevel[targets.get(t).getLevel().ordinal()].length;
      size += units;
      periods += units * jobs[t].windowStart.length;
      figures += targets.get(t).isRegionFigureReported() ? 1 : 0;
    }
    Board board = new Board(size, periods, figures);
    Cell cell = new Cell();
    Cell scratch = new Cell();
    int next = 0;
    int nextFigure = 0;
    int region = atLevel[Level.REGION.ordinal()][0];
    for (int t = 0; t < targets.size(); t++) {
      Job job = jobs[t];
      for (int unit : atLevel[targets.get(t).getLevel().ordinal()]) {
        judge(job, unit, cell, scratch, board);
        board.set(next++, t, unit, cell);
      }
      if (targets.get(t).isRegionFigureReported()) {
        measure(job, region, countedTotal(job, region), BEGINNING, job.asOf, cell);
        board.figureTarget[nextFigure] = t;
        board.figureKind[nextFigure] = (byte) cell.kind;
        board.figureNum[nextFigure] = cell.num;
        board.figureDen[nextFigure++] = cell.den;
      }
    }
    return board;
  }

  /** A unit's place in the ranking. */
  static final class Place {
    final int rank;
    final String id;
    final long met;
    final long applicable;

    Place(int rank, String id, long met, long applicable) {
      this.rank = rank;
      this.id = id;
      this.met = met;
      this.applicable = applicable;
    }
  }

  /**
   * Ranks the units of a level by the share of their applicable results met as of 31 December:
   * the targets judged at the level or below it, and their own parts in share targets judged above.
   */
  Place[] ranking(Level level, int year) {
    LocalDate asOf = LocalDate.of(year, 12, 31);
    int l = level.ordinal();
    int[] ranked = atLevel[l];
    long[] met = new long[ranked.length];
    long[] applicable = new long[ranked.length];
    Cell cell = new Cell();
    Cell scratch = new Cell();
    for (int t = 0; t < targets.size(); t++) {
      Target target = targets.get(t);
      int[] judged;
      if (contains(level, target.getLevel())) {
        judged = atLevel[target.getLevel().ordinal()];
      } else if (target.getMeasure() == Measure.SHARE_OF_UNITS && contains(target.getLevel(), level)
          && contains(level, target.getCountedLevel().orElseThrow())) {
        judged = ranked;
      } else {
        continue;
      }
      Job job = new Job(t, asOf);
      for (int unit : judged) {
        judge(job, unit, cell, scratch, null);
        if (cell.status != NOT_APPLICABLE) {
          int p = position[ancestor[l][unit]];
          met[p] += cell.status == MET || cell.status == MET_LATE ? 1 : 0;
          applicable[p]++;
        }
      }
    }
    Integer[] order = new Integer[ranked.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Comparator<Integer> byShare = (a, b) -> Long.compare(share(met[b], applicable[b], applicable[a]),
        share(met[a], applicable[a], applicable[b]));
    Comparator<Integer> byId = Comparator.comparing(i -> ids[ranked[i]]);
    Comparator<Integer> tieBreak = policy.getTieBreak() == TieBreak.BY_ID ? byId
        : Comparator.<Integer>comparingLong(i -> -applicable[i]).thenComparing(byId);
    Arrays.sort(order, byShare.thenComparing(tieBreak));
    Place[] places = new Place[order.length];
    int rank = 0;
    for (int i = 0; i < order.length; i++) {
      int u = order[i];
      if (i == 0 || byShare.compare(order[i - 1], u) != 0) {
        rank = i + 1;
      }
      places[i] = new Place(rank, ids[ranked[u]], met[u], applicable[u]);
    }
    return places;
  }

  /** The numerator of met/applicable over a common denominator with another share (0/1 when nothing applies). */
  private static long share(long met, long applicable, long otherApplicable) {
    return met * Math.max(1, otherApplicable);
  }

  /** Tells whether units of {@code lower} sit under units of {@code upper} (or are of that level). */
  private static boolean contains(Level upper, Level lower) {
    Level level = lower;
    while (true) {
      if (level == upper) {
        return true;
      }
      if (level == Level.REGION) {
        return false;
      }
      level = level == Level.LEAD_HOSPITAL || level == Level.PRIMARY_CARE_UNIT ? Level.COMMUNITY
          : Level.values()[level.ordinal() - 1];
    }
  }
}
