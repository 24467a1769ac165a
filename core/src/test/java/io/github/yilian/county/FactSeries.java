package io.github.yilian.county;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The oracle's facts of one unit and one indicator, oldest first (of several on one day, in the
 * order added), searched by date in plain loops: what {@link ReferenceTracker} reads, kept apart from
 * the tracker's {@link IndicatorFacts}.
 */
final class FactSeries {

  static final FactSeries EMPTY = new FactSeries(List.of());

  private final List<Fact> facts;

  FactSeries(List<Fact> unsorted) {
    facts = unsorted.stream().sorted(Comparator.comparing(Fact::getDate)).toList();
  }

  /** Returns the newest fact dated on or before a day; of several on that day, the last added; null if none. */
  @Nullable Fact latest(LocalDate asOf) {
    Fact latest = null;
    for (Fact fact : facts) {
      if (!fact.getDate().isAfter(asOf)) {
        latest = fact;
      }
    }
    return latest;
  }

  /**
   * Returns the sum of the values of the facts dated from {@code from} to {@code to}, both included,
   * at most {@link Long#MAX_VALUE}.
   */
  long sum(LocalDate from, LocalDate to) {
    long total = 0;
    for (Fact fact : facts) {
      if (!fact.getDate().isBefore(from) && !fact.getDate().isAfter(to)) {
        total = total > Long.MAX_VALUE - fact.getValue() ? Long.MAX_VALUE : total + fact.getValue();
      }
    }
    return total;
  }

  /** Returns the date of the first yes (value above 0) on or before a day, if any. */
  Optional<LocalDate> firstYes(LocalDate asOf) {
    return facts.stream().filter(f -> !f.getDate().isAfter(asOf) && f.getValue() > 0).map(Fact::getDate).findFirst();
  }
}
