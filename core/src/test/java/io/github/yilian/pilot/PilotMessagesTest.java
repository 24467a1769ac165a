package io.github.yilian.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pilot keys of the Bean Validation messages: Chinese with Chinese punctuation and no English
 * words, and language-dependent values (kinds, topics, cities) taken in their Chinese form.
 */
class PilotMessagesTest {

  /** Keys kept in the bundles but no longer used by the pilot models. */
  private static final Set<String> UNUSED =
      Set.of(
          "io.github.yilian.pilot.CollaborationGroup.sameLead",
          "io.github.yilian.pilot.CollaborationGroup.leadAlsoParticipant",
          "io.github.yilian.pilot.Activity.reportBeforeActivity",
          "io.github.yilian.pilot.Activity.hostAndKind",
          "io.github.yilian.pilot.Submission.workYearAndKind",
          "io.github.yilian.pilot.GroupRecord.hostNotMember");

  /** The values whose text differs by language; Chinese templates must use their *Zh form. */
  private static final List<String> ENGLISH_VALUES = List.of("{kind}", "{topic}", "{city}", "{host}", "{groups}");

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

  @Test
  void usedChineseMessagesTakeTheChineseFormOfKindsTopicsAndCities() {
    ResourceBundle chinese = bundle(Locale.SIMPLIFIED_CHINESE);

    assertThat(pilotKeys(chinese)).filteredOn(key -> !UNUSED.contains(key)).allSatisfy(key ->
        assertThat(chinese.getString(key)).as(key).doesNotContain(ENGLISH_VALUES));
  }

  @Test
  void everyPilotKeyIsInBothLanguages() {
    assertThat(pilotKeys(bundle(Locale.SIMPLIFIED_CHINESE))).containsExactlyElementsOf(pilotKeys(bundle(Locale.ENGLISH)));
  }
}
