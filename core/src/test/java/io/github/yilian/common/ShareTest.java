package io.github.yilian.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareTest {

  private static final Share SIXTY_PERCENT = Share.percent("60");
  private static final Share THIRTY_PERCENT = Share.percent("30");
  private static final Share NINETY_PERCENT = Share.percent("90");

  @Nested
  class Factories {

    @Test
    void keepsCountsAsGiven() {
      Share share = Share.of(2, 4);

      assertThat(share.getNumerator()).isEqualTo(2);
      assertThat(share.getDenominator()).isEqualTo(4);
      assertThat(share).hasToString("2/4");
    }

    @ParameterizedTest
    @CsvSource({"60, 3, 5", "12.5, 1, 8", "100, 1, 1", "0, 0, 1", "33.333, 33333, 100000", "50.0, 1, 2"})
    void percentIsReducedExactFraction(String percent, long numerator, long denominator) {
      assertThat(Share.percent(percent)).isEqualTo(Share.of(numerator, denominator));
    }

    @Test
    void rejectsZeroDenominatorNamingIt() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Share.of(0, 0))
          .withMessage("denominator must be positive: 0");
    }

    @Test
    void rejectsNegativeNumeratorNamingIt() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Share.of(-1, 5))
          .withMessage("numerator must not be negative: -1");
    }

    @Test
    void rejectsNumeratorAboveDenominator() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Share.of(6, 5))
          .withMessage("numerator 6 is above denominator 5");
    }

    @ParameterizedTest
    @CsvSource({"120.5", "-1", "100.0001"})
    void rejectsPercentOutsideZeroToHundred(String percent) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Share.percent(percent))
          .withMessage("percent must be from 0 to 100: " + percent);
    }

    @Test
    void rejectsPercentThatIsNotANumber() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Share.percent("sixty"))
          .withMessage("percent is not a decimal number: \"sixty\"");
    }

    @Test
    void acceptsPercentWithEighteenDecimalPlacesOfFraction() {
      assertThat(Share.percent("0.0000000000000001")).isEqualTo(Share.of(1, 1_000_000_000_000_000_000L));
    }

    @Test
    void rejectsPercentWithMoreDecimalsThanALongHolds() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Share.percent("0.0000000000000000001"))
          .withMessage("percent has more than 16 decimal places: 0.0000000000000000001");
    }

    @Test
    void nullPercentIsNamed() {
      assertThatNullPointerException().isThrownBy(() -> Share.percent(null)).withMessage("percent");
    }
  }

  @Nested
  class Meets {

    @Test
    void threeOfFiveMeetsSixtyPercent() {
      assertThat(Share.of(3, 5).meets(SIXTY_PERCENT)).isTrue();
    }

    @Test
    void twentyNineOfHundredMissesThirtyPercent() {
      assertThat(Share.of(29, 100).meets(THIRTY_PERCENT)).isFalse();
    }

    @Test
    void eightHundredNinetyNineOfThousandMissesNinetyPercent() {
      assertThat(Share.of(899, 1000).meets(NINETY_PERCENT)).isFalse();
    }

    @Test
    void twoOfFourMeetsFiftyPercent() {
      assertThat(Share.of(2, 4).meets(Share.percent("50"))).isTrue();
    }

    @Test
    void isExactAtTheLimitsOfLong() {
      long max = Long.MAX_VALUE;
      Share justBelowOne = Share.of(max - 1, max);
      Share evenCloserToOne = Share.of(max - 2, max - 1);

      assertThat(justBelowOne.isGreaterThan(evenCloserToOne)).isTrue();
      assertThat(evenCloserToOne.isLessThan(justBelowOne)).isTrue();
      assertThat(justBelowOne.meets(Share.ONE)).isFalse();
    }
  }

  @Nested
  class ValueComparison {

    @Test
    void equalValuesWithOtherCountsAreEqualInValueButNotEqualObjects() {
      assertThat(Share.of(2, 4).isEqualTo(Share.of(1, 2))).isTrue();
      assertThat(Share.of(2, 4)).isNotEqualTo(Share.of(1, 2));
      assertThat(Share.of(2, 4)).isEqualByComparingTo(Share.of(1, 2));
    }

    @Test
    void equalCountsMakeEqualObjects() {
      assertThat(Share.of(3, 5)).isEqualTo(Share.of(3, 5)).hasSameHashCodeAs(Share.of(3, 5));
      assertThat(Share.of(1, 3).hashCode()).isNotEqualTo(Share.of(2, 3).hashCode());
    }

    @Test
    void namedComparisonsAreStrict() {
      Share half = Share.of(1, 2);

      assertThat(half.isGreaterThan(Share.of(2, 4))).isFalse();
      assertThat(half.isLessThan(Share.of(2, 4))).isFalse();
      assertThat(half.isGreaterThan(Share.of(1, 3))).isTrue();
      assertThat(half.isLessThan(Share.of(2, 3))).isTrue();
      assertThat(half.isEqualTo(Share.of(2, 3))).isFalse();
    }
  }

  @Nested
  class UnitsNeeded {

    @Test
    void twoOfFiveNeedsOneMoreForSixtyPercent() {
      assertThat(Share.of(2, 5).unitsNeeded(SIXTY_PERCENT)).isEqualTo(1);
    }

    @Test
    void twentyNineOfHundredNeedsOneMoreForThirtyPercent() {
      assertThat(Share.of(29, 100).unitsNeeded(THIRTY_PERCENT)).isEqualTo(1);
    }

    @Test
    void roundsUpAPartialUnit() {
      // 60 % of 7 is 4.2 counties, so 5 must qualify
      assertThat(Share.of(1, 7).unitsNeeded(SIXTY_PERCENT)).isEqualTo(4);
    }

    @Test
    void isZeroWhenAlreadyMet() {
      assertThat(Share.of(5, 5).unitsNeeded(SIXTY_PERCENT)).isZero();
    }
  }

  @Nested
  class ToPercent {

    @Test
    void usesTheGivenScaleAndRounding() {
      assertThat(Share.of(2, 3).toPercent(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("66.67"));
      assertThat(Share.of(2, 3).toPercent(2, RoundingMode.DOWN)).isEqualTo(new BigDecimal("66.66"));
      assertThat(Share.of(3, 5).toPercent(1, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("60.0"));
    }
  }
}
