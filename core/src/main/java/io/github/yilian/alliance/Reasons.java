package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;

/** Builds the one-line reasons of criterion scores: an explanation, then the points. */
final class Reasons {

  private Reasons() {}

  static BilingualText awarded(String chinese, String english, int points) {
    return BilingualText.of(chinese + "：得 " + points + " 分", english + ": " + points + (points == 1 ? " point" : " points"));
  }
}
