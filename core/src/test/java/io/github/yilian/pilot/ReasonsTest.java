package io.github.yilian.pilot;

import static io.github.yilian.pilot.PilotFixtures.ZHENJIANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of Chinese messages that are built from values: cities, topics and seed sections. */
class ReasonsTest {

  @Test
  void cityInChineseHasFullWidthParentheses() {
    assertThat(Reasons.chinese(ZHENJIANG)).isEqualTo("镇江市（江苏省）");
  }

  @Test
  void topicsInChineseAreJoinedWithTheEnumerationComma() {
    assertThat(Reasons.chineseTopics(List.of(ReformTopic.HOSPITAL_INFORMATISATION, ReformTopic.SEPARATING_MEDICINE_FROM_PHARMACY)))
        .isEqualTo("医药分开、推进医院信息化建设");
    assertThat(Reasons.englishTopics(List.of(ReformTopic.HOSPITAL_INFORMATISATION, ReformTopic.SEPARATING_MEDICINE_FROM_PHARMACY)))
        .isEqualTo("separating medical care from drug sales, hospital informatisation");
  }

  @Test
  void sectionInChineseHasFullWidthParentheses() {
    assertThat(Reasons.chineseSection(Obligation.P3)).isEqualTo("三（一）2、五（三）");
  }
}
