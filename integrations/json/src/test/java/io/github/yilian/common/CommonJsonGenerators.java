package io.github.yilian.common;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the {@code common} types for the JSON round-trip properties; public so that the
 * Jackson modules' tests reach them, built on {@link CommonGenerators}.
 */
public final class CommonJsonGenerators {

  /** Texts JSON must escape, Chinese, and a character outside the Basic Multilingual Plane. */
  private static final List<String> AWKWARD = List.of("\"quoted\"", "back\\slash", "line\nbreak", "tab\t",
      "达标，差 1 人（牵头医院）", "𠀀 surrogate", "</script>", "ctl\u0001");

  private CommonJsonGenerators() {}

  /**
   * Non-blank text: Latin letters, Chinese characters, or something awkward for JSON.
   *
   * @return a generator of strings
   */
  public static Gen<String> texts() {
    Gen<String> latin = strings().basicLatinAlphabet().ofLengthBetween(0, 12).map(s -> "x" + s);
    Gen<String> chinese = strings().betweenCodePoints(0x4e00, 0x9fa5).ofLengthBetween(1, 8);
    return latin.mix(chinese, 40).mix(Generate.pick(AWKWARD), 20);
  }

  /**
   * Bilingual texts of {@link #texts()}.
   *
   * @return a generator of texts
   */
  public static Gen<BilingualText> bilingualTexts() {
    return texts().zip(texts(), BilingualText::of);
  }

  /**
   * Shares up to denominator 100, and at the limits of {@code long}.
   *
   * @return a generator of shares
   */
  public static Gen<Share> shares() {
    return CommonGenerators.shares(100).mix(CommonGenerators.hugeShares(), 30);
  }

  /**
   * Date ranges, from {@link CommonGenerators#dateRanges()}.
   *
   * @return a generator of ranges
   */
  public static Gen<DateRange> dateRanges() {
    return CommonGenerators.dateRanges();
  }

  /**
   * Findings of every severity.
   *
   * @return a generator of findings
   */
  public static Gen<Finding> findings() {
    return texts().zip(texts(), Generate.enumValues(Severity.class), bilingualTexts(),
        (rule, subject, severity, reason) ->
            Finding.builder().ruleId(rule).subject(subject).severity(severity).reason(reason).build());
  }

  /**
   * Rankings of up to 8 findings by severity, ties sharing a rank.
   *
   * @return a generator of rankings
   */
  public static Gen<Ranking<Finding>> rankings() {
    return org.quicktheories.generators.SourceDSL.lists().of(findings()).ofSizeBetween(0, 8).map(findings ->
        Ranking.of(findings, java.util.Comparator.comparing(Finding::getSeverity),
            java.util.Comparator.comparing(Finding::getRuleId).thenComparing(Finding::getSubject)));
  }

  /**
   * Small counts, for sizes of generated lists.
   *
   * @return a generator of counts from 0 to 5
   */
  public static Gen<Integer> few() {
    return integers().between(0, 5);
  }
}
