package io.github.yilian.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
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

/** What the Jackson 2 module adds to the mapping: registration, a mapper's settings, its exception. */
class YilianJacksonModuleTest {

  private static final Finding FINDING = Finding.builder().ruleId("expert.coverage").subject("650000")
      .severity(Severity.VIOLATION).reason(BilingualText.of("无专家小组负责新疆", "no team is responsible for Xinjiang"))
      .build();

  private static final String FINDING_JSON = "{\"ruleId\":\"expert.coverage\",\"subject\":\"650000\",\"severity\":"
      + "\"VIOLATION\",\"reason\":{\"zh\":\"无专家小组负责新疆\",\"en\":\"no team is responsible for Xinjiang\"}}";

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new YilianJacksonModule());

  /** An application's own value that holds a Yilian model. */
  record Envelope(String id, Finding finding) {}

  @Nested
  class Registration {
    @Test
    void findAndRegisterModulesFindsTheModule() throws Exception {
      ObjectMapper found = new ObjectMapper().findAndRegisterModules();
      assertThat(found.getRegisteredModuleIds()).contains(new YilianJacksonModule().getTypeId());
      assertThat(found.writeValueAsString(Share.of(3, 5)))
          .isEqualTo("{\"numerator\":3,\"denominator\":5,\"percent\":\"60\"}");
    }

    @Test
    void otherSettingsRegisteredAfterFindAndRegisterModulesTakeEffect() throws Exception {
      ObjectMapper including = new ObjectMapper().findAndRegisterModules()
          .registerModule(new YilianJacksonModule(JsonSettings.builder().personalData(PersonalData.INCLUDE).build()));
      assertThat(including.writeValueAsString(Samples.EXPERT)).contains("\"phone\":\"13800138000\"");
    }

    @Test
    void theSameSettingsRegisterOnce() {
      ObjectMapper twice = new ObjectMapper().registerModule(new YilianJacksonModule())
          .registerModule(new YilianJacksonModule());
      assertThat(twice.getRegisteredModuleIds()).hasSize(1);
    }
  }

  @Nested
  class TheMappersOwnSettings {
    @Test
    void namingDatesAndIndentationOfTheMapperLeaveYiliansJsonAsItIs() throws Exception {
      ObjectMapper custom = new ObjectMapper().registerModule(new YilianJacksonModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.WRITE_ENUMS_USING_INDEX,
              SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
      assertThat(JsonText.compact(custom.writeValueAsString(FINDING))).isEqualTo(FINDING_JSON);
    }

    @Test
    void aModelInsideAnApplicationsValueIsWrittenAndReadThere() throws Exception {
      String json = mapper.writeValueAsString(new Envelope("n1", FINDING));
      assertThat(json).isEqualTo("{\"id\":\"n1\",\"finding\":" + FINDING_JSON + "}");
      assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(new Envelope("n1", FINDING));
    }

    @Test
    void unknownPropertiesAreAProblemOnlyWhereTheMapperSaysSo() throws Exception {
      String extra = FINDING_JSON.replace("}}", "},\"note\":1}");
      assertThatExceptionOfType(YilianJsonMappingException.class).isThrownBy(() -> mapper.readValue(extra, Finding.class))
          .withMessage("$.note (Finding.note): is not a property of Finding, whose properties are ruleId, subject,"
              + " severity, reason");
      ObjectMapper lenient = new ObjectMapper().registerModule(new YilianJacksonModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      assertThat(lenient.readValue(extra, Finding.class)).isEqualTo(FINDING);
    }
  }

  @Nested
  class DefaultTyping {
    @Test
    void aModelInACacheWithDefaultTypingCarriesItsTypeAndReadsBack() throws Exception {
      ObjectMapper typed = new ObjectMapper().registerModule(new YilianJacksonModule()).activateDefaultTyping(
          BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
          ObjectMapper.DefaultTyping.NON_FINAL, JsonTypeInfo.As.PROPERTY);
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
      assertThatExceptionOfType(YilianJsonMappingException.class).isThrownBy(() -> mapper.readValue(blank, Finding.class))
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
      assertThatExceptionOfType(YilianJsonMappingException.class)
          .isThrownBy(() -> mapper.readValue(list, new TypeReference<List<Finding>>() {}))
          .satisfies(e -> assertThat(e.getJsonPath()).isEqualTo("$[1].reason.zh"));
    }

    @Test
    void isNotWrappedByAnApplicationsValueAndItsPathStartsThere() {
      String envelope = "{\"id\":\"n1\",\"finding\":" + blank + "}";
      assertThatExceptionOfType(YilianJsonMappingException.class)
          .isThrownBy(() -> mapper.readValue(envelope, Envelope.class))
          .satisfies(e -> assertThat(e.getJsonPath()).isEqualTo("$.finding.reason.zh"));
    }

    @Test
    void reportsMalformedJsonAtItsPath() {
      String broken = "{\"ruleId\":\"r\",\"reason\":{\"zh\":\"甲\",\"en\": }}";
      assertThatExceptionOfType(YilianJsonMappingException.class).isThrownBy(() -> mapper.readValue(broken, Finding.class))
          .satisfies(e -> {
            assertThat(e.getJsonPath()).isEqualTo("$.reason");
            assertThat(e.getMessage())
                .startsWith("$.reason (Finding): malformed JSON at line 1, column 40: Unexpected character ('}'");
          });
    }
  }
}
