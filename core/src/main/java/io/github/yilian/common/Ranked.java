package io.github.yilian.common;

import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;

/**
 * One entry of a {@link Ranking}: an item and its rank, 1 for the best.
 *
 * <p>This class is immutable and thread-safe if the item is.
 *
 * @param <T> the type of what is ranked
 */
@Value.Immutable
@YilianStyle
public abstract class Ranked<T> {

  Ranked() {}

  /**
   * Returns the rank: 1 for the best; tied items share a rank and the next rank skips as many places
   * as there were ties (1, 2, 2, 4).
   *
   * @return the rank, 1 or more
   */
  @Value.Parameter
  @Positive
  public abstract int getRank();

  /**
   * Returns the ranked item.
   *
   * @return the item
   */
  @Value.Parameter
  public abstract T getItem();

  /**
   * Creates an entry.
   *
   * @param <T> the type of the item
   * @param rank the rank, 1 or more
   * @param item the item, not null
   * @return the entry
   * @throws jakarta.validation.ConstraintViolationException if the rank is below 1
   */
  public static <T> Ranked<T> of(int rank, T item) {
    return ImmutableRanked.of(rank, item);
  }

  @Value.Check
  void check() {
    ModelValidator.check(this, getRank() > 0);
  }
}
