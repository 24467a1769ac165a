package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Ranking;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One alliance's assessment for one year: per criterion the points, maximum, counted quantity and
 * reason; the total; the grade; the funding to the lead department; and the observations on duties
 * the rubric does not score (seed 003, attachment 综合绩效考核细则, 备注 and section 三(七)1). Built by
 * {@link Rubric#assess}.
 *
 * <p>The total is the sum of the criteria's points, from 0 to the rubric's total. A criterion's
 * score is found by its id ({@link #score(String)}); {@link #getReason()} explains the total, grade
 * and funding in one bilingual line. Reasons and observations are built when first read. Two
 * assessments are equal if their records, scores, totals, grades and funding are. This class is
 * immutable and thread-safe.
 */
public final class AllianceAssessment {

  private static final Comparator<AllianceAssessment> HIGHEST_TOTAL_FIRST =
      Comparator.comparingInt(AllianceAssessment::getTotal).reversed();
  private static final Comparator<AllianceAssessment> BY_ALLIANCE_ID =
      Comparator.comparing((AllianceAssessment a) -> a.getRecord().getAlliance().getId())
          .thenComparingInt(a -> a.getRecord().getYear());

  private final AllianceAssessmentRecord record;
  private final Rubric rubric;
  private final List<CriterionScore> scores;
  private final int total;
  /** The band of the total; null for a fail. */
  private final @Nullable GradeBand band;

  /** Built when first read; a race builds equal values, each safely published by its final fields. */
  private @Nullable BilingualText reason;
  private @Nullable List<Finding> observations;

  /** Takes the scores in the rubric's order. */
  AllianceAssessment(AllianceAssessmentRecord record, Rubric rubric, CriterionScore[] scores) {
    this.record = record;
    this.rubric = rubric;
    this.scores = List.of(scores);
    int sum = 0;
    for (CriterionScore score : scores) {
      sum += score.getPoints();
    }
    this.total = sum;
    this.band = rubric.band(sum);
  }

  /**
   * Returns the record assessed.
   *
   * @return the record
   */
  public AllianceAssessmentRecord getRecord() {
    return record;
  }

  /**
   * Returns the score of each criterion, in the rubric's order.
   *
   * @return the scores, unmodifiable
   */
  public List<CriterionScore> getScores() {
    return scores;
  }

  /**
   * Returns the total points, the sum of the criteria's points.
   *
   * @return the total, from 0 to the rubric's total
   */
  public int getTotal() {
    return total;
  }

  /**
   * Returns the grade of the total.
   *
   * @return the grade
   */
  public Grade getGrade() {
    return band == null ? Grade.FAIL : band.getGrade();
  }

  /**
   * Returns the discipline-building funding to the lead department for the grade, in yuan.
   *
   * @return the funding, 0 for a fail
   */
  public BigDecimal getFunding() {
    return band == null ? BigDecimal.ZERO : band.getFunding();
  }

  /**
   * Returns the score of the criterion with an id, such as
   * {@code score(HaikouAllianceRubric2021.OUTREACH)}.
   *
   * @param criterionId the criterion's id in the rubric, not null
   * @return the criterion's score
   * @throws NullPointerException if {@code criterionId} is null
   * @throws IllegalArgumentException if the rubric has no criterion with that id
   */
  public CriterionScore score(String criterionId) {
    Objects.requireNonNull(criterionId, "criterionId");
    for (CriterionScore score : getScores()) {
      if (score.getCriterion().getId().equals(criterionId)) {
        return score;
      }
    }
    throw new IllegalArgumentException("rubric " + rubric.getId() + " has no criterion " + criterionId);
  }

  /**
   * Returns why the alliance got this grade and funding, in Chinese and English: the total out of the
   * rubric's total, the bound it is above, the grade and the funding, such as "87 of 100 points,
   * above 80: good, funding 1,000,000 yuan" / "总分 87 分（满分 100 分），高于 80 分，等级为良好，学科建设经费
   * 100 万元". Built when first asked for.
   *
   * @return the overall reason
   */
  public BilingualText getReason() {
    BilingualText text = reason;
    if (text == null) {
      text = rubric.overallReason(total, band);
      reason = text;
    }
    return text;
  }

  /**
   * Returns the observations: duties of the plan the rubric does not score, found unmet. Rule
   * {@code alliance.monthly-meetings}: a month with fewer working meetings than the plan asks
   * (subject: the month, such as {@code 2021-03}); {@code alliance.research-per-member}: a member
   * unit with fewer research projects than the plan asks; {@code alliance.outreach-per-member}: a
   * member unit that received no outreach visit (subject: the unit's id). Each is a
   * {@link io.github.yilian.common.Severity#WARNING}; months come first in calendar order, then
   * member units in the alliance's order.
   *
   * @return the observations, empty if every duty is met
   */
  public List<Finding> getObservations() {
    List<Finding> found = observations;
    if (found == null) {
      found = Observations.of(record, rubric);
      observations = found;
    }
    return found;
  }

  /**
   * Ranks assessments by total, highest first; equal totals share a rank (1, 2, 2, 4) and are listed
   * by alliance id, then year.
   *
   * @param assessments the assessments, none null
   * @return the ranking
   * @throws NullPointerException naming the argument ({@code "assessments"}) or the first null
   *     element ({@code "assessments[1]"})
   */
  public static Ranking<AllianceAssessment> rank(Collection<AllianceAssessment> assessments) {
    Objects.requireNonNull(assessments, "assessments");
    int i = 0;
    for (AllianceAssessment assessment : assessments) {
      Objects.requireNonNull(assessment, "assessments[" + i + "]");
      i++;
    }
    return Ranking.of(assessments, HIGHEST_TOTAL_FIRST, BY_ALLIANCE_ID);
  }

  /**
   * Returns the alliance, year, total, grade and funding, such as
   * {@code "AllianceAssessment{alliance=neurosurgery, year=2021, total=87, grade=GOOD, funding=1000000}"};
   * the evidence and the scores are left out.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return "AllianceAssessment{alliance=" + getRecord().getAlliance().getId() + ", year=" + getRecord().getYear()
        + ", total=" + getTotal() + ", grade=" + getGrade() + ", funding=" + getFunding().toPlainString() + "}";
  }

  /**
   * Checks whether another object is an assessment of an equal record with equal scores, total, grade
   * and funding.
   *
   * @param obj the object to check
   * @return true if it is an equal assessment
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj
        || obj instanceof AllianceAssessment other
            && record.equals(other.record)
            && scores.equals(other.scores)
            && total == other.total
            && getGrade() == other.getGrade()
            && getFunding().equals(other.getFunding());
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + record.hashCode();
    h += (h << 5) + scores.hashCode();
    h += (h << 5) + total;
    h += (h << 5) + getGrade().hashCode();
    h += (h << 5) + getFunding().hashCode();
    return h;
  }
}
