package io.github.yilian.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.CriterionScore;
import io.github.yilian.alliance.HaikouAllianceRubric2021;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import io.github.yilian.common.Share;
import io.github.yilian.county.TargetResult;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.json.JsonText;
import io.github.yilian.json.Samples;
import io.github.yilian.pilot.Activity;
import io.github.yilian.pilot.ActivityKind;
import io.github.yilian.pilot.CollaborationGroup;
import io.github.yilian.pilot.GroupRecord;
import io.github.yilian.pilot.Obligation;
import io.github.yilian.pilot.ObligationStatus;
import io.github.yilian.pilot.PilotCity;
import io.github.yilian.pilot.PilotProgramme2011;
import io.github.yilian.pilot.PilotSchedule;
import io.github.yilian.pilot.ReformTopic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's JSON examples are what the module writes: each {@code json} block after a
 * {@code <!-- json: name -->} comment equals the JSON of the model named here (white space aside).
 */
class ReadmeJsonTest {

  private static final Pattern BLOCK = Pattern.compile("<!-- json: ([a-z-]+) -->\\s*```json\\n(.*?)```", Pattern.DOTALL);

  /** The models of the README's examples, built as its quick starts build them. */
  static Map<String, Supplier<Object>> examples() {
    Map<String, Supplier<Object>> examples = new LinkedHashMap<>();
    examples.put("share", () -> Share.of(39, 80));
    examples.put("finding", () -> Finding.builder().ruleId("expert.coverage").subject("650000")
        .severity(Severity.VIOLATION).reason(BilingualText.of("无专家小组负责新疆", "no team is responsible for Xinjiang"))
        .build());
    examples.put("expert", () -> Samples.EXPERT);
    examples.put("pilot-status", ReadmeJsonTest::reportStatus);
    examples.put("county-result", () -> Samples.TRACKER.status(XinjiangCountyTargets2023.target("T15"), "650102-L",
        LocalDate.of(2023, 12, 31)));
    examples.put("alliance-score", () -> growthScore());
    return examples;
  }

  /** The README pilot quick start's report obligation of activity a1, as of 2013-04-15. */
  private static ObligationStatus reportStatus() {
    PilotCity zhenjiang = PilotCity.of("镇江市", "江苏省");
    PilotCity wuhu = PilotCity.of("芜湖市", "安徽省");
    CollaborationGroup group = CollaborationGroup.builder().topic(ReformTopic.HOSPITAL_INFORMATISATION)
        .addLeadUnits(zhenjiang, wuhu).addParticipants(PilotCity.of("厦门市", "福建省"))
        .addGuidingExperts("专家甲", "专家乙").build();
    GroupRecord record = GroupRecord.builder().group(group)
        .addActivities(Activity.builder().id("a1").date(LocalDate.of(2012, 3, 28)).kind(ActivityKind.SYMPOSIUM)
            .host(zhenjiang).planSubmitted(LocalDate.of(2012, 3, 20)).reportSubmitted(LocalDate.of(2012, 4, 2))
            .putHealthBureauHeads(zhenjiang, 1).putHealthBureauHeads(wuhu, 1).build())
        .build();
    return PilotSchedule.of(PilotProgramme2011.programme()).compliance(record, LocalDate.of(2013, 4, 15))
        .getStatuses().stream().filter(s -> s.getInstance().getObligation() == Obligation.P8).findFirst().orElseThrow();
  }

  /** The growth score of the README's alliance record. */
  private static CriterionScore growthScore() {
    AllianceAssessment assessment = HaikouAllianceRubric2021.rubric().assess(Samples.RECORD);
    return assessment.getScores().get(assessment.getScores().size() - 1);
  }

  @Test
  void everyJsonExampleOfTheReadmeIsWhatTheModuleWrites() throws Exception {
    String readme = Files.readString(Path.of("../../README.md"));
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
    Map<String, Supplier<Object>> examples = examples();
    Matcher block = BLOCK.matcher(readme);
    int found = 0;
    while (block.find()) {
      Supplier<Object> example = examples.get(block.group(1));
      assertThat(example).as("a README example named " + block.group(1)).isNotNull();
      String actual = mapper.writeValueAsString(example.get());
      assertThat(JsonText.compact(block.group(2))).as("README example " + block.group(1) + ", which is now:\n" + actual)
          .isEqualTo(JsonText.compact(actual));
      found++;
    }
    assertThat(found).as("README JSON examples").isEqualTo(examples.size());
  }

  /** The examples, pretty-printed, to paste into the README. */
  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
    for (Map.Entry<String, Supplier<Object>> example : examples().entrySet()) {
      System.out.println("<!-- json: " + example.getKey() + " -->\n```json\n"
          + mapper.writeValueAsString(example.getValue().get()) + "\n```\n");
    }
  }
}
