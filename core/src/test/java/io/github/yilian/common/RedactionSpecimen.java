package io.github.yilian.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A class whose class file holds every kind of constant and of annotation value the class-file
 * reader must step over: fields, long and double constants, a lambda (method handles, dynamic call
 * sites), and class-file-only annotations with values of every kind before and after the redacted
 * accessors.
 */
final class RedactionSpecimen implements java.io.Serializable, Comparable<RedactionSpecimen> {

  private static final long serialVersionUID = 1L;

  /** An annotation kept in the class file only, with a value of every kind. */
  @Retention(RetentionPolicy.CLASS)
  @interface Marker {
    int number() default 0;

    String text() default "";

    ElementType kind() default ElementType.METHOD;

    Class<?> type() default Object.class;

    Inner inner() default @Inner;

    long[] list() default {};
  }

  /** A nested annotation value. */
  @Retention(RetentionPolicy.CLASS)
  @interface Inner {
    int value() default 0;
  }

  private final long big = 1L << 40;
  private final double ratio = 2.5;
  private final Supplier<String> lazy = () -> "lazy " + big + " " + ratio;

  @Marker(number = 3, text = "t", kind = ElementType.FIELD, type = String.class, inner = @Inner(7), list = {1, 2, 3})
  String getOpen() {
    return lazy.get();
  }

  @Value.Redacted
  @Marker(number = 4, inner = @Inner(8), list = {4})
  String getSecret() {
    return "secret";
  }

  @Marker(text = "between")
  String getAlsoOpen() {
    return "open";
  }

  @Marker(kind = ElementType.TYPE, list = {5, 6})
  @Value.Redacted
  boolean isHidden() {
    return true;
  }

  @Value.Redacted
  String redactedButNotAnAccessor(String argument) {
    return argument;
  }

  @Override
  public int compareTo(RedactionSpecimen other) {
    return 0;
  }
}
