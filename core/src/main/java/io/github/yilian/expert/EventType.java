package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * The kind of a dynamic adjustment of the expert group (seed 000, sections 二(四) and 六(四)).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EventType implements Named {
  /** Appointed to a team for the current term (聘任). */
  APPOINTED("聘任", "appointed"),
  /** Reappointed for the next term (续聘). */
  REAPPOINTED("续聘", "reappointed"),
  /** Moved to another team (调整小组). */
  MOVED("调整小组", "moved"),
  /** Made leader of the current team (任命组长). */
  MADE_LEADER("任命组长", "made leader"),
  /** Withdrew voluntarily, effective on the date the request is accepted (自愿退出, 六(四)). */
  WITHDREW("自愿退出", "withdrew"),
  /** Dismissed by the bureau, with a reason (解聘). */
  DISMISSED("解聘", "dismissed"),
  /** The term ended without reappointment (聘期届满). */
  TERM_ENDED("聘期届满", "term ended");

  private final BilingualText name;

  EventType(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
