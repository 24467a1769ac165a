package io.github.yilian.common;

/**
 * Something with a name in Chinese and English: the enums of every capability.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Named {

  /**
   * Returns the name in Chinese and English.
   *
   * @return the name
   */
  BilingualText getName();

  /**
   * Returns the Chinese name.
   *
   * @return the name in Chinese, such as "优秀"
   */
  default String getChineseName() {
    return getName().getChinese();
  }

  /**
   * Returns the English name.
   *
   * @return the name in English, such as "excellent"
   */
  default String getEnglishName() {
    return getName().getEnglish();
  }
}
