package io.github.yilian.common;

import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A text shown to users, in Chinese and in English: names of units and rules, reasons for scores
 * and statuses.
 *
 * <p>Both texts must have a visible character (white space of any kind, control and format
 * characters alone are blank); they are kept as given, any length. Both are checked in plain code
 * when the text is made, so the library's own reasons cost no run of the validation engine; a blank
 * text is rejected with the {@link jakarta.validation.ConstraintViolationException} and the messages
 * of every other model ({@link ModelValidator}). This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class BilingualText {

  BilingualText() {}

  /**
   * Returns the text in Chinese.
   *
   * @return the Chinese text, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getChinese();

  /**
   * Returns the text in English.
   *
   * @return the English text, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getEnglish();

  /**
   * Creates a bilingual text.
   *
   * @param chinese the Chinese text, not blank
   * @param english the English text, not blank
   * @return the text
   * @throws jakarta.validation.ConstraintViolationException if either text is blank
   * @throws NullPointerException if either argument is null
   */
  public static BilingualText of(String chinese, String english) {
    return ImmutableBilingualText.of(chinese, english);
  }

  /**
   * Returns the text for a locale: Chinese for any {@code zh} locale ({@code zh}, {@code zh_CN},
   * {@code zh_TW}, {@code zh_HK}), English for every other. Messages of invalid models choose their
   * language by the same rule.
   *
   * @param locale the reader's locale, not null
   * @return the text in that language
   * @throws NullPointerException if {@code locale} is null
   */
  public String in(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return YilianMessageInterpolator.isChinese(locale) ? getChinese() : getEnglish();
  }

  @Value.Check
  void check() {
    ModelValidator.check(this, ModelValidator.isVisible(getChinese()) && ModelValidator.isVisible(getEnglish()));
  }

  /**
   * Returns both texts, Chinese first.
   *
   * @return {@code "中文 / English"}
   */
  @Override
  public String toString() {
    return getChinese() + " / " + getEnglish();
  }
}
