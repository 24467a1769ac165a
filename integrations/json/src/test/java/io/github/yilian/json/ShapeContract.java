package io.github.yilian.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.CriterionScore;
import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.CountedEvidence;
import io.github.yilian.alliance.Criterion;
import io.github.yilian.alliance.Grade;
import io.github.yilian.alliance.GradeBand;
import io.github.yilian.alliance.HaikouAllianceRubric2021;
import io.github.yilian.alliance.PerItemRule;
import io.github.yilian.alliance.Rubric;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import io.github.yilian.common.Share;
import io.github.yilian.county.Fact;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.Pairing;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.TargetResult;
import io.github.yilian.county.Unit;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.expert.AdjustmentEvent;
import io.github.yilian.expert.AdjustmentLog;
import io.github.yilian.expert.Expert;
import io.github.yilian.expert.ExpertGroup;
import io.github.yilian.expert.ExpertTeam;
import io.github.yilian.expert.Province;
import io.github.yilian.expert.TieredCareExpertGroupMeasures;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The JSON shape, example by example, that every binding of the mapping must write and read: the
 * issue's rules (shares, dates, money, enums, bilingual text, rule kinds, personal data, inputs by
 * reference) and the problems invalid JSON is reported as.
 */
public abstract class ShapeContract {

  /**
   * Writes a model as JSON text.
   *
   * @param value the model
   * @param settings the settings
   * @return compact JSON text
   */
  protected abstract String write(Object value, JsonSettings settings);

  /**
   * Reads a model from JSON text.
   *
   * @param json the JSON text
   * @param type the model's type
   * @param settings the settings
   * @return the model
   */
  protected abstract Object read(String json, Type type, JsonSettings settings);

  /**
   * Reads JSON text that is invalid and returns the problems the binding reports.
   *
   * @param json the JSON text
   * @param type the model's type
   * @return the problems, with their paths from the document's root
   */
  protected abstract List<JsonProblem> problems(String json, Type type);

  private String write(Object value) {
    return JsonText.compact(write(value, JsonSettings.defaults()));
  }

  private Object read(String json, Type type) {
    return read(json, type, JsonSettings.defaults());
  }

  /** Single quotes for readable expectations. */
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Nested
  class Values {
    @Test
    void aShareIsItsCountsWithAPercentToTwoPlaces() {
      assertThat(write(Share.of(39, 80))).isEqualTo(json("{'numerator':39,'denominator':80,'percent':'48.75'}"));
      assertThat(write(Share.of(1, 3))).isEqualTo(json("{'numerator':1,'denominator':3,'percent':'33.33'}"));
    }

    @Test
    void aShareKeepsItsCountsUnreducedAndReadsFromAPercentAlone() {
      assertThat(read(json("{'numerator':2,'denominator':4,'percent':'50'}"), Share.class)).isEqualTo(Share.of(2, 4));
      assertThat(read(json("{'percent':'12.5'}"), Share.class)).isEqualTo(Share.of(1, 8));
    }

    @Test
    void datesAreIsoStrings() {
      DateRange year = DateRange.ofYear(2023);
      assertThat(write(year)).isEqualTo(json("{'start':'2023-01-01','end':'2023-12-31'}"));
      assertThat(read(write(year), DateRange.class)).isEqualTo(year);
    }

    @Test
    void moneyIsADecimalString() {
      GradeBand band = GradeBand.of(Grade.EXCELLENT, 90, new BigDecimal("1500000.50"));
      assertThat(write(band)).isEqualTo(json("{'grade':'EXCELLENT','above':90,'funding':'1500000.50'}"));
      assertThat(read(json("{'grade':'EXCELLENT','above':90,'funding':1500000.50}"), GradeBand.class)).isEqualTo(band);
    }

    @Test
    void enumsAreConstantNamesAndBilingualTextIsZhAndEn() {
      Finding finding = Finding.builder().ruleId("expert.coverage").subject("650000").severity(Severity.VIOLATION)
          .reason(BilingualText.of("无专家小组负责新疆", "no team is responsible for Xinjiang")).build();
      assertThat(write(finding)).isEqualTo(json("{'ruleId':'expert.coverage','subject':'650000','severity':'VIOLATION',"
          + "'reason':{'zh':'无专家小组负责新疆','en':'no team is responsible for Xinjiang'}}"));
    }

    @Test
    void anEmptyOptionalIsLeftOutAndReadsBackEmpty() {
      Unit region = Unit.region("65", BilingualText.of("新疆", "Xinjiang"));
      assertThat(write(region)).isEqualTo(json("{'id':'65','name':{'zh':'新疆','en':'Xinjiang'},'level':'REGION'}"));
      assertThat(read(json("{'id':'65','name':{'zh':'新疆','en':'Xinjiang'},'level':'REGION','parentId':null}"),
          Unit.class)).isEqualTo(region);
    }
  }

  @Nested
  class Rubrics {
    @Test
    void aRuleCarriesItsKindAsATypeId() {
      Criterion outreach = Criterion.of("outreach", BilingualText.of("人员流动", "outreach"),
          PerItemRule.of(CountedEvidence.OUTREACH_DAYS, 1, 20));
      assertThat(write(outreach)).isEqualTo(json("{'id':'outreach','name':{'zh':'人员流动','en':'outreach'},"
          + "'rule':{'type':'PER_ITEM','evidence':'OUTREACH_DAYS','pointsEach':1,'cap':20},'maxPoints':20}"));
      assertThat(read(write(outreach), Criterion.class)).isEqualTo(outreach);
    }

    @Test
    void thePresetRubricReadsBackEqual() {
      Rubric haikou = HaikouAllianceRubric2021.rubric();
      assertThat(read(write(haikou), Rubric.class)).isEqualTo(haikou);
    }

    @Test
    void anUnknownRuleKindListsTheKinds() {
      assertThat(problems(json("{'id':'x','name':{'zh':'甲','en':'x'},'rule':{'type':'BONUS','points':3}}"), Criterion.class))
          .extracting(JsonProblem::toString)
          .containsExactly("$.rule.type (Rule.type): is not a kind of Rule; one of YES_NO, TARGET_COUNT, PER_ITEM,"
              + " LEVEL, STATUS, GROWTH");
    }
  }

  @Nested
  class Results {
    private final TargetResult t15 = Samples.TRACKER.status(XinjiangCountyTargets2023.target("T15"), "650102-L",
        LocalDate.of(2023, 12, 31));

    @Test
    void aTargetResultCarriesItsGapAndReasonAndReadsBackIgnoringTheReason() {
      String json = write(t15);
      assertThat(json).contains(json("'value':{'kind':'SHARE','share':{'numerator':39,'denominator':80,'percent':'48.75'}}"))
          .contains(json("'status':'MISSED','gap':1,'periods':[],'ownPart':false,'reason':{'zh':'T15 650102-L："));
      assertThat(read(json.replace("\"zh\":\"T15 650102-L：", "\"zh\":\"edited："), TargetResult.class)).isEqualTo(t15);
    }

    @Test
    void aHalfYearlyTargetResultCarriesBothPeriodsAndReadsBackEqual() {
      TargetTracker tracker = TargetTracker.of(XinjiangCountyTargets2023.policy(), MonitoringData.builder()
          .tree(Samples.TREE)
          .addFacts(Fact.yes("650102", XinjiangCountyTargets2023.MANAGEMENT_COMMITTEE, LocalDate.of(2022, 6, 1)))
          .addFacts(Fact.yes("650102", XinjiangCountyTargets2023.COMMITTEE_REPORT, LocalDate.of(2023, 3, 10)))
          .build());
      TargetResult t5 = tracker.status(XinjiangCountyTargets2023.target("T5"), "650102", LocalDate.of(2023, 12, 31));
      assertThat(t5.getPeriods()).hasSize(2);
      String json = write(t5);
      assertThat(json).contains(json("'periods':[{'period':{'start':'2023-01-01','end':'2023-06-30'},'ended':true"))
          .contains(json("'status':'MET','gap':0,'reason':{'zh':'2023-01-01至2023-06-30：1，已达标'"))
          .contains(json("'en':'2023-01-01/2023-06-30: 1, met'},'target':{'id':'T5'"));
      assertThat(read(json, TargetResult.class)).isEqualTo(t5);
    }

    @Test
    void anAssessmentNamesItsRecordAndRubricUnlessInputsAreEmbedded() {
      AllianceAssessment assessment = HaikouAllianceRubric2021.rubric().assess(Samples.RECORD);
      assertThat(write(assessment)).startsWith(json("{'record':{'alliance':'neurosurgery','year':2021},'scores':["))
          .contains(json("'total':15,'reason':{"), json("'funding':'0','grade':'FAIL','rubric':'haikou-alliance-2021'"));
      String embedded = write(assessment, JsonSettings.builder().embedInputs(true).build());
      assertThat(JsonText.compact(embedded)).contains(json("'record':{'alliance':{'id':'neurosurgery'"))
          .contains(json("'rubric':{'id':'haikou-alliance-2021'"));
      assertThat(read(embedded, AllianceAssessment.class)).isEqualTo(HaikouAllianceRubric2021.rubric()
          .assess(pseudonymised(Samples.RECORD)));
    }

    @Test
    void anAssessmentByReferenceReadsBackWithItsRecordInTheSettings() {
      AllianceAssessment assessment = HaikouAllianceRubric2021.rubric().assess(Samples.RECORD);
      JsonSettings withRecord = JsonSettings.builder().addRecords(Samples.RECORD).build();
      assertThat(read(write(assessment), AllianceAssessment.class, withRecord)).isEqualTo(assessment);
      assertThat(problems(write(assessment), AllianceAssessment.class)).extracting(JsonProblem::getJsonPath)
          .containsExactly("$.record");
    }

    /** A score is derived from its assessment's record and rubric: alone it says to read the assessment. */
    @Test
    void aScoreAloneSaysItIsReadWithItsAssessment() {
      String score = write(HaikouAllianceRubric2021.rubric().assess(Samples.RECORD).getScores().get(0));
      assertThat(problems(score, CriterionScore.class)).singleElement().extracting(JsonProblem::toString).asString()
          .startsWith("$").contains("a criterion score is read with its assessment").endsWith("read the AllianceAssessment");
    }

    @Test
    void anAssessmentOfAnUnknownRubricSaysHowToRegisterIt() {
      String json = write(HaikouAllianceRubric2021.rubric().assess(Samples.RECORD)).replace("\"rubric\":\"haikou-alliance-2021\"",
          "\"rubric\":\"sanya-2022\"");
      assertThat(problems(json, AllianceAssessment.class)).last().extracting(JsonProblem::toString).asString()
          .startsWith("$.rubric (AllianceAssessment.rubric): the rubric sanya-2022 is not in the JSON")
          .endsWith("add it with JsonSettings.Builder.addRubrics");
    }
  }

  /** The record as written by default: patient and trainee ids replaced by pseudonyms. */
  private AllianceAssessmentRecord pseudonymised(AllianceAssessmentRecord record) {
    return (AllianceAssessmentRecord) read(write(record), AllianceAssessmentRecord.class);
  }

  @Nested
  class PersonalDataLeftOut {
    @Test
    void anExpertsPhoneAndIdNumberAreLeftOutUnlessIncluded() {
      assertThat(write(Samples.EXPERT)).isEqualTo(json("{'id':'e1','name':'张三','sector':'UNIVERSITY',"
          + "'fields':['POLICY_RESEARCH'],'senior':true,'attestations':[],'fullyAttested':false,"
          + "'missingCriteria':['INTEGRITY','COMMITMENT','EXPERTISE','AVAILABILITY']}"));
      String included = JsonText.compact(write(Samples.EXPERT,
          JsonSettings.builder().personalData(PersonalData.INCLUDE).build()));
      assertThat(included).contains(json("'phone':'13800138000','idNumber':'110101198001010011'"));
      assertThat(read(included, Expert.class)).isEqualTo(Samples.EXPERT);
    }

    @Test
    void patientAndTraineeIdsArePseudonymsNumberedByFirstAppearance() {
      String json = write(Samples.RECORD);
      assertThat(json).doesNotContain("460100").doesNotContain("D-0042")
          .contains(json("'referrals':[{'patientId':'patient-1'"))
          .contains(json("{'patientId':'patient-1','date':'2021-06-01'"))
          .contains(json("{'patientId':'patient-2','date':'2021-06-02'"))
          .contains(json("'traineeStays':[{'personId':'trainee-1'"));
    }

    @Test
    void aPartyGroupMembersIdIsAPseudonymUnlessIncluded() {
      LocalDate firstDay = LocalDate.of(2023, 3, 1);
      Pairing pairing = Pairing.of("M-0007", "650102", firstDay);
      String json = write(pairing);
      assertThat(json).doesNotContain("M-0007").contains(json("'memberId':'member-1'"));
      assertThat(read(json, Pairing.class)).isEqualTo(Pairing.of("member-1", "650102", firstDay));
      assertThat(write(pairing, JsonSettings.builder().personalData(PersonalData.INCLUDE).build()))
          .contains(json("'memberId':'M-0007'"));
    }

    @Test
    void pseudonymsKeepTheScores() {
      Rubric haikou = HaikouAllianceRubric2021.rubric();
      assertThat(haikou.assess(pseudonymised(Samples.RECORD)).getScores())
          .isEqualTo(haikou.assess(Samples.RECORD).getScores());
    }
  }

  @Nested
  class InvalidJson {
    private final String visit = json("{'date':'2021-11-02','memberUnitId':'tcm','kind':'LECTURE'}");

    private String record(String visits) {
      return write(Samples.RECORD).replaceFirst("\"outreachVisits\":\\[[^\\]]*\\]", "\"outreachVisits\":[" + visits + "]");
    }

    @Test
    void aBadDateNamesItsPathModelAndField() {
      assertThat(problems(record(visit + "," + visit.replace("2021-11-02", "2021-13-01")), AllianceAssessmentRecord.class))
          .extracting(JsonProblem::toString)
          .containsExactly("$.outreachVisits[1].date (OutreachVisit.date): \"2021-13-01\" is not an ISO-8601 date (yyyy-mm-dd)");
    }

    @Test
    void aModelsCrossFieldRuleArrivesAtTheFieldItNames() {
      assertThat(problems(record(visit.replace("2021-11-02", "2020-11-02")), AllianceAssessmentRecord.class))
          .extracting(JsonProblem::toString)
          .containsExactly("$.outreachVisits (AllianceAssessmentRecord.outreachVisits): date 2020-11-02 is outside the"
              + " assessment year 2021");
    }

    @Test
    void aBlankTextArrivesAtItsJsonNameWithTheModelsField() {
      List<JsonProblem> problems = problems(json("{'ruleId':'r','subject':'s','severity':'NOTICE','reason':{'zh':' ','en':'x'}}"),
          Finding.class);
      assertThat(problems).extracting(JsonProblem::getJsonPath).containsExactly("$.reason.zh");
      assertThat(problems).extracting(JsonProblem::getModelType, p -> p.getField().orElseThrow(), JsonProblem::getMessage)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("BilingualText", "chinese", "must not be blank: \" \""));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
      assertThat(problems(json("{'ruleId':'','severity':'SEVERE','reason':{'zh':'甲','en':'a'},'extra':1}"), Finding.class))
          .extracting(JsonProblem::toString)
          .containsExactly(
              "$.severity (Finding.severity): \"SEVERE\" is not a constant of Severity; one of VIOLATION, WARNING, NOTICE",
              "$.extra (Finding.extra): is not a property of Finding, whose properties are ruleId, subject, severity, reason",
              "$.subject (Finding.subject): is missing");
    }

    @Test
    void aShareBeyondItsTotalNamesTheCounts() {
      assertThat(problems(json("{'numerator':5,'denominator':4}"), Share.class)).extracting(JsonProblem::toString)
          .containsExactly("$ (Share): numerator 5 is above denominator 4");
    }

    @Test
    void anEventTheLogCannotFollowIsPlacedAtTheEvent() {
      ExpertGroup founding = ExpertGroup.builder().name(BilingualText.of("专家组", "group"))
          .managementOffice(BilingualText.of("办公室", "office")).termStart(LocalDate.of(2022, 1, 1))
          .addCoveredProvinces(Province.BEIJING)
          .addTeams(ExpertTeam.builder().id("north").name(BilingualText.of("华北组", "North")).build())
          .addRoster(Samples.EXPERT).build();
      AdjustmentLog log = AdjustmentLog.of(founding, TieredCareExpertGroupMeasures.termPolicy(),
          List.of(AdjustmentEvent.appointed(LocalDate.of(2023, 7, 1), "e1", "north")));
      String json = write(log);
      String twice = json.substring(0, json.length() - 2)
          + json(",{'type':'APPOINTED','date':'2023-08-01','expert':'e1','team':'north'}]}");
      assertThat(problems(twice, AdjustmentLog.class)).extracting(JsonProblem::getJsonPath, JsonProblem::getMessage)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("$.events[1]",
              "the 2nd event (2023-08-01 APPOINTED e1 to north) is invalid: expert e1 is already serving on 2023-08-01"));
    }

    @Test
    void aProblemNeverShowsPersonalData() {
      String json = write(Samples.RECORD).replace("\"patient-1\"", "460100199001011234");
      assertThat(problems(json, AllianceAssessmentRecord.class)).extracting(JsonProblem::toString)
          .containsExactly("$.referrals[0].patientId (Referral.patientId): expected a string, found a whole number",
              "$.referrals[1].patientId (Referral.patientId): expected a string, found a whole number");
    }
  }
}
