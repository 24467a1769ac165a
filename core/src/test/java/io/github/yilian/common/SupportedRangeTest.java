package io.github.yilian.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SupportedRangeTest {

  @Nested
  class Arguments {

    @Test
    void datesAtTheEdgesAreSupported() {
      assertThat(SupportedRange.requireDate(LocalDate.of(1900, 1, 1), "asOf"))
          .isEqualTo(LocalDate.of(1900, 1, 1));
      assertThat(SupportedRange.requireDate(LocalDate.of(2200, 12, 31), "asOf"))
          .isEqualTo(LocalDate.of(2200, 12, 31));
    }

    @Test
    void dateOutsideTheRangeNamesParameterAndValue() {
      assertThatThrownBy(() -> SupportedRange.requireDate(LocalDate.of(2201, 1, 1), "asOf"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("asOf 2201-01-01 is outside the supported dates 1900-01-01 to 2200-12-31");
      assertThatThrownBy(() -> SupportedRange.requireDate(LocalDate.of(1899, 12, 31), "asOf"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1899-12-31");
    }

    @Test
    void nullDateNamesParameter() {
      assertThatThrownBy(() -> SupportedRange.requireDate(null, "horizon"))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("horizon");
    }

    @Test
    void yearOutsideTheRangeNamesParameterAndValue() {
      assertThat(SupportedRange.requireYear(1900, "year")).isEqualTo(1900);
      assertThat(SupportedRange.requireYear(2200, "year")).isEqualTo(2200);
      assertThatThrownBy(() -> SupportedRange.requireYear(1_000_000_000, "year"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("year 1000000000 is outside the supported years 1900 to 2200");
      assertThatThrownBy(() -> SupportedRange.requireYear(1899, "year"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countOutsideTheRangeNamesParameterAndValue() {
      assertThat(SupportedRange.requireCount(0, "visits")).isZero();
      assertThat(SupportedRange.requireCount(1_000_000_000_000L, "visits"))
          .isEqualTo(1_000_000_000_000L);
      assertThatThrownBy(() -> SupportedRange.requireCount(-1, "visits"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("visits -1 is outside the supported counts 0 to 1000000000000");
      assertThatThrownBy(() -> SupportedRange.requireCount(Long.MAX_VALUE, "visits"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Constraints {

    /** A bean with the two constraints, validated the way every model is. */
    static final class Dated {
      private final LocalDate date;
      private final List<LocalDate> dates;
      private final int year;

      Dated(LocalDate date, List<LocalDate> dates, int year) {
        this.date = date;
        this.dates = dates;
        this.year = year;
      }

      @SupportedDate
      public LocalDate getDate() {
        return date;
      }

      public List<@SupportedDate LocalDate> getDates() {
        return dates;
      }

      @SupportedYear
      public int getYear() {
        return year;
      }
    }

    /** A bean holding a range, annotated the way a model's range accessor is. */
    static final class Ranged {
      private final DateRange period;

      Ranged(DateRange period) {
        this.period = period;
      }

      @SupportedDate
      public DateRange getPeriod() {
        return period;
      }
    }

    @Test
    void aRangeIsSupportedWhenBothEndsAre() {
      Ranged edges = new Ranged(DateRange.of(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31)));

      assertThat(ModelValidator.check(edges)).isSameAs(edges);
    }

    @Test
    void aRangeWithAnEndOutsideTheSupportedDatesIsAViolationNamingTheRange() {
      DateRange late = DateRange.of(LocalDate.of(2200, 6, 1), LocalDate.of(2203, 5, 31));
      DateRange early = DateRange.of(LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1));

      assertThatThrownBy(() -> ModelValidator.check(new Ranged(late)))
          .isInstanceOf(ConstraintViolationException.class)
          .hasMessage("Ranged is invalid: period must start and end within the supported dates 1900-01-01 to 2200-12-31: 2200-06-01/2203-05-31");
      assertThatThrownBy(() -> ModelValidator.check(new Ranged(early)))
          .isInstanceOf(ConstraintViolationException.class)
          .hasMessageContaining("1899-12-31/1900-01-01");
    }

    /** A bean whose range constraint has a message of its own. */
    static final class OwnMessage {
      @SupportedDate(message = "period is out of range")
      public DateRange getPeriod() {
        return DateRange.of(LocalDate.MIN, LocalDate.MIN);
      }
    }

    @Test
    void aRangeConstraintKeepsAMessageOfItsOwn() {
      assertThatThrownBy(() -> ModelValidator.check(new OwnMessage()))
          .hasMessage("OwnMessage is invalid: period period is out of range: -999999999-01-01/-999999999-01-01");
    }

    @Test
    void supportedValuesPass() {
      Dated dated = new Dated(LocalDate.of(2023, 12, 31), List.of(LocalDate.of(1900, 1, 1)), 2200);
      assertThat(ModelValidator.check(dated)).isSameAs(dated);
    }

    @Test
    void unsupportedValuesAreViolationsNamingTheField() {
      Dated dated = new Dated(LocalDate.MAX, List.of(LocalDate.MIN), 1_000_000_000);
      assertThatThrownBy(() -> ModelValidator.check(dated))
          .isInstanceOf(ConstraintViolationException.class)
          .hasMessageContaining("date must be a date from 1900-01-01 to 2200-12-31: +999999999-12-31")
          .hasMessageContaining("dates[0].<list element> must be a date from 1900-01-01")
          .hasMessageContaining("year must be a year from 1900 to 2200: 1000000000");
    }
  }
}
