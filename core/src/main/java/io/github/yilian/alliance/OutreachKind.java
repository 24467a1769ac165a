package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * What a lead-unit expert did on an outreach visit to a member unit (seed 003, section 三(二)).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OutreachKind implements Named {
  /** Guiding an operation. */
  SURGERY_GUIDANCE("手术指导", "surgery guidance"),
  /** Introducing a new technique. */
  NEW_TECHNIQUE("新技术", "new technique"),
  /** A professional lecture. */
  LECTURE("专业讲座", "lecture"),
  /** A ward round. */
  WARD_ROUND("查房", "ward round"),
  /** Seeing patients in clinic. */
  CLINIC("坐诊", "clinic"),
  /** A consultation. */
  CONSULTATION("会诊", "consultation"),
  /** A discussion of difficult cases. */
  DIFFICULT_CASE_DISCUSSION("疑难病例讨论", "difficult-case discussion");

  private final BilingualText name;

  OutreachKind(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
