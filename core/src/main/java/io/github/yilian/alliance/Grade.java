package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * The grade of an assessment, from the total points (seed 003, attachment 备注).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Grade implements Named {
  /** Above the excellent bound (Haikou: above 90). */
  EXCELLENT("优秀", "excellent"),
  /** Above the good bound (Haikou: above 80). */
  GOOD("良好", "good"),
  /** Above the pass bound (Haikou: above 60). */
  PASS("合格", "pass"),
  /** Not above the pass bound. */
  FAIL("不合格", "fail");

  private final BilingualText name;

  Grade(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
