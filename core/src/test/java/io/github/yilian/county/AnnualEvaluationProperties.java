package io.github.yilian.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The three-level annual evaluation as a workflow: random sequences of steps, legal or not. */
class AnnualEvaluationProperties {

  private static final TargetTracker TRACKER = CountyFixtures.tracker(CountyFixtures.tree(2, 2, 1), List.of());
  private static final AnnualEvaluation DRAFT = AnnualEvaluation.draft(TRACKER, "P1C1", 2023);
  private static final List<String> UNITS = List.of("P1C1", "P1", "XJ", "P2", "P1C2");
  private static final List<String> REASONS = List.of("数据不全", " ", "");

  /** One attempted step: which (0 self-assess, 1 review, 2 audit, 3 return), by whom, how many days later. */
  private record Attempt(int step, String unit, int days, String reason) {}

  private static Gen<Attempt> attempts() {
    return integers().between(0, 3).zip(integers().between(0, UNITS.size() - 1), integers().between(-3, 20),
        integers().between(0, REASONS.size() - 1),
        (step, unit, days, reason) -> new Attempt(step, UNITS.get(unit), days, REASONS.get(reason)));
  }

  private static AnnualEvaluation apply(AnnualEvaluation evaluation, Attempt attempt, LocalDate date) {
    return switch (attempt.step()) {
      case 0 -> evaluation.selfAssess(attempt.unit(), "actor", date, Map.of());
      case 1 -> evaluation.review(attempt.unit(), "actor", date, Map.of());
      case 2 -> evaluation.audit(attempt.unit(), "actor", date, Map.of());
      default -> evaluation.returnForCorrection(attempt.unit(), "actor", date, attempt.reason());
    };
  }

  /** Whether an attempt is legal, by the seed's rules written out by hand. */
  private static boolean legal(AnnualEvaluation evaluation, Attempt attempt, LocalDate date) {
    EvaluationStage stage = evaluation.getStage();
    boolean inOrder = evaluation.getTrail().isEmpty()
        || !date.isBefore(evaluation.getTrail().get(evaluation.getTrail().size() - 1).getDate());
    boolean byRightUnit = switch (attempt.step()) {
      case 0 -> stage == EvaluationStage.DRAFT && attempt.unit().equals("P1C1");
      case 1 -> stage == EvaluationStage.SELF_ASSESSED && attempt.unit().equals("P1");
      case 2 -> stage == EvaluationStage.PREFECTURE_REVIEWED && attempt.unit().equals("XJ");
      default -> !attempt.reason().isBlank()
          && (stage == EvaluationStage.SELF_ASSESSED && attempt.unit().equals("P1")
              || stage == EvaluationStage.PREFECTURE_REVIEWED && attempt.unit().equals("XJ"));
    };
    return inOrder && byRightUnit;
  }

  /**
   * "县级自评、地级复核、区级审核": whatever is attempted, an evaluation's stage never decreases except
   * through a return, which goes back exactly one stage with a reason; forward steps go exactly one
   * stage forward; an audited evaluation never moves again; a step is accepted exactly when the
   * hand-written rules allow it.
   */
  @Test
  void stageNeverDecreasesExceptThroughAReturn() {
    qt().withExamples(250).forAll(lists().of(attempts()).ofSizeBetween(1, 14)).checkAssert(attempts -> {
      AnnualEvaluation evaluation = DRAFT;
      LocalDate date = LocalDate.of(2024, 1, 5);
      for (Attempt attempt : attempts) {
        date = date.plusDays(attempt.days());
        AnnualEvaluation before = evaluation;
        boolean legal = legal(before, attempt, date);
        try {
          evaluation = apply(before, attempt, date);
        } catch (IllegalStateException | IllegalArgumentException refused) {
          assertThat(legal).as("refused: %s", refused.getMessage()).isFalse();
          continue;
        }
        assertThat(legal).as("accepted %s at %s", attempt, before.getStage()).isTrue();
        int change = evaluation.getStage().ordinal() - before.getStage().ordinal();
        Transition last = evaluation.getTrail().get(evaluation.getTrail().size() - 1);
        assertThat(before.getStage()).isNotEqualTo(EvaluationStage.REGION_AUDITED);
        assertThat(evaluation.getTrail()).hasSize(before.getTrail().size() + 1);
        assertThat(evaluation.getTrail().subList(0, before.getTrail().size())).isEqualTo(before.getTrail());
        if (attempt.step() == 3) {
          assertThat(change).isEqualTo(-1);
          assertThat(last.isReturn()).isTrue();
          assertThat(last.getReason()).hasValueSatisfying(r -> assertThat(r).isNotBlank());
        } else {
          assertThat(change).isEqualTo(1);
          assertThat(last.isReturn()).isFalse();
        }
        assertThat(last.getDate()).isEqualTo(date);
        assertThat(evaluation.getValues()).isEqualTo(before.getValues());
      }
      for (int i = 1; i < evaluation.getTrail().size(); i++) {
        Transition step = evaluation.getTrail().get(i);
        assertThat(step.getFromStage()).isEqualTo(evaluation.getTrail().get(i - 1).getToStage());
        assertThat(step.getDate()).isAfterOrEqualTo(evaluation.getTrail().get(i - 1).getDate());
      }
    });
  }
}
