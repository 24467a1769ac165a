package io.github.yilian.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public factory and method of {@code common} fed edge values: nulls in arguments and
 * collections, blank, very long and control-character strings, 0, negative and MAX values,
 * {@link LocalDate#MIN}/{@link LocalDate#MAX}, thousands of items. Each either fails with the
 * documented exception and message (README, "How models behave") or returns the documented result.
 */
class HostileInputTest {

  private static final LocalDate DAY = LocalDate.of(2023, 6, 30);
  private static final BilingualText REASON = BilingualText.of("理由", "reason");
  private static final Share THIRD = Share.of(1, 3);
  private static final Comparator<String> NATURAL = Comparator.naturalOrder();
  private static final String MILLION_ONES = "1".repeat(1_000_000);
  private static final String HUNDRED_ONES = "1".repeat(100);

  private static Arguments rejects(String call, ThrowingCallable code, Class<? extends Throwable> type, String message) {
    return arguments(call, code, type, message);
  }

  private static Arguments accepts(String call, Callable<?> code, Object expected) {
    return arguments(call, code, expected);
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        // Share.of
        rejects("Share.of(0, 0)", () -> Share.of(0, 0), IllegalArgumentException.class, "denominator must be positive: 0"),
        rejects("Share.of(1, Long.MIN_VALUE)", () -> Share.of(1, Long.MIN_VALUE), IllegalArgumentException.class,
            "denominator must be positive: -9223372036854775808"),
        rejects("Share.of(Long.MIN_VALUE, 1)", () -> Share.of(Long.MIN_VALUE, 1), IllegalArgumentException.class,
            "numerator must not be negative: -9223372036854775808"),
        rejects("Share.of(MAX, MAX - 1)", () -> Share.of(Long.MAX_VALUE, Long.MAX_VALUE - 1), IllegalArgumentException.class,
            "numerator 9223372036854775807 is above denominator 9223372036854775806"),
        // Share.percent
        rejects("Share.percent(null)", () -> Share.percent(null), NullPointerException.class, "percent"),
        rejects("Share.percent(\"\")", () -> Share.percent(""), IllegalArgumentException.class, "percent is not a decimal number: \"\""),
        rejects("Share.percent(blank)", () -> Share.percent(" \t "), IllegalArgumentException.class,
            "percent is not a decimal number: \" \\t \""),
        rejects("Share.percent(1E-2147483647)", () -> Share.percent("1E-2147483647"), IllegalArgumentException.class,
            "percent is not a decimal number: \"1E-2147483647\""),
        rejects("Share.percent(1E+2147483647)", () -> Share.percent("1E+2147483647"), IllegalArgumentException.class,
            "percent is not a decimal number: \"1E+2147483647\""),
        rejects("Share.percent(6e1)", () -> Share.percent("6e1"), IllegalArgumentException.class, "percent is not a decimal number: \"6e1\""),
        rejects("Share.percent(full-width digits)", () -> Share.percent("６０"), IllegalArgumentException.class,
            "percent is not a decimal number: \"６０\""),
        rejects("Share.percent(NaN)", () -> Share.percent("NaN"), IllegalArgumentException.class, "percent is not a decimal number: \"NaN\""),
        rejects("Share.percent(control character)", () -> Share.percent("60\u0000"), IllegalArgumentException.class,
            "percent is not a decimal number: \"60\\u0000\""),
        rejects("Share.percent(two points)", () -> Share.percent("1.2.3"), IllegalArgumentException.class,
            "percent is not a decimal number: \"1.2.3\""),
        rejects("Share.percent(a million digits)", () -> Share.percent(MILLION_ONES), IllegalArgumentException.class,
            "percent has more than 40 characters: \"" + HUNDRED_ONES + "…\" (1000000 characters)"),
        rejects("Share.percent(above 100)", () -> Share.percent("100.0000000000000001"), IllegalArgumentException.class,
            "percent must be from 0 to 100: 100.0000000000000001"),
        rejects("Share.percent(negative)", () -> Share.percent("-0.5"), IllegalArgumentException.class, "percent must be from 0 to 100: -0.5"),
        rejects("Share.percent(17 places)", () -> Share.percent("0.00000000000000001"), IllegalArgumentException.class,
            "percent has more than 16 decimal places: 0.00000000000000001"),
        // Share methods
        rejects("toPercent(-1)", () -> THIRD.toPercent(-1, RoundingMode.HALF_UP), IllegalArgumentException.class,
            "scale -1 is outside the supported scales 0 to 16"),
        rejects("toPercent(17)", () -> THIRD.toPercent(17, RoundingMode.HALF_UP), IllegalArgumentException.class,
            "scale 17 is outside the supported scales 0 to 16"),
        rejects("toPercent(Integer.MAX_VALUE)", () -> THIRD.toPercent(Integer.MAX_VALUE, RoundingMode.HALF_UP),
            IllegalArgumentException.class, "scale 2147483647 is outside the supported scales 0 to 16"),
        rejects("toPercent(Integer.MIN_VALUE)", () -> THIRD.toPercent(Integer.MIN_VALUE, RoundingMode.HALF_UP),
            IllegalArgumentException.class, "scale -2147483648 is outside the supported scales 0 to 16"),
        rejects("toPercent(2, null)", () -> THIRD.toPercent(2, null), NullPointerException.class, "rounding"),
        rejects("toPercent(2, UNNECESSARY) of 1/3", () -> THIRD.toPercent(2, RoundingMode.UNNECESSARY), ArithmeticException.class,
            "Rounding necessary"),
        rejects("meets(null)", () -> THIRD.meets(null), NullPointerException.class, "threshold"),
        rejects("isGreaterThan(null)", () -> THIRD.isGreaterThan(null), NullPointerException.class, "other"),
        rejects("isLessThan(null)", () -> THIRD.isLessThan(null), NullPointerException.class, "other"),
        rejects("isEqualTo(null)", () -> THIRD.isEqualTo(null), NullPointerException.class, "other"),
        rejects("compareTo(null)", () -> THIRD.compareTo(null), NullPointerException.class, "other"),
        rejects("unitsNeeded(null)", () -> THIRD.unitsNeeded(null), NullPointerException.class, "threshold"),
        // DateRange
        rejects("DateRange.of(null, day)", () -> DateRange.of(null, DAY), NullPointerException.class, "start"),
        rejects("DateRange.of(day, null)", () -> DateRange.of(DAY, null), NullPointerException.class, "end"),
        rejects("DateRange.of(MAX, MIN)", () -> DateRange.of(LocalDate.MAX, LocalDate.MIN), IllegalArgumentException.class,
            "end date -999999999-01-01 is before start date +999999999-12-31"),
        rejects("DateRange.ofYear(0)", () -> DateRange.ofYear(0), IllegalArgumentException.class,
            "year 0 is outside the supported years 1900 to 2200"),
        rejects("DateRange.ofYear(-1)", () -> DateRange.ofYear(-1), IllegalArgumentException.class,
            "year -1 is outside the supported years 1900 to 2200"),
        rejects("DateRange.ofYear(2201)", () -> DateRange.ofYear(2201), IllegalArgumentException.class,
            "year 2201 is outside the supported years 1900 to 2200"),
        rejects("DateRange.ofYear(Integer.MAX_VALUE)", () -> DateRange.ofYear(Integer.MAX_VALUE), IllegalArgumentException.class,
            "year 2147483647 is outside the supported years 1900 to 2200"),
        rejects("DateRange.ofYear(1_000_000_000)", () -> DateRange.ofYear(1_000_000_000), IllegalArgumentException.class,
            "year 1000000000 is outside the supported years 1900 to 2200"),
        rejects("contains(null)", () -> DateRange.ofYear(2023).contains(null), NullPointerException.class, "date"),
        rejects("overlaps(null)", () -> DateRange.ofYear(2023).overlaps(null), NullPointerException.class, "other"),
        // BilingualText
        rejects("BilingualText.of(null, text)", () -> BilingualText.of(null, "x"), NullPointerException.class, "chinese"),
        rejects("BilingualText.of(text, null)", () -> BilingualText.of("甲", null), NullPointerException.class, "english"),
        rejects("BilingualText.of(\"\", \"\")", () -> BilingualText.of("", ""), ConstraintViolationException.class,
            "BilingualText is invalid: chinese must not be blank: \"\"; english must not be blank: \"\""),
        rejects("BilingualText.of(ideographic space)", () -> BilingualText.of("\u3000", "x"), ConstraintViolationException.class,
            "BilingualText is invalid: chinese must not be blank: \"\u3000\""),
        rejects("BilingualText.of(zero-width space)", () -> BilingualText.of("甲", "\u200b"), ConstraintViolationException.class,
            "BilingualText is invalid: english must not be blank: \"\\u200b\""),
        rejects("BilingualText.of(no-break space)", () -> BilingualText.of("甲", "\u00a0"), ConstraintViolationException.class,
            "BilingualText is invalid: english must not be blank: \"\u00a0\""),
        rejects("BilingualText.of(NUL)", () -> BilingualText.of("\u0000", "x"), ConstraintViolationException.class,
            "BilingualText is invalid: chinese must not be blank: \"\\u0000\""),
        rejects("BilingualText.of(a million spaces)", () -> BilingualText.of(" ".repeat(1_000_000), "x"),
            ConstraintViolationException.class,
            "BilingualText is invalid: chinese must not be blank: \"" + " ".repeat(100) + "…\" (1000000 characters)"),
        rejects("in(null)", () -> REASON.in(null), NullPointerException.class, "locale"),
        // Finding
        rejects("Finding.builder().build()", () -> Finding.builder().build(), IllegalStateException.class,
            "Cannot build Finding, some of required attributes are not set [ruleId, subject, severity, reason]"),
        rejects("Finding without a severity", () -> Finding.builder().ruleId("r").subject("s").reason(REASON).build(),
            IllegalStateException.class, "Cannot build Finding, some of required attributes are not set [severity]"),
        rejects("Finding.builder().ruleId(null)", () -> Finding.builder().ruleId(null), NullPointerException.class, "ruleId"),
        rejects("Finding.builder().severity(null)", () -> Finding.builder().severity(null), NullPointerException.class, "severity"),
        rejects("Finding with blank ids", () -> Finding.builder().ruleId("\n").subject("\t").severity(Severity.NOTICE).reason(REASON).build(),
            ConstraintViolationException.class,
            "Finding is invalid: ruleId must not be blank: \"\\n\"; subject must not be blank: \"\\t\""),
        // Ranked and Ranking
        rejects("Ranked.of(0, item)", () -> Ranked.of(0, "a"), ConstraintViolationException.class,
            "Ranked is invalid: rank must be greater than 0: 0"),
        rejects("Ranked.of(Integer.MIN_VALUE, item)", () -> Ranked.of(Integer.MIN_VALUE, "a"), ConstraintViolationException.class,
            "Ranked is invalid: rank must be greater than 0: -2147483648"),
        rejects("Ranked.of(1, null)", () -> Ranked.of(1, null), NullPointerException.class, "item"),
        rejects("Ranking.of(null, …)", () -> Ranking.of(null, NATURAL, NATURAL), NullPointerException.class, "items"),
        rejects("Ranking.of(…, null, …)", () -> Ranking.of(List.of("a"), null, NATURAL), NullPointerException.class, "bestFirst"),
        rejects("Ranking.of(…, null)", () -> Ranking.of(List.of("a"), NATURAL, null), NullPointerException.class, "tieBreak"),
        rejects("Ranking.of([null])", () -> Ranking.of(Arrays.asList((String) null), NATURAL, NATURAL), NullPointerException.class,
            "items[0]"),
        rejects("Ranking.of(9,999 items and a null)", () -> Ranking.of(withNullAtEnd(9_999), NATURAL, NATURAL),
            NullPointerException.class, "items[9999]"),
        rejects("getEntries().add", () -> Ranking.of(List.of("a"), NATURAL, NATURAL).getEntries().add(Ranked.of(1, "b")),
            UnsupportedOperationException.class, null),
        // SupportedRange
        rejects("requireDate(null)", () -> SupportedRange.requireDate(null, "asOf"), NullPointerException.class, "asOf"),
        rejects("requireDate(MIN)", () -> SupportedRange.requireDate(LocalDate.MIN, "asOf"), IllegalArgumentException.class,
            "asOf -999999999-01-01 is outside the supported dates 1900-01-01 to 2200-12-31"),
        rejects("requireDate(MAX)", () -> SupportedRange.requireDate(LocalDate.MAX, "asOf"), IllegalArgumentException.class,
            "asOf +999999999-12-31 is outside the supported dates 1900-01-01 to 2200-12-31"),
        rejects("requireDate(day, null)", () -> SupportedRange.requireDate(DAY, null), NullPointerException.class, "name"),
        rejects("requireYear(2023, null)", () -> SupportedRange.requireYear(2023, null), NullPointerException.class, "name"),
        rejects("requireCount(1, null)", () -> SupportedRange.requireCount(1, null), NullPointerException.class, "name"),
        rejects("isSupported(null)", () -> SupportedRange.isSupported(null), NullPointerException.class, "date"),
        rejects("requireYear(Integer.MIN_VALUE)", () -> SupportedRange.requireYear(Integer.MIN_VALUE, "year"),
            IllegalArgumentException.class, "year -2147483648 is outside the supported years 1900 to 2200"),
        rejects("requireCount(Long.MIN_VALUE)", () -> SupportedRange.requireCount(Long.MIN_VALUE, "n"), IllegalArgumentException.class,
            "n -9223372036854775808 is outside the supported counts 0 to 1000000000000"),
        rejects("requireCount(MAX_COUNT + 1)", () -> SupportedRange.requireCount(SupportedRange.MAX_COUNT + 1, "n"),
            IllegalArgumentException.class, "n 1000000000001 is outside the supported counts 0 to 1000000000000"),
        // ModelValidator
        rejects("ModelValidator.check(null)", () -> ModelValidator.check(null), NullPointerException.class, "model"),
        rejects("violationsIn(null, locale)", () -> ModelValidator.violationsIn(null, Locale.CHINA), NullPointerException.class,
            "rejected"),
        rejects("messageIn(null, locale)", () -> ModelValidator.messageIn(null, Locale.CHINA), NullPointerException.class,
            "rejected"));
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        accepts("Share.of(MAX, MAX) is 100 %", () -> Share.of(Long.MAX_VALUE, Long.MAX_VALUE).isEqualTo(Share.ONE), true),
        accepts("Share.of(0, MAX) is 0 %", () -> Share.of(0, Long.MAX_VALUE).isEqualTo(Share.ZERO), true),
        accepts("Share.of(0, MAX) needs MAX for 100 %", () -> Share.of(0, Long.MAX_VALUE).unitsNeeded(Share.ONE), Long.MAX_VALUE),
        accepts("Share.of(1, MAX) at scale 16", () -> Share.of(1, Long.MAX_VALUE).toPercent(16, RoundingMode.HALF_UP),
            new BigDecimal("0.0000000000000000")),
        accepts("Share.percent(\"-0\")", () -> Share.percent("-0"), Share.ZERO),
        accepts("Share.percent(\"+60\")", () -> Share.percent("+60"), Share.of(3, 5)),
        accepts("Share.percent(\".5\")", () -> Share.percent(".5"), Share.of(1, 200)),
        accepts("Share.percent(\"100.\")", () -> Share.percent("100."), Share.ONE),
        accepts("Share.percent(40 characters)", () -> Share.percent("0".repeat(36) + "60.5"), Share.of(121, 200)),
        accepts("Share.percent(white space around)", () -> Share.percent("\u3000 12.5\t\n"), Share.of(1, 8)),
        accepts("Share.percent(16 places)", () -> Share.percent("99.9999999999999999"), Share.of(999_999_999_999_999_999L, 1_000_000_000_000_000_000L)),
        accepts("toPercent(0)", () -> Share.of(2, 3).toPercent(0, RoundingMode.HALF_UP), new BigDecimal("67")),
        accepts("toPercent(16)", () -> THIRD.toPercent(16, RoundingMode.DOWN), new BigDecimal("33.3333333333333333")),
        // 1,999,999,999 years of 365 days and 484,999,999 leap days (every 4th year, not every 100th, every 400th)
        accepts("DateRange.of(MIN, MAX) length", () -> DateRange.of(LocalDate.MIN, LocalDate.MAX).lengthInDays(), 730_484_999_634L),
        accepts("DateRange.of(MAX, MAX) length", () -> DateRange.of(LocalDate.MAX, LocalDate.MAX).lengthInDays(), 1L),
        accepts("DateRange.ofYear(2023).contains(MIN)", () -> DateRange.ofYear(2023).contains(LocalDate.MIN), false),
        accepts("DateRange.ofYear(2200).contains(last day)", () -> DateRange.ofYear(2200).contains(SupportedRange.MAX_DATE), true),
        accepts("BilingualText keeps control characters", () -> BilingualText.of("甲\n乙", "a\tb").getChinese(), "甲\n乙"),
        accepts("BilingualText keeps a million characters", () -> BilingualText.of("甲".repeat(1_000_000), "x").getChinese().length(),
            1_000_000),
        accepts("in(Locale.ROOT)", () -> REASON.in(Locale.ROOT), "reason"),
        accepts("in(zh_SG)", () -> REASON.in(Locale.forLanguageTag("zh-SG")), "理由"),
        accepts("Finding with a long subject", () -> Finding.builder().ruleId("r").subject("s".repeat(10_000))
            .severity(Severity.WARNING).reason(REASON).build().getSubject().length(), 10_000),
        accepts("Ranking.of(10,000 items)", () -> Ranking.of(thousands(10_000), NATURAL, NATURAL).getEntries().size(), 10_000),
        accepts("Ranking.of(empty)", () -> Ranking.of(List.<String>of(), NATURAL, NATURAL).isEmpty(), true),
        accepts("ModelValidator.check(unconstrained)", () -> ModelValidator.check("just a string"), "just a string"));
  }

  private static List<String> thousands(int n) {
    List<String> items = new ArrayList<>(n);
    for (int i = n; i > 0; i--) {
      items.add("item" + i);
    }
    return items;
  }

  private static List<String> withNullAtEnd(int n) {
    List<String> items = thousands(n);
    items.add(null);
    return items;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void rejected(String call, ThrowingCallable code, Class<? extends Throwable> type, String message) {
    if (message == null) {
      assertThatThrownBy(code).isExactlyInstanceOf(type);
    } else {
      assertThatThrownBy(code).isExactlyInstanceOf(type).hasMessage(message);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void accepted(String call, Callable<?> code, Object expected) throws Exception {
    assertThat(code.call()).isEqualTo(expected);
  }

  /** No message of an invalid model is longer than its parts allow, whatever the input's length. */
  @Test
  void messagesStayShortWhateverTheInput() {
    Throwable rejected = org.assertj.core.api.Assertions.catchThrowable(
        () -> Finding.builder().ruleId(" ".repeat(1_000_000)).subject("\n".repeat(1_000_000))
            .severity(Severity.VIOLATION).reason(REASON).build());

    assertThat(rejected).isInstanceOf(ConstraintViolationException.class);
    assertThat(rejected.getMessage()).hasSizeLessThan(500).doesNotContain("\n");
  }
}
