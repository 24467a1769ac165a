package io.github.yilian.expert;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A survey and evaluation of a responsible province by a team (调研评估, seed 000, sections 五(一) and
 * 七(六)); when it ends, a summary report with policy recommendations is due.
 *
 * <p>A report cannot be dated before the evaluation ends. The period and the report date lie in
 * 1900-01-01 to 2200-12-31 ({@link io.github.yilian.common.SupportedRange}). Whether the team is a
 * team of the group and the province one of its provinces is checked by
 * {@link ObligationChecker#checkAssignments}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class EvaluationAssignment implements CrossFieldRules {

  EvaluationAssignment() {}

  /**
   * Returns the assignment's id.
   *
   * @return the id, not blank
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the team doing the evaluation.
   *
   * @return the team's id, not blank
   */
  @NotBlank
  public abstract String getTeam();

  /**
   * Returns the province evaluated.
   *
   * @return the province
   */
  public abstract Province getProvince();

  /**
   * Returns the days of the evaluation, both ends included.
   *
   * @return the period, within 1900-01-01 to 2200-12-31
   */
  public abstract DateRange getPeriod();

  /**
   * Returns when the summary report was submitted.
   *
   * @return the submission date, not before the evaluation ends, at most 2200-12-31; empty if not
   *     submitted
   */
  public abstract Optional<@SupportedDate LocalDate> getReportSubmittedOn();

  /**
   * Returns a builder for an assignment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    if (!SupportedRange.isSupported(getPeriod().getStart()) || !SupportedRange.isSupported(getPeriod().getEnd())) {
      found.add("period", "{io.github.yilian.expert.EvaluationAssignment.periodUnsupported}", Map.of("period", getPeriod()));
    }
    getReportSubmittedOn()
        .filter(date -> date.isBefore(getPeriod().getEnd()))
        .ifPresent(
            date ->
                found.add(
                    "reportSubmittedOn",
                    "{io.github.yilian.expert.EvaluationAssignment.reportBeforeEnd}",
                    Map.of("date", date, "end", getPeriod().getEnd())));
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds an {@link EvaluationAssignment}; all but the report date are required. */
  public static final class Builder extends ImmutableEvaluationAssignment.Builder {
    Builder() {}
  }
}
