package io.github.yilian.county;

import io.github.yilian.common.Share;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The facts of one unit and one indicator, oldest first, searched by date. */
final class FactSeries {

  static final FactSeries EMPTY = new FactSeries(List.of());

  private final long[] days;
  private final long[] values;
  /** By fact, its total, 0 when it has none. */
  private final long[] totals;
  private final Fact[] facts;

  FactSeries(List<Fact> unsorted) {
    facts = unsorted.stream().sorted(Comparator.comparing(Fact::getDate)).toArray(Fact[]::new);
    days = new long[facts.length];
    values = new long[facts.length];
    totals = new long[facts.length];
    for (int i = 0; i < facts.length; i++) {
      days[i] = facts[i].getDate().toEpochDay();
      values[i] = facts[i].getValue();
      totals[i] = facts[i].getTotal().orElse(0L);
    }
  }

  /**
   * Returns the newest fact dated on or before a day; of several on that day, the last added. Null,
   * not Optional, when there is none: the dashboard calls this once per unit and target.
   */
  @Nullable Fact latest(LocalDate asOf) {
    return latest(asOf.toEpochDay());
  }

  /** Returns the newest fact dated on or before an epoch day, as {@link #latest(LocalDate)}; null if none. */
  @Nullable Fact latest(long day) {
    int end = endOf(day);
    return end == 0 ? null : facts[end - 1];
  }

  /** Tells whether the newest fact dated on or before an epoch day is a yes (value above 0); false if none. */
  boolean isYes(long day) {
    int end = endOf(day);
    return end > 0 && values[end - 1] > 0;
  }

  /**
   * Returns the share the newest fact dated on or before an epoch day reports (its value over its
   * total), if that fact is dated on or after another epoch day and has a total above 0; null
   * otherwise. Reads the arrays only: no date or {@code Optional} is made on this path.
   */
  @Nullable Measured reportedShare(long from, long to) {
    int end = endOf(to);
    if (end == 0 || days[end - 1] < from) {
      return null;
    }
    long of = totals[end - 1];
    return of > 0 ? Measured.share(Share.of(values[end - 1], of)) : null;
  }

  /** Tells whether some fact is dated on or before an epoch day. */
  boolean isKnown(long day) {
    return days.length > 0 && days[0] <= day;
  }

  /**
   * Returns the sum of the values of the facts dated from {@code from} to {@code to}, both included.
   * Each value is at most {@code SupportedRange.MAX_COUNT}, so millions of them add up exactly; a sum
   * that would pass {@link Long#MAX_VALUE} (billions of facts at the largest count) stays at
   * {@link Long#MAX_VALUE} instead of wrapping, which still meets every supported "at least" count
   * and breaks every "at most" count.
   */
  long sum(LocalDate from, LocalDate to) {
    return sum(from.toEpochDay(), to.toEpochDay());
  }

  /** Returns the sum of the values of the facts dated from one epoch day to another, as {@link #sum(LocalDate, LocalDate)}. */
  long sum(long from, long to) {
    long total = 0;
    int end = endOf(to);
    for (int i = endOf(from - 1); i < end; i++) {
      long value = values[i];
      total = total > Long.MAX_VALUE - value ? Long.MAX_VALUE : total + value;
    }
    return total;
  }

  /** Returns the date of the first yes (value above 0) on or before a day, if any. */
  Optional<LocalDate> firstYes(LocalDate asOf) {
    return Optional.ofNullable(firstYes(asOf.toEpochDay()));
  }

  /** Returns the date of the first yes (value above 0) on or before an epoch day, or null. */
  @Nullable LocalDate firstYes(long day) {
    int end = endOf(day);
    for (int i = 0; i < end; i++) {
      if (values[i] > 0) {
        return facts[i].getDate();
      }
    }
    return null;
  }

  /** Returns the number of facts dated on or before a day. */
  private int endOf(long day) {
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
