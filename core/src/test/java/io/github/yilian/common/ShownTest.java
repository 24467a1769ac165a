package io.github.yilian.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a caller's value appears in a message: one line, at most 100 characters of it. */
class ShownTest {

  @Test
  void aTextOfExactlyTheLimitIsShownWhole() {
    assertThat(Shown.text("a".repeat(100))).isEqualTo("\"" + "a".repeat(100) + "\"");
    assertThat(Shown.bounded("9".repeat(100))).isEqualTo("9".repeat(100));
  }

  @Test
  void oneCharacterMoreIsCutAndCounted() {
    assertThat(Shown.text("a".repeat(101))).isEqualTo("\"" + "a".repeat(100) + "…\" (101 characters)");
    assertThat(Shown.bounded("9".repeat(101))).isEqualTo("9".repeat(100) + "… (101 characters)");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "a".repeat(99) + "😀" + "b";

    assertThat(Shown.text(text)).isEqualTo("\"" + "a".repeat(99) + "…\" (102 characters)");
  }

  @Test
  void anEmojiAtTheEndFits() {
    assertThat(Shown.text("a".repeat(98) + "😀")).isEqualTo("\"" + "a".repeat(98) + "😀\"");
  }

  @Test
  void controlFormatAndSeparatorCharactersAreEscaped() {
    assertThat(Shown.text("\r\"\\\u0007\u00ad\u2028\u2029\u0085"))
        .isEqualTo("\"\\r\\\"\\\\\\u0007\\u00ad\\u2028\\u2029\\u0085\"");
  }

  @Test
  void aListElementHasNoQuotes() {
    assertThat(Shown.inList("a\nb")).isEqualTo("a\\nb");
    assertThat(Shown.inList("x".repeat(150))).isEqualTo("x".repeat(100) + "… (150 characters)");
  }
}
