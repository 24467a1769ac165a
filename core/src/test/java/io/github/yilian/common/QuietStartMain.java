package io.github.yilian.common;

import jakarta.validation.ConstraintViolationException;

/**
 * A consumer's program, run by {@link QuietStartTest} in a fresh JVM: it builds a model and is
 * refused another, as any application does on its first use of the library.
 */
public final class QuietStartMain {

  private QuietStartMain() {}

  /**
   * Builds a valid text and an invalid one and prints what happened.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(BilingualText.of("已达标", "target met"));
    try {
      BilingualText.of("中文", " ");
    } catch (ConstraintViolationException e) {
      System.out.println(e.getMessage());
    }
  }
}
