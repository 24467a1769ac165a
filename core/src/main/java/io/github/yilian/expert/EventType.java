package io.github.yilian.expert;

/**
 * The kind of a dynamic adjustment of the expert group (seed 000, sections 二(四) and 六(四)).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EventType {
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

  private final String chineseName;
  private final String englishName;

  EventType(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the name in Chinese
   */
  public String getChineseName() {
    return chineseName;
  }

  /**
   * Returns the English name.
   *
   * @return the name in English
   */
  public String getEnglishName() {
    return englishName;
  }
}
