package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * A person's role in an alliance's management committee or its office (seed 003, section 六(二)).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CommitteeRole implements Named {
  /** Chair of the committee. */
  CHAIR("主委", "chair"),
  /** Vice-chair of the committee. */
  VICE_CHAIR("副主委", "vice-chair"),
  /** Director of the alliance office. */
  OFFICE_DIRECTOR("办公室主任", "office director");

  private final BilingualText name;

  CommitteeRole(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
