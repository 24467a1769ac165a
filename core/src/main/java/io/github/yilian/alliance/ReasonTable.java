package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * The reasons one rule gives, by a small number they are a function of (a count, a total), each made
 * once, when first needed: a reason is a pure function of its rule and its numbers, and a year's
 * records share few of them (a year has at most 366 outreach days), so reading the reasons of many
 * records makes each text once per rubric, not once per record.
 *
 * <p>Numbers from 0 to {@link #SIZE} − 1 are kept; others are never kept, so the table stays small
 * whatever a record holds. Safe for concurrent use without locking: two threads that make the same
 * reason at once make equal texts, and a {@link BilingualText} is published safely by its final
 * fields.
 */
final class ReasonTable {

  /** Numbers kept: a year's days and more. */
  static final int SIZE = 512;

  private final @Nullable BilingualText[] reasons = new BilingualText[SIZE];

  /** The reason kept for a number, or null if it has not been made or is not kept. */
  @Nullable BilingualText get(long number) {
    return number >= 0 && number < SIZE ? reasons[(int) number] : null;
  }

  /** Keeps a reason for a number (if it is kept at all) and returns it. */
  BilingualText keep(long number, BilingualText reason) {
    if (number >= 0 && number < SIZE) {
      reasons[(int) number] = reason;
    }
    return reason;
  }

  /** The number of a pair of counts, each below 22 (so the pair is below {@link #SIZE}); −1 for others. */
  static long pair(long first, long second) {
    return first >= 0 && first < 22 && second >= 0 && second < 22 ? first * 22 + second : -1;
  }
}
