package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;

/**
 * Something with a name in Chinese and English: every enum of this package.
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
