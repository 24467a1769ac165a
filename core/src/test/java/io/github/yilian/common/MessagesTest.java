package io.github.yilian.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Yilian's Bean Validation messages: the bundles, the language of a message, an application's own bundle. */
class MessagesTest {

  private static final Locale HONG_KONG = Locale.forLanguageTag("zh-HK");

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]*)}");

  /** A blank English text, the simplest invalid model. */
  private static ConstraintViolationException blankEnglish() {
    return catchThrowableOfType(ConstraintViolationException.class, () -> BilingualText.of("中文", " "));
  }

  /** Runs an action under another default locale and restores the default afterwards. */
  private static <T> T underDefault(Locale locale, Supplier<T> action) {
    Locale previous = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      return action.get();
    } finally {
      Locale.setDefault(previous);
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name + ".properties");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static Set<String> parameters(String message) {
    Set<String> names = new TreeSet<>();
    Matcher m = PARAMETER.matcher(message);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Nested
  class Bundles {

    @Test
    void chineseBundleHasExactlyTheKeysOfTheEnglishOne() throws IOException {
      assertThat(bundle("ContributorValidationMessages_zh").stringPropertyNames())
          .isEqualTo(bundle("ContributorValidationMessages").stringPropertyNames());
    }

    @Test
    void englishBundleAddsNothingToTheBaseBundle() throws IOException {
      assertThat(bundle("ContributorValidationMessages_en")).isEmpty();
    }

    @Test
    void everyKeyIsInYiliansOwnNamespace() throws IOException {
      assertThat(bundle("ContributorValidationMessages").stringPropertyNames())
          .isNotEmpty()
          .allMatch(key -> key.startsWith("io.github.yilian."));
    }

    @Test
    void noApplicationBundleIsShippedUnderTheApplicationsName() {
      assertThat(ModelValidator.class.getResource("/ValidationMessages_zh_CN.properties")).isNull();
      assertThat(ModelValidator.class.getResource("/ValidationMessages_zh.properties")).isNull();
    }

    @Test
    void chineseAndEnglishMessagesNameTheSameParameters() throws IOException {
      Properties english = bundle("ContributorValidationMessages");
      Properties chinese = bundle("ContributorValidationMessages_zh");

      for (String key : english.stringPropertyNames()) {
        assertThat(parameters(chinese.getProperty(key))).as(key).isEqualTo(parameters(english.getProperty(key)));
      }
    }

    /** 中文信息使用中文标点（，：；（）），不含英文单词。 */
    @Test
    void chineseMessagesUseChinesePunctuationAndNoEnglishWords() throws IOException {
      Properties chinese = bundle("ContributorValidationMessages_zh");

      for (String key : chinese.stringPropertyNames()) {
        String text = PARAMETER.matcher(chinese.getProperty(key)).replaceAll("");
        assertThat(text).as(key).doesNotContainPattern("[A-Za-z]").doesNotContainPattern("[,:;()!?]");
      }
    }

    @Test
    void englishMessagesUseNoChinese() throws IOException {
      Properties english = bundle("ContributorValidationMessages");

      for (String key : english.stringPropertyNames()) {
        assertThat(english.getProperty(key)).as(key).doesNotContainPattern("\\p{IsHan}");
      }
    }
  }

  @Nested
  class Language {

    static Stream<Locale> chineseLocales() {
      return Stream.of(Locale.CHINESE, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, HONG_KONG);
    }

    static Stream<Locale> otherLocales() {
      return Stream.of(Locale.ENGLISH, Locale.US, Locale.FRENCH, Locale.GERMANY, Locale.JAPAN, Locale.ROOT);
    }

    @Test
    void messageFollowsTheDefaultLocaleWhenTheModelIsBuiltNotWhenTheValidatorStarted() {
      ConstraintViolationException english = blankEnglish();
      ConstraintViolationException chinese = underDefault(Locale.SIMPLIFIED_CHINESE, MessagesTest::blankEnglish);
      ConstraintViolationException englishAgain = blankEnglish();

      assertThat(english).hasMessage("BilingualText is invalid: english must not be blank: \" \"");
      assertThat(chinese).hasMessage("BilingualText 无效：english 不能为空：\" \"");
      assertThat(englishAgain).hasMessage(english.getMessage());
    }

    @ParameterizedTest
    @MethodSource("chineseLocales")
    void everyChineseDefaultLocaleReadsYiliansChineseMessages(Locale locale) {
      ConstraintViolationException e =
          underDefault(locale, () -> catchThrowableOfType(ConstraintViolationException.class, () -> DateRanged.of(1899)));

      assertThat(e).hasMessage("DateRanged 无效：year 须为 1900 至 2200 之间的年份：1899");
    }

    @ParameterizedTest
    @MethodSource("otherLocales")
    void everyOtherLocaleReadsEnglishEvenUnderAChineseDefault(Locale locale) {
      ConstraintViolationException e = blankEnglish();

      String message = underDefault(Locale.SIMPLIFIED_CHINESE, () -> ModelValidator.messageIn(e, locale));

      assertThat(message).isEqualTo("BilingualText is invalid: english must not be blank: \" \"");
    }

    @ParameterizedTest
    @MethodSource("chineseLocales")
    void violationsCanBeReadInAChosenLocale(Locale locale) {
      ConstraintViolationException e = blankEnglish();

      List<ConstraintViolation<Object>> violations = ModelValidator.violationsIn(e, locale);

      assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly("不能为空");
      assertThat(violations).extracting(v -> v.getPropertyPath().toString()).containsExactly("english");
      assertThat(ModelValidator.messageIn(e, locale)).isEqualTo("BilingualText 无效：english 不能为空：\" \"");
      assertThat(e.getConstraintViolations()).extracting(ConstraintViolation::getMessage).containsExactly("must not be blank");
    }

    @Test
    void everyViolationOfSeveralIsReadInTheChosenLocale() {
      ConstraintViolationException e =
          catchThrowableOfType(
              ConstraintViolationException.class,
              () -> Finding.builder().ruleId("").subject(" ").severity(Severity.NOTICE).reason(BilingualText.of("甲", "a")).build());

      assertThat(ModelValidator.messageIn(e, Locale.CHINA)).isEqualTo("Finding 无效：ruleId 不能为空：\"\"；subject 不能为空：\" \"");
      assertThat(ModelValidator.messageIn(e, Locale.UK)).isEqualTo(e.getMessage());
    }

    @Test
    void violationsInAChosenLocaleComeInPathOrder() {
      ConstraintViolationException e =
          catchThrowableOfType(
              ConstraintViolationException.class,
              () -> Finding.builder().subject(" ").ruleId("").severity(Severity.NOTICE).reason(BilingualText.of("甲", "a")).build());

      assertThat(ModelValidator.violationsIn(e, Locale.CHINA))
          .extracting(v -> v.getPropertyPath().toString())
          .containsExactly("ruleId", "subject");
    }

    @Test
    void anExceptionHoldingTwoModelsDescribesEachWithItsOwnViolations() {
      ConstraintViolationException text = blankEnglish();
      ConstraintViolationException year = catchThrowableOfType(ConstraintViolationException.class, () -> DateRanged.of(1899));
      Set<ConstraintViolation<?>> both = new java.util.LinkedHashSet<>(text.getConstraintViolations());
      both.addAll(year.getConstraintViolations());

      String message = ModelValidator.messageIn(new ConstraintViolationException(both), Locale.CHINA);

      assertThat(message.split("；"))
          .containsExactlyInAnyOrder("BilingualText 无效：english 不能为空：\" \"", "DateRanged 无效：year 须为 1900 至 2200 之间的年份：1899");
      assertThat(ModelValidator.messageIn(new ConstraintViolationException(both), Locale.US).split("; "))
          .containsExactlyInAnyOrder("BilingualText is invalid: english must not be blank: \" \"",
              "DateRanged is invalid: year must be a year from 1900 to 2200: 1899");
    }

    @Test
    void theInterpolatorForALocaleIgnoresTheLocaleHibernateValidatorPasses() {
      jakarta.validation.MessageInterpolator chinese = new YilianMessageInterpolator().in(Locale.TAIWAN);
      jakarta.validation.MessageInterpolator.Context context = new jakarta.validation.MessageInterpolator.Context() {
        @Override
        public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
          throw new UnsupportedOperationException("no parameter is read");
        }

        @Override
        public Object getValidatedValue() {
          return null;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
          throw new UnsupportedOperationException();
        }
      };
      String template = "{io.github.yilian.common.SupportedYear.message}";

      assertThat(chinese.interpolate(template, context)).isEqualTo("须为 1900 至 2200 之间的年份");
      assertThat(chinese.interpolate(template, context, Locale.US)).isEqualTo("须为 1900 至 2200 之间的年份");
    }

    @Test
    void anExceptionWithoutAModelKeepsItsMessage() {
      ConstraintViolationException foreign = new ConstraintViolationException("no model", Set.of());

      assertThat(ModelValidator.messageIn(foreign, Locale.CHINA)).isEqualTo("no model");
      assertThat(ModelValidator.violationsIn(foreign, Locale.CHINA)).isEmpty();
    }

    @Test
    void nullArgumentsAreNamed() {
      ConstraintViolationException e = blankEnglish();

      assertThatNullPointerException().isThrownBy(() -> ModelValidator.violationsIn(null, Locale.CHINA)).withMessage("rejected");
      assertThatNullPointerException().isThrownBy(() -> ModelValidator.violationsIn(e, null)).withMessage("locale");
      assertThatNullPointerException().isThrownBy(() -> ModelValidator.messageIn(e, null)).withMessage("locale");
    }
  }

  /** A model holding a year, validated the way every model is. */
  static final class DateRanged {
    private final int year;

    private DateRanged(int year) {
      this.year = year;
    }

    static DateRanged of(int year) {
      return ModelValidator.check(new DateRanged(year));
    }

    @SupportedYear
    public int getYear() {
      return year;
    }
  }

  /** An application's bean, with a message of the application's bundle and a constraint of Yilian's. */
  static final class Order {
    private final int quantity;
    private final int year;

    Order(int quantity, int year) {
      this.quantity = quantity;
      this.year = year;
    }

    @Max(value = 10, message = "{com.example.shop.Order.quantity}")
    public int getQuantity() {
      return quantity;
    }

    @SupportedYear
    public int getYear() {
      return year;
    }
  }

  @Nested
  class ApplicationBundle {

    /** The application's validator, bootstrapped the usual way; it reads the same bundles. */
    private final Validator application =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    @Test
    void applicationsOwnValidationMessagesAndYiliansResolveSideBySide() {
      assertThat(application.validate(new Order(11, 1800)))
          .extracting(ConstraintViolation::getMessage)
          .containsExactlyInAnyOrder("must not exceed the stock of 10", "must be a year from 1900 to 2200");
    }

    @Test
    void yiliansValidatorReadsTheApplicationsMessagesToo() {
      ConstraintViolationException e =
          catchThrowableOfType(ConstraintViolationException.class, () -> ModelValidator.check(new Order(11, 1800)));

      assertThat(e).hasMessage(
          "Order is invalid: quantity must not exceed the stock of 10: 11; year must be a year from 1900 to 2200: 1800");
    }
  }

  /** A cross-field rule whose parameters are bilingual values, ids with message syntax, an expression. */
  @Consistent
  static final class Labelled implements CrossFieldRules {
    private final Map<String, ?> parameters;
    private final String template;

    Labelled(String template, Map<String, ?> parameters) {
      this.template = template;
      this.parameters = parameters;
    }

    @Override
    public void checkCrossFields(Inconsistencies inconsistencies) {
      inconsistencies.add("label", template, parameters);
    }
  }

  @Nested
  class Parameters {

    private ConstraintViolationException rejected(String template, Map<String, ?> parameters) {
      return catchThrowableOfType(
          ConstraintViolationException.class, () -> ModelValidator.check(new Labelled(template, parameters)));
    }

    @Test
    void namedAndBilingualValuesAreShownInTheMessagesLanguage() {
      ConstraintViolationException e =
          rejected(
              "{severity} / {reason} / {all}",
              Map.of(
                  "severity", Severity.WARNING,
                  "reason", BilingualText.of("理由", "reason"),
                  "all", List.of(Severity.VIOLATION, Severity.NOTICE)));

      assertThat(e).hasMessage("Labelled is invalid: label: WARNING / reason / [VIOLATION, NOTICE]");
      assertThat(ModelValidator.messageIn(e, Locale.CHINA)).isEqualTo("Labelled 无效：label：提醒 / 理由 / 违规、提示");
    }

    @Test
    void valuesAreInsertedVerbatimNeverReadAsParametersOrExpressions() {
      String id = "a{b}${1+1}\\c$d\\{e";

      ConstraintViolationException e = rejected("id {id} twice", Map.of("id", id, "b", "oops"));

      assertThat(e.getConstraintViolations()).extracting(ConstraintViolation::getMessage).containsExactly("id " + id + " twice");
    }

    @Test
    void expressionsAreLeftAsTheyAreWithoutEvaluation() {
      ConstraintViolationException e = rejected("total ${1+1} of {n}", Map.of("n", 3));

      assertThat(e.getConstraintViolations()).extracting(ConstraintViolation::getMessage).containsExactly("total ${1+1} of 3");
    }

    @Test
    void anUnknownParameterIsLeftAsWritten() {
      ConstraintViolationException e = rejected("unit {unit} is unknown", Map.of());

      assertThat(e.getConstraintViolations()).extracting(ConstraintViolation::getMessage).containsExactly("unit {unit} is unknown");
    }

    @Test
    void arraysAreShownElementByElement() {
      ConstraintViolationException e =
          rejected("{ints} {longs} {texts} {nested}", Map.of("ints", new int[] {1, 2}, "longs", new long[] {3},
              "texts", new String[] {"x", "y"}, "nested", new int[][] {{1}, {2, 3}}));
      ConstraintViolationException others =
          rejected("{booleans} {chars} {bytes} {shorts} {floats} {doubles}", Map.of("booleans", new boolean[] {true},
              "chars", new char[] {'c'}, "bytes", new byte[] {7}, "shorts", new short[] {8}, "floats", new float[] {1.5f},
              "doubles", new double[] {2.5}));

      assertThat(e.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
          .containsExactly("[1, 2] [3] [x, y] [[1], [2, 3]]");
      assertThat(others.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
          .containsExactly("[true] [c] [7] [8] [1.5] [2.5]");
    }
  }
}
