package io.github.yilian.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.github.yilian.json.JsonSettings;
import io.github.yilian.json.ModelJson;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson 2 module of Yilian: every model and result of {@code yilian-core} written and read in
 * the JSON shape of {@link ModelJson}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // finds this module
 * String json = mapper.writeValueAsString(assessment);
 * AllianceAssessment back = mapper.readValue(json, AllianceAssessment.class);
 * }</pre>
 *
 * <p>Shares are {@code {"numerator":39,"denominator":80,"percent":"48.75"}}, dates ISO-8601
 * strings, money and other exact decimals decimal strings, enums their constant names, bilingual
 * text {@code {"zh":…,"en":…}}; whatever the mapper's own settings for dates, naming or decimals,
 * Yilian's JSON stays the same. Personal data is left out or pseudonymised and an assessment names
 * its inputs, unless the {@link JsonSettings} say otherwise:
 * {@code new YilianJacksonModule(JsonSettings.builder().personalData(PersonalData.INCLUDE).build())}.
 * Register it after {@code findAndRegisterModules()} (or instead), so that its settings apply.
 *
 * <p>Reading invalid JSON throws {@link YilianJsonMappingException} (a {@code JsonMappingException})
 * with the JSON path, the model and the field of every problem, the model's own validation included.
 * Properties the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} allows are ignored.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YilianJacksonModule extends Module {

  private final ModelJson json;

  /** Creates the module with the {@link JsonSettings#defaults() default settings}. */
  public YilianJacksonModule() {
    this(JsonSettings.defaults());
  }

  /**
   * Creates the module with some settings.
   *
   * @param settings the settings, not null
   */
  public YilianJacksonModule(JsonSettings settings) {
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
   * Returns what makes two registrations the same: the settings, so that registering a module with
   * other settings after {@code findAndRegisterModules()} takes effect, and registering the same
   * twice does not.
   *
   * @return the class name and the settings
   */
  @Override
  public Object getTypeId() {
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
      public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
          BeanDescription beanDesc) {
        return json.handles(type.getRawClass()) ? new ModelSerializer(json) : null;
      }
    });
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription beanDesc) {
        return json.handles(type.getRawClass()) ? new ModelDeserializer(json, type) : null;
      }
    });
  }

  /**
   * Returns the module's name and settings.
   *
   * @return such as {@code "YilianJacksonModule{JsonSettings{PSEUDONYMISE, …}}"}
   */
  @Override
  public String toString() {
    return "YilianJacksonModule{" + json.getSettings() + "}";
  }
}
