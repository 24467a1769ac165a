package io.github.yilian.alliance;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Ranking;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the {@code alliance} models and results for the JSON round-trip properties, built
 * on {@link AllianceGenerators}: evidence records, rubrics of every rule kind, assessments.
 */
public final class AllianceJsonGenerators {

  /** The preset's yes/no rules, whose facts are every fact (without naming their enum, being renamed). */
  private static final List<YesNoRule> YES_NO = HaikouAllianceRubric2021.rubric().getCriteria().stream()
      .map(Criterion::getRule).filter(YesNoRule.class::isInstance).map(YesNoRule.class::cast).toList();

  private AllianceJsonGenerators() {}

  /**
   * Evidence records with anything from no evidence to more than every cap needs, patients and
   * trainees among them.
   *
   * @return a generator of records
   */
  public static Gen<AllianceAssessmentRecord> records() {
    return AllianceGenerators.records();
  }

  /**
   * The Haikou rubric under every reading, and rubrics of random rules of all six kinds.
   *
   * @return a generator of rubrics
   */
  public static Gen<Rubric> rubrics() {
    return AllianceGenerators.haikouRubrics().mix(customRubrics(), 50);
  }

  /**
   * Rubrics of one criterion per rule kind with random points, grade bands below the total.
   *
   * @return a generator of rubrics
   */
  public static Gen<Rubric> customRubrics() {
    return lists().of(integers().between(1, 9)).ofSize(12).zip(Generate.enumValues(GrowthReading.class),
        Generate.enumValues(OutreachCounting.class), (n, growth, outreach) -> {
          List<Criterion> criteria = new ArrayList<>();
          criteria.add(criterion("yes-no", YesNoRule.of(YES_NO.get(n.get(0) % YES_NO.size()).getFact(), n.get(1))));
          criteria.add(criterion("count", TargetCountRule.builder().evidence(CountedEvidence.values()[n.get(2) % 5])
              .target(n.get(3)).points(n.get(4)).deductionPerMissing(n.get(5) % 3).build()));
          criteria.add(criterion("per-item", PerItemRule.of(CountedEvidence.values()[n.get(6) % 5], 1, n.get(7))));
          criteria.add(criterion("level", LevelRule.of(LeveledEvidence.values()[n.get(8) % 2], List.of(0, 1, n.get(9)))));
          criteria.add(criterion("status", StatusRule.of(1, 2, n.get(10))));
          criteria.add(criterion("growth", GrowthRule.builder().thresholdPercent(new BigDecimal("2.5"))
              .pointsAtThreshold(1).stepPercent(new BigDecimal("0.75")).pointsPerStep(1).cap(n.get(11) + 1).build()));
          int total = criteria.stream().mapToInt(Criterion::getMaxPoints).sum();
          return Rubric.builder().id("custom-" + total).name(BilingualText.of("自定义细则", "custom rubric"))
              .totalPoints(total).criteria(criteria)
              .addGradeBands(GradeBand.of(Grade.EXCELLENT, total - 1, new BigDecimal("1000.50")),
                  GradeBand.of(Grade.PASS, total / 2, BigDecimal.ZERO))
              .growthReading(growth).outreachCounting(outreach).meetingsPerMonth(n.get(0) % 3 + 1)
              .projectsPerMember(n.get(1) % 2 + 1).build();
        });
  }

  private static Criterion criterion(String id, Rule rule) {
    return Criterion.of(id, BilingualText.of("细则" + id, "criterion " + id), rule);
  }

  /**
   * A record assessed under a rubric.
   *
   * @return a generator of assessments
   */
  public static Gen<AllianceAssessment> assessments() {
    return rubrics().zip(records(), Rubric::assess);
  }

  /**
   * Assessments of several records under the Haikou rubric, ranked.
   *
   * @return a generator of rankings
   */
  public static Gen<Ranking<AllianceAssessment>> rankings() {
    return lists().of(records()).ofSizeBetween(0, 4).map(records ->
        AllianceAssessment.rank(records.stream().map(HaikouAllianceRubric2021.rubric()::assess).toList()));
  }

  /**
   * Alliances with a committee, or without.
   *
   * @return a generator of alliances
   */
  public static Gen<SpecialtyAlliance> alliances() {
    return integers().between(0, 3).map(n -> SpecialtyAlliance.builder().from(Fixtures.ALLIANCE)
        .committee(n == 0 ? List.of() : List.of(CommitteeMember.of("主委" + n, CommitteeRole.values()[n - 1])))
        .build());
  }
}
