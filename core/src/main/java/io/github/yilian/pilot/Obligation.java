package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * The obligations of a collaboration group, P1 to P13, each with the seed section it comes from.
 *
 * <p>The rule id ({@link #name()}, such as {@code "P8"}) is the one the spec uses and the one
 * {@link io.github.yilian.common.Finding findings} carry. This enum is immutable and thread-safe.
 */
public enum Obligation implements Named {
  /** The first activity, on or before the first-activity deadline. */
  P1("三(一)1", "首次活动", "first activity"),
  /** At least a minimum number of activities in phase 1. */
  P2("三(一)1", "第一阶段活动次数", "activities in phase 1"),
  /** The report on local practice and experience, with policy recommendations. */
  P3("三(一)2、五(三)", "试点经验梳理报告及政策建议", "report on local practice and experience"),
  /** Refined policy recommendations and the draft national policy document. */
  P4("三(一)3", "政策文件（建议稿）", "draft national policy document"),
  /** Policy measures and implementation paths. */
  P5("五(四)", "政策措施和实施路径", "policy measures and implementation paths"),
  /** At least a minimum number of activities every calendar quarter of phase 2. */
  P6("三(二)1", "每季度活动", "quarterly activity"),
  /** The plan and notice of an activity, filed with the ministry before it. */
  P7("三(一)1", "活动方案和通知报部", "activity plan and notice"),
  /** The activity report, within a number of days after the activity. */
  P8("五(二)", "活动报告", "activity report"),
  /** Every member city sends at least one health-bureau head to each activity. */
  P9("四(二)", "成员城市卫生局负责人出席", "health-bureau heads attend"),
  /** The annual work plan, at the start of each work year. */
  P10("五(一)", "年度工作计划备案", "annual work plan"),
  /** The annual work summary, after each work year. */
  P11("五(二)", "年度工作总结", "annual work summary"),
  /** Inter-group exchange activities every year of phase 2. */
  P12("三(二)2", "协作组间交流活动", "inter-group exchange"),
  /** The national collaboration-group meeting held by the ministry every year of phase 2. */
  P13("三(二)3", "全国协作组会议", "national collaboration-group meeting");

  private final String section;
  private final BilingualText name;

  Obligation(String section, String chineseName, String englishName) {
    this.section = section;
    this.name = BilingualText.of(chineseName, englishName);
  }

  /**
   * Returns the section of seed 001 the obligation comes from.
   *
   * @return the section, such as "五(二)"
   */
  public String getSection() {
    return section;
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
