package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * One of the four selection criteria an expert must meet (seed 000, section 一(一)–(四)).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SelectionCriterion implements Named {
  /** 一(一): firm political stance, law-abiding, disciplined, academic integrity, dedication. */
  INTEGRITY("政治立场坚定，遵纪守法，恪守学术道德", "political integrity, discipline and academic ethics"),
  /** 一(二): sense of mission and responsibility, overall view, cooperation, innovation. */
  COMMITMENT("事业心和责任感，大局意识与协作精神", "commitment, overall view and cooperation"),
  /** 一(三): knows tiered care and consortia, academic standing, local practice, analysis. */
  EXPERTISE("熟悉分级诊疗与医联体建设，学术造诣与实践经验", "expertise in tiered care and consortia, with practice"),
  /** 一(四): has the time and energy for the group's research and evaluation tasks. */
  AVAILABILITY("能投入足够时间和精力", "time and energy for the tasks");

  private final BilingualText name;

  SelectionCriterion(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
