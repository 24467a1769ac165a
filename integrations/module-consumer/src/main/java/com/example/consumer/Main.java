package com.example.consumer;

import io.github.yilian.alliance.Grade;
import io.github.yilian.alliance.HaikouAllianceRubric2021;
import io.github.yilian.alliance.Rubric;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Share;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.Fact;
import io.github.yilian.county.Level;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.TargetResult;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.Unit;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.expert.TieredCareExpertGroupMeasures;
import io.github.yilian.pilot.PilotProgramme2011;
import io.github.yilian.pilot.ReformTopic;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Uses one thing of each capability the way a vendor's module would, on the module path, and
 * checks the results; exits with status 1 and the list of failed checks if any fails.
 *
 * <p>The build runs it in {@code integration-test} ({@code mvn -B verify}) with
 * {@code java --module-path … --module com.example.consumer/com.example.consumer.Main}.
 */
public final class Main {

  private final List<String> failures = new ArrayList<>();
  private int checks;

  private Main() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Main main = new Main();
    main.modulePath();
    main.common();
    main.expert();
    main.pilot();
    main.county();
    main.alliance();
    if (!main.failures.isEmpty()) {
      System.err.println("module-path consumer: " + main.failures.size() + " of " + main.checks
          + " checks failed:");
      main.failures.forEach(failure -> System.err.println("  " + failure));
      System.exit(1);
    }
    System.out.println("module-path consumer: all " + main.checks + " checks hold");
  }

  /** Runs on the module path, without the compile-only modules, and with parameter names. */
  private void modulePath() {
    check("consumer module", Main.class.getModule().getName(), "com.example.consumer");
    check("Yilian module", Share.class.getModule().getName(), "io.github.yilian");
    check("JSpecify absent", ModuleLayer.boot().findModule("org.jspecify").isPresent(), false);
    check("Immutables annotations absent",
        ModuleLayer.boot().findModule("org.immutables.value.annotations").isPresent(), false);
    try {
      check("-parameters: Share.of's first parameter",
          Share.class.getMethod("of", long.class, long.class).getParameters()[0].getName(),
          "numerator");
    } catch (NoSuchMethodException e) {
      failures.add("Share.of(long, long) not found: " + e);
    }
  }

  /** Exact shares, and Bean Validation (Hibernate Validator reflecting on Yilian's packages). */
  private void common() {
    Share threshold = Share.percent("60");
    check("3/5 meets 60 %", Share.of(3, 5).meets(threshold), true);
    check("units 2/5 needs for 60 %", Share.of(2, 5).unitsNeeded(threshold), 1L);
    try {
      BilingualText.of("中文", " ");
      failures.add("a blank English text was accepted");
    } catch (ConstraintViolationException e) {
      check("the violation names the field", e.getMessage().contains("english"), true);
      check("the message is resolved, not a raw key", e.getMessage().contains("{"), false);
    }
  }

  private void expert() {
    DateRange term = TieredCareExpertGroupMeasures.termPolicy()
        .termStartingOn(LocalDate.of(2022, 1, 1));
    check("expert term's last day", term.getEnd(), LocalDate.of(2024, 12, 31));
  }

  private void pilot() {
    check("pilot first activity due", PilotProgramme2011.programme().getFirstActivityDue(),
        LocalDate.of(2011, 11, 30));
    check("pilot topic name", ReformTopic.SEPARATING_MEDICINE_FROM_PHARMACY.getChineseName(),
        "医药分开");
  }

  private void county() {
    AdministrativeTree tree = AdministrativeTree.builder()
        .addUnits(Unit.region("65", BilingualText.of("新疆", "Xinjiang")),
            Unit.of("6501", BilingualText.of("乌鲁木齐市", "Urumqi"), Level.PREFECTURE, "65"),
            Unit.of("650102", BilingualText.of("天山区", "Tianshan"), Level.COUNTY, "6501"),
            Unit.of("650102-M", BilingualText.of("天山区医共体", "Tianshan community"),
                Level.COMMUNITY, "650102"),
            Unit.of("650102-L", BilingualText.of("天山区人民医院", "Tianshan hospital"),
                Level.LEAD_HOSPITAL, "650102-M"))
        .build();
    MonitoringData data = MonitoringData.builder().tree(tree)
        .addFacts(Fact.share("650102-L", XinjiangCountyTargets2023.STUDIO_DOCTORS,
            LocalDate.of(2023, 9, 1), 39, 80))
        .build();
    TargetResult t15 = TargetTracker.of(XinjiangCountyTargets2023.policy(), data)
        .status(XinjiangCountyTargets2023.target("T15"), "650102-L", LocalDate.of(2023, 12, 31));
    check("county T15 gap (39/80 against 50 %)", t15.getGap(), 1L);
  }

  private void alliance() {
    Rubric rubric = HaikouAllianceRubric2021.rubric();
    check("alliance rubric total", rubric.getTotalPoints(), 100);
    check("alliance grade of 91", rubric.gradeFor(91), Grade.EXCELLENT);
    check("alliance funding of 91 (yuan)",
        rubric.fundingFor(91).compareTo(new BigDecimal("1500000")), 0);
  }

  private void check(String what, Object actual, Object expected) {
    checks++;
    if (!Objects.equals(actual, expected)) {
      failures.add(what + ": expected " + expected + ", got " + actual);
    }
  }
}
