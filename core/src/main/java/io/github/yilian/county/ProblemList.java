package io.github.yilian.county;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A prefecture's problem list (问题清单, seed 002 三(二)15): for every county of the prefecture whose
 * evaluation is audited, the targets not met; counties whose evaluation is not audited yet are
 * listed as pending.
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
   * prefectures' counties are ignored.
   *
   * @param prefectureId the prefecture, not null
   * @param evaluations the evaluations, not null
   * @return the problem list
   */
  public static ProblemList of(String prefectureId, Collection<AnnualEvaluation> evaluations) {
    Objects.requireNonNull(prefectureId, "prefectureId");
    Map<String, List<String>> problems = new LinkedHashMap<>();
    evaluations.stream()
        .filter(e -> e.getPrefectureId().equals(prefectureId))
        .filter(e -> e.getStage() == EvaluationStage.REGION_AUDITED)
        .forEach(e -> problems.put(e.getCountyId(), e.getNotMet()));
    List<String> pending = evaluations.stream()
        .filter(e -> e.getPrefectureId().equals(prefectureId))
        .filter(e -> e.getStage() != EvaluationStage.REGION_AUDITED)
        .map(AnnualEvaluation::getCountyId)
        .toList();
    return new ProblemList(prefectureId, Collections.unmodifiableMap(problems), pending);
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
}
