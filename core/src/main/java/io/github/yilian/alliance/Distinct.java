package io.github.yilian.alliance;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Counts distinct days, (day, member unit) pairs and ids of a record's evidence without boxing a key
 * or sorting by generic comparisons: days on a bit set of the year's days, pairs and ids as sorted
 * {@code long} keys.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Distinct {

  /** Days of a year are 1 to 366: 366 bits in 6 words. */
  private static final int YEAR_WORDS = 6;

  /** The largest run of equal hash codes whose ids are compared pairwise, not sorted. */
  private static final int PAIRWISE = 8;

  private Distinct() {}

  /**
   * Counts the distinct dates of visits that all lie in one calendar year, as a record's do.
   *
   * @param visits the visits, dated in one year
   * @return the number of distinct dates
   */
  static int days(List<OutreachVisit> visits) {
    long[] days = new long[YEAR_WORDS];
    int distinct = 0;
    for (int i = 0, n = visits.size(); i < n; i++) {
      int day = visits.get(i).getDate().getDayOfYear() - 1;
      long bit = 1L << day;
      int word = day >>> 6;
      if ((days[word] & bit) == 0) {
        days[word] |= bit;
        distinct++;
      }
    }
    return distinct;
  }

  /**
   * Counts the distinct (date, member unit) pairs of visits that all lie in one calendar year, each
   * to a member unit of the alliance, as a record's do.
   *
   * @param visits the visits
   * @param alliance the alliance whose member units they visit
   * @return the number of distinct pairs
   */
  static int daysAndUnits(List<OutreachVisit> visits, SpecialtyAlliance alliance) {
    int n = visits.size();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      OutreachVisit visit = visits.get(i);
      keys[i] = (long) alliance.memberIndex(visit.getMemberUnitId()) << 9 | visit.getDate().getDayOfYear();
    }
    return distinctSorted(keys);
  }

  /**
   * Counts the distinct ids of items: keys of hash code and position sorted as {@code long}s, and the
   * ids of a run of equal hash codes compared (pairwise, or sorted if the run is long, so that ids
   * made to collide cost no more than a sort).
   *
   * @param <T> the type of the items
   * @param items the items
   * @param id the id of an item, not null
   * @return the number of distinct ids
   */
  static <T> int ids(List<T> items, Function<? super T, String> id) {
    int n = items.size();
    if (n < 2) {
      return n;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (long) id.apply(items.get(i)).hashCode() << 32 | i;
    }
    Arrays.sort(keys);
    int distinct = 0;
    for (int start = 0; start < n; ) {
      int hash = (int) (keys[start] >>> 32);
      int end = start + 1;
      while (end < n && (int) (keys[end] >>> 32) == hash) {
        end++;
      }
      distinct += end - start == 1 ? 1 : distinctInRun(items, id, keys, start, end);
      start = end;
    }
    return distinct;
  }

  private static <T> int distinctInRun(List<T> items, Function<? super T, String> id, long[] keys, int start, int end) {
    if (end - start <= PAIRWISE) {
      int distinct = 0;
      for (int i = start; i < end; i++) {
        String current = id.apply(items.get((int) keys[i]));
        boolean seen = false;
        for (int j = start; j < i && !seen; j++) {
          seen = current.equals(id.apply(items.get((int) keys[j])));
        }
        distinct += seen ? 0 : 1;
      }
      return distinct;
    }
    String[] ids = new String[end - start];
    for (int i = start; i < end; i++) {
      ids[i - start] = id.apply(items.get((int) keys[i]));
    }
    Arrays.sort(ids);
    int distinct = 1;
    for (int i = 1; i < ids.length; i++) {
      distinct += ids[i].equals(ids[i - 1]) ? 0 : 1;
    }
    return distinct;
  }

  private static int distinctSorted(long[] keys) {
    Arrays.sort(keys);
    int distinct = 0;
    for (int i = 0; i < keys.length; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        distinct++;
      }
    }
    return distinct;
  }
}
