package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * A document a collaboration group files with the ministry (seed 001, 三(一)2–3, 五(一)–(四)).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentKind implements Named {
  /** 地方做法和经验的梳理报告及政策建议 (P3). */
  EXPERIENCE_REPORT("试点经验梳理报告", "report on local practice and experience"),
  /** 政策文件（建议稿）(P4). */
  POLICY_DRAFT("政策文件（建议稿）", "draft national policy document"),
  /** 政策措施和实施路径 (P5). */
  POLICY_MEASURES("政策措施和实施路径", "policy measures and implementation paths"),
  /** 年度工作计划 (P10), for one work year. */
  WORK_PLAN("年度工作计划", "annual work plan"),
  /** 年度工作总结 (P11), for one work year. */
  WORK_SUMMARY("年度工作总结", "annual work summary");

  /**
   * Checks whether a submission of this kind covers one work year.
   *
   * @return true for the annual work plan and the annual work summary
   */
  public boolean isAnnual() {
    return this == WORK_PLAN || this == WORK_SUMMARY;
  }

  private final BilingualText name;

  DocumentKind(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
