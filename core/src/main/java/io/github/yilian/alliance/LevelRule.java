package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.Named;
import io.github.yilian.common.YilianStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Points by level of a stepwise state. Haikou: referral standard "制订并实施得 5 分，制订未实施得 2 分，
 * 未制订不得分" (0 / 2 / 5) and result sharing "有平台得 2 分，建立共享得 3 分，未共享不得分", read by
 * default as cumulative levels (0 / 2 / 5), or literally (0 / 0 / 5) under
 * {@link ResultSharingReading#LITERAL} (seed 003, attachment items 6 and 8).
 *
 * <p>There is one points value per level, lowest level first, none negative and the highest
 * positive. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract non-sealed class LevelRule extends Rule implements CrossFieldRules {

  LevelRule() {}

  /**
   * Returns the state scored.
   *
   * @return the leveled evidence
   */
  @Value.Parameter
  public abstract LeveledEvidence getEvidence();

  /**
   * Returns the points for each level, lowest level first.
   *
   * @return one points value per level
   */
  @Value.Parameter
  public abstract List<Integer> getPointsByLevel();

  /**
   * Creates the rule.
   *
   * @param evidence the state scored
   * @param pointsByLevel the points for each level, lowest first: as many as the state has levels,
   *     none negative, the highest positive
   * @return the rule
   * @throws jakarta.validation.ConstraintViolationException if the points do not fit the levels
   * @throws NullPointerException naming the argument, or the first null points value
   *     ({@code "pointsByLevel[1]"})
   */
  public static LevelRule of(LeveledEvidence evidence, List<Integer> pointsByLevel) {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(pointsByLevel, "pointsByLevel");
    for (int i = 0; i < pointsByLevel.size(); i++) {
      Objects.requireNonNull(pointsByLevel.get(i), "pointsByLevel[" + i + "]");
    }
    return ImmutableLevelRule.of(evidence, pointsByLevel);
  }

  @Override
  public int maxPoints() {
    return Collections.max(getPointsByLevel());
  }

  /**
   * {@inheritDoc}
   *
   * <p>The counted quantity is the recorded level's position; the points are those of the level the
   * rubric's reading scores it as ({@link ResultSharingReading#LITERAL} scores a platform without
   * sharing as no sharing).
   */
  @Override
  CriterionScore score(Criterion criterion, AllianceAssessmentRecord record, Rubric rubric) {
    LeveledEvidence evidence = getEvidence();
    Named level = evidence.level(record);
    int points = getPointsByLevel().get(evidence.scoredLevel(level, rubric));
    return CriterionScore.counted(criterion, points, ((Enum<?>) level).ordinal(), record, rubric);
  }

  @Override
  BilingualText reason(CriterionScore score, AllianceAssessmentRecord record, Rubric rubric) {
    LeveledEvidence evidence = getEvidence();
    Named level = evidence.level(record);
    return reasons().get(((Enum<?>) level).ordinal() * evidence.getLevelCount() + evidence.scoredLevel(level, rubric));
  }

  /**
   * The reason for each recorded level and each level it may be scored as, made once, when first
   * read: the reason for recorded level {@code r} scored as {@code s} is at {@code r * levels + s}.
   */
  @Value.Lazy
  List<BilingualText> reasons() {
    LeveledEvidence evidence = getEvidence();
    List<Integer> points = getPointsByLevel();
    List<BilingualText> reasons = new ArrayList<>(points.size() * points.size());
    for (Named level : evidence.levels()) {
      int recorded = ((Enum<?>) level).ordinal();
      for (int scored = 0; scored < points.size(); scored++) {
        reasons.add(Reasons.level(evidence, level, scored != recorded, points.get(scored)));
      }
    }
    return List.copyOf(reasons);
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    List<Integer> points = getPointsByLevel();
    if (points.size() != getEvidence().getLevelCount()) {
      found.add("pointsByLevel", "{io.github.yilian.alliance.LevelRule.levelCount}",
          Map.of("count", points.size(), "levels", getEvidence().getLevelCount()));
    } else if (points.stream().anyMatch(p -> p < 0) || maxPoints() <= 0) {
      found.add("pointsByLevel", "{io.github.yilian.alliance.LevelRule.points}", Map.of("points", points));
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
