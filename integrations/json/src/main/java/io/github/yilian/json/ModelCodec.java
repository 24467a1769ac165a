package io.github.yilian.json;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A model as a JSON object of its properties: the generic mapping every model gets.
 *
 * <p>Written: every public getter ({@code getX()} as {@code x}), in the order the type declares its
 * fields, an empty {@code Optional} left out. Read: the properties the model can be built from (the
 * builder's methods of the same names, or the creator's parameters); derived properties (written
 * for the reader's convenience, such as {@code reason} or {@code total}) are accepted and ignored.
 */
abstract class ModelCodec implements Codec {

  /** The property that names the kind of a sealed type's subtype, such as a rubric's rule. */
  static final String TYPE = "type";

  final Class<?> type;
  final List<Property> properties;
  final Map<String, Property> readable;
  final Set<String> ignored;
  final @Nullable String typeId;
  final TypeConfig config;

  ModelCodec(Class<?> type, List<Property> properties, @Nullable String typeId, TypeConfig config) {
    this.type = type;
    this.properties = List.copyOf(properties);
    this.typeId = typeId;
    this.config = config;
    Map<String, Property> readable = new LinkedHashMap<>();
    Set<String> ignored = new HashSet<>();
    for (Property property : properties) {
      if (property.setter != null || isParameter(property)) {
        readable.put(property.name, property);
      } else {
        ignored.add(property.name);
      }
    }
    this.readable = readable;
    this.ignored = ignored;
    Set<String> names = properties.stream().map(p -> p.name).collect(Collectors.toSet());
    for (String named : config.named()) {
      if (!names.contains(named)) {
        throw new IllegalStateException("the JSON mapping of " + type.getName() + " names " + named
            + ", which is not a property of it: " + names);
      }
    }
    if (typeId != null && names.contains(TYPE)) {
      throw new IllegalStateException(type.getName() + " has a property named " + TYPE
          + ", which its JSON uses for the kind of " + type.getSuperclass().getSimpleName());
    }
  }

  boolean isParameter(Property property) {
    return false;
  }

  /** Builds the model from the properties read, or reports why it cannot be built. */
  abstract Object build(Map<Property, Object> values, Input in, Path path);

  @Override
  public void write(Object value, Output out) {
    JsonSink sink = out.sink;
    sink.beginObject();
    if (typeId != null) {
      sink.name(TYPE);
      sink.string(typeId);
    }
    boolean hidePersonal = out.settings.getPersonalData() != PersonalData.INCLUDE;
    for (Property property : properties) {
      if (!property.written) {
        continue;
      }
      Object child = property.get(value);
      if (Containers.isEmptyOptional(child)) {
        continue;
      }
      if (child instanceof Optional<?> optional) {
        if (property.personal != null && hidePersonal) {
          child = optional.get();
        }
      }
      if (property.personal != null && hidePersonal) {
        if (!property.personal.isEmpty()) {
          sink.name(property.name);
          sink.string(out.pseudonym(property.personal, (String) child));
        }
        continue;
      }
      sink.name(property.name);
      out.write(property.codec(), child);
    }
    sink.endObject();
  }

  @Override
  public Object read(@Nullable Object node, Input in, Path path) {
    if (!(node instanceof Map<?, ?> object)) {
      return in.expected("an object (" + type.getSimpleName() + ")", node, path);
    }
    Map<Property, Object> values = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    boolean failed = false;
    for (Map.Entry<?, ?> entry : object.entrySet()) {
      String name = (String) entry.getKey();
      Object child = entry.getValue();
      Path at = path.property(name, type);
      seen.add(name);
      if (typeId != null && TYPE.equals(name)) {
        if (!typeId.equals(child)) {
          failed = true;
          in.fail(at, "is " + (child instanceof String s ? "\"" + s + "\"" : Input.describe(child))
              + ", but this is a " + typeId + " " + type.getSuperclass().getSimpleName());
        }
        continue;
      }
      Property property = readable.get(name);
      if (property == null) {
        if (!ignored.contains(name) && in.failOnUnknownProperties) {
          failed = true;
          in.fail(at, "is not a property of " + type.getSimpleName() + ", whose properties are "
              + String.join(", ", readable.keySet()));
        }
        continue;
      }
      Object value;
      if (child == null) {
        value = property.isOptional() ? property.absent() : in.fail(at, "must not be null");
      } else {
        value = property.codec().read(child, in, at);
      }
      if (value == Input.FAILED) {
        failed = true;
      } else {
        values.put(property, value);
      }
    }
    for (Property property : readable.values()) {
      if (property.required && !seen.contains(property.name)) {
        failed = true;
        in.fail(path.property(property.name, type), "is missing");
      }
    }
    return failed ? Input.FAILED : build(values, in, path);
  }

  /** Reports what a model's own validation found, one problem per violation, at its field. */
  Object violated(ConstraintViolationException e, Input in, Path path) {
    return violated(e, in, path, type, Function.identity(), readable.values().stream()
        .filter(p -> p.personal != null).map(p -> p.name).collect(Collectors.toSet()));
  }

  static Object violated(ConstraintViolationException e, Input in, Path path, Class<?> type,
      Function<String, String> jsonName, Set<String> personal) {
    List<ConstraintViolation<?>> violations = new ArrayList<>(e.getConstraintViolations());
    violations.sort(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
        .thenComparing(ConstraintViolation::getMessage));
    for (ConstraintViolation<?> violation : violations) {
      String field = null;
      Integer index = null;
      for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
        if (field == null && node.getName() != null && !node.getName().startsWith("<")) {
          field = node.getName();
        } else if (index == null && node.getIndex() != null) {
          index = node.getIndex();
        }
      }
      Path at = field == null ? path : path.property(jsonName.apply(field), type, field);
      if (index != null) {
        at = at.index(index);
      }
      in.fail(at, message(violation, field != null && personal.contains(field)));
    }
    return Input.FAILED;
  }

  /** The violation's message, with the bad value when it is small and not personal data. */
  private static String message(ConstraintViolation<?> violation, boolean personal) {
    Object value = violation.getInvalidValue();
    boolean shown = !personal && (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
        || value instanceof LocalDate || value instanceof Enum<?> || value instanceof BigDecimal);
    if (!shown) {
      return violation.getMessage();
    }
    return violation.getMessage() + ": " + (value instanceof CharSequence ? "\"" + value + "\"" : value);
  }

  /** Reports an exception a model threw while built, where its configuration places it. */
  Object thrown(RuntimeException e, Input in, Path path) {
    if (e instanceof Members.NotOpen notOpen) {
      throw notOpen;
    } else if (e instanceof ConstraintViolationException violations) {
      return violated(violations, in, path);
    }
    Optional<TypeConfig.Placement> placement =
        config.errors == null ? Optional.empty() : config.errors.apply(e);
    return placement.isPresent() ? placed(placement.get(), in, path) : in.fail(path, String.valueOf(e.getMessage()));
  }

  Object placed(TypeConfig.Placement placement, Input in, Path path) {
    Path at = path.property(placement.field(), type);
    return in.fail(placement.index() < 0 ? at : at.index(placement.index()), placement.message());
  }

  Object checked(Object built, Input in, Path path) {
    if (config.check != null) {
      Optional<TypeConfig.Placement> problem = config.check.apply(built);
      if (problem.isPresent()) {
        return placed(problem.get(), in, path);
      }
    }
    return built;
  }

  static @Nullable Codec override(Catalog catalog, TypeConfig config, String name) {
    Function<Catalog, Codec> codec = config.codecs.get(name);
    return codec == null ? null : codec.apply(catalog);
  }

  static boolean optionalOrContainer(Type type) {
    Class<?> raw = Types.raw(type);
    return Containers.isOptional(raw) || java.util.Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
  }

  /** An Immutables type, read through its builder. */
  static final class Immutables extends ModelCodec {

    private final Method factory;
    private final Method build;

    private Immutables(Class<?> type, List<Property> properties, @Nullable String typeId, TypeConfig config,
        Method factory, Method build) {
      super(type, properties, typeId, config);
      this.factory = factory;
      this.build = build;
    }

    static Immutables of(Catalog catalog, Class<?> type, Map<TypeVariable<?>, Type> bindings, TypeConfig config,
        @Nullable String typeId) {
      Class<?> generated = Members.immutableOf(type).orElseThrow();
      Method factory = Members.builderFactory(type, generated);
      Class<?> builder = factory.getReturnType();
      Method build;
      try {
        build = Members.accessible(builder.getMethod("build"));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(builder.getName() + " has no build() method", e);
      }
      List<Property> properties = new ArrayList<>();
      for (Method getter : Members.getters(type, generated)) {
        String name = Members.propertyName(getter);
        Type resolved = Types.resolve(getter.getGenericReturnType(), bindings);
        TypeConfig.ReadInto into = config.readInto.get(name);
        Method setter;
        Function<Object, Object> toArgument = Function.identity();
        boolean required;
        if (into != null) {
          setter = Members.anySetter(builder, into.builderMethod());
          toArgument = into.transform();
          required = true;
        } else {
          setter = Members.setter(builder, name, getter.getReturnType());
          required = setter != null && Modifier.isAbstract(getter.getModifiers()) && !optionalOrContainer(resolved);
        }
        properties.add(new Property(catalog, name, getter, resolved, !config.notWritten.contains(name),
            config.personal.get(name), setter, toArgument, required, override(catalog, config, name)));
      }
      for (TypeConfig.Hidden hidden : config.hidden.values()) {
        Method accessor;
        try {
          accessor = Members.accessible(type.getDeclaredMethod(hidden.accessor()));
        } catch (NoSuchMethodException e) {
          throw new IllegalStateException(type.getName() + " has no attribute " + hidden.accessor(), e);
        }
        properties.add(new Property(catalog, hidden.accessor(), accessor, hidden.type(), true, null,
            Members.anySetter(builder, hidden.accessor()), Function.identity(), true,
            override(catalog, config, hidden.accessor())));
      }
      properties.sort(Comparator.comparingInt((Property p) -> Members.fieldIndex(generated, p.name)));
      return new Immutables(type, properties, typeId, config, factory, build);
    }

    @Override
    Object build(Map<Property, Object> values, Input in, Path path) {
      try {
        Object builder = Members.invoke(factory, null);
        for (Map.Entry<Property, Object> entry : values.entrySet()) {
          Property property = entry.getKey();
          Members.invoke(property.setter, builder, property.toArgument.apply(entry.getValue()));
        }
        return checked(Members.invoke(build, builder), in, path);
      } catch (RuntimeException e) {
        return thrown(e, in, path);
      }
    }
  }

  /**
   * A hand-written class, read through the constructor or factory its configuration names, or
   * through its configuration's own factory (a result derived again from its inputs).
   */
  static final class Plain extends ModelCodec {

    private final @Nullable Executable creator;
    /** For each parameter: whether the creator takes the value of an {@code Optional} getter, or null. */
    private final boolean[] unwrap;
    private final List<Property> parameters;

    private Plain(Class<?> type, List<Property> properties, TypeConfig config, @Nullable Executable creator,
        List<Property> parameters) {
      super(type, properties, null, config);
      this.creator = creator;
      this.parameters = parameters;
      this.unwrap = new boolean[parameters.size()];
      if (creator != null) {
        Class<?>[] taken = creator.getParameterTypes();
        for (int i = 0; i < taken.length; i++) {
          unwrap[i] = Types.raw(parameters.get(i).type) == Optional.class && taken[i] != Optional.class;
        }
      }
    }

    @Override
    boolean isParameter(Property property) {
      return config.creator != null && config.creator.contains(property.name);
    }

    static Plain of(Catalog catalog, Class<?> type, Map<TypeVariable<?>, Type> bindings, TypeConfig config) {
      List<String> names = config.creator;
      Map<String, Property> byName = new LinkedHashMap<>();
      for (Method getter : Members.getters(type, type)) {
        String name = Members.propertyName(getter);
        Type resolved = Types.resolve(getter.getGenericReturnType(), bindings);
        boolean required = names.contains(name) && !optionalOrContainer(resolved);
        byName.put(name, new Property(catalog, name, getter, resolved, !config.notWritten.contains(name),
            config.personal.get(name), null, Function.identity(), required, override(catalog, config, name)));
      }
      for (TypeConfig.Hidden hidden : config.hidden.values()) {
        java.lang.reflect.Field field;
        try {
          field = Members.accessible(type.getDeclaredField(hidden.accessor()));
        } catch (NoSuchFieldException e) {
          throw new IllegalStateException(type.getName() + " has no attribute " + hidden.accessor(), e);
        }
        byName.put(hidden.accessor(), new Property(catalog, hidden.accessor(), field, hidden.type(), true, null,
            null, Function.identity(), true, override(catalog, config, hidden.accessor())));
      }
      List<Property> parameters = new ArrayList<>();
      for (String name : names) {
        Property parameter = byName.get(name);
        if (parameter == null) {
          throw new IllegalStateException(type.getName() + " has no getter for " + name + ": " + byName.keySet());
        }
        parameters.add(parameter);
      }
      Class<?>[] wanted = parameters.stream().map(p -> Types.raw(p.type)).toArray(Class<?>[]::new);
      Executable creator = config.factory != null ? null : creator(type, wanted);
      return new Plain(type, new ArrayList<>(byName.values()), config, creator, parameters);
    }

    /**
     * A static factory of the type that takes these parameters, else such a constructor; where a
     * getter returns an {@code Optional}, the creator may take its value or null instead.
     */
    private static Executable creator(Class<?> type, Class<?>[] wanted) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isStatic(method.getModifiers()) && type.isAssignableFrom(method.getReturnType())
            && takes(method, wanted)) {
          return Members.accessible(method);
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (takes(constructor, wanted)) {
          return Members.accessible(constructor);
        }
      }
      throw new IllegalStateException(type.getName() + " has no factory or constructor taking "
          + Arrays.stream(wanted).map(Class::getSimpleName).toList());
    }

    private static boolean takes(Executable creator, Class<?>[] wanted) {
      Class<?>[] taken = creator.getParameterTypes();
      if (taken.length != wanted.length) {
        return false;
      }
      for (int i = 0; i < taken.length; i++) {
        boolean nullableForOptional = wanted[i] == Optional.class && !taken[i].isPrimitive();
        if (taken[i] != wanted[i] && !nullableForOptional) {
          return false;
        }
      }
      return true;
    }

    @Override
    Object build(Map<Property, Object> values, Input in, Path path) {
      Object[] arguments = new Object[parameters.size()];
      for (int i = 0; i < arguments.length; i++) {
        Property parameter = parameters.get(i);
        Object value = values.get(parameter);
        arguments[i] = value != null ? value : parameter.absent();
        if (unwrap[i]) {
          arguments[i] = ((Optional<?>) arguments[i]).orElse(null);
        }
      }
      if (config.factory != null) {
        try {
          return checked(config.factory.apply(arguments), in, path);
        } catch (RuntimeException e) {
          return thrown(e, in, path);
        }
      }
      try {
        Object built = creator instanceof Method method
            ? method.invoke(null, arguments)
            : ((Constructor<?>) creator).newInstance(arguments);
        return checked(built, in, path);
      } catch (InvocationTargetException e) {
        return thrown(Members.rethrow(e.getCause()), in, path);
      } catch (IllegalAccessException | InstantiationException e) {
        throw Members.notOpen(creator, e);
      }
    }
  }
}
