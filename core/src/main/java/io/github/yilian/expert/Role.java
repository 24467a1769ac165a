package io.github.yilian.expert;

/**
 * An expert's role in a team (seed 000, section 二(三): a senior expert leads each team).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Role {
  /** The team leader (组长). */
  LEADER("组长", "leader"),
  /** A member who is not the leader (组员). */
  MEMBER("组员", "member");

  private final String chineseName;
  private final String englishName;

  Role(String chineseName, String englishName) {
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
