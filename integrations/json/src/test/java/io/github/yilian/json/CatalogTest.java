package io.github.yilian.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.common.Redaction;
import io.github.yilian.common.Share;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the coverage of the mapping as core grows: every public class of core is a model the
 * mapping reads and writes, or named here as something that is not (a calculator, a preset, a
 * validator); every getter of a hand-written result is read back or named as derived.
 */
class CatalogTest {

  /** Core's public classes that are not models: calculators, presets, validation machinery. */
  private static final Set<String> NOT_MODELS = Set.of(
      "common.ConsistentValidator", "common.Inconsistencies", "common.ModelValidator", "common.SupportedRange",
      "common.SupportedDateValidator", "common.SupportedYearValidator", "common.VisibleTextValidator",
      "common.SupportedDateRangeValidator",
      "expert.GroupChecker", "expert.ObligationChecker", "expert.TieredCareExpertGroupMeasures",
      "pilot.ICalendarExport", "pilot.PilotProgramme2011", "pilot.PilotSchedule",
      "county.TargetTracker", "county.XinjiangCountyTargets2023",
      "alliance.HaikouAllianceRubric2021", "alliance.HaikouAlliances2021");

  /** The getters of hand-written results that are computed from the others, so written and not read. */
  private static final Map<String, Set<String>> DERIVED = Map.ofEntries(
      Map.entry("common.DateRange", Set.of()),
      Map.entry("common.Ranking", Set.of()),
      Map.entry("expert.AdjustmentLog", Set.of()),
      Map.entry("county.UnitScore", Set.of("share")),
      Map.entry("county.TargetResult", Set.of("ruleId", "ownPart", "reason")),
      Map.entry("county.PeriodResult", Set.of("reason")),
      Map.entry("county.RegionFigure", Set.of("reason")),
      Map.entry("county.Dashboard", Set.of()),
      Map.entry("county.RollUp", Set.of("share")),
      Map.entry("county.AnnualEvaluation", Set.of("notMet")),
      Map.entry("county.ProblemList", Set.of()),
      // a score is read with its assessment, which is read by assessing its record again
      Map.entry("alliance.CriterionScore", Set.of("quantity", "maxPoints", "reason")),
      Map.entry("alliance.AllianceAssessment", Set.of("scores", "total", "grade", "funding", "reason", "observations")));

  private final ModelJson json = ModelJson.of(JsonSettings.defaults());
  private final Catalog catalog = new Catalog();

  private static String shortName(Class<?> type) {
    return type.getName().substring("io.github.yilian.".length());
  }

  /** Core's public top-level classes, read from its classes directory or jar. */
  private static List<Class<?>> coreClasses() throws IOException, URISyntaxException {
    Path location = Path.of(Share.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
      Path root = jar == null ? location : jar.getPath("/");
      try (Stream<Path> files = Files.walk(root.resolve("io/github/yilian"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
          if (!name.contains("$") && !name.endsWith("package-info")) {
            Class<?> type = Class.forName(name, false, Share.class.getClassLoader());
            if (Modifier.isPublic(type.getModifiers())) {
              classes.add(type);
            }
          }
        }
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
    return classes;
  }

  @Test
  void everyPublicClassOfCoreIsAModelTheMappingHandlesOrNamedAsNotOne() throws Exception {
    List<Class<?>> classes = coreClasses();
    assertThat(classes).hasSizeGreaterThan(80);
    for (Class<?> type : classes) {
      if (type.isEnum() || type.isInterface() || Throwable.class.isAssignableFrom(type)
          || NOT_MODELS.contains(shortName(type))) {
        continue;
      }
      assertThat(json.handles(type)).as(shortName(type) + " is public in core, but the JSON mapping does not handle"
          + " it: an Immutables model is handled by itself; a hand-written class needs its creator in"
          + " Catalog.configs(); a calculator or preset belongs in NOT_MODELS here").isTrue();
      assertThat(catalog.codec(type)).as(shortName(type)).isNotNull();
    }
    assertThat(classes.stream().map(CatalogTest::shortName).toList()).containsAll(NOT_MODELS);
  }

  @Test
  void everyGetterOfAHandWrittenClassIsReadBackOrNamedAsDerived() throws Exception {
    for (Class<?> type : coreClasses()) {
      TypeConfig config = catalog.config(type);
      if (config.creator == null) {
        continue;
      }
      Set<String> unclassified = new HashSet<>();
      for (Method getter : Members.getters(type, type)) {
        unclassified.add(Members.propertyName(getter));
      }
      unclassified.removeAll(config.creator);
      unclassified.removeAll(config.notWritten);
      assertThat(unclassified).as(shortName(type) + " has getters that are neither read back (its creator in"
          + " Catalog.configs()) nor derived (DERIVED here): data must be read back, or it is lost")
          .isEqualTo(DERIVED.get(shortName(type)));
    }
    assertThat(DERIVED.keySet()).allSatisfy(name -> assertThat(catalog.config(
        Class.forName("io.github.yilian." + name)).creator).as(name).isNotNull());
  }

  @Test
  void anAttributeIsPersonalDataHereExactlyWhereCoreRedactsIt() throws Exception {
    Set<String> personal = new HashSet<>();
    for (Class<?> type : coreClasses()) {
      TypeConfig config = catalog.config(type);
      Class<?> fieldsFrom = Members.immutableOf(type).orElse(config.creator != null ? type : null);
      if (fieldsFrom == null) {
        continue;
      }
      for (Method getter : Members.getters(type, fieldsFrom)) {
        String name = Members.propertyName(getter);
        assertThat(config.personal.containsKey(name)).as(shortName(type) + "." + name + " is @Value.Redacted in core"
            + " exactly when Catalog.configs() names it leftOut or pseudonymised")
            .isEqualTo(Redaction.isRedacted(type, name));
        if (config.personal.containsKey(name)) {
          personal.add(shortName(type) + "." + name);
        }
      }
    }
    assertThat(personal).containsExactlyInAnyOrder("expert.Expert.phone", "expert.Expert.idNumber",
        "alliance.Referral.patientId", "alliance.TraineeStay.personId", "county.Pairing.memberId");
  }

  @Test
  void theGeneratedClassIsWrittenAsItsModelAndEnumsAreLeftToTheJsonLibrary() throws Exception {
    Class<?> generated = Class.forName("io.github.yilian.common.ImmutableFinding");
    assertThat(catalog.model(generated)).contains(io.github.yilian.common.Finding.class);
    assertThat(json.handles(io.github.yilian.common.Severity.class)).isFalse();
    assertThat(json.handles(io.github.yilian.county.TargetTracker.class)).isFalse();
    assertThat(json.handles(String.class)).isFalse();
  }

  @Test
  void aRuleKindsIdIsItsNameWithoutTheSealedTypesInUpperSnakeCase() {
    assertThat(SealedCodec.id(io.github.yilian.alliance.TargetCountRule.class, io.github.yilian.alliance.Rule.class))
        .isEqualTo("TARGET_COUNT");
    assertThat(SealedCodec.id(io.github.yilian.alliance.GrowthRule.class, io.github.yilian.alliance.Rule.class))
        .isEqualTo("GROWTH");
  }
}
