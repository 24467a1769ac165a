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
import java.util.List;
import org.junit.jupiter.api.Test;

/** Core's violations worded in both languages whatever the JVM's locale, grouped by the rule they break. */
class ViolationsTest {

  @Test
  void aCrossFieldRuleIsWordedInChineseAndEnglishWithItsValues() {
    ConstraintViolationException e = catchThrowableOfType(ConstraintViolationException.class, () ->
        AllianceAssessmentRecord.builder().from(Fixtures.record2021())
            .addPartyActivities(PartyActivity.of(LocalDate.of(2022, 7, 1), PartyActivityKind.THEORY_STUDY)).build());
    assertThat(Violations.of(e)).singleElement().satisfies(rule ->
        assertThat(rule.reasons()).containsExactly(
            BilingualText.of("日期 2022-07-01 不在考核年度 2021 内", "date 2022-07-01 is outside the assessment year 2021")));
  }

  @Test
  void twoBreachesOfOneRuleAreOneRuleWithTwoReasonsInOrder() {
    ConstraintViolationException e = catchThrowableOfType(ConstraintViolationException.class, () ->
        AllianceAssessmentRecord.builder().from(Fixtures.record2021())
            .addPartyActivities(PartyActivity.of(LocalDate.of(2022, 7, 1), PartyActivityKind.THEORY_STUDY),
                PartyActivity.of(LocalDate.of(2020, 7, 1), PartyActivityKind.THEORY_STUDY)).build());
    List<Violations.Rule> rules = Violations.of(e);
    assertThat(rules).singleElement().satisfies(rule -> {
      assertThat(rule.reasons()).extracting(BilingualText::getEnglish).containsExactlyInAnyOrder(
          "date 2022-07-01 is outside the assessment year 2021", "date 2020-07-01 is outside the assessment year 2021");
      assertThat(rule.reasons()).extracting(BilingualText::getChinese).containsExactlyInAnyOrder(
          "日期 2022-07-01 不在考核年度 2021 内", "日期 2020-07-01 不在考核年度 2021 内");
    });
  }

  @Test
  void aBuiltInConstraintIsWordedInBothLanguagesAtItsProperty() {
    ConstraintViolationException e = catchThrowableOfType(ConstraintViolationException.class,
        () -> Volume.builder().outpatientVisits(-1).build());
    assertThat(Violations.of(e)).singleElement().satisfies(rule -> {
      assertThat(rule.property()).isEqualTo("outpatientVisits");
      assertThat(rule.reasons()).containsExactly(BilingualText.of("必须是正数或零", "must be greater than or equal to 0"));
    });
  }
}
