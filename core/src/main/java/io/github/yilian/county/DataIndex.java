package io.github.yilian.county;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the tracker reads from {@link MonitoringData}, by unit number ({@link AdministrativeTree.Index}):
 * per indicator the facts of every unit ({@link IndicatorFacts}), the days each unit is paired, and
 * each community's secondments. Built once per data set, on first use; a target looks its indicators
 * up once and then reads facts by unit number.
 */
final class DataIndex {

  private static final long OPEN_ENDED = Long.MAX_VALUE;

  final AdministrativeTree.Index tree;
  private final Map<String, IndicatorFacts> facts = new HashMap<>();
  /** By unit number, the first and last days of its pairings, in pairs; null when never paired. */
  private final long[][] paired;
  /** By community number, the secondments of its primary-care units; null when none. */
  private final Secondment[][] secondments;

  DataIndex(MonitoringData data) {
    tree = data.getTree().index();
    int n = tree.units.length;
    Map<String, List<Fact>[]> byIndicator = new HashMap<>();
    for (Fact fact : data.getFacts()) {
      List<Fact>[] byUnit = byIndicator.computeIfAbsent(fact.getIndicator(), k -> newLists(n));
      int unit = tree.numberOf(fact.getUnitId());
      if (byUnit[unit] == null) {
        byUnit[unit] = new ArrayList<>(2);
      }
      byUnit[unit].add(fact);
    }
    byIndicator.forEach((indicator, byUnit) -> facts.put(indicator, new IndicatorFacts(byUnit)));
    paired = new long[n][];
    for (Pairing pairing : data.getPairings()) {
      int unit = tree.numberOf(pairing.getUnitId());
      long[] days = paired[unit] == null ? new long[2] : Arrays.copyOf(paired[unit], paired[unit].length + 2);
      days[days.length - 2] = pairing.getFirstDay().toEpochDay();
      days[days.length - 1] = pairing.getLastDay().map(LocalDate::toEpochDay).orElse(OPEN_ENDED);
      paired[unit] = days;
    }
    secondments = new Secondment[n][];
    for (Secondment secondment : data.getSecondments()) {
      Unit unit = tree.units[tree.numberOf(secondment.getUnitId())];
      int community = tree.numberOf(unit.getParentId().orElseThrow());
      Secondment[] list = secondments[community] == null ? new Secondment[1]
          : Arrays.copyOf(secondments[community], secondments[community].length + 1);
      list[list.length - 1] = secondment;
      secondments[community] = list;
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Fact>[] newLists(int n) {
    return (List<Fact>[]) new List<?>[n];
  }

  /**
   * Returns the facts of an indicator by unit number.
   *
   * @return the facts; null when no unit has a fact of the indicator
   */
  @Nullable IndicatorFacts facts(String indicator) {
    return facts.get(indicator);
  }

  /** Tells whether a unit is paired with some party-group member on a day. */
  boolean isPaired(int unit, long day) {
    long[] days = paired[unit];
    if (days == null) {
      return false;
    }
    for (int i = 0; i < days.length; i += 2) {
      if (day >= days[i] && day <= days[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Returns the secondments from a community's primary-care units, or null for none. */
  Secondment @Nullable [] secondmentsOf(int community) {
    return secondments[community];
  }
}
