package io.github.yilian.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.AllianceJsonGenerators;
import io.github.yilian.alliance.CriterionScore;
import io.github.yilian.alliance.HaikouAllianceRubric2021;
import io.github.yilian.alliance.Rubric;
import io.github.yilian.alliance.SpecialtyAlliance;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.CommonJsonGenerators;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Ranking;
import io.github.yilian.common.Share;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.AnnualEvaluation;
import io.github.yilian.county.CountyJsonGenerators;
import io.github.yilian.county.Dashboard;
import io.github.yilian.county.Fact;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.Pairing;
import io.github.yilian.county.ProblemList;
import io.github.yilian.county.RollUp;
import io.github.yilian.county.Target;
import io.github.yilian.county.TargetPolicy;
import io.github.yilian.county.TargetResult;
import io.github.yilian.county.UnitScore;
import io.github.yilian.expert.AdjustmentLog;
import io.github.yilian.expert.CompositionPolicy;
import io.github.yilian.expert.EvaluationAssignment;
import io.github.yilian.expert.Expert;
import io.github.yilian.expert.ExpertGroup;
import io.github.yilian.expert.ExpertJsonGenerators;
import io.github.yilian.expert.GroupState;
import io.github.yilian.expert.ObligationPolicy;
import io.github.yilian.expert.ServicePeriod;
import io.github.yilian.expert.Tenure;
import io.github.yilian.expert.TermPolicy;
import io.github.yilian.pilot.CollaborationProgramme;
import io.github.yilian.pilot.GroupCompliance;
import io.github.yilian.pilot.GroupRecord;
import io.github.yilian.pilot.HostSuggestion;
import io.github.yilian.pilot.ObligationInstance;
import io.github.yilian.pilot.PilotJsonGenerators;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The JSON round-trip properties every binding of the mapping must pass: each generated model and
 * result, written and read back, is an equal value, and writing it again gives the same JSON.
 *
 * <p>A binding (the mapping alone, Jackson 2, Jackson 3) extends this class and says how it writes
 * and reads JSON text. "Equal" is the model's own {@code equals} where it has one; a hand-written
 * result without one ({@code Dashboard}, {@code AnnualEvaluation}…) is equal when each of its getters
 * is. The exact round trip uses {@link #FULL} settings (personal data included, inputs embedded);
 * the defaults are checked to leave personal data out and still read back.
 */
public abstract class RoundTripContract {

  /** Everything written: personal data and an assessment's inputs. */
  protected static final JsonSettings FULL =
      JsonSettings.builder().personalData(PersonalData.INCLUDE).embedInputs(true).build();

  /** The defaults: no personal data, inputs by reference. */
  protected static final JsonSettings DEFAULTS = JsonSettings.defaults();

  /**
   * Returns how many examples each property tries: the mapping itself is checked with many, each
   * JSON library's binding (which only passes tokens) with fewer.
   *
   * @return the number of examples
   */
  protected int examples() {
    return 30;
  }

  /**
   * Writes a model as JSON text.
   *
   * @param value the model
   * @param settings the settings
   * @return the JSON text
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

  /** Checks that every generated value round-trips to an equal value and to the same JSON. */
  private <T> void roundTrips(Gen<T> values, Type type) {
    qt().withExamples(examples()).forAll(values).checkAssert(value -> {
      String json = write(value, FULL);
      Object back = read(json, type, FULL);
      assertSameValue(back, value, "$");
      assertThat(write(back, FULL)).isEqualTo(json);
    });
  }

  private static Type listOf(Class<?> element) {
    return ModelJson.parameterized(List.class, element);
  }

  /** The model's equals, or each getter's for a class without one. */
  static void assertSameValue(Object actual, Object expected, String where) {
    if (expected == null || actual == null) {
      assertThat(actual).as(where).isEqualTo(expected);
      return;
    }
    Class<?> type = expected.getClass();
    if (expected instanceof Collection<?> list) {
      assertThat(actual).as(where).isInstanceOf(Collection.class);
      List<?> actuals = new ArrayList<>((Collection<?>) actual);
      List<?> expecteds = new ArrayList<>(list);
      assertThat(actuals).as(where).hasSameSizeAs(expecteds);
      for (int i = 0; i < expecteds.size(); i++) {
        assertSameValue(actuals.get(i), expecteds.get(i), where + "[" + i + "]");
      }
    } else if (expected instanceof Map<?, ?> map) {
      assertThat(new ArrayList<Object>(((Map<?, ?>) actual).keySet())).as(where)
          .isEqualTo(new ArrayList<Object>(map.keySet()));
      map.forEach((k, v) -> assertSameValue(((Map<?, ?>) actual).get(k), v, where + "." + k));
    } else if (expected instanceof Optional<?> optional) {
      assertThat(((Optional<?>) actual).isPresent()).as(where).isEqualTo(optional.isPresent());
      optional.ifPresent(v -> assertSameValue(((Optional<?>) actual).get(), v, where));
    } else if (declaresEquals(type)) {
      assertThat(actual).as(where).isEqualTo(expected);
    } else {
      assertThat(actual).as(where).isInstanceOf(type);
      for (Method getter : type.getMethods()) {
        if (getter.getParameterCount() == 0 && !Modifier.isStatic(getter.getModifiers())
            && getter.getDeclaringClass() != Object.class
            && (getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
          assertSameValue(call(getter, actual), call(getter, expected), where + "." + getter.getName());
        }
      }
    }
  }

  private static boolean declaresEquals(Class<?> type) {
    try {
      return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static Object call(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(getter + " failed", e);
    }
  }

  @Nested
  class CommonModels {
    @Test
    void sharesRoundTrip() {
      roundTrips(CommonJsonGenerators.shares(), Share.class);
    }

    @Test
    void bilingualTextsRoundTrip() {
      roundTrips(CommonJsonGenerators.bilingualTexts(), BilingualText.class);
    }

    @Test
    void dateRangesRoundTrip() {
      roundTrips(CommonJsonGenerators.dateRanges(), DateRange.class);
    }

    @Test
    void findingsRoundTrip() {
      roundTrips(CommonJsonGenerators.findings(), Finding.class);
    }

    @Test
    void rankingsOfFindingsRoundTrip() {
      roundTrips(CommonJsonGenerators.rankings(), ModelJson.parameterized(Ranking.class, Finding.class));
    }
  }

  @Nested
  class ExpertModels {
    @Test
    void adjustmentLogsRoundTrip() {
      roundTrips(ExpertJsonGenerators.logs(), AdjustmentLog.class);
    }

    @Test
    void expertsRoundTrip() {
      roundTrips(ExpertJsonGenerators.experts(), Expert.class);
    }

    @Test
    void groupsRoundTrip() {
      roundTrips(ExpertJsonGenerators.groups(), ExpertGroup.class);
    }

    @Test
    void policiesRoundTrip() {
      roundTrips(ExpertJsonGenerators.termPolicies(), TermPolicy.class);
      roundTrips(ExpertJsonGenerators.obligationPolicies(), ObligationPolicy.class);
      roundTrips(ExpertJsonGenerators.compositionPolicies(), CompositionPolicy.class);
    }

    @Test
    void activitiesAndAssignmentsRoundTrip() {
      roundTrips(ExpertJsonGenerators.activities(), io.github.yilian.expert.ExpertActivity.class);
      roundTrips(ExpertJsonGenerators.assignments(), EvaluationAssignment.class);
    }

    @Test
    void statesTenuresAndHistoriesRoundTrip() {
      roundTrips(ExpertJsonGenerators.states(), GroupState.class);
      roundTrips(ExpertJsonGenerators.tenures(), Tenure.class);
      roundTrips(ExpertJsonGenerators.histories(), listOf(ServicePeriod.class));
    }

    @Test
    void findingsOfTheCheckersRoundTrip() {
      roundTrips(ExpertJsonGenerators.findings(), listOf(Finding.class));
    }
  }

  @Nested
  class PilotModels {
    @Test
    void programmesRoundTrip() {
      roundTrips(PilotJsonGenerators.programmes(), CollaborationProgramme.class);
    }

    @Test
    void collaborationRecordsRoundTrip() {
      roundTrips(PilotJsonGenerators.records(), GroupRecord.class);
    }

    @Test
    void complianceRoundTrips() {
      roundTrips(PilotJsonGenerators.compliance(), GroupCompliance.class);
    }

    @Test
    void obligationsAndHostSuggestionsRoundTrip() {
      roundTrips(PilotJsonGenerators.obligations(), listOf(ObligationInstance.class));
      roundTrips(PilotJsonGenerators.hostSuggestions(), HostSuggestion.class);
    }
  }

  @Nested
  class CountyModels {
    @Test
    void treesAndFactsRoundTrip() {
      roundTrips(CountyJsonGenerators.trees(), AdministrativeTree.class);
      roundTrips(CountyJsonGenerators.facts(), Fact.class);
    }

    @Test
    void monitoringDataRoundTrips() {
      roundTrips(CountyJsonGenerators.data(), MonitoringData.class);
    }

    @Test
    void targetsAndPoliciesRoundTrip() {
      roundTrips(CountyJsonGenerators.targets(), Target.class);
      roundTrips(CountyJsonGenerators.policies(), TargetPolicy.class);
    }

    @Test
    void targetResultsRoundTrip() {
      roundTrips(CountyJsonGenerators.results(), TargetResult.class);
    }

    @Test
    void dashboardsRoundTrip() {
      roundTrips(CountyJsonGenerators.dashboards(), Dashboard.class);
    }

    @Test
    void rollUpsAndRankingsRoundTrip() {
      roundTrips(CountyJsonGenerators.rollUps(), RollUp.class);
      roundTrips(CountyJsonGenerators.rankings(), ModelJson.parameterized(Ranking.class, UnitScore.class));
    }

    @Test
    void evaluationsAndProblemListsRoundTrip() {
      roundTrips(CountyJsonGenerators.evaluations(), AnnualEvaluation.class);
      roundTrips(CountyJsonGenerators.problemLists(), ProblemList.class);
    }
  }

  @Nested
  class AllianceModels {
    @Test
    void alliancesRoundTrip() {
      roundTrips(AllianceJsonGenerators.alliances(), SpecialtyAlliance.class);
    }

    @Test
    void evidenceRecordsRoundTrip() {
      roundTrips(AllianceJsonGenerators.records(), AllianceAssessmentRecord.class);
    }

    @Test
    void rubricsOfEveryRuleKindRoundTrip() {
      roundTrips(AllianceJsonGenerators.rubrics(), Rubric.class);
    }

    @Test
    void assessmentsRoundTrip() {
      roundTrips(AllianceJsonGenerators.assessments(), AllianceAssessment.class);
    }

    @Test
    void rankedAssessmentsRoundTrip() {
      roundTrips(AllianceJsonGenerators.rankings(), ModelJson.parameterized(Ranking.class, AllianceAssessment.class));
    }
  }

  @Nested
  class PersonalDataByDefault {
    @Test
    void phonesAndIdNumbersAreLeftOutAndTheRestReadsBack() {
      qt().withExamples(examples()).forAll(ExpertJsonGenerators.groups()).checkAssert(group -> {
        String json = write(group, DEFAULTS);
        assertThat(json).doesNotContain(ExpertJsonGenerators.PERSONAL);
        ExpertGroup back = (ExpertGroup) read(json, ExpertGroup.class, DEFAULTS);
        assertThat(back.getRoster()).allSatisfy(e -> assertThat(e.getPhone().or(e::getIdNumber)).isEmpty());
        assertThat(back.getRoster()).map(Expert::getId)
            .containsExactlyElementsOf(group.getRoster().stream().map(Expert::getId).toList());
      });
    }

    @Test
    void patientAndTraineeIdsArePseudonymsThatKeepEveryScore() {
      Rubric haikou = HaikouAllianceRubric2021.rubric();
      qt().withExamples(examples()).forAll(AllianceJsonGenerators.records()).checkAssert(record -> {
        String json = write(record, DEFAULTS);
        record.getReferrals().forEach(r -> assertThat(json).doesNotContain("\"" + r.getPatientId() + "\""));
        record.getTraineeStays().forEach(s -> assertThat(json).doesNotContain("\"" + s.getPersonId() + "\""));
        AllianceAssessmentRecord back = (AllianceAssessmentRecord) read(json, AllianceAssessmentRecord.class, DEFAULTS);
        assertThat(points(haikou.assess(back))).isEqualTo(points(haikou.assess(record)));
      });
    }

    @Test
    void partyGroupMemberIdsArePseudonymsThatKeepEveryPairing() {
      qt().withExamples(examples()).forAll(CountyJsonGenerators.data()).checkAssert(data -> {
        String json = write(data, DEFAULTS);
        assertThat(json).doesNotContain("\"member\"");
        MonitoringData back = (MonitoringData) read(json, MonitoringData.class, DEFAULTS);
        assertThat(back.getPairings()).map(Pairing::getUnitId)
            .isEqualTo(data.getPairings().stream().map(Pairing::getUnitId).toList());
        assertThat(back.getPairings()).allSatisfy(p -> assertThat(p.getMemberId()).isEqualTo("member-1"));
      });
    }

    @Test
    void anAssessmentNamesItsRecordAndRubricAndReadsBackWithThem() {
      qt().withExamples(examples()).forAll(AllianceJsonGenerators.records()).checkAssert(record -> {
        AllianceAssessment assessment = HaikouAllianceRubric2021.rubric().assess(record);
        String json = write(assessment, DEFAULTS);
        assertThat(json).doesNotContain("outreachVisits").contains("\"rubric\":\"haikou-alliance-2021\"");
        JsonSettings withRecord = JsonSettings.builder().addRecords(record).build();
        assertThat(read(json, AllianceAssessment.class, withRecord)).isEqualTo(assessment);
      });
    }
  }

  private static List<Integer> points(AllianceAssessment assessment) {
    return assessment.getScores().stream().map(CriterionScore::getPoints).toList();
  }
}
