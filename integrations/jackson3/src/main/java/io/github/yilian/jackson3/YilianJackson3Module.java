package io.github.yilian.jackson3;

import io.github.yilian.json.JsonSettings;
import io.github.yilian.json.ModelJson;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.ser.Serializers;

/**
 * The Jackson 3 module of Yilian (Spring Boot 4 runs Jackson 3): every model and result of
 * {@code yilian-core} written and read in the JSON shape of {@link ModelJson}, the same JSON the
 * Jackson 2 module writes.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();   // finds this module
 * String json = mapper.writeValueAsString(assessment);
 * AllianceAssessment back = mapper.readValue(json, AllianceAssessment.class);
 * }</pre>
 *
 * <p>Shares are {@code {"numerator":39,"denominator":80,"percent":"48.75"}}, dates ISO-8601
 * strings, money and other exact decimals decimal strings, enums their constant names, bilingual
 * text {@code {"zh":…,"en":…}}; whatever the mapper's own settings, Yilian's JSON stays the same.
 * Personal data is left out or pseudonymised and an assessment names its inputs, unless the
 * {@link JsonSettings} say otherwise. Add it after {@code findAndAddModules()} (or instead), so that
 * its settings apply.
 *
 * <p>Reading invalid JSON throws {@link YilianDatabindException} (a {@code DatabindException}) with
 * the JSON path, the model and the field of every problem, the model's own validation included.
 * Properties the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} allows are ignored.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YilianJackson3Module extends JacksonModule {

  private final ModelJson json;

  /** Creates the module with the {@link JsonSettings#defaults() default settings}. */
  public YilianJackson3Module() {
    this(JsonSettings.defaults());
  }

  /**
   * Creates the module with some settings.
   *
   * @param settings the settings, not null
   */
  public YilianJackson3Module(JsonSettings settings) {
    this.json = ModelJson.of(Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Returns the settings the module writes and reads with.
   *
   * @return the settings
   */
  public JsonSettings getSettings() {
    return json.getSettings();
  }

  /**
   * Returns the module's name.
   *
   * @return {@code "yilian"}
   */
  @Override
  public String getModuleName() {
    return "yilian";
  }

  /**
   * Returns the module's version, unknown to Jackson.
   *
   * @return {@link Version#unknownVersion()}
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Returns what makes two registrations the same: the settings, so that adding a module with other
   * settings after {@code findAndAddModules()} takes effect, and adding the same twice does not.
   *
   * @return the class name and the settings
   */
  @Override
  public Object getRegistrationId() {
    return getClass().getName() + " " + json.getSettings();
  }

  /**
   * Adds the serializers and deserializers of Yilian's models to the mapper.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new Serializers.Base() {
      @Override
      public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
          BeanDescription.Supplier beanDescRef, com.fasterxml.jackson.annotation.JsonFormat.Value formatOverrides) {
        return json.handles(type.getRawClass()) ? new ModelSerializer(json) : null;
      }
    });
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription.Supplier beanDescRef) {
        return json.handles(type.getRawClass()) ? new ModelDeserializer(json, type) : null;
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return json.handles(valueType);
      }
    });
  }

  /**
   * Returns the module's name and settings.
   *
   * @return such as {@code "YilianJackson3Module{JsonSettings{PSEUDONYMISE, …}}"}
   */
  @Override
  public String toString() {
    return "YilianJackson3Module{" + json.getSettings() + "}";
  }
}
