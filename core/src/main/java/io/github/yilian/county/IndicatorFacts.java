package io.github.yilian.county;

import io.github.yilian.common.Share;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts of one indicator for every unit, by unit number, searched by date: each unit's facts
 * oldest first (of several on one day, in the order added), held in three arrays for all units, day,
 * value and total, with each unit's first position. A dashboard that judges the units in number order
 * reads each array once, front to back, rather than a series object and its arrays per unit.
 *
 * <p>Days are epoch days. Not to be modified after it is built; safe to read from many threads.
 */
final class IndicatorFacts {

  private static final Comparator<Fact> BY_DATE = Comparator.comparing(Fact::getDate);

  /** By unit number, the position of its first fact; the last entry is the number of facts. */
  private final int[] first;
  private final long[] days;
  private final long[] values;
  /** By fact, its total, 0 when it has none. */
  private final long[] totals;

  /**
   * Holds the facts of units by number.
   *
   * @param byUnit by unit number, the unit's facts in the order added, or null for none; the lists
   *     are sorted by date
   */
  IndicatorFacts(@Nullable List<Fact>[] byUnit) {
    first = new int[byUnit.length + 1];
    int count = 0;
    for (int u = 0; u < byUnit.length; u++) {
      first[u] = count;
      count += byUnit[u] == null ? 0 : byUnit[u].size();
    }
    first[byUnit.length] = count;
    days = new long[count];
    values = new long[count];
    totals = new long[count];
    for (int u = 0; u < byUnit.length; u++) {
      List<Fact> facts = byUnit[u];
      if (facts != null) {
        facts.sort(BY_DATE);
        for (int i = 0, at = first[u]; i < facts.size(); i++, at++) {
          Fact fact = facts.get(i);
          days[at] = fact.getDate().toEpochDay();
          values[at] = fact.getValue();
          totals[at] = fact.getTotal().orElse(0L);
        }
      }
    }
  }

  /** Tells whether a unit has a fact dated on or before an epoch day. */
  boolean isKnown(int unit, long day) {
    int from = first[unit];
    return from < first[unit + 1] && days[from] <= day;
  }

  /** Tells whether a unit's newest fact dated on or before an epoch day is a yes (value above 0); false if none. */
  boolean isYes(int unit, long day) {
    int end = endOf(unit, day);
    return end > first[unit] && values[end - 1] > 0;
  }

  /**
   * Returns the share a unit's newest fact dated on or before an epoch day reports (its value over
   * its total), if that fact is dated on or after another epoch day and has a total above 0; null
   * otherwise.
   */
  @Nullable Measured reportedShare(int unit, long from, long to) {
    int end = endOf(unit, to);
    if (end == first[unit] || days[end - 1] < from) {
      return null;
    }
    long of = totals[end - 1];
    return of > 0 ? Measured.share(Share.of(values[end - 1], of)) : null;
  }

  /**
   * Returns the sum of the values of a unit's facts dated from one epoch day to another, both
   * included. Each value is at most {@code SupportedRange.MAX_COUNT}, so millions of them add up
   * exactly; a sum that would pass {@link Long#MAX_VALUE} (billions of facts at the largest count)
   * stays at {@link Long#MAX_VALUE} instead of wrapping, which still meets every supported "at
   * least" count and breaks every "at most" count.
   */
  long sum(int unit, long from, long to) {
    long total = 0;
    int end = endOf(unit, to);
    for (int i = endOf(unit, from - 1); i < end; i++) {
      long value = values[i];
      total = total > Long.MAX_VALUE - value ? Long.MAX_VALUE : total + value;
    }
    return total;
  }

  /** Returns the date of a unit's first yes (value above 0) on or before an epoch day, or null. */
  @Nullable LocalDate firstYes(int unit, long day) {
    int end = endOf(unit, day);
    for (int i = first[unit]; i < end; i++) {
      if (values[i] > 0) {
        return LocalDate.ofEpochDay(days[i]);
      }
    }
    return null;
  }

  /** Returns the position after a unit's last fact dated on or before a day. */
  private int endOf(int unit, long day) {
    int low = first[unit];
    int high = first[unit + 1];
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
