package io.github.yilian.report.internal;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Share;
import io.github.yilian.county.Measured;
import io.github.yilian.county.Threshold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/** Values as text, the same way everywhere in the report. */
public final class Fmt {

  private Fmt() {}

  /**
   * Returns a share as a percentage with one decimal, such as "61.7 %".
   *
   * @param share the share
   * @return the percentage text
   */
  public static String percent(Share share) {
    return share.toPercent(1, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  /**
   * Returns a measured value: "3/5（60.0 %）" / "3/5 (60.0 %)", "2", 是 / yes.
   *
   * @param value the value, or empty
   * @return the text; "—" for no value
   */
  public static BilingualText value(Optional<Measured> value) {
    if (value.isEmpty()) {
      return BilingualText.of("—", "—");
    }
    Measured measured = value.get();
    return switch (measured.getKind()) {
      case SHARE -> BilingualText.of(measured.getShare() + "（" + percent(measured.getShare()) + "）",
          measured.getShare() + " (" + percent(measured.getShare()) + ")");
      case COUNT -> BilingualText.of(Long.toString(measured.getCount()), Long.toString(measured.getCount()));
      case YES_NO -> measured.isYes() ? Texts.YES : Texts.NO;
    };
  }

  /**
   * Returns a threshold: "≥ 50 %", "≥ 3", "≤ 0", 是 / yes.
   *
   * @param threshold the threshold
   * @return the text
   */
  public static BilingualText threshold(Threshold threshold) {
    return threshold.getComparison() == Threshold.Comparison.YES ? Texts.YES
        : BilingualText.of(threshold.toString(), threshold.toString());
  }

  /**
   * Returns an amount of yuan with grouping: "1,500,000 元" / "1,500,000 yuan".
   *
   * @param yuan the amount
   * @return the text
   */
  public static BilingualText yuan(BigDecimal yuan) {
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    String amount = format.format(yuan);
    return BilingualText.of(amount + " 元", amount + " yuan");
  }

  /**
   * Joins the Chinese and the English text with a line break, for an SVG tooltip.
   *
   * @param text the text
   * @return "中文\nEnglish"
   */
  public static String tip(BilingualText text) {
    return text.getChinese() + "\n" + text.getEnglish();
  }

  /**
   * Shortens a label that would overrun the room of a chart's label column, ending it with "…":
   * Chinese after {@code chinese} characters, English after twice as many (a Chinese character is
   * about two Latin letters wide). The whole name stays in the chart's tooltip and tables.
   *
   * @param text the label
   * @param chinese the most Chinese characters the room holds
   * @return the label, shortened where it is longer
   */
  public static BilingualText clip(BilingualText text, int chinese) {
    return BilingualText.of(clip(text.getChinese(), chinese), clip(text.getEnglish(), 2 * chinese));
  }

  private static String clip(String text, int max) {
    int length = text.codePointCount(0, text.length());
    return length <= max ? text : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
