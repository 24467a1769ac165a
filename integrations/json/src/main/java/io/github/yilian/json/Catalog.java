package io.github.yilian.json;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.CriterionScore;
import io.github.yilian.alliance.Referral;
import io.github.yilian.alliance.Rubric;
import io.github.yilian.alliance.TraineeStay;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Ranking;
import io.github.yilian.common.Share;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.AnnualEvaluation;
import io.github.yilian.county.Dashboard;
import io.github.yilian.county.EvaluationStage;
import io.github.yilian.county.Measured;
import io.github.yilian.county.Pairing;
import io.github.yilian.county.PeriodResult;
import io.github.yilian.county.ProblemList;
import io.github.yilian.county.RegionFigure;
import io.github.yilian.county.RollUp;
import io.github.yilian.county.Target;
import io.github.yilian.county.TargetResult;
import io.github.yilian.county.Threshold;
import io.github.yilian.county.Transition;
import io.github.yilian.county.UnitScore;
import io.github.yilian.expert.AdjustmentLog;
import io.github.yilian.expert.Expert;
import io.github.yilian.expert.InvalidEventException;
import io.github.yilian.pilot.CollaborationGroup;
import io.github.yilian.pilot.CollaborationProgramme;
import io.github.yilian.pilot.GroupCompliance;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of core's types are models, and the codec of every type: the one place that says what a
 * type needs beyond the generic mapping.
 *
 * <p>Every Immutables type of core ({@code X} with a generated {@code ImmutableX}) is a model
 * without an entry here: its getters are its JSON, its builder reads it. Sealed types get a
 * {@code "type"} id per subtype. Entries exist only for hand-written classes (their creator), values
 * with a JSON of their own ({@link ValueCodecs}), personal data, duplicates not worth writing and an
 * assessment's inputs.
 *
 * <p>How core's changes are covered: a new attribute of an Immutables model (a getter and its builder
 * method) is written and read with no change here; a new Immutables model, or a new permitted
 * subtype of a sealed type, likewise. A renamed model needs nothing unless it is named below. A new
 * hand-written class (a result built by a constructor or factory) needs one {@link TypeConfig#creator}
 * entry listing the properties its creator takes, and a new getter of one either a place in its
 * creator or, if it is derived, a place in {@code CatalogTest}'s list of derived getters (an
 * attribute its creator takes but no getter returns is {@link TypeConfig#hidden}, read from its
 * field: a {@code PeriodResult}'s target); a new personal attribute (core marks it
 * {@code @Value.Redacted}) needs {@link TypeConfig#leftOut} or {@link TypeConfig#pseudonymised}.
 * {@code CatalogTest} fails, naming the class, until that is done.
 *
 * <p>This class is thread-safe; each {@link ModelJson} has its own, whose codecs it builds on first
 * use and keeps.
 */
final class Catalog {

  private static final Set<String> CORE_PACKAGES = Share.class.getModule().isNamed()
      ? Share.class.getModule().getPackages()
      : Set.of("io.github.yilian.common", "io.github.yilian.expert", "io.github.yilian.pilot",
          "io.github.yilian.county", "io.github.yilian.alliance");

  private final Map<Class<?>, Codec> values = Map.of(
      Share.class, ValueCodecs.SHARE,
      BilingualText.class, ValueCodecs.BILINGUAL_TEXT,
      Threshold.class, ValueCodecs.THRESHOLD,
      Measured.class, ValueCodecs.MEASURED);
  private final Map<Class<?>, TypeConfig> configs = configs();
  private final ConcurrentHashMap<Type, Codec> codecs = new ConcurrentHashMap<>();
  private final ClassValue<Optional<Class<?>>> models = new ClassValue<>() {
    @Override
    protected Optional<Class<?>> computeValue(Class<?> type) {
      return findModel(type);
    }
  };

  Catalog() {}

  private static Map<Class<?>, TypeConfig> configs() {
    List<TypeConfig> all = List.of(
        // common
        new TypeConfig(DateRange.class).creator("start", "end"),
        new TypeConfig(Ranking.class).creator("entries").notWritten("empty"),
        // expert
        new TypeConfig(Expert.class).leftOut("phone").leftOut("idNumber"),
        new TypeConfig(AdjustmentLog.class).creator("founding", "policy", "events").errors(Catalog::logError),
        // pilot
        new TypeConfig(CollaborationGroup.class).notWritten("members"),
        new TypeConfig(CollaborationProgramme.class).notWritten("start"),
        new TypeConfig(GroupCompliance.class).notWritten("overdue"),
        // county
        new TypeConfig(AdministrativeTree.class).notWritten("region"),
        new TypeConfig(Pairing.class).pseudonymised("memberId", "member"),
        new TypeConfig(UnitScore.class).creator("unitId", "met", "applicable"),
        new TypeConfig(TargetResult.class).creator("target", "unit", "asOf", "deadline", "period", "threshold",
            "value", "status", "gap", "periods"),
        // a period's target is its result's, which PeriodResult keeps without a getter
        new TypeConfig(PeriodResult.class).hidden("target", Target.class)
            .creator("target", "period", "ended", "threshold", "value", "status", "gap"),
        new TypeConfig(RegionFigure.class).creator("target", "region", "asOf", "value"),
        new TypeConfig(Dashboard.class).creator("asOf", "results", "regionFigures").notWritten("notMet"),
        new TypeConfig(RollUp.class).creator("parent", "target", "met", "notMet", "notApplicable"),
        new TypeConfig(AnnualEvaluation.class).creator("countyId", "prefectureId", "regionId", "year", "stage",
                "values", "notApplicable", "results", "trail")
            .notWritten("auditedValues").check(Catalog::trailError),
        new TypeConfig(ProblemList.class).creator("prefectureId", "problems", "pending"),
        // alliance
        new TypeConfig(Referral.class).pseudonymised("patientId", "patient"),
        new TypeConfig(TraineeStay.class).pseudonymised("personId", "trainee"),
        // a score is derived from its assessment's record and rubric: it is read with the assessment
        new TypeConfig(CriterionScore.class).creator(Catalog::scoreAlone, "criterion", "points"),
        // an assessment is read by assessing its record with its rubric again
        new TypeConfig(AllianceAssessment.class).hidden("rubric", Rubric.class)
            .codec("record", References::record).codec("rubric", References::rubric)
            .creator(inputs -> ((Rubric) inputs[1]).assess((AllianceAssessmentRecord) inputs[0]), "record", "rubric"));
    Map<Class<?>, TypeConfig> byType = new HashMap<>();
    all.forEach(config -> byType.put(config.type, config));
    return Map.copyOf(byType);
  }

  private static Object scoreAlone(Object[] properties) {
    throw new IllegalArgumentException("a criterion score is read with its assessment, which scores its record"
        + " with its rubric again: read the AllianceAssessment");
  }

  /** An event the log cannot follow belongs to that event; a staffed founding group to the group. */
  private static Optional<TypeConfig.Placement> logError(RuntimeException e) {
    if (e instanceof InvalidEventException invalid) {
      return Optional.of(new TypeConfig.Placement("events", invalid.getIndex(), invalid.getMessage()));
    } else if (e instanceof IllegalArgumentException) {
      return Optional.of(new TypeConfig.Placement("founding", -1, e.getMessage()));
    }
    return Optional.empty();
  }

  /** An evaluation's trail must lead, one stage at a time and in date order, to its stage. */
  private static Optional<TypeConfig.Placement> trailError(Object built) {
    AnnualEvaluation evaluation = (AnnualEvaluation) built;
    EvaluationStage stage = EvaluationStage.DRAFT;
    LocalDate last = null;
    List<Transition> trail = evaluation.getTrail();
    for (int i = 0; i < trail.size(); i++) {
      Transition step = trail.get(i);
      if (step.getFromStage() != stage) {
        return Optional.of(new TypeConfig.Placement("trail", i, "the step starts from " + step.getFromStage()
            + ", but the evaluation was " + stage));
      }
      if (Math.abs(step.getToStage().ordinal() - stage.ordinal()) != 1) {
        return Optional.of(new TypeConfig.Placement("trail", i, "the step moves from " + stage + " to "
            + step.getToStage() + ", not to a neighbouring stage"));
      }
      if (last != null && step.getDate().isBefore(last)) {
        return Optional.of(new TypeConfig.Placement("trail", i, "the step on " + step.getDate()
            + " is before the step before it, on " + last));
      }
      stage = step.getToStage();
      last = step.getDate();
    }
    return evaluation.getStage() == stage ? Optional.empty()
        : Optional.of(new TypeConfig.Placement("stage", -1, "is " + evaluation.getStage()
            + ", but the trail leads to " + stage));
  }

  /**
   * Returns the model a class is written as: itself for a model, the model for its generated
   * {@code ImmutableX}; empty for what is not a model (enums, calculators, presets).
   */
  Optional<Class<?>> model(Class<?> type) {
    return models.get(type);
  }

  private Optional<Class<?>> findModel(Class<?> type) {
    if (!CORE_PACKAGES.contains(type.getPackageName()) || type.isEnum() || type.isInterface()
        || type.isAnnotation() || type.isAnonymousClass() || type.isLocalClass()
        || Throwable.class.isAssignableFrom(type)
        || type.getSuperclass() != null && type.getSuperclass().isEnum()) {
      return Optional.empty();
    }
    TypeConfig config = configs.get(type);
    if (values.containsKey(type) || config != null && config.creator != null
        || Members.immutableOf(type).isPresent()
        || type.isSealed() && Modifier.isAbstract(type.getModifiers())) {
      return Optional.of(type);
    }
    if (type.getSimpleName().startsWith("Immutable") && type.getSuperclass() != null
        && Members.immutableOf(type.getSuperclass()).filter(type::equals).isPresent()) {
      return Optional.of(type.getSuperclass());
    }
    return Optional.empty();
  }

  /** Returns the configuration of a model, empty if the generic mapping does it all. */
  TypeConfig config(Class<?> model) {
    return configs.getOrDefault(model, TypeConfig.NONE);
  }

  /** Returns the codec of a type. */
  Codec codec(Type type) {
    Codec codec = codecs.get(type);
    if (codec == null) {
      codec = create(type);
      Codec raced = codecs.putIfAbsent(type, codec);
      codec = raced != null ? raced : codec;
    }
    return codec;
  }

  private Codec create(Type type) {
    if (type instanceof TypeVariable<?> || type instanceof WildcardType || type == Object.class) {
      return Containers.dynamic(this, type);
    }
    Class<?> raw = Types.raw(type);
    if (raw == String.class) {
      return Scalars.STRING;
    } else if (raw == boolean.class || raw == Boolean.class) {
      return Scalars.BOOLEAN;
    } else if (raw == int.class || raw == Integer.class) {
      return Scalars.INT;
    } else if (raw == long.class || raw == Long.class) {
      return Scalars.LONG;
    } else if (raw == BigDecimal.class) {
      return Scalars.DECIMAL;
    } else if (raw == LocalDate.class) {
      return Scalars.DATE;
    } else if (raw.isEnum()) {
      return Scalars.enumeration(raw);
    } else if (raw == Optional.class) {
      return Containers.optional(this, Types.argument(type, 0));
    } else if (raw == OptionalInt.class) {
      return Containers.OPTIONAL_INT;
    } else if (raw == OptionalLong.class) {
      return Containers.OPTIONAL_LONG;
    } else if (Set.class.isAssignableFrom(raw)) {
      return Containers.collection(this, Types.argument(type, 0), true);
    } else if (Collection.class.isAssignableFrom(raw)) {
      return Containers.collection(this, Types.argument(type, 0), false);
    } else if (Map.class.isAssignableFrom(raw)) {
      return Containers.map(this, Types.argument(type, 0), Types.argument(type, 1));
    }
    Class<?> model = model(raw).orElseThrow(() -> new IllegalArgumentException(
        "Yilian's JSON mapping has no codec for " + type.getTypeName()));
    Codec value = values.get(model);
    if (value != null) {
      return value;
    }
    Type typed = model == raw ? type : model;
    Map<TypeVariable<?>, Type> bindings = typed instanceof ParameterizedType ? Types.bindings(typed) : Map.of();
    TypeConfig config = config(model);
    if (config.creator != null) {
      return ModelCodec.Plain.of(this, model, bindings, config);
    } else if (Members.immutableOf(model).isPresent()) {
      Class<?> parent = model.getSuperclass();
      String typeId = parent != null && parent.isSealed() && CORE_PACKAGES.contains(parent.getPackageName())
          ? SealedCodec.id(model, parent) : null;
      return ModelCodec.Immutables.of(this, model, bindings, config, typeId);
    }
    return new SealedCodec(this, model);
  }

  /** Returns the codec of a value by its class, for a value whose declared type says nothing. */
  Codec codecOfValue(Object value) {
    if (value instanceof Enum<?> constant) {
      return codec(constant.getDeclaringClass());
    } else if (value instanceof Optional<?>) {
      return codec(Types.parameterized(Optional.class, Object.class));
    } else if (value instanceof OptionalInt || value instanceof OptionalLong) {
      return codec(value.getClass());
    } else if (value instanceof Set<?>) {
      return codec(Types.parameterized(Set.class, Object.class));
    } else if (value instanceof Collection<?>) {
      return codec(Types.parameterized(List.class, Object.class));
    } else if (value instanceof Map<?, ?>) {
      return codec(Types.parameterized(Map.class, Object.class, Object.class));
    }
    Class<?> type = value.getClass();
    if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof BigDecimal || value instanceof LocalDate) {
      return codec(type);
    }
    return codec(model(type).orElseThrow(() -> new IllegalArgumentException(
        "Yilian's JSON mapping has no codec for " + type.getName())));
  }
}
