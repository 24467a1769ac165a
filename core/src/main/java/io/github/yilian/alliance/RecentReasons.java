package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * The reasons one rule made last, by a {@code long} key they are a function of, in a fixed number of
 * slots: a key falls in one slot, which keeps the last reason made for a key falling in it. For
 * reasons of numbers too many to keep in a {@link ReasonTable} (a growth in hundredths of a percent),
 * of which a year's records still share many.
 *
 * <p>A reason is looked up only with its own key, so a slot another key took back gives no reason,
 * never a wrong one. Safe for concurrent use without locking: a slot holds an immutable entry,
 * published safely by its final fields, and two threads that make the same reason make equal texts.
 */
final class RecentReasons {

  /** The slots: a power of two. */
  static final int SLOTS = 256;

  private record Kept(long key, BilingualText reason) {}

  private final @Nullable Kept[] slots = new Kept[SLOTS];

  /** The reason kept for a key, or null if its slot keeps none or another key's. */
  @Nullable BilingualText get(long key) {
    Kept kept = slots[slot(key)];
    return kept != null && kept.key() == key ? kept.reason() : null;
  }

  /** Keeps a reason for a key in its slot, in place of any other, and returns it. */
  BilingualText keep(long key, BilingualText reason) {
    slots[slot(key)] = new Kept(key, reason);
    return reason;
  }

  /** The slot of a key: its bits mixed (as {@link java.util.HashMap} mixes a hash), then the low ones. */
  static int slot(long key) {
    int hash = Long.hashCode(key);
    return (hash ^ hash >>> 16) & (SLOTS - 1);
  }
}
