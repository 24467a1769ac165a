package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;
import io.github.yilian.common.Severity;

/**
 * The obligations of a collaboration group, P1 to P14, each with the seed section it comes from,
 * its scope and the severity of a finding when it is overdue (seed 001).
 *
 * <p>The rule id ({@link #name()}, such as {@code "P8"}) is the one the spec uses and the one
 * {@link io.github.yilian.common.Finding findings} carry. Severity follows the text: an overdue
 * instance is a {@link Severity#VIOLATION} where the seed states the duty without qualification
 * ("须", "至少", a date), and a {@link Severity#WARNING} where it softens it ("原则上": P6, P9) or
 * sets no deadline or frequency at all (P10, P11, P12: the period is the library's reading). P13,
 * the national meeting, is the ministry's own duty: it is listed in the schedule and never judged
 * against a group ({@link #isGroupDuty()}). This enum is immutable and thread-safe.
 */
public enum Obligation implements Named {
  /** The first activity, on or before the first-activity deadline ("第一次活动须在11月30日前开展"). */
  P1("三(一)1", ObligationScope.PHASE_1, Wording.STATED, "首次活动", "first activity"),
  /** At least a minimum number of activities in phase 1 ("至少开展3次活动"). */
  P2("三(一)1", ObligationScope.PHASE_1, Wording.STATED, "第一阶段活动次数", "activities in phase 1"),
  /** The report on local practice and experience, with policy recommendations ("2011年12月底前"). */
  P3("三(一)2、五(三)", ObligationScope.PHASE_1, Wording.STATED, "试点经验梳理报告及政策建议",
      "report on local practice and experience"),
  /** Refined policy recommendations and the draft national policy document ("2012年2月中旬前"). */
  P4("三(一)3", ObligationScope.PHASE_1, Wording.STATED, "政策文件（建议稿）", "draft national policy document"),
  /** Policy measures and implementation paths ("2012年2月底前"). */
  P5("五(四)", ObligationScope.PHASE_1, Wording.STATED, "政策措施和实施路径", "policy measures and implementation paths"),
  /** At least a minimum number of activities every calendar quarter of phase 2 ("原则上…每季度"). */
  P6("三(二)1", ObligationScope.QUARTER, Wording.IN_PRINCIPLE, "每季度活动", "quarterly activity"),
  /** The plan and notice of an activity, filed with the ministry before it ("每次活动前…须"). */
  P7("三(一)1", ObligationScope.ACTIVITY, Wording.STATED, "活动方案和通知报部", "activity plan and notice"),
  /** The activity report, within a number of days after the activity's last day ("结束后5日内"). */
  P8("五(二)", ObligationScope.ACTIVITY, Wording.STATED, "活动报告", "activity report"),
  /** Every member city sends at least one health-bureau head to each activity ("原则上…均须"). */
  P9("四(二)", ObligationScope.ACTIVITY, Wording.IN_PRINCIPLE, "成员城市卫生局负责人出席", "health-bureau heads attend"),
  /** The annual work plan, at the start of each work year (the seed sets no deadline). */
  P10("五(一)", ObligationScope.WORK_YEAR, Wording.NO_PERIOD, "年度工作计划备案", "annual work plan"),
  /** The annual work summary, after each work year (the seed sets no deadline). */
  P11("五(二)", ObligationScope.WORK_YEAR, Wording.NO_PERIOD, "年度工作总结", "annual work summary"),
  /** Inter-group exchange activities in phase 2 (the seed sets no frequency). */
  P12("三(二)2", ObligationScope.WORK_YEAR, Wording.NO_PERIOD, "协作组间交流活动", "inter-group exchange"),
  /** The national collaboration-group meeting the ministry holds every year: its duty, not a group's. */
  P13("三(二)3", ObligationScope.WORK_YEAR, Wording.MINISTRY, "全国协作组会议", "national collaboration-group meeting"),
  /** Both guiding experts and the ministry's liaisons attend each activity ("须参加活动"). */
  P14("三(一)1", ObligationScope.ACTIVITY, Wording.STATED, "指导专家和联络员出席", "guiding experts and liaisons attend");

  /** How the seed words a duty, which decides the severity of a finding. */
  enum Wording {
    /** Stated without qualification: a violation when overdue. */
    STATED,
    /** Softened with "原则上": a warning. */
    IN_PRINCIPLE,
    /** No deadline or frequency in the text, the library's default period: a warning. */
    NO_PERIOD,
    /** The ministry's own duty: never judged against a group. */
    MINISTRY
  }

  private final String section;
  private final ObligationScope scope;
  private final Wording wording;
  private final BilingualText name;

  Obligation(String section, ObligationScope scope, Wording wording, String chineseName, String englishName) {
    this.section = section;
    this.scope = scope;
    this.wording = wording;
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

  /**
   * Returns what one instance of the obligation is for.
   *
   * @return the scope: phase 1, a quarter, a work year or an activity
   */
  public ObligationScope getScope() {
    return scope;
  }

  /**
   * Checks whether the obligation is the group's own, judged by {@link PilotSchedule#compliance}.
   *
   * @return false only for P13, the national meeting the ministry holds
   */
  public boolean isGroupDuty() {
    return wording != Wording.MINISTRY;
  }

  /**
   * Returns the severity of the finding for an overdue instance.
   *
   * @return {@link Severity#VIOLATION} where the seed states the duty without qualification;
   *     {@link Severity#WARNING} for P6 and P9 ("原则上"), for P10, P11 and P12 (no deadline or
   *     frequency in the text) and for P13 (the ministry's duty, never a finding)
   */
  public Severity getSeverity() {
    return wording == Wording.STATED ? Severity.VIOLATION : Severity.WARNING;
  }

  Wording getWording() {
    return wording;
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
