package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;

/**
 * How a criterion turns a record's evidence into points: one of a small closed set of rule kinds
 * that covers the eleven criteria of seed 003's attachment (综合绩效考核细则) and lets another city
 * define its own rubric.
 *
 * <ul>
 *   <li>{@link YesNoRule}: points if a fact holds (charter, conference);
 *   <li>{@link TargetCountRule}: points for reaching a target count, less a deduction per missing
 *       one (monthly meetings);
 *   <li>{@link PerItemRule}: points per distinct counted thing, with a cap (outreach days, trainees,
 *       referred patients, party-building activities);
 *   <li>{@link LevelRule}: points by level (referral standard, result sharing);
 *   <li>{@link StatusRule}: points per research project by status (or per member unit, by its best
 *       project), with a cap;
 *   <li>{@link GrowthRule}: points for volume growth above a threshold, in steps, with a cap.
 * </ul>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public abstract sealed class Rule
    permits YesNoRule, TargetCountRule, PerItemRule, LevelRule, StatusRule, GrowthRule {

  Rule() {}

  /**
   * Returns the most points the rule can award: a criterion's maximum.
   *
   * @return the maximum, positive
   */
  public abstract int maxPoints();

  /**
   * Scores a record.
   *
   * @param criterion the criterion this rule belongs to
   * @param record the evidence
   * @param rubric the rubric, for its readings
   * @return the criterion's score, with its counted quantity; its reason is built when first asked for
   */
  abstract CriterionScore score(Criterion criterion, AllianceAssessmentRecord record, Rubric rubric);

  /**
   * Explains a score this rule gave, when the score's reason is first read.
   *
   * @param score the score
   * @param record the evidence scored
   * @param rubric the rubric, for its readings
   * @return the reason, in Chinese and English
   */
  abstract BilingualText reason(CriterionScore score, AllianceAssessmentRecord record, Rubric rubric);
}
