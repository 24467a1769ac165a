package io.github.yilian.expert;

import static io.github.yilian.expert.Fixtures.COHORT;
import static io.github.yilian.expert.Fixtures.DATE_2022_01_01;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The package's text (issue 14): Chinese with Chinese punctuation and no English words, English
 * plural-correct, for every kind of reason the package builds and for its Chinese validation
 * messages.
 */
class ReasonsTest {

  /** Two ASCII letters in a row: an English word or an enum constant (ids here are one letter and digits). */
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern ASCII_PUNCTUATION = Pattern.compile("[,;:()!?\"]");
  private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final Pattern SINGULAR_AS_PLURAL = Pattern.compile("(^|\\D)1 (days|sectors|fields|times|experts|teams)\\b");
  private static final Pattern PLURAL_AS_SINGULAR = Pattern.compile("(^|\\D)([02-9]|\\d{2,}) (day|sector|field|time|expert|team)\\b");

  @ParameterizedTest
  @CsvSource({"1,1st", "2,2nd", "3,3rd", "4,4th", "11,11th", "12,12th", "13,13th", "21,21st", "22,22nd", "23,23rd", "101,101st", "111,111th", "112,112th"})
  void ordinalsHaveTheirEnglishSuffix(long n, String ordinal) {
    assertThat(Reasons.ordinal(n)).isEqualTo(ordinal);
  }

  @Test
  void countsArePluralCorrect() {
    assertThat(Reasons.days(0)).isEqualTo("0 days");
    assertThat(Reasons.days(1)).isEqualTo("1 day");
    assertThat(Reasons.days(2)).isEqualTo("2 days");
    assertThat(Reasons.sectors(1)).isEqualTo("1 sector");
    assertThat(Reasons.sectors(3)).isEqualTo("3 sectors");
    assertThat(Reasons.fields(1)).isEqualTo("1 field of expertise");
    assertThat(Reasons.fields(0)).isEqualTo("0 fields of expertise");
  }

  /** Every kind of reason: findings of both checkers, invalid events of every kind, tenures in every state. */
  private static List<BilingualText> everyKindOfReason() {
    List<BilingualText> reasons = new ArrayList<>();
    Expert partly = Fixtures.expertBuilder("e3", Sector.FINANCE, false).attestations(Fixtures.ALL_CRITERIA.subList(0, 1)).build();
    List<Expert> roster = List.of(Fixtures.expert("e1", Sector.FINANCE, true), Fixtures.expert("e2", Sector.FINANCE, false), partly);
    ExpertGroup bad =
        Fixtures.group(
                roster,
                List.of(
                    Fixtures.team("t1", EnumSet.of(Province.BEIJING, Province.SHANXI), Set.of("e1", "e2"), "e2"),
                    Fixtures.team("t2", EnumSet.of(Province.BEIJING), Set.of("e3"), "e3"),
                    Fixtures.emptyTeam("t3", Set.of())))
            .coveredProvinces(EnumSet.of(Province.BEIJING, Province.TIANJIN))
            .build();
    GroupChecker.of(CompositionPolicy.of(2, TeamMix.SECTORS_AND_FIELDS)).check(bad).forEach(f -> reasons.add(f.getReason()));

    ObligationChecker strict = ObligationChecker.of(ObligationPolicy.builder().reportDueDays(1).commercialRule(CommercialRule.ANY).build());
    List<ExpertActivity> activities = new ArrayList<>();
    int n = 0;
    for (ExpertActivityKind kind : ExpertActivityKind.values()) {
      for (boolean inGroupName : new boolean[] {true, false}) {
        ExpertActivity.Builder activity = ExpertActivity.builder();
        activity.id("a" + n++).expert("e1").kind(kind).date(DATE_2022_01_01).inGroupName(inGroupName).disclosesInternalMaterial(true);
        if (n % 3 == 0) {
          activity.approvedOn(DATE_2022_01_01.plusDays(1));
        }
        activities.add(activity.build());
      }
    }
    strict.checkActivities(activities, LocalDate.of(2022, 12, 31)).forEach(f -> reasons.add(f.getReason()));
    EvaluationAssignment.Builder evaluation = EvaluationAssignment.builder();
    evaluation.id("v1").team("t1").province(Province.TIANJIN).period(DateRange.of(DATE_2022_01_01, DATE_2022_01_01));
    List<EvaluationAssignment> evaluations = List.of(evaluation.build(), evaluation.id("v2").team("t9").build());
    strict.overdueReports(evaluations, DATE_2022_01_01.plusDays(2)).forEach(f -> reasons.add(f.getReason()));
    strict.overdueReports(evaluations, DATE_2022_01_01.plusDays(3)).forEach(f -> reasons.add(f.getReason()));
    strict.checkAssignments(bad, evaluations).forEach(f -> reasons.add(f.getReason()));

    ExpertGroup founding = AdjustmentLogTest.FOUNDING;
    LocalDate d = DATE_2022_01_01;
    List<AdjustmentEvent> events =
        List.of(
            AdjustmentEvent.appointed(d, "e1", "t1"),
            AdjustmentEvent.appointed(d.minusDays(1), "e2", "t1"),
            AdjustmentEvent.appointed(d, "e9", "t1"),
            AdjustmentEvent.appointed(d, "e2", "t9"),
            AdjustmentEvent.appointed(d, "e1", "t2"),
            AdjustmentEvent.moved(d, "e2", "t2"),
            AdjustmentEvent.moved(d, "e1", "t1"),
            AdjustmentEvent.madeLeader(d, "e1"),
            AdjustmentEvent.madeLeader(d, "e1"),
            AdjustmentEvent.termEnded(d, "e1"),
            AdjustmentEvent.withdrew(d.plusDays(1), "e1"),
            AdjustmentEvent.dismissed(d.plusDays(1), "e1", BilingualText.of("考核不合格", "failed the assessment")),
            AdjustmentEvent.reappointed(d.plusDays(2), "e1"));
    AdjustmentLog.check(founding, COHORT, events).forEach(f -> reasons.add(f.getReason()));
    ExpertGroup late = Fixtures.group(founding.getRoster(), founding.getTeams()).termStart(LocalDate.of(2200, 1, 1)).build();
    TermPolicy century = TermPolicy.builder().termYears(100).reviewWindowDays(0).build();
    AdjustmentLog.check(late, century, List.of(AdjustmentEvent.appointed(LocalDate.of(2200, 1, 1), "e1", "t1"), AdjustmentEvent.reappointed(LocalDate.of(2200, 1, 2), "e1")))
        .forEach(f -> reasons.add(f.getReason()));

    AdjustmentLog log =
        AdjustmentLog.of(founding, COHORT, List.of(AdjustmentEvent.appointed(d, "e1", "t1"), AdjustmentEvent.madeLeader(d, "e1"), AdjustmentEvent.appointed(d, "e2", "t2"),
            AdjustmentEvent.withdrew(d.plusDays(1), "e2")));
    for (LocalDate date : List.of(d, d.plusDays(1), d.plusDays(2), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1))) {
      log.stateOn(date).getTenures().forEach(t -> reasons.add(t.getReason()));
    }
    return reasons;
  }

  @Test
  void everyReasonIsChineseWithChinesePunctuationAndPluralCorrectEnglish() {
    List<BilingualText> reasons = everyKindOfReason();
    Set<String> rules = new java.util.HashSet<>();
    assertThat(reasons).hasSizeGreaterThan(40);
    for (BilingualText reason : reasons) {
      String chinese = reason.getChinese();
      assertThat(ENGLISH_WORD.matcher(chinese).find()).as(chinese).isFalse();
      assertThat(ASCII_PUNCTUATION.matcher(chinese).find()).as(chinese).isFalse();
      assertThat(CHINESE.matcher(chinese).find()).as(chinese).isTrue();
      String english = reason.getEnglish();
      assertThat(CHINESE.matcher(english).find()).as(english).isFalse();
      assertThat(SINGULAR_AS_PLURAL.matcher(english).find()).as(english).isFalse();
      assertThat(PLURAL_AS_SINGULAR.matcher(english).find()).as(english).isFalse();
      rules.add(english);
    }
    assertThat(rules).anyMatch(e -> e.contains("1 day overdue")).anyMatch(e -> e.contains("2 days overdue"))
        .anyMatch(e -> e.contains("1 sector,")).anyMatch(e -> e.contains("1 field of expertise,"))
        .anyMatch(e -> e.contains("1 day served")).anyMatch(e -> e.contains("1 day left"));
  }

  @Test
  void findingsOfEveryRuleAreAmongTheReasonsChecked() {
    List<String> rules = new ArrayList<>();
    Expert partly = Fixtures.expertBuilder("e3", Sector.FINANCE, false).attestations(Fixtures.ALL_CRITERIA.subList(0, 1)).build();
    ExpertGroup group =
        Fixtures.group(List.of(partly), List.of(Fixtures.team("t2", EnumSet.of(Province.BEIJING), Set.of("e3"), "e3"))).coveredProvinces(EnumSet.of(Province.TIANJIN)).build();
    GroupChecker.of(CompositionPolicy.of(2, TeamMix.SECTORS_AND_FIELDS)).check(group).stream().map(Finding::getRuleId).forEach(rules::add);

    assertThat(rules).contains(GroupChecker.COVERAGE, GroupChecker.LIAISON, GroupChecker.LEADER, GroupChecker.SECTORS, GroupChecker.FIELDS, GroupChecker.SELECTION);
  }

  /** The keys the package uses for Chinese validation messages: no English words, and only parameters whose values are not English. */
  @Test
  void chineseValidationMessagesOfThePackageHaveNoEnglishWords() {
    ResourceBundle zh = bundle(Locale.SIMPLIFIED_CHINESE);
    List<String> keys =
        List.of(
            "Expert.criterionAttestedTwice", "ExpertTeam.leaderNotMember", "ExpertGroup.teamIdRepeated", "ExpertGroup.expertIdRepeated",
            "ExpertGroup.memberNotOnRoster", "ExpertGroup.memberOfTwoTeams", "ExpertGroup.liaisonRepeated", "AdjustmentEvent.teamMissingForType",
            "AdjustmentEvent.teamUnexpectedForType", "AdjustmentEvent.reasonMissing", "EvaluationAssignment.reportBeforeEnd",
            "EvaluationAssignment.periodUnsupported", "CompositionPolicy.minimumAboveFields");
    Set<String> chineseOrNeutralParameters =
        Set.of("expert", "date", "type", "team", "criterion", "id", "name", "province", "period", "minimum", "leader", "first", "second", "end");
    for (String key : keys) {
      String text = zh.getString("io.github.yilian.expert." + key);
      Matcher parameter = Pattern.compile("\\{(\\w+)}").matcher(text);
      while (parameter.find()) {
        assertThat(chineseOrNeutralParameters).as(key).contains(parameter.group(1));
      }
      String words = text.replaceAll("\\{\\w+}", "");
      assertThat(ENGLISH_WORD.matcher(words).find()).as(key + ": " + text).isFalse();
      assertThat(ASCII_PUNCTUATION.matcher(words).find()).as(key + ": " + text).isFalse();
    }
  }

  /** Yilian's bundle, under its name before and after the move to Hibernate Validator's contributor bundle. */
  private static ResourceBundle bundle(Locale locale) {
    try {
      return ResourceBundle.getBundle("ContributorValidationMessages", locale);
    } catch (MissingResourceException notRenamedYet) {
      return ResourceBundle.getBundle("ValidationMessages", locale);
    }
  }
}
