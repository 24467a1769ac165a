package io.github.yilian.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {

  private static final BilingualText REASON = BilingualText.of("无负责小组", "no team is responsible");

  @Nested
  class Check {

    @Test
    void blankTextIsRejectedNamingTheFieldAndValue() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> BilingualText.of("中文", " "))
          .withMessage("BilingualText is invalid: english must not be blank: \" \"");
    }

    @Test
    void everyViolationIsListedInPathOrder() {
      ConstraintViolationException e =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              ConstraintViolationException.class,
              () -> Finding.builder().ruleId("").subject("").severity(Severity.VIOLATION).reason(REASON).build());

      assertThat(e.getConstraintViolations())
          .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getInvalidValue)
          .containsExactlyInAnyOrder(
              org.assertj.core.api.Assertions.tuple("ruleId", ""),
              org.assertj.core.api.Assertions.tuple("subject", ""));
      assertThat(e).hasMessage("Finding is invalid: ruleId must not be blank: \"\"; subject must not be blank: \"\"");
    }

    @Test
    void validModelIsReturnedAsIs() {
      Finding finding =
          Finding.builder().ruleId("expert.coverage").subject("650000").severity(Severity.VIOLATION).reason(REASON).build();

      assertThat(ModelValidator.check(finding)).isSameAs(finding);
    }

    @Test
    void nullArgumentIsNamedAtOnce() {
      assertThatNullPointerException().isThrownBy(() -> BilingualText.of(null, "x")).withMessageContaining("chinese");
      assertThatNullPointerException().isThrownBy(() -> ModelValidator.check(null)).withMessage("model");
    }
  }

  @Test
  void rankBelowOneIsRejected() {
    assertThatExceptionOfType(ConstraintViolationException.class)
        .isThrownBy(() -> Ranked.of(0, "a"))
        .withMessage("Ranked is invalid: rank must be greater than 0: 0");
  }

  @Test
  void bilingualTextPicksTheReadersLanguage() {
    assertThat(REASON.getChinese()).isEqualTo("无负责小组");
    assertThat(REASON.getEnglish()).isEqualTo("no team is responsible");
    assertThat(REASON.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("无负责小组");
    assertThat(REASON.in(Locale.ENGLISH)).isEqualTo("no team is responsible");
    assertThat(REASON).hasToString("无负责小组 / no team is responsible");
  }

  @Test
  void severityHasChineseAndEnglishNames() {
    assertThat(Severity.VIOLATION.getChineseName()).isEqualTo("违规");
    assertThat(Severity.VIOLATION.getEnglishName()).isEqualTo("violation");
  }
}
