package io.github.yilian.excel;

import io.github.yilian.common.BilingualText;

/** Why a cell's content cannot be read as its column's kind; thrown by parsers, never escapes the reader. */
final class BadCell extends Exception {

  private static final long serialVersionUID = 1L;

  final transient BilingualText reason;

  BadCell(String chinese, String english) {
    super(english, null, false, false);
    this.reason = BilingualText.of(chinese, english);
  }
}
