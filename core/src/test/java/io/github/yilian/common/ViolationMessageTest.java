package io.github.yilian.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the message of an invalid model shows: simple values only, never a model, never personal
 * data ({@code @Value.Redacted}), always on one line and short.
 */
class ViolationMessageTest {

  /** A model with personal data, built the way every model of the library is. */
  @Value.Immutable
  @YilianStyle
  abstract static class Visit {

    /** The patient's pseudonymous id: personal. */
    @NotBlank
    @Value.Redacted
    abstract String getPatientId();

    @NotBlank
    abstract String getWard();

    /** The patient's phone: personal. */
    @Value.Redacted
    abstract Optional<@Pattern(regexp = "[0-9]+") String> getPhone();

    abstract Map<String, @PositiveOrZero Integer> getDosesByDrug();

    /** Doses by patient id: the keys are personal. */
    @Value.Redacted
    abstract Map<String, @PositiveOrZero Integer> getDosesByPatient();

    @Size(max = 2)
    abstract List<String> getTags();

    @Size(max = 0)
    abstract List<BilingualText> getNotes();

    @Value.Check
    void check() {
      ModelValidator.check(this);
    }
  }

  private static final String PATIENT = "P-13900001111";

  private static String messageOf(Consumer<ImmutableVisit.Builder> change) {
    ImmutableVisit.Builder builder = ImmutableVisit.builder().patientId(PATIENT).ward("内科");
    change.accept(builder);
    return catchThrowableOfType(ConstraintViolationException.class, builder::build).getMessage();
  }

  @Nested
  class PersonalData {

    @Test
    void aRedactedTextIsNeverShown() {
      String message = messageOf(b -> b.patientId("\u3000"));

      assertThat(message).isEqualTo("Visit is invalid: patientId must not be blank");
    }

    @Test
    void aRedactedOptionalIsNeverShown() {
      String message = messageOf(b -> b.phone("139-0000"));

      assertThat(message).isEqualTo("Visit is invalid: phone must match \"[0-9]+\"").doesNotContain("139");
    }

    @Test
    void keysOfARedactedMapAreHiddenInThePath() {
      String message = messageOf(b -> b.putDosesByPatient(PATIENT, -1));

      assertThat(message)
          .isEqualTo("Visit is invalid: dosesByPatient[…].<map value> must be greater than or equal to 0")
          .doesNotContain(PATIENT);
    }

    @Test
    void keysOfAnOrdinaryMapAreShown() {
      String message = messageOf(b -> b.putDosesByDrug("aspirin", -1));

      assertThat(message).isEqualTo("Visit is invalid: dosesByDrug[aspirin].<map value> must be greater than or equal to 0: -1");
    }
  }

  @Nested
  class Values {

    @Test
    void aTextIsQuotedWithItsControlCharactersEscaped() {
      String message = messageOf(b -> b.ward("\t\n\u200b"));

      assertThat(message).isEqualTo("Visit is invalid: ward must not be blank: \"\\t\\n\\u200b\"");
    }

    @Test
    void aLongTextIsCutAndItsLengthGiven() {
      String message = messageOf(b -> b.ward(" ".repeat(5_000)));

      assertThat(message).isEqualTo("Visit is invalid: ward must not be blank: \"" + " ".repeat(100) + "…\" (5000 characters)");
    }

    @Test
    void aListOfTextsShowsItsElements() {
      String message = messageOf(b -> b.addTags("a", "b\n", "c"));

      assertThat(message).isEqualTo("Visit is invalid: tags size must be between 0 and 2: [a, b\\n, c]");
    }

    @Test
    void aLongListShowsTenElementsAndItsSize() {
      String message = messageOf(b -> b.addAllTags(Collections.nCopies(5_000, "t")));

      assertThat(message)
          .isEqualTo("Visit is invalid: tags size must be between 0 and 2: [t, t, t, t, t, t, t, t, t, t, … 5000 elements]");
    }

    @Test
    void aListOfModelsShowsOnlyItsSize() {
      String message = messageOf(b -> b.addNotes(BilingualText.of("备注", "a note that must not be shown")));

      assertThat(message).isEqualTo("Visit is invalid: notes size must be between 0 and 0: 1 element");
    }

    @Test
    void everyViolationIsShownOnceInPathOrder() {
      String message = messageOf(b -> b.ward("").addNotes(BilingualText.of("甲", "a"), BilingualText.of("乙", "b")));

      assertThat(message).isEqualTo("Visit is invalid: notes size must be between 0 and 0: 2 elements; ward must not be blank: \"\"");
    }
  }

  /** A bean holding another by cascade, under a redacted attribute. */
  static final class Referral {
    private final Patient patient;
    private final Ward ward;

    Referral(Patient patient, Ward ward) {
      this.patient = patient;
      this.ward = ward;
    }

    @jakarta.validation.Valid
    @Value.Redacted
    public Patient getPatient() {
      return patient;
    }

    @jakarta.validation.Valid
    public Ward getWard() {
      return ward;
    }
  }

  /** A nested bean whose own attribute is not personal. */
  static final class Patient {
    @NotBlank
    public String getName() {
      return "　";
    }
  }

  /** A nested bean whose own attribute is personal. */
  static final class Ward {
    @NotBlank
    @Value.Redacted
    public String getBedOccupant() {
      return " ";
    }

    @NotBlank
    public String getCode() {
      return "";
    }
  }

  /** A class-level constraint that always fails, to see a violation without a path. */
  @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @jakarta.validation.Constraint(validatedBy = AlwaysInvalid.Validator.class)
  @interface AlwaysInvalid {
    String message() default "is never valid";

    Class<?>[] groups() default {};

    Class<? extends jakarta.validation.Payload>[] payload() default {};

    /** Fails every bean. */
    final class Validator implements jakarta.validation.ConstraintValidator<AlwaysInvalid, Object> {
      @Override
      public boolean isValid(Object value, jakarta.validation.ConstraintValidatorContext context) {
        return false;
      }
    }
  }

  /** A bean that breaks its class-level constraint. */
  @AlwaysInvalid
  static final class Hopeless {}

  /** A bean holding, by cascade, one that breaks its class-level constraint. */
  static final class Holder {
    @jakarta.validation.Valid
    public Hopeless getInner() {
      return new Hopeless();
    }
  }

  /** A bean with a built-in constraint whose message needs the expression language. */
  static final class Priced {
    @jakarta.validation.constraints.DecimalMax("10")
    public java.math.BigDecimal getPrice() {
      return java.math.BigDecimal.valueOf(11);
    }
  }

  /** A bean with many invalid fields, whose violations Hibernate Validator holds in no order. */
  static final class Blank {
    @NotBlank
    public String getE() {
      return "";
    }

    @NotBlank
    public String getB() {
      return "";
    }

    @NotBlank
    public String getH() {
      return "";
    }

    @NotBlank
    public String getA() {
      return "";
    }

    @NotBlank
    public String getG() {
      return "";
    }

    @NotBlank
    public String getC() {
      return "";
    }

    @NotBlank
    public String getF() {
      return "";
    }

    @NotBlank
    public String getD() {
      return "";
    }
  }

  @Nested
  class Cascades {

    @Test
    void aValueUnderARedactedAttributeIsNotShownNorOneOfARedactedNestedAttribute() {
      String message =
          catchThrowableOfType(ConstraintViolationException.class, () -> ModelValidator.check(new Referral(new Patient(), new Ward())))
              .getMessage();

      assertThat(message)
          .isEqualTo("Referral is invalid: patient.name must not be blank; ward.bedOccupant must not be blank; "
              + "ward.code must not be blank: \"\"");
    }

    @Test
    void aNestedClassLevelViolationShowsItsPathAndMessage() {
      assertThat(catchThrowableOfType(ConstraintViolationException.class, () -> ModelValidator.check(new Holder())))
          .hasMessage("Holder is invalid: inner: is never valid");
    }

    @Test
    void anExpressionInABuiltInMessageIsLeftUnevaluated() {
      assertThat(catchThrowableOfType(ConstraintViolationException.class, () -> ModelValidator.check(new Priced())))
          .hasMessage("Priced is invalid: price must be less than ${inclusive == true ? 'or equal to ' : ''}10: 11");
    }

    @Test
    void violationsInALocaleAreSortedByPath() {
      ConstraintViolationException e = catchThrowableOfType(ConstraintViolationException.class, () -> ModelValidator.check(new Blank()));

      assertThat(ModelValidator.violationsIn(e, java.util.Locale.CHINA))
          .extracting(v -> v.getPropertyPath().toString())
          .containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
    }

    @Test
    void aClassLevelViolationShowsItsMessageAlone() {
      assertThat(catchThrowableOfType(ConstraintViolationException.class, () -> ModelValidator.check(new Hopeless())))
          .hasMessage("Hopeless is invalid: is never valid");
    }
  }

  @Nested
  class Simple {

    @Test
    void simpleValuesAreShownAsThemselves() {
      assertThat(ModelValidator.simple(42L, false)).contains("42");
      assertThat(ModelValidator.simple(Severity.WARNING, false)).contains("WARNING");
      assertThat(ModelValidator.simple(java.time.LocalDate.MAX, false)).contains("+999999999-12-31");
      assertThat(ModelValidator.simple(Share.of(3, 5), false)).contains("3/5");
      assertThat(ModelValidator.simple(DateRange.ofYear(2023), false)).contains("2023-01-01/2023-12-31");
      assertThat(ModelValidator.simple(true, false)).contains("true");
      assertThat(ModelValidator.simple('x', false)).contains("\"x\"");
      assertThat(ModelValidator.simple(null, false)).contains("null");
    }

    @Test
    void aHugeNumberIsCut() {
      String shown = ModelValidator.simple(new java.math.BigInteger("9".repeat(1_000)), false).orElseThrow();

      assertThat(shown).isEqualTo("9".repeat(100) + "… (1000 characters)");
    }

    @Test
    void otherObjectsAreNotShown() {
      assertThat(ModelValidator.simple(BilingualText.of("甲", "a"), false)).isEmpty();
      assertThat(ModelValidator.simple(new Object(), false)).isEmpty();
      assertThat(ModelValidator.simple(Optional.of("x"), false)).isEmpty();
    }

    @Test
    void sizesOfListsOfModelsAreCountedInEitherLanguage() {
      List<BilingualText> one = List.of(BilingualText.of("甲", "a"));

      assertThat(ModelValidator.simple(one, false)).contains("1 element");
      assertThat(ModelValidator.simple(one, true)).contains("1 项");
      assertThat(ModelValidator.simple(List.of(), false)).contains("[]");
    }
  }

  @Nested
  class Redaction {

    @ParameterizedTest
    @CsvSource({
      "getPatientId, patientId",
      "getURL, URL",
      "getX, x",
      "isActive, active",
      "name, name",
      "get, get",
      "is, is",
      "island, land"
    })
    void accessorsAreNamedAsBeanValidationNamesThem(String accessor, String attribute) {
      assertThat(RedactedAttributes.attributeName(accessor)).isEqualTo(attribute);
    }

    @Test
    void redactedAccessorsAreFoundInTheModelAndItsSupertypes() {
      assertThat(RedactedAttributes.isRedacted(ImmutableVisit.class, "patientId")).isTrue();
      assertThat(RedactedAttributes.isRedacted(ImmutableVisit.class, "phone")).isTrue();
      assertThat(RedactedAttributes.isRedacted(ImmutableVisit.class, "dosesByPatient")).isTrue();
      assertThat(RedactedAttributes.isRedacted(ImmutableVisit.class, "ward")).isFalse();
      assertThat(RedactedAttributes.isRedacted(Visit.class, "tags")).isFalse();
    }

    @Test
    void aClassOfTheJdkHasNothingRedacted() {
      assertThat(RedactedAttributes.isRedacted(String.class, "bytes")).isFalse();
    }

    @Test
    void aClassWithoutAClassFileCountsAsAllRedacted() {
      Runnable lambda = () -> {};

      assertThat(RedactedAttributes.isRedacted(lambda.getClass(), "anything")).isTrue();
    }

    @Test
    void aDamagedClassFileIsAnError() throws IOException {
      byte[] bytes;
      try (InputStream in = Visit.class.getResourceAsStream("ViolationMessageTest$Visit.class")) {
        bytes = in.readAllBytes();
      }
      bytes[9] = 0x7f; // the first constant's tag

      DataInputStream damaged = new DataInputStream(new ByteArrayInputStream(bytes));

      org.assertj.core.api.Assertions.assertThatIOException().isThrownBy(() -> RedactedAttributes.redactedAccessors(damaged));
    }

    @Test
    void everyKindOfConstantAndAnnotationValueIsSteppedOver() throws IOException {
      try (InputStream in = RedactionSpecimen.class.getResourceAsStream("RedactionSpecimen.class")) {
        assertThat(RedactedAttributes.redactedAccessors(new DataInputStream(in))).containsExactlyInAnyOrder("secret", "hidden");
      }
    }

    @Test
    void scanningAModelCollectsItsOwnAndInheritedRedactedAttributes() {
      assertThat(RedactedAttributes.scan(ImmutableVisit.class)).contains(java.util.Set.of("patientId", "phone", "dosesByPatient"));
      assertThat(RedactedAttributes.scan(RedactionSpecimen.class)).contains(java.util.Set.of("secret", "hidden"));
      assertThat(RedactedAttributes.scan(String.class)).contains(java.util.Set.of());
    }

    @Test
    void scanningAClassWithoutAClassFileKnowsNothing() {
      Runnable lambda = () -> {};

      assertThat(RedactedAttributes.scan(lambda.getClass())).isEmpty();
    }

    @Test
    void theClassFileOfAModelYieldsItsRedactedAccessors() throws IOException {
      try (InputStream in = Visit.class.getResourceAsStream("ViolationMessageTest$Visit.class")) {
        assertThat(RedactedAttributes.redactedAccessors(new DataInputStream(in)))
            .containsExactlyInAnyOrder("patientId", "phone", "dosesByPatient");
      }
    }
  }
}
