package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * A yes/no fact of a record that a {@link YesNoRule} scores (seed 003, attachment items 1 and 3).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum YesNoFact implements Named {
  /** The alliance adopted its charter (制订大专科联盟章程). */
  CHARTER_ADOPTED("制订联盟章程", "charter adopted") {
    @Override
    boolean holds(AllianceAssessmentRecord record) {
      return record.isCharterAdopted();
    }
  },
  /** The alliance held at least one academic conference (学术研讨交流会). */
  ACADEMIC_CONFERENCE_HELD("举办学术研讨交流会", "academic conference held") {
    @Override
    boolean holds(AllianceAssessmentRecord record) {
      return record.counts().conferences() > 0;
    }
  };

  private final BilingualText name;

  YesNoFact(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }

  abstract boolean holds(AllianceAssessmentRecord record);
}
