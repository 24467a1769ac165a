package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * The kind of a dynamic adjustment of the expert group (seed 000, sections 二(四) and 六(四)).
 *
 * <p>What an event's date means depends only on its kind. An event that starts something
 * ({@link #APPOINTED}, {@link #REAPPOINTED}, {@link #MOVED}, {@link #MADE_LEADER}) is dated on the
 * first day of the new state. An event that ends service ({@link #WITHDREW}, {@link #DISMISSED},
 * {@link #TERM_ENDED}, see {@link #endsService()}) is dated on the last day served: the expert is
 * still active on that day and no longer from the next.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EventType implements Named {
  /** Appointed to a team for the current term (聘任); dated on the first day of service. */
  APPOINTED("聘任", "appointed"),
  /**
   * Reappointed for the next term (续聘); dated on the day of the decision, which is in the current
   * term or at the latest the first day of the next term (2025-01-01 after a term ending 2024-12-31).
   */
  REAPPOINTED("续聘", "reappointed"),
  /** Moved to another team (调整小组); dated on the first day in the new team. */
  MOVED("调整小组", "moved"),
  /** Made leader of the current team (任命组长); dated on the first day as leader. */
  MADE_LEADER("任命组长", "made leader"),
  /** Withdrew voluntarily (自愿退出, 六(四)); dated on the last day served. */
  WITHDREW("自愿退出", "withdrew"),
  /** Dismissed by the bureau, with a reason (解聘); dated on the last day served. */
  DISMISSED("解聘", "dismissed"),
  /** The term ended without reappointment (聘期届满); dated on the term's last day, the last day served. */
  TERM_ENDED("聘期届满", "term ended");

  private final BilingualText name;

  EventType(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  /**
   * Checks whether an event of this kind ends the expert's service, and is therefore dated on the
   * last day served.
   *
   * @return true for {@link #WITHDREW}, {@link #DISMISSED} and {@link #TERM_ENDED}; false for the
   *     kinds that start something and are dated on the first day of the new state
   */
  public boolean endsService() {
    return this == WITHDREW || this == DISMISSED || this == TERM_ENDED;
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
