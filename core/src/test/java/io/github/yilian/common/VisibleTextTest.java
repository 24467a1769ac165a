package io.github.yilian.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

  /** The rule {@link ModelValidator#isVisible} documents, written from its words without the fast paths. */
  private static boolean visibleByTheTable(int c) {
    int type = Character.getType(c);
    return !(Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL || type == Character.FORMAT);
  }

  @Test
  void everyCodePointAloneIsVisibleExactlyWhenTheCharacterTableSaysSo() {
    int disagreements = 0;
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
        continue;
      }
      String text = new String(Character.toChars(c));
      if (ModelValidator.isVisible(text) != visibleByTheTable(c)) {
        disagreements++;
      }
    }
    assertThat(disagreements).isZero();
  }

  @Test
  void aChineseTextAfterIdeographicSpacesIsVisible() {
    assertThat(ModelValidator.isVisible("\u3000\u3000外派指导")).isTrue();
    assertThat(ModelValidator.isVisible("\u3000\u2028\u200b")).isFalse();
  }
}
