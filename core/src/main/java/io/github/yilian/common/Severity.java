package io.github.yilian.common;

/**
 * How serious a {@link Finding} is.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Severity implements Named {
  /** A rule is broken: the document's requirement is not met. */
  VIOLATION("违规", "violation"),
  /** Something needs attention before it becomes a breach, such as a deadline close at hand. */
  WARNING("提醒", "warning"),
  /** A fact worth showing that breaks no rule. */
  NOTICE("提示", "notice");

  private final BilingualText name;

  Severity(String chineseName, String englishName) {
    this.name = BilingualText.of(chineseName, englishName);
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
