package io.github.yilian.county;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A prefecture's problem list (问题清单, seed 002 三(二)15): for every county of the prefecture whose
 * evaluation is audited, the targets not met (targets that do not apply to the county are not in
 * its evaluation, so never on the list); counties whose evaluation is not audited yet are listed as
 * pending.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProblemList {

  private final String prefectureId;
  private final Map<String, List<String>> problems;
  private final List<String> pending;

  private ProblemList(String prefectureId, Map<String, List<String>> problems, List<String> pending) {
    this.prefectureId = prefectureId;
    this.problems = problems;
    this.pending = pending;
  }

  /**
   * Compiles a prefecture's problem list from the evaluations of its counties; evaluations of other
   * prefectures' counties are ignored. Give one evaluation per county (of one year): a later one of
   * the same county replaces an earlier one.
   *
   * @param prefectureId the prefecture, not null
   * @param evaluations the evaluations, not null, none null
   * @return the problem list
   * @throws NullPointerException naming the argument or element that is null
   */
  public static ProblemList of(String prefectureId, Collection<AnnualEvaluation> evaluations) {
    Objects.requireNonNull(prefectureId, "prefectureId");
    Objects.requireNonNull(evaluations, "evaluations");
    Map<String, List<String>> problems = new LinkedHashMap<>();
    List<String> pending = new ArrayList<>();
    int i = 0;
    for (AnnualEvaluation evaluation : evaluations) {
      Objects.requireNonNull(evaluation, "evaluations[" + i++ + "]");
      if (!evaluation.getPrefectureId().equals(prefectureId)) {
        continue;
      }
      if (evaluation.getStage() == EvaluationStage.REGION_AUDITED) {
        problems.put(evaluation.getCountyId(), evaluation.getNotMet());
      } else {
        pending.add(evaluation.getCountyId());
      }
    }
    return new ProblemList(prefectureId, Collections.unmodifiableMap(problems), List.copyOf(pending));
  }

  /**
   * Returns the prefecture's id.
   *
   * @return the prefecture id
   */
  public String getPrefectureId() {
    return prefectureId;
  }

  /**
   * Returns, per audited county, the ids of the targets it did not meet.
   *
   * @return county id to target ids in the order given, unmodifiable; counties with no problem map
   *     to an empty list
   */
  public Map<String, List<String>> getProblems() {
    return problems;
  }

  /**
   * Returns the counties whose evaluation is not audited yet.
   *
   * @return the county ids, in the order given
   */
  public List<String> getPending() {
    return pending;
  }

  /**
   * Returns the list in English, such as "problem list of prefecture P1: P1C1 T5, T9; P1C2 none;
   * pending: P1C3".
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return Reasons.problemList(this);
  }
}
