package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * An expert's role in a team (seed 000, section 二(三): a senior expert leads each team).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Role implements Named {
  /** The team leader (组长). */
  LEADER("组长", "leader"),
  /** A member who is not the leader (组员). */
  MEMBER("组员", "member");

  private final BilingualText name;

  Role(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
