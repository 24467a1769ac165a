package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;
import java.util.List;

/**
 * A stepwise state of a record that a {@link LevelRule} scores by level (seed 003, attachment items
 * 6 and 8). Levels are the constants of the state's enum, in declaration order, lowest first.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LeveledEvidence implements Named {
  /** The referral standard: none, drafted, drafted and implemented (item 6). */
  REFERRAL_STANDARD("转诊标准", "referral standard", List.of(ReferralStandard.values())) {
    @Override
    Named level(AllianceAssessmentRecord record) {
      return record.getReferralStandard();
    }
  },
  /**
   * Result sharing: none, platform, platform and sharing (item 8); under
   * {@link ResultSharingReading#LITERAL} a platform without sharing scores as none.
   */
  RESULT_SHARING("检查检验结果共享", "result sharing", List.of(ResultSharing.values())) {
    @Override
    Named level(AllianceAssessmentRecord record) {
      return record.getResultSharing();
    }

    @Override
    int scoredLevel(Named level, Rubric rubric) {
      return level == ResultSharing.PLATFORM && rubric.getResultSharingReading() == ResultSharingReading.LITERAL
          ? ResultSharing.NONE.ordinal()
          : super.scoredLevel(level, rubric);
    }
  };

  private final BilingualText name;
  private final List<Named> levels;

  LeveledEvidence(String chinese, String english, List<Named> levels) {
    this.name = BilingualText.of(chinese, english);
    this.levels = levels;
  }

  @Override
  public BilingualText getName() {
    return name;
  }

  /**
   * Returns how many levels the state has.
   *
   * @return the number of levels, 3 for both Haikou states
   */
  public int getLevelCount() {
    return levels.size();
  }

  abstract Named level(AllianceAssessmentRecord record);

  /** The levels, lowest first: the constants of the level's enum. */
  List<Named> levels() {
    return levels;
  }

  /** The position of the level a recorded level is scored as under the rubric's readings: itself by default. */
  int scoredLevel(Named level, Rubric rubric) {
    return ((Enum<?>) level).ordinal();
  }
}
