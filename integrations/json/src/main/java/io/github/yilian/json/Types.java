package io.github.yilian.json;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Generic types: the raw class of a type, and type variables replaced by what they are bound to. */
final class Types {

  private Types() {}

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    } else if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    } else if (type instanceof GenericArrayType a) {
      return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
    } else if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  static Type argument(Type type, int i) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[i] : Object.class;
  }

  /** The bindings of a type's own type variables: {@code Ranked<UnitScore>} binds T to UnitScore. */
  static Map<TypeVariable<?>, Type> bindings(Type type) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    if (type instanceof ParameterizedType p) {
      TypeVariable<?>[] variables = raw(p).getTypeParameters();
      Type[] arguments = p.getActualTypeArguments();
      for (int i = 0; i < variables.length; i++) {
        bindings.put(variables[i], arguments[i]);
      }
    }
    return bindings;
  }

  /** Replaces bound type variables; an unbound one stays (and is read as an unknown type). */
  static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable<?> v) {
      return bindings.getOrDefault(v, v);
    } else if (type instanceof ParameterizedType p) {
      Type[] arguments = Arrays.stream(p.getActualTypeArguments()).map(a -> resolve(a, bindings)).toArray(Type[]::new);
      return new Parameterized(raw(p), p.getOwnerType(), arguments);
    } else if (type instanceof WildcardType w && w.getLowerBounds().length == 0) {
      return resolve(w.getUpperBounds()[0], bindings);
    }
    return type;
  }

  static ParameterizedType parameterized(Class<?> raw, Type... arguments) {
    if (raw.getTypeParameters().length != arguments.length) {
      throw new IllegalArgumentException(
          raw.getName() + " takes " + raw.getTypeParameters().length + " type arguments, not " + arguments.length);
    }
    return new Parameterized(raw, raw.getDeclaringClass(), arguments.clone());
  }

  /** A parameterized type, equal to the JDK's own for the same raw type and arguments. */
  private static final class Parameterized implements ParameterizedType {

    private final Class<?> raw;
    private final @Nullable Type owner;
    private final Type[] arguments;

    Parameterized(Class<?> raw, @Nullable Type owner, Type[] arguments) {
      this.raw = raw;
      this.owner = owner;
      this.arguments = arguments;
    }

    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public @Nullable Type getOwnerType() {
      return owner;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof ParameterizedType other
          && raw.equals(other.getRawType())
          && Objects.equals(owner, other.getOwnerType())
          && Arrays.equals(arguments, other.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      // the JDK's formula, so that equal types hash alike whichever implementation made them
      return Arrays.hashCode(arguments) ^ Objects.hashCode(owner) ^ raw.hashCode();
    }

    @Override
    public String toString() {
      return raw.getName() + Arrays.stream(arguments).map(Type::getTypeName).collect(Collectors.joining(", ", "<", ">"));
    }
  }
}
