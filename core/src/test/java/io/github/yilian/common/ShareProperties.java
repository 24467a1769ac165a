package io.github.yilian.common;

import static io.github.yilian.common.CommonGenerators.countShares;
import static io.github.yilian.common.CommonGenerators.hugeShares;
import static io.github.yilian.common.CommonGenerators.percentTexts;
import static io.github.yilian.common.CommonGenerators.shares;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ShareProperties {

  /** The oracle: a/b versus c/d by exact BigInteger cross-multiplication. */
  private static int oracleCompare(Share left, Share right) {
    BigInteger a = BigInteger.valueOf(left.getNumerator()).multiply(BigInteger.valueOf(right.getDenominator()));
    BigInteger b = BigInteger.valueOf(right.getNumerator()).multiply(BigInteger.valueOf(left.getDenominator()));
    return a.compareTo(b);
  }

  @Test
  void compareToAgreesWithBigIntegerArithmetic() {
    qt().forAll(hugeShares(), hugeShares())
        .checkAssert((a, b) -> assertThat(Integer.signum(a.compareTo(b))).isEqualTo(oracleCompare(a, b)));
  }

  @Test
  void meetsAgreesWithBigIntegerArithmeticOnSmallCounts() {
    qt().forAll(shares(200), shares(200))
        .checkAssert((share, threshold) -> assertThat(share.meets(threshold)).isEqualTo(oracleCompare(share, threshold) >= 0));
  }

  @Test
  void shareLiesBetweenZeroAndOne() {
    qt().forAll(hugeShares())
        .checkAssert(share -> assertThat(share.meets(Share.ZERO) && Share.ONE.meets(share)).isTrue());
  }

  @Test
  void addingUnitsNeededMeetsTheThresholdAndOneFewerDoesNot() {
    qt().forAll(shares(10_000), shares(1_000))
        .checkAssert(
            (share, threshold) -> {
              long needed = share.unitsNeeded(threshold);
              long den = share.getDenominator();
              assertThat(Share.of(share.getNumerator() + needed, den).meets(threshold)).isTrue();
              if (needed > 0) {
                assertThat(Share.of(share.getNumerator() + needed - 1, den).meets(threshold)).isFalse();
              }
            });
  }

  @Test
  void unitsNeededIsZeroExactlyWhenMet() {
    qt().forAll(shares(10_000), shares(1_000))
        .checkAssert(
            (share, threshold) -> assertThat(share.unitsNeeded(threshold) == 0).isEqualTo(share.meets(threshold)));
  }

  @Test
  void unitsNeededIsExactAtTheLimitsOfLong() {
    qt().forAll(hugeShares(), hugeShares())
        .checkAssert(
            (share, threshold) -> {
              BigInteger den = BigInteger.valueOf(share.getDenominator());
              BigInteger[] qr =
                  BigInteger.valueOf(threshold.getNumerator()).multiply(den).divideAndRemainder(BigInteger.valueOf(threshold.getDenominator()));
              BigInteger required = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
              long expected = required.subtract(BigInteger.valueOf(share.getNumerator())).max(BigInteger.ZERO).longValueExact();
              assertThat(share.unitsNeeded(threshold)).isEqualTo(expected);
            });
  }

  @Test
  void toPercentMatchesBigDecimalDivision() {
    qt().forAll(shares(100_000))
        .checkAssert(
            share ->
                assertThat(share.toPercent(4, RoundingMode.HALF_EVEN))
                    .isEqualTo(
                        new BigDecimal(share.getNumerator())
                            .divide(new BigDecimal(share.getDenominator()), 6, RoundingMode.HALF_EVEN)
                            .movePointRight(2)
                            .setScale(4, RoundingMode.HALF_EVEN)));
  }

  /** The oracle: numerator × 100 / denominator in BigDecimal, rounded once at the end. */
  private static BigDecimal oraclePercent(Share share, int scale, RoundingMode rounding) {
    return new BigDecimal(BigInteger.valueOf(share.getNumerator()).multiply(BigInteger.valueOf(100)))
        .divide(new BigDecimal(share.getDenominator()), scale, rounding);
  }

  @Test
  void toPercentAtEverySupportedScaleMatchesTheOracle() {
    qt().forAll(countShares(), integers().between(0, Share.MAX_PERCENT_SCALE))
        .checkAssert((share, scale) -> {
          assertThat(share.toPercent(scale, RoundingMode.HALF_UP)).isEqualTo(oraclePercent(share, scale, RoundingMode.HALF_UP));
          assertThat(share.toPercent(scale, RoundingMode.DOWN)).isEqualTo(oraclePercent(share, scale, RoundingMode.DOWN));
        });
  }

  @Test
  void toPercentOfHugeSharesStaysExactAtTheLargestScale() {
    qt().forAll(hugeShares())
        .checkAssert(share -> assertThat(share.toPercent(Share.MAX_PERCENT_SCALE, RoundingMode.FLOOR))
            .isEqualTo(oraclePercent(share, Share.MAX_PERCENT_SCALE, RoundingMode.FLOOR)));
  }

  @Test
  void scalesOutsideZeroToSixteenAreRejected() {
    qt().forAll(shares(1_000), integers().all())
        .assuming((share, scale) -> scale < 0 || scale > Share.MAX_PERCENT_SCALE)
        .checkAssert((share, scale) -> assertThatIllegalArgumentException()
            .isThrownBy(() -> share.toPercent(scale, RoundingMode.HALF_UP))
            .withMessage("scale " + scale + " is outside the supported scales 0 to 16"));
  }

  /** A percentage a user writes reads as the exact fraction it denotes and prints back unchanged. */
  @Test
  void percentTextsRoundTripExactly() {
    qt().forAll(percentTexts())
        .checkAssert(text -> {
          Share share = Share.percent(text);
          BigDecimal written = new BigDecimal(text);
          assertThat(share.toPercent(Share.MAX_PERCENT_SCALE, RoundingMode.UNNECESSARY)).isEqualByComparingTo(written);
          assertThat(BigInteger.valueOf(share.getNumerator()).gcd(BigInteger.valueOf(share.getDenominator())))
              .isEqualTo(BigInteger.ONE);
        });
  }

  @Test
  void percentTextsLongerThanFortyCharactersAreRejectedWhateverTheyHold() {
    qt().forAll(integers().between(41, 2_000), percentTexts())
        .checkAssert((length, text) -> {
          String padded = "0".repeat(Math.max(0, length - text.length())) + text;
          assertThatIllegalArgumentException()
              .isThrownBy(() -> Share.percent(padded))
              .withMessageStartingWith("percent has more than 40 characters: ");
        });
  }
}
