package io.github.yilian.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.PartyActivity;
import io.github.yilian.alliance.PartyActivityKind;
import io.github.yilian.alliance.Volume;
import io.github.yilian.common.BilingualText;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Core's violations worded in both languages whatever the JVM's locale. */
class ViolationTextTest {

  @Test
  void aCrossFieldRuleIsWordedInChineseAndEnglishWithItsValues() {
    ConstraintViolationException e = catchThrowableOfType(ConstraintViolationException.class, () ->
        AllianceAssessmentRecord.builder().from(Fixtures.record2021())
            .addPartyActivities(PartyActivity.of(LocalDate.of(2022, 7, 1), PartyActivityKind.THEORY_STUDY)).build());
    BilingualText text = ViolationText.of(e.getConstraintViolations().iterator().next());
    assertThat(text.getEnglish()).isEqualTo("date 2022-07-01 is outside the assessment year 2021");
    assertThat(text.getChinese()).isEqualTo("日期 2022-07-01 不在考核年度 2021 内");
  }

  @Test
  void aBuiltInConstraintIsWordedInBothLanguages() {
    ConstraintViolationException e = catchThrowableOfType(ConstraintViolationException.class, () -> Volume.of(-1, 0, 0));
    BilingualText text = ViolationText.of(e.getConstraintViolations().iterator().next());
    assertThat(text.getEnglish()).isEqualTo("must be greater than or equal to 0");
    assertThat(text.getChinese()).isEqualTo("必须是正数或零");
  }
}
