package io.github.yilian.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library: JavaBean accessors ({@code getName()}, {@code isActive()})
 * that Bean Validation sees, builder methods with the bare names ({@code .name("…")}), and generated
 * {@code Immutable*} classes hidden behind the abstract type.
 *
 * <p>Put it on a value type together with {@code @Value.Immutable}; give the type a static
 * {@code builder()} or {@code of(…)} and a {@code @Value.Check} that calls
 * {@link ModelValidator#check(Object)}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // no @org.immutables.value.Generated on the generated classes: a consumer without the
    // Immutables annotations would get "Cannot find annotation method 'from()'" warnings from javac
    // (a [classfile] lint from JDK 21 on); Override stands for "none", as an empty list allows all
    allowedClasspathAnnotations = Override.class,
    defaults = @Value.Immutable(copy = false))
public @interface YilianStyle {}
