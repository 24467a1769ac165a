package io.github.yilian.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Standard competition ranking ("1224" ranking): items ordered best first, tied items share a rank,
 * and the rank after a tie skips the places the tie took. Scores 90, 85, 85, 70 rank 1, 2, 2, 4.
 *
 * <p>Within a tie the order is fixed by a tie-break key (an id, a name), so the same items always
 * come out in the same order whatever order they went in.
 *
 * <p>This class is immutable and thread-safe if the items are.
 *
 * @param <T> the type of what is ranked
 */
public final class Ranking<T> {

  private final List<Ranked<T>> entries;

  private Ranking(List<Ranked<T>> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Ranks items.
   *
   * @param <T> the type of the items
   * @param items the items to rank, none null; may be empty
   * @param bestFirst orders items by score, the best first; items it finds equal are tied
   * @param tieBreak orders tied items for display, without changing their shared rank
   * @return the ranking, in rank order
   * @throws NullPointerException if an argument is null, or an item, named by its position in
   *     iteration order ({@code "items[3]"})
   */
  public static <T> Ranking<T> of(
      Collection<? extends T> items, Comparator<? super T> bestFirst, Comparator<? super T> tieBreak) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(bestFirst, "bestFirst");
    Objects.requireNonNull(tieBreak, "tieBreak");
    List<T> sorted = new ArrayList<>(items);
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i) == null) {
        throw new NullPointerException("items[" + i + "]");
      }
    }
    Comparator<T> order = bestFirst::compare;
    sorted.sort(order.thenComparing(tieBreak));
    List<Ranked<T>> entries = new ArrayList<>(sorted.size());
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      T item = sorted.get(i);
      if (i == 0 || bestFirst.compare(sorted.get(i - 1), item) != 0) {
        rank = i + 1;
      }
      entries.add(Ranked.of(rank, item));
    }
    return new Ranking<>(entries);
  }

  /**
   * Returns the entries, best first; tied entries in tie-break order.
   *
   * @return the entries, unmodifiable
   */
  public List<Ranked<T>> getEntries() {
    return entries;
  }

  /**
   * Checks whether nothing was ranked.
   *
   * @return true if the ranking has no entries
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Checks whether another object is a ranking with the same entries.
   *
   * @param obj the object to check
   * @return true if it is an equal ranking
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Ranking<?> other && entries.equals(other.entries);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /**
   * Returns the entries, such as {@code "[1 A, 2 B, 2 C]"}.
   *
   * @return the ranks and items in order
   */
  @Override
  public String toString() {
    return entries.stream()
        .map(e -> e.getRank() + " " + e.getItem())
        .toList()
        .toString();
  }
}
