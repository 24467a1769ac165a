package io.github.yilian.common;

/** Core's knowledge of its redacted attributes, for the JSON mapping's tests in other packages. */
public final class Redaction {

  private Redaction() {}

  /**
   * Checks whether core redacts an attribute of a model ({@code @Value.Redacted}: personal data).
   *
   * @param type the model's class
   * @param attribute the attribute's name ({@code "phone"})
   * @return true if redacted, or if that cannot be known
   */
  public static boolean isRedacted(Class<?> type, String attribute) {
    return RedactedAttributes.isRedacted(type, attribute);
  }
}
