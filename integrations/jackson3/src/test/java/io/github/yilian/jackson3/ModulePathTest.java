package io.github.yilian.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import tools.jackson.databind.json.JsonMapper;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Share;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.AnnualEvaluation;
import io.github.yilian.county.Dashboard;
import io.github.yilian.county.Fact;
import io.github.yilian.county.Level;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.TargetResult;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.Unit;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.json.ModelJson;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The module on the module path (its own surefire execution): core, the mapping, this module and
 * Jackson are named modules, found through {@code provides}, and core's {@code opens} let the
 * mapping build results whose constructors are not public.
 */
class ModulePathTest {

  private static final AdministrativeTree TREE = AdministrativeTree.builder()
      .addUnits(Unit.region("65", BilingualText.of("新疆", "Xinjiang")),
          Unit.of("6501", BilingualText.of("乌鲁木齐市", "Urumqi"), Level.PREFECTURE, "65"),
          Unit.of("650102", BilingualText.of("天山区", "Tianshan"), Level.COUNTY, "6501"),
          Unit.of("650102-M", BilingualText.of("天山区医共体", "Tianshan community"), Level.COMMUNITY, "650102"),
          Unit.of("650102-L", BilingualText.of("天山区人民医院", "Tianshan hospital"), Level.LEAD_HOSPITAL, "650102-M"))
      .build();

  private static final TargetTracker TRACKER = TargetTracker.of(XinjiangCountyTargets2023.policy(),
      MonitoringData.builder().tree(TREE)
          .addFacts(Fact.share("650102-L", XinjiangCountyTargets2023.STUDIO_DOCTORS, LocalDate.of(2023, 9, 1), 39, 80))
          .build());

  private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

  /** The class-path run (which excludes this class unless -Dtest names it) has nothing to check here. */
  @BeforeEach
  void onTheModulePath() {
    assumeTrue(ModulePathTest.class.getModule().isNamed(), "runs in the module-path execution");
  }

  @Test
  void coreTheMappingTheModuleAndJacksonAreNamedModules() {
    assertThat(Share.class.getModule().getName()).isEqualTo("io.github.yilian");
    assertThat(ModelJson.class.getModule().getName()).isEqualTo("io.github.yilian.json");
    assertThat(YilianJackson3Module.class.getModule().getName()).isEqualTo("io.github.yilian.jackson3");
    assertThat(JsonMapper.class.getModule().getName()).isEqualTo("tools.jackson.databind");
  }

  @Test
  void findAndAddModulesFindsTheModuleThroughItsProvides() {
    assertThat(mapper.registeredModules()).hasAtLeastOneElementOfType(YilianJackson3Module.class);
    assertThat(mapper.writeValueAsString(Share.of(39, 80)))
        .isEqualTo("{\"numerator\":39,\"denominator\":80,\"percent\":\"48.75\"}");
  }

  @Test
  void aDashboardReadsBackThroughItsPackagePrivateConstructor() {
    Dashboard dashboard = TRACKER.dashboard(LocalDate.of(2023, 12, 31));
    Dashboard back = mapper.readValue(mapper.writeValueAsString(dashboard), Dashboard.class);
    assertThat(back.getAsOf()).isEqualTo(dashboard.getAsOf());
    assertThat(back.getResults()).isEqualTo(dashboard.getResults());
    TargetResult t15 = TRACKER.status(XinjiangCountyTargets2023.target("T15"), "650102-L", LocalDate.of(2023, 12, 31));
    assertThat(mapper.readValue(mapper.writeValueAsString(t15), TargetResult.class)).isEqualTo(t15);
  }

  @Test
  void anEvaluationReadsBackThroughItsPrivateConstructor() {
    AnnualEvaluation evaluation = AnnualEvaluation.draft(TRACKER, "650102", 2023)
        .selfAssess("650102", "王", LocalDate.of(2024, 1, 10), Map.of());
    AnnualEvaluation back = mapper.readValue(mapper.writeValueAsString(evaluation), AnnualEvaluation.class);
    assertThat(back.getStage()).isEqualTo(evaluation.getStage());
    assertThat(back.getValues()).isEqualTo(evaluation.getValues());
    assertThat(back.getTrail()).isEqualTo(evaluation.getTrail());
  }
}
