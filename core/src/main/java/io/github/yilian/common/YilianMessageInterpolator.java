package io.github.yilian.common;

import jakarta.validation.MessageInterpolator;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Interpolates the messages of every model: the templates come from the application's
 * {@code ValidationMessages}, then every library's {@code ContributorValidationMessages} (Yilian's
 * among them), then Hibernate Validator's own bundle, as Bean Validation prescribes.
 *
 * <p>The language is chosen when a message is made, not when the validator was built: the
 * {@linkplain Locale#getDefault() default locale} at that moment, or the locale a caller asks for,
 * reduced to Yilian's two languages by {@link #language(Locale)}; Hibernate Validator's messages of
 * the built-in constraints follow the same choice. Parameters are replaced by their
 * values, a {@link BilingualText} in the message's language, a {@link Named} value by its Chinese
 * name in Chinese (by its constant name in English); expressions
 * ({@code ${…}}) are left as they are, without evaluation and without a log line. A value is
 * inserted verbatim: braces or dollar signs in it are never read as a parameter or an expression.
 *
 * <p>This class is immutable and thread-safe.
 */
final class YilianMessageInterpolator extends AbstractMessageInterpolator {

  /** Yilian's bundle, and every other library's, merged from the whole class path. */
  private static final String CONTRIBUTOR_BUNDLE = "ContributorValidationMessages";

  YilianMessageInterpolator() {
    super(
        null,
        new PlatformResourceBundleLocator(
            CONTRIBUTOR_BUNDLE, YilianMessageInterpolator.class.getClassLoader(), true),
        Set.of(),
        Locale.ROOT,
        context -> language(Locale.getDefault()),
        false);
  }

  /**
   * Reduces a locale to the language of Yilian's messages: simplified Chinese for any Chinese locale
   * ({@code zh}, {@code zh_CN}, {@code zh_TW}, {@code zh_HK}), the script of every Chinese text in
   * the library, and English for every other, so that one message never mixes two languages.
   *
   * @param locale the reader's locale, not null
   * @return {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}
   */
  static Locale language(Locale locale) {
    return isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  /**
   * Checks whether a locale reads Chinese, the one rule for choosing a language in the library.
   *
   * @param locale the locale, not null
   * @return true for any locale of the language {@code zh}
   */
  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * Returns an interpolator that makes every message in one locale, whatever the default.
   *
   * @param locale the locale, not null
   * @return the interpolator
   */
  MessageInterpolator in(Locale locale) {
    Locale language = language(locale);
    return new MessageInterpolator() {
      @Override
      public String interpolate(String messageTemplate, Context context) {
        return YilianMessageInterpolator.this.interpolate(messageTemplate, context, language);
      }

      @Override
      public String interpolate(String messageTemplate, Context context, Locale ignored) {
        return YilianMessageInterpolator.this.interpolate(messageTemplate, context, language);
      }
    };
  }

  @Override
  protected String interpolate(Context context, Locale locale, String term) {
    if (term.startsWith("$")) {
      return term;
    }
    Object value = parameter(context, term.substring(1, term.length() - 1));
    return value == null ? term : escaped(shown(value, locale));
  }

  private static Object parameter(Context context, String name) {
    if (context instanceof HibernateMessageInterpolatorContext hibernate) {
      Object value = hibernate.getMessageParameters().get(name);
      if (value != null) {
        return value;
      }
    }
    return context.getConstraintDescriptor().getAttributes().get(name);
  }

  /**
   * Shows a parameter's value in the message's language. A {@link Named} value is shown by its
   * Chinese name in a Chinese message and as itself ({@code toString()}, an enum's constant name
   * such as {@code FAIL}, which a developer finds in the code) in an English one.
   */
  private static String shown(Object value, Locale locale) {
    if (value instanceof Named named) {
      return isChinese(locale) ? named.getChineseName() : named.toString();
    }
    if (value instanceof BilingualText text) {
      return text.in(locale);
    }
    if (value instanceof Collection<?> values) {
      Stream<String> shown = values.stream().map(v -> shown(v, locale));
      return isChinese(locale) ? shown.collect(Collectors.joining("、")) : shown.collect(Collectors.joining(", ", "[", "]"));
    }
    if (!value.getClass().isArray()) {
      return String.valueOf(value);
    }
    return value instanceof Object[] array ? Arrays.deepToString(array) : primitives(value);
  }

  private static String primitives(Object array) {
    if (array instanceof int[] ints) {
      return Arrays.toString(ints);
    }
    if (array instanceof long[] longs) {
      return Arrays.toString(longs);
    }
    if (array instanceof boolean[] booleans) {
      return Arrays.toString(booleans);
    }
    if (array instanceof char[] chars) {
      return Arrays.toString(chars);
    }
    if (array instanceof byte[] bytes) {
      return Arrays.toString(bytes);
    }
    if (array instanceof short[] shorts) {
      return Arrays.toString(shorts);
    }
    if (array instanceof float[] floats) {
      return Arrays.toString(floats);
    }
    return Arrays.toString((double[]) array);
  }

  /**
   * Escapes the characters Hibernate Validator reads as message syntax; it unescapes them as the
   * last step of interpolation, so the value comes out as it went in.
   */
  private static String escaped(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
