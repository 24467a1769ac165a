package io.github.yilian.pilot;

import static io.github.yilian.pilot.PilotFixtures.EXPERT_A;
import static io.github.yilian.pilot.PilotFixtures.EXPERT_B;
import static io.github.yilian.pilot.PilotFixtures.ZHENJIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.yilian.common.ModelValidator;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The pilot keys of the Bean Validation messages: Chinese with Chinese punctuation and no English
 * words, and language-dependent values (kinds, topics, cities) taken in their Chinese form.
 */
class PilotMessagesTest {

  /** The bundle, under the name libraries use or under the older name. */
  private static ResourceBundle bundle(Locale locale) {
    for (String name : List.of("ContributorValidationMessages", "ValidationMessages")) {
      try {
        return ResourceBundle.getBundle(name, locale);
      } catch (MissingResourceException e) {
        // try the next name
      }
    }
    throw new AssertionError("no validation message bundle");
  }

  private static List<String> pilotKeys(ResourceBundle bundle) {
    return bundle.keySet().stream().filter(key -> key.startsWith("io.github.yilian.pilot.")).sorted().toList();
  }

  @Test
  void chineseMessagesHaveChinesePunctuationAndNoEnglishWords() {
    ResourceBundle chinese = bundle(Locale.SIMPLIFIED_CHINESE);

    assertThat(pilotKeys(chinese)).hasSizeGreaterThan(20).allSatisfy(key -> {
      String text = chinese.getString(key).replaceAll("\\{[A-Za-z0-9]+\\}", "");
      assertThat(text).as(key).doesNotContainPattern("[A-Za-z]").doesNotContainPattern("[,:;()]");
    });
  }

  /** A city, a kind or a topic in a message is shown in the message's language. */
  @Test
  void chineseMessagesShowCitiesKindsAndTopicsInChinese() {
    ConstraintViolationException twice =
        catchThrowableOfType(
            ConstraintViolationException.class,
            () -> CollaborationGroup.builder().topic(ReformTopic.PERSONNEL_AND_PAY_REFORM)
                .addLeadUnits(ZHENJIANG, ZHENJIANG).addGuidingExperts(EXPERT_A, EXPERT_B).build());

    assertThat(ModelValidator.messageIn(twice, Locale.SIMPLIFIED_CHINESE)).contains("镇江市（江苏省）").doesNotContain("(");
    assertThat(ModelValidator.messageIn(twice, Locale.ENGLISH)).contains("lead unit 镇江市 (江苏省) is named twice");
  }

  @Test
  void everyPilotKeyIsInBothLanguages() {
    assertThat(pilotKeys(bundle(Locale.SIMPLIFIED_CHINESE))).containsExactlyElementsOf(pilotKeys(bundle(Locale.ENGLISH)));
  }
}
