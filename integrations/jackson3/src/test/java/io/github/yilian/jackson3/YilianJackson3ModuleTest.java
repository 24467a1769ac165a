package io.github.yilian.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import io.github.yilian.common.Share;
import io.github.yilian.json.JsonSettings;
import io.github.yilian.json.JsonText;
import io.github.yilian.json.PersonalData;
import io.github.yilian.json.Samples;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** What the Jackson 3 module adds to the mapping: registration, a mapper's settings, its exception. */
class YilianJackson3ModuleTest {

  private static final Finding FINDING = Finding.builder().ruleId("expert.coverage").subject("650000")
      .severity(Severity.VIOLATION).reason(BilingualText.of("无专家小组负责新疆", "no team is responsible for Xinjiang"))
      .build();

  private static final String FINDING_JSON = "{\"ruleId\":\"expert.coverage\",\"subject\":\"650000\",\"severity\":"
      + "\"VIOLATION\",\"reason\":{\"zh\":\"无专家小组负责新疆\",\"en\":\"no team is responsible for Xinjiang\"}}";

  private final JsonMapper mapper = JsonMapper.builder().addModule(new YilianJackson3Module()).build();

  /** An application's own value that holds a Yilian model. */
  record Envelope(String id, Finding finding) {}

  @Nested
  class Registration {
    @Test
    void findAndAddModulesFindsTheModule() {
      JsonMapper found = JsonMapper.builder().findAndAddModules().build();
      assertThat(found.registeredModules()).hasAtLeastOneElementOfType(YilianJackson3Module.class);
      assertThat(found.writeValueAsString(Share.of(3, 5))).isEqualTo("{\"numerator\":3,\"denominator\":5,\"percent\":\"60\"}");
    }

    @Test
    void otherSettingsAddedAfterFindAndAddModulesTakeEffect() {
      JsonMapper including = JsonMapper.builder().findAndAddModules()
          .addModule(new YilianJackson3Module(JsonSettings.builder().personalData(PersonalData.INCLUDE).build())).build();
      assertThat(including.writeValueAsString(Samples.EXPERT)).contains("\"phone\":\"13800138000\"");
    }

    @Test
    void theSameSettingsRegisterOnce() {
      JsonMapper twice = JsonMapper.builder().addModule(new YilianJackson3Module())
          .addModule(new YilianJackson3Module()).build();
      assertThat(twice.registeredModules()).hasSize(1);
    }
  }

  @Nested
  class TheMappersOwnSettings {
    @Test
    void namingDatesAndIndentationOfTheMapperLeaveYiliansJsonAsItIs() {
      JsonMapper custom = JsonMapper.builder().addModule(new YilianJackson3Module())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(EnumFeature.WRITE_ENUMS_USING_INDEX, DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
      assertThat(JsonText.compact(custom.writeValueAsString(FINDING))).isEqualTo(FINDING_JSON);
    }

    @Test
    void aModelInsideAnApplicationsValueIsWrittenAndReadThere() {
      String json = mapper.writeValueAsString(new Envelope("n1", FINDING));
      assertThat(JsonText.compact(json)).contains("\"finding\":" + FINDING_JSON);
      assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(new Envelope("n1", FINDING));
    }

    @Test
    void unknownPropertiesAreAProblemOnlyWhereTheMapperSaysSo() {
      String extra = FINDING_JSON.replace("}}", "},\"note\":1}");
      assertThat(mapper.readValue(extra, Finding.class)).as("Jackson 3 ignores unknown properties by default")
          .isEqualTo(FINDING);
      JsonMapper strict = JsonMapper.builder().addModule(new YilianJackson3Module())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
      assertThatExceptionOfType(YilianDatabindException.class).isThrownBy(() -> strict.readValue(extra, Finding.class))
          .withMessage("$.note (Finding.note): is not a property of Finding, whose properties are ruleId, subject,"
              + " severity, reason");
    }
  }

  @Nested
  class DefaultTyping {
    @Test
    void aModelInACacheWithDefaultTypingCarriesItsTypeAndReadsBack() {
      JsonMapper typed = JsonMapper.builder().addModule(new YilianJackson3Module()).activateDefaultTyping(
          BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
          tools.jackson.databind.DefaultTyping.NON_FINAL, JsonTypeInfo.As.PROPERTY).build();
      String json = typed.writerFor(Object.class).writeValueAsString(FINDING);
      assertThat(json).isEqualTo("{\"@class\":\"io.github.yilian.common.ImmutableFinding\"," + FINDING_JSON.substring(1));
      assertThat(typed.readValue(json, Object.class)).isEqualTo(FINDING);
    }
  }

  @Nested
  class TheException {
    private final String blank = FINDING_JSON.replace("无专家小组负责新疆", " ");

    @Test
    void namesThePathTheModelTheFieldAndTheMessage() {
      assertThatExceptionOfType(YilianDatabindException.class).isThrownBy(() -> mapper.readValue(blank, Finding.class))
          .satisfies(e -> {
            assertThat(e.getJsonPath()).isEqualTo("$.reason.zh");
            assertThat(e.getModelType()).isEqualTo("BilingualText");
            assertThat(e.getField()).contains("chinese");
            assertThat(e.getMessage()).isEqualTo("$.reason.zh (BilingualText.chinese): must not be blank: \" \"");
          });
    }

    @Test
    void isNotWrappedByAListAndItsPathStartsAtTheElement() {
      String list = "[" + FINDING_JSON + "," + blank + "]";
      assertThatExceptionOfType(YilianDatabindException.class)
          .isThrownBy(() -> mapper.readValue(list, new TypeReference<List<Finding>>() {}))
          .satisfies(e -> assertThat(e.getJsonPath()).isEqualTo("$[1].reason.zh"));
    }

    @Test
    void isNotWrappedByAnApplicationsValueAndItsPathStartsThere() {
      String envelope = "{\"id\":\"n1\",\"finding\":" + blank + "}";
      assertThatExceptionOfType(YilianDatabindException.class)
          .isThrownBy(() -> mapper.readValue(envelope, Envelope.class))
          .satisfies(e -> assertThat(e.getJsonPath()).isEqualTo("$.finding.reason.zh"));
    }

    @Test
    void reportsMalformedJsonAtItsPath() {
      String broken = "{\"ruleId\":\"r\",\"reason\":{\"zh\":\"甲\",\"en\": }}";
      assertThatExceptionOfType(YilianDatabindException.class).isThrownBy(() -> mapper.readValue(broken, Finding.class))
          .satisfies(e -> {
            assertThat(e.getJsonPath()).isEqualTo("$.reason");
            assertThat(e.getMessage())
                .startsWith("$.reason (Finding): malformed JSON at line 1, column 40: Unexpected character ('}'");
          });
    }
  }
}
