package io.github.yilian.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.HaikouAllianceRubric2021;
import io.github.yilian.alliance.Rubric;
import io.github.yilian.alliance.YesNoRule;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Ranking;
import io.github.yilian.common.Share;
import io.github.yilian.county.AnnualEvaluation;
import io.github.yilian.county.Measured;
import io.github.yilian.county.Threshold;
import io.github.yilian.county.UnitScore;
import io.github.yilian.expert.AdjustmentLog;
import io.github.yilian.pilot.Activity;
import io.github.yilian.pilot.ActivityKind;
import io.github.yilian.pilot.PilotCity;
import io.github.yilian.pilot.Submission;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The mapping's rules one by one, through the mapping alone: values, containers, references, problems. */
class ModelJsonTest {

  private final ModelJson json = ModelJson.of(JsonSettings.defaults());

  private static String quoted(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private String write(Object value) {
    return JsonText.write(json, value);
  }

  private Object read(String text, Type type) {
    return json.read(JsonText.parse(quoted(text)), type, true);
  }

  private List<String> problems(String text, Type type) {
    return problemsOf(quoted(text), type);
  }

  /** The problems of JSON text as it is (with double quotes, so that text may hold apostrophes). */
  private List<String> problemsOf(String exact, Type type) {
    return assertThatExceptionOfType(InvalidJsonException.class)
        .isThrownBy(() -> json.read(JsonText.parse(exact), type, true)).actual()
        .getProblems().stream().map(JsonProblem::toString).toList();
  }

  /** A field whose generic type is {@code Map<String, Integer>}. */
  static Map<String, Integer> sampleMap = Map.of();

  @Nested
  class Numbers {
    @Test
    void aWholeNumberBeyondAnIntIsAProblemNotAWrapAround() {
      assertThat(problems("{'type':'STATUS','declaredPoints':3000000000,'approvedPoints':1,'cap':1}",
          io.github.yilian.alliance.StatusRule.class))
          .containsExactly("$.declaredPoints (StatusRule.declaredPoints): the number 3000000000 is outside the range of an int");
    }

    @Test
    void aWholeNumberBeyondALongIsAProblem() {
      assertThat(problems("{'numerator':1,'denominator':99999999999999999999}", Share.class))
          .containsExactly("$.denominator (Share.denominator): the number is outside the range of a long");
    }

    @Test
    void aDecimalReadsFromAStringANumberOrAWholeNumber() {
      assertThat(read("'6.960'", BigDecimal.class)).isEqualTo(new BigDecimal("6.960"));
      assertThat(read("6.960", BigDecimal.class)).isEqualTo(new BigDecimal("6.960"));
      assertThat(read("12", BigDecimal.class)).isEqualTo(new BigDecimal("12"));
      assertThat(read("123456789012345678901234567890", BigDecimal.class))
          .isEqualTo(new BigDecimal("123456789012345678901234567890"));
      assertThat(problems("'six'", BigDecimal.class)).containsExactly("$ (BigDecimal): \"six\" is not a decimal number");
      assertThat(problems("true", BigDecimal.class))
          .containsExactly("$ (BigDecimal): expected a decimal string, found a boolean");
    }

    @Test
    void aDecimalIsWrittenPlainWithItsScale() {
      assertThat(write(io.github.yilian.alliance.GradeBand.of(io.github.yilian.alliance.Grade.PASS, 60,
          new BigDecimal("5E+5")))).isEqualTo(quoted("{'grade':'PASS','above':60,'funding':'500000'}"));
    }
  }

  @Nested
  class Scalars {
    @Test
    void eachKindOfValueSaysWhatItExpected() {
      assertThat(problems("{'ruleId':1,'subject':'s','severity':2,'reason':{'zh':true,'en':[]}}", Finding.class))
          .containsExactly("$.ruleId (Finding.ruleId): expected a string, found a whole number",
              "$.severity (Finding.severity): expected the name of a constant of Severity, found a whole number",
              "$.reason.zh (BilingualText.chinese): expected a string, found a boolean",
              "$.reason.en (BilingualText.english): expected a string, found an array");
    }

    @Test
    void aDateMustBeAnIsoString() {
      assertThat(problems("{'kind':'POLICY_DRAFT','date':20120215}", Submission.class))
          .containsExactly("$.date (Submission.date): expected an ISO-8601 date string, found a whole number");
    }

    @Test
    void aBooleanMustBeTrueOrFalse() {
      assertThat(problems("{'kind':'YES_NO','yes':'yes'}", Measured.class))
          .containsExactly("$.yes (Measured.yes): expected true or false, found a string");
    }
  }

  @Nested
  class Containers {
    private final PilotCity zhenjiang = PilotCity.of("镇江市", "江苏省");
    private final Activity activity = Activity.builder().id("a1").date(LocalDate.of(2012, 3, 28))
        .kind(ActivityKind.NATIONAL_MEETING).putHealthBureauHeads(zhenjiang, 1).build();

    @Test
    void aMapWithModelKeysIsAnArrayOfKeysAndValues() {
      assertThat(write(activity)).contains(quoted(
          "'healthBureauHeads':[{'key':{'name':'镇江市','province':'江苏省'},'value':1}]"));
      assertThat(read(write(activity).replace('"', '\''), Activity.class)).isEqualTo(activity);
    }

    @Test
    void anEntryOfSuchAMapNeedsExactlyAKeyAndAValueOnce() {
      String base = "{'id':'a1','date':'2012-03-28','kind':'NATIONAL_MEETING','healthBureauHeads':%s}";
      assertThat(problems(String.format(base, "{}"), Activity.class)).containsExactly(
          "$.healthBureauHeads (Activity.healthBureauHeads): expected an array of {\"key\":…,\"value\":…} objects,"
              + " found an object");
      assertThat(problems(String.format(base, "[{'key':{'name':'甲','province':'乙'}}]"), Activity.class))
          .containsExactly("$.healthBureauHeads[0] (Activity.healthBureauHeads): expected an object with exactly"
              + " \"key\" and \"value\", found an object");
      assertThat(problems(String.format(base, "[{'key':{'name':'甲','province':'乙'},'value':1},"
          + "{'key':{'name':'甲','province':'乙'},'value':2}]"), Activity.class))
          .containsExactly("$.healthBureauHeads[1].key (Activity.healthBureauHeads): the key appears twice");
      assertThat(problems(String.format(base, "[{'key':null,'value':null}]"), Activity.class))
          .containsExactly("$.healthBureauHeads[0].key (Activity.healthBureauHeads): a key must not be null",
              "$.healthBureauHeads[0].value (Activity.healthBureauHeads): a value must not be null");
    }

    @Test
    void aMapWithStringKeysIsAnObjectAndAnOddKeyIsQuotedInThePath() {
      assertThat(problems("{'prefectureId':'6501','problems':{'a county':['T1',null]},'pending':[]}",
          io.github.yilian.county.ProblemList.class))
          .containsExactly("$.problems['a county'][1] (ProblemList.problems): an element must not be null");
      assertThat(problems("{'prefectureId':'6501','problems':{'650102':null},'pending':[]}",
          io.github.yilian.county.ProblemList.class))
          .containsExactly("$.problems.650102 (ProblemList.problems): a value must not be null".replace(".650102",
              "['650102']"));
    }

    @Test
    void anEnumKeyMustBeAConstant() {
      assertThat(problems("{'MARS':1}", ModelJson.parameterized(Map.class, io.github.yilian.expert.Province.class,
          Integer.class)))
          .containsExactly("$.MARS (Map): \"MARS\" is not a constant of Province; one of "
              + String.join(", ", java.util.Arrays.stream(io.github.yilian.expert.Province.values()).map(Enum::name).toList()));
    }

    @Test
    void anArrayOrObjectIsExpectedWhereTheModelHasOne() {
      assertThat(problems("{'units':{}}", io.github.yilian.county.AdministrativeTree.class))
          .containsExactly("$.units (AdministrativeTree.units): expected an array, found an object");
      assertThat(problems("{'prefectureId':'6501','problems':[],'pending':[]}", io.github.yilian.county.ProblemList.class))
          .containsExactly("$.problems (ProblemList.problems): expected an object, found an array");
    }

    @Test
    void nullForAListOrAnOptionalIsNoneAndNullForARequiredValueIsAProblem() {
      assertThat(read("{'id':'65','name':{'zh':'新疆','en':'Xinjiang'},'level':'REGION','parentId':null}",
          io.github.yilian.county.Unit.class)).isEqualTo(io.github.yilian.county.Unit.region("65",
          BilingualText.of("新疆", "Xinjiang")));
      assertThat(read("{'id':'t1','name':{'zh':'甲','en':'a'},'members':null}", io.github.yilian.expert.ExpertTeam.class))
          .isEqualTo(io.github.yilian.expert.ExpertTeam.builder().id("t1").name(BilingualText.of("甲", "a")).build());
      assertThat(problems("{'id':'65','name':null,'level':'REGION'}", io.github.yilian.county.Unit.class))
          .containsExactly("$.name (Unit.name): must not be null");
    }
  }

  @Nested
  class TaggedValues {
    @Test
    void eachThresholdWritesOnlyWhatItsComparisonUses() {
      assertThat(write(Threshold.atLeast(3))).isEqualTo(quoted("{'comparison':'AT_LEAST_COUNT','count':3}"));
      assertThat(write(Threshold.atMost(0))).isEqualTo(quoted("{'comparison':'AT_MOST_COUNT','count':0}"));
      assertThat(write(Threshold.yes())).isEqualTo(quoted("{'comparison':'YES'}"));
      assertThat(read("{'comparison':'AT_MOST_COUNT','count':2}", Threshold.class)).isEqualTo(Threshold.atMost(2));
      assertThat(read("{'comparison':'AT_LEAST_COUNT','count':2}", Threshold.class)).isEqualTo(Threshold.atLeast(2));
      assertThat(read("{'comparison':'YES'}", Threshold.class)).isEqualTo(Threshold.yes());
      assertThat(read("{'comparison':'AT_LEAST_SHARE','share':{'percent':'50'}}", Threshold.class))
          .isEqualTo(Threshold.atLeast(Share.of(1, 2)));
    }

    @Test
    void aThresholdWithTheWrongOperandOrABadCountIsAProblem() {
      assertThat(problems("{'comparison':'YES','count':1}", Threshold.class))
          .containsExactly("$.count (Threshold.count): is not a property of Threshold here, whose properties are comparison");
      assertThat(problems("{'comparison':'AT_LEAST_SHARE'}", Threshold.class))
          .containsExactly("$.share (Threshold.share): is missing");
      assertThat(problems("{'comparison':'AT_MOST_COUNT','count':-1}", Threshold.class))
          .containsExactly("$.count (Threshold.count): count -1 is outside the supported counts 0 to 1000000000000");
      assertThat(problems("[]", Threshold.class)).containsExactly("$ (Threshold): expected an object (Threshold), found an array");
    }

    @Test
    void eachMeasuredValueWritesOnlyWhatItsKindUses() {
      assertThat(write(Measured.count(4))).isEqualTo(quoted("{'kind':'COUNT','count':4}"));
      assertThat(write(Measured.yesNo(false))).isEqualTo(quoted("{'kind':'YES_NO','yes':false}"));
      assertThat(read("{'kind':'COUNT','count':4}", Measured.class)).isEqualTo(Measured.count(4));
      assertThat(read("{'kind':'YES_NO','yes':true}", Measured.class)).isEqualTo(Measured.yesNo(true));
      assertThat(read("{'kind':'SHARE','share':{'numerator':1,'denominator':3}}", Measured.class))
          .isEqualTo(Measured.share(Share.of(1, 3)));
      assertThat(problems("{'kind':'COUNT','count':-4}", Measured.class))
          .containsExactly("$.count (Measured.count): count must not be negative: -4");
      assertThat(problems("{'kind':'COUNT'}", Measured.class)).containsExactly("$.count (Measured.count): is missing");
      assertThat(problems("{'count':4}", Measured.class)).containsExactly("$.kind (Measured.kind): is missing");
    }

    @Test
    void aShareNeedsBothCountsOrAPercent() {
      assertThat(problems("{'numerator':1}", Share.class)).containsExactly("$.denominator (Share.denominator): is missing");
      assertThat(problems("{'percent':'120'}", Share.class))
          .containsExactly("$ (Share): percent must be from 0 to 100: 120");
      assertThat(problems("{'percent':12}", Share.class))
          .containsExactly("$.percent (Share.percent): expected a string, found a whole number");
      assertThat(problems("{'numerator':1,'denominator':null}", Share.class))
          .containsExactly("$.denominator (Share.denominator): must not be null");
    }
  }

  @Nested
  class Kinds {
    @Test
    void aRuleWithoutItsTypeSaysWhichThereAre() {
      assertThat(problems("{'fact':'CHARTER_ADOPTED','points':5}", io.github.yilian.alliance.Rule.class))
          .containsExactly("$.type (Rule.type): is missing; one of YES_NO, TARGET_COUNT, PER_ITEM, LEVEL, STATUS, GROWTH");
      assertThat(problems("'YES_NO'", io.github.yilian.alliance.Rule.class))
          .containsExactly("$ (Rule): expected an object (Rule), found a string");
    }

    @Test
    void aRuleReadAsItsOwnKindChecksTheType() {
      YesNoRule rule = (YesNoRule) HaikouAllianceRubric2021.rubric().getCriteria().get(0).getRule();
      assertThat(read(write(rule).replace('"', '\''), YesNoRule.class)).isEqualTo(rule);
      assertThat(problems(write(rule).replace('"', '\'').replace("YES_NO", "LEVEL"), YesNoRule.class))
          .containsExactly("$.type (YesNoRule.type): is \"LEVEL\", but this is a YES_NO Rule");
    }
  }

  @Nested
  class References {
    private final AllianceAssessment assessment = HaikouAllianceRubric2021.rubric().assess(Samples.RECORD);

    @Test
    void aReferenceToARecordHasOnlyTheAllianceAndTheYear() {
      String json = write(assessment).replace("\"year\":2021}", "\"year\":2021,\"extra\":1}");
      assertThat(problemsOf(json, AllianceAssessment.class))
          .containsExactly("$.record (AllianceAssessment.record): a reference to an evidence record has only \"alliance\" and \"year\"");
      assertThat(problemsOf(write(assessment).replace(",\"year\":2021}", "}"), AllianceAssessment.class))
          .containsExactly("$.record.year (AllianceAssessmentRecord.year): is missing");
    }

    @Test
    void aReferenceToAnUnknownRecordSaysHowToAddIt() {
      assertThat(problemsOf(write(assessment), AllianceAssessment.class)).containsExactly(
          "$.record (AllianceAssessment.record): the evidence record of alliance neurosurgery for 2021 is not in the"
              + " JSON (it was written without JsonSettings.embedInputs) nor among the settings' records; add it with"
              + " JsonSettings.Builder.addRecords");
    }

    @Test
    void aRubricAddedToTheSettingsIsFoundByItsId() {
      Rubric renamed = HaikouAllianceRubric2021.builder().id("haikou-2022").build();
      AllianceAssessment assessment = renamed.assess(Samples.RECORD);
      JsonSettings settings = JsonSettings.builder().addRubrics(renamed).addRecords(Samples.RECORD).build();
      String text = JsonText.write(ModelJson.of(settings), assessment);
      assertThat(text).contains("\"rubric\":\"haikou-2022\"");
      assertThat(ModelJson.of(settings).read(JsonText.parse(text), AllianceAssessment.class, true)).isEqualTo(assessment);
    }
  }

  @Nested
  class HandWrittenResults {
    @Test
    void anEvaluationWhoseTrailDoesNotLeadToItsStageIsAProblem() {
      AnnualEvaluation draft = AnnualEvaluation.draft(Samples.TRACKER, "650102", 2023);
      String json = write(draft).replace('"', '\'');
      assertThat(problems(json.replace("'stage':'DRAFT'", "'stage':'REGION_AUDITED'"), AnnualEvaluation.class))
          .containsExactly("$.stage (AnnualEvaluation.stage): is REGION_AUDITED, but the trail leads to DRAFT");
      AnnualEvaluation reviewed = draft.selfAssess("650102", "王", LocalDate.of(2024, 1, 10), Map.of())
          .review("6501", "李", LocalDate.of(2024, 1, 20), Map.of());
      String trail = write(reviewed).replace('"', '\'');
      assertThat(problems(trail.replace("'fromStage':'SELF_ASSESSED'", "'fromStage':'DRAFT'"), AnnualEvaluation.class))
          .containsExactly("$.trail[1] (AnnualEvaluation.trail): the step starts from DRAFT, but the evaluation was"
              + " SELF_ASSESSED");
      assertThat(problems(trail.replace("'date':'2024-01-20'", "'date':'2024-01-01'"), AnnualEvaluation.class))
          .containsExactly("$.trail[1] (AnnualEvaluation.trail): the step on 2024-01-01 is before the step before it,"
              + " on 2024-01-10");
      assertThat(problems(trail.replace("'toStage':'PREFECTURE_REVIEWED'", "'toStage':'REGION_AUDITED'")
          .replace("'stage':'PREFECTURE_REVIEWED'", "'stage':'REGION_AUDITED'"), AnnualEvaluation.class))
          .containsExactly("$.trail[1] (AnnualEvaluation.trail): the step moves from SELF_ASSESSED to REGION_AUDITED,"
              + " not to a neighbouring stage");
    }

    @Test
    void aLogWhoseFoundingGroupHasMembersIsAProblemOfTheFoundingGroup() {
      String json = "{'founding':{'name':{'zh':'组','en':'g'},'managementOffice':{'zh':'办','en':'o'},"
          + "'termStart':'2022-01-01','coveredProvinces':['BEIJING'],"
          + "'teams':[{'id':'t1','name':{'zh':'甲','en':'a'},'members':['e1']}],"
          + "'roster':[{'id':'e1','name':'张','sector':'FINANCE','fields':['ADMINISTRATION'],'senior':false}]},"
          + "'policy':{'termYears':3,'reviewWindowDays':90},'events':[]}";
      assertThat(problems(json, AdjustmentLog.class)).containsExactly("$.founding (AdjustmentLog.founding): team t1 of"
          + " the founding group has members [e1]; membership comes only from APPOINTED events");
    }

    @Test
    void aRankingReadWithoutItsItemTypeSaysHowToReadIt() {
      Ranking<UnitScore> ranking = Ranking.of(List.of(UnitScore.of("650102", 1, 2)),
          java.util.Comparator.comparing(UnitScore::getShare), java.util.Comparator.comparing(UnitScore::getUnitId));
      assertThat(problems(write(ranking).replace('"', '\''), Ranking.class)).containsExactly(
          "$.entries[0].item (Ranked.item): the type of this value is not known (T); read the enclosing value with"
              + " its full generic type, such as Ranking<UnitScore>");
      assertThat(read(write(ranking).replace('"', '\''), ModelJson.parameterized(Ranking.class, UnitScore.class)))
          .isEqualTo(ranking);
    }
  }

  @Nested
  class Configuration {
    @Test
    void aConfigurationThatNamesAPropertyTheModelLacksFailsAtOnce() {
      assertThatIllegalStateException().isThrownBy(() -> ModelCodec.Immutables.of(new Catalog(), Finding.class,
          Map.of(), new TypeConfig(Finding.class).notWritten("colour"), null))
          .withMessageStartingWith("the JSON mapping of io.github.yilian.common.Finding names colour, which is not a"
              + " property of it");
    }

    @Test
    void aKindWithAPropertyNamedTypeCannotCarryItsTypeId() {
      assertThatIllegalStateException().isThrownBy(() -> ModelCodec.Immutables.of(new Catalog(),
          io.github.yilian.expert.AdjustmentEvent.class, Map.of(), TypeConfig.NONE, "EVENT"))
          .withMessage("io.github.yilian.expert.AdjustmentEvent has a property named type, which its JSON uses for the"
              + " kind of Object");
    }

    @Test
    void aHandWrittenClassNeedsAGetterAndACreatorForWhatItsConfigurationNames() {
      assertThatIllegalStateException().isThrownBy(() -> ModelCodec.Plain.of(new Catalog(),
          io.github.yilian.common.DateRange.class, Map.of(), new TypeConfig(io.github.yilian.common.DateRange.class)
              .creator("start")))
          .withMessage("io.github.yilian.common.DateRange has no factory or constructor taking [LocalDate]");
      assertThatIllegalStateException().isThrownBy(() -> ModelCodec.Plain.of(new Catalog(),
          io.github.yilian.common.DateRange.class, Map.of(), new TypeConfig(io.github.yilian.common.DateRange.class)
              .creator("start", "length")))
          .withMessage("io.github.yilian.common.DateRange has no getter for length: [start, end]");
    }

    @Test
    void aDecimalWhereTextIsExpectedIsNamedWithoutItsValue() {
      assertThat(problems("{'ruleId':1.5,'subject':'s','severity':'NOTICE','reason':{'zh':'甲','en':'a'}}", Finding.class))
          .containsExactly("$.ruleId (Finding.ruleId): expected a string, found a decimal number");
    }
  }

  @Nested
  class Api {
    @Test
    void theMappingHandlesModelsAndTheirGeneratedClassesOnly() {
      assertThat(json.handles(AllianceAssessmentRecord.class)).isTrue();
      assertThat(json.handles(Samples.RECORD.getClass())).isTrue();
      assertThat(json.handles(io.github.yilian.alliance.Grade.class)).isFalse();
      assertThat(json.handles(Object.class)).isFalse();
      assertThatIllegalArgumentException().isThrownBy(() -> write(new Object()))
          .withMessage("Yilian's JSON mapping has no codec for java.lang.Object");
      assertThatIllegalArgumentException().isThrownBy(() -> json.read(Map.of(), Object.class, true));
    }

    @Test
    void aNullDocumentIsAProblemOfTheWholeValue() {
      assertThatExceptionOfType(InvalidJsonException.class).isThrownBy(() -> json.read(null, Finding.class, true))
          .satisfies(e -> {
            assertThat(e.getJsonPath()).isEqualTo("$");
            assertThat(e.getModelType()).isEqualTo("Finding");
            assertThat(e.getField()).isEmpty();
            assertThat(e.getMessage()).isEqualTo("$ (Finding): must not be null");
          });
    }

    @Test
    void aParameterizedTypeNeedsAsManyArgumentsAsItsClassDeclares() throws Exception {
      assertThatIllegalArgumentException().isThrownBy(() -> ModelJson.parameterized(Ranking.class))
          .withMessage("io.github.yilian.common.Ranking takes 1 type arguments, not 0");
      Type declared = ModelJsonTest.class.getDeclaredField("sampleMap").getGenericType();
      assertThat(ModelJson.parameterized(Map.class, String.class, Integer.class)).isEqualTo(declared)
          .hasSameHashCodeAs(declared)
          .hasToString("java.util.Map<java.lang.String, java.lang.Integer>");
    }

    @Test
    void settingsAreValuesThatNameWhatTheyHold() {
      JsonSettings including = JsonSettings.builder().personalData(PersonalData.INCLUDE).build();
      assertThat(including).isEqualTo(JsonSettings.builder().personalData(PersonalData.INCLUDE).build())
          .hasSameHashCodeAs(JsonSettings.builder().personalData(PersonalData.INCLUDE).build())
          .isNotEqualTo(JsonSettings.defaults())
          .isNotEqualTo(JsonSettings.builder().personalData(PersonalData.INCLUDE).embedInputs(true).build())
          .isNotEqualTo(JsonSettings.builder().personalData(PersonalData.INCLUDE).addRecords(Samples.RECORD).build());
      assertThat(JsonSettings.defaults()).hasToString("JsonSettings{PSEUDONYMISE, inputs by reference, rubrics"
          + " [haikou-alliance-2021], 0 records}");
      assertThat(JsonSettings.builder().embedInputs(true).addRecords(Samples.RECORD).build())
          .hasToString("JsonSettings{PSEUDONYMISE, inputs embedded, rubrics [haikou-alliance-2021], 1 records}");
      assertThat(JsonSettings.defaults().getRubrics()).containsExactly(HaikouAllianceRubric2021.rubric());
      assertThat(JsonSettings.builder().addRecords(Samples.RECORD).build().getRecords()).containsExactly(Samples.RECORD);
      assertThat(JsonSettings.defaults().record("neurosurgery", 2021)).isEmpty();
      assertThat(ModelJson.of(including)).hasToString("ModelJson{" + including + "}");
    }

    @Test
    void aProblemMovesUnderTheValueThatHoldsIt() {
      JsonProblem problem = JsonProblem.of("$.name.zh", "BilingualText", "chinese", "must not be blank");
      assertThat(problem.withinElement(3).withinProperty("units").getJsonPath()).isEqualTo("$.units[3].name.zh");
      assertThat(problem.withinProperty("a b").getJsonPath()).isEqualTo("$['a b'].name.zh");
      assertThat(problem.withinProperty("it's").getJsonPath()).isEqualTo("$['it\\'s'].name.zh");
      assertThat(problem).isEqualTo(JsonProblem.of("$.name.zh", "BilingualText", "chinese", "must not be blank"))
          .hasSameHashCodeAs(JsonProblem.of("$.name.zh", "BilingualText", "chinese", "must not be blank"))
          .isNotEqualTo(JsonProblem.of("$.name.en", "BilingualText", "chinese", "must not be blank"))
          .isNotEqualTo(JsonProblem.of("$.name.zh", "Unit", "chinese", "must not be blank"))
          .isNotEqualTo(JsonProblem.of("$.name.zh", "BilingualText", null, "must not be blank"))
          .isNotEqualTo(JsonProblem.of("$.name.zh", "BilingualText", "chinese", "is missing"));
      assertThat(JsonProblem.of("$", "Share", null, "bad")).hasToString("$ (Share): bad");
    }

    @Test
    void anExceptionListsTenProblemsAndCountsTheRest() {
      List<JsonProblem> many = java.util.stream.IntStream.range(0, 12)
          .mapToObj(i -> JsonProblem.of("$[" + i + "]", "Share", null, "bad")).toList();
      assertThat(new InvalidJsonException(many).getMessage()).endsWith("$[9] (Share): bad; and 2 more")
          .doesNotContain("$[10]");
      assertThat(new InvalidJsonException(many.subList(0, 10)).getMessage()).endsWith("$[9] (Share): bad");
      assertThat(new InvalidJsonException(many).getProblems()).hasSize(12);
      assertThatIllegalArgumentException().isThrownBy(() -> new InvalidJsonException(List.of()))
          .withMessage("an InvalidJsonException needs at least one problem");
    }

    @Test
    void aHugeBadDocumentKeepsAHundredProblems() {
      String many = "[" + String.join(",", java.util.Collections.nCopies(150, "{'ruleId':'r'}")) + "]";
      assertThatExceptionOfType(InvalidJsonException.class)
          .isThrownBy(() -> read(many, ModelJson.parameterized(List.class, Finding.class)))
          .satisfies(e -> assertThat(e.getProblems()).hasSize(100));
    }
  }
}
