package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * Which commercial activities break section 七(五) of seed 000.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CommercialRule implements Named {
  /**
   * Commercial activity is forbidden in the expert group's name only, as the seed says
   * ("不以专家组专家的名义参加商业性活动"). The default.
   */
  IN_GROUP_NAME("不以专家组专家名义参加商业性活动", "no commercial activity in the group's name"),
  /** Every recorded commercial activity of an expert is a breach, in the group's name or not. */
  ANY("不参加任何商业性活动", "no commercial activity at all");

  private final BilingualText name;

  CommercialRule(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
