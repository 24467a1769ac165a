package io.github.yilian.json;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reflection on core's models: their getters in declaration order, builders, creators. */
final class Members {

  private Members() {}

  /** The public getters of a type ({@code getX()}, {@code isX()}), ordered as its fields are. */
  static List<Method> getters(Class<?> type, Class<?> fieldsFrom) {
    Map<String, Method> byName = new LinkedHashMap<>();
    for (Method method : type.getMethods()) {
      if (isGetter(method)) {
        byName.putIfAbsent(propertyName(method), method);
      }
    }
    Map<String, Integer> fieldOrder = new HashMap<>();
    Field[] fields = fieldsFrom.getDeclaredFields();
    for (int i = 0; i < fields.length; i++) {
      fieldOrder.putIfAbsent(fields[i].getName(), i);
    }
    List<Method> getters = new ArrayList<>(byName.values());
    getters.sort(Comparator.comparing((Method m) -> fieldOrder.getOrDefault(propertyName(m), Integer.MAX_VALUE))
        .thenComparing(Members::propertyName));
    return getters;
  }

  static int fieldIndex(Class<?> fieldsFrom, String name) {
    Field[] fields = fieldsFrom.getDeclaredFields();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].getName().equals(name)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static boolean isGetter(Method m) {
    if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.isBridge() || m.isSynthetic()
        || m.getDeclaringClass() == Object.class || m.getReturnType() == void.class) {
      return false;
    }
    String name = m.getName();
    if (name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3))) {
      return true;
    }
    return name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))
        && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class);
  }

  /** {@code getAsOf} is {@code asOf}, {@code isSenior} is {@code senior}. */
  static String propertyName(Method getter) {
    String name = getter.getName();
    String bare = name.substring(name.startsWith("is") ? 2 : 3);
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  /** The builder method that sets a property from the getter's whole value. */
  static @Nullable Method setter(Class<?> builder, String name, Class<?> raw) {
    Class<?> wanted = Optional.class.isAssignableFrom(raw) ? Optional.class
        : Collection.class.isAssignableFrom(raw) ? Iterable.class
        : Map.class.isAssignableFrom(raw) ? Map.class
        : raw;
    for (Method method : builder.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1 && !method.isBridge()
          && method.getParameterTypes()[0] == wanted) {
        return accessible(method);
      }
    }
    return null;
  }

  /** The builder method of a name that takes one argument (for an attribute without a getter). */
  static Method anySetter(Class<?> builder, String name) {
    for (Method method : builder.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1 && !method.isBridge()) {
        return accessible(method);
      }
    }
    throw new IllegalStateException(builder.getName() + " has no method " + name + "(…)");
  }

  /** The generated implementation {@code ImmutableX} of a model {@code X}, if X is an Immutables type. */
  static Optional<Class<?>> immutableOf(Class<?> type) {
    if (!Modifier.isAbstract(type.getModifiers()) || type.isInterface() || type.getEnclosingClass() != null) {
      return Optional.empty();
    }
    try {
      Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
          type.getClassLoader());
      return type.isAssignableFrom(generated) && generated != type ? Optional.of(generated) : Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /** The method that starts a builder: {@code X.builder()} if public, else {@code ImmutableX.builder()}. */
  static Method builderFactory(Class<?> type, Class<?> generated) {
    for (Class<?> owner : List.of(type, generated)) {
      try {
        Method factory = owner.getDeclaredMethod("builder");
        if (Modifier.isStatic(factory.getModifiers()) && factory.getReturnType() != void.class) {
          return accessible(factory);
        }
      } catch (NoSuchMethodException e) {
        // try the next
      }
    }
    throw new IllegalStateException(type.getName() + " has no builder() method");
  }

  /**
   * Makes a member accessible where core opens its package to this module (the class path, or the
   * module path with core's {@code opens}); elsewhere public members of exported packages still work.
   */
  static <T extends AccessibleObject> T accessible(T member) {
    member.trySetAccessible();
    return member;
  }

  static NotOpen notOpen(Object member, Exception cause) {
    return new NotOpen("cannot reach " + member + ": the module io.github.yilian must open its packages to"
        + " io.github.yilian.json (core's module-info does)", cause);
  }

  /** Core's packages are not open to this module: a set-up error, never a problem of the JSON. */
  static final class NotOpen extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    NotOpen(String message, Exception cause) {
      super(message, cause);
    }
  }

  /** Calls a method or constructor; an exception it throws comes out as itself. */
  static Object invoke(Method method, @Nullable Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw rethrow(e.getCause());
    } catch (IllegalAccessException e) {
      throw notOpen(method, e);
    }
  }

  static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    } else if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }
}
