package io.github.yilian.expert;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The parameters of the experts' obligations (seed 000, section 七): how many days after an
 * evaluation ends its summary report is due, and which commercial activities are forbidden (the seed
 * forbids them in the group's name, 七(五)).
 *
 * <p>The seed sets no deadline for the report: it is to be sent "in good time" (适时报送, 七(六)). The
 * report days are therefore the library's reading, 30 in the preset, and an overdue report is a
 * warning, not a violation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class ObligationPolicy {

  ObligationPolicy() {}

  /**
   * Returns how many days after an evaluation's last day its report is due, that day included.
   *
   * @return the days, from 0 to 36,600 (100 years)
   */
  @PositiveOrZero
  @Max(TermPolicy.MAX_WINDOW_DAYS)
  public abstract int getReportDueDays();

  /**
   * Returns which commercial activities break 七(五); by default those in the group's name.
   *
   * @return the rule
   */
  @Value.Default
  public CommercialRule getCommercialRule() {
    return CommercialRule.IN_GROUP_NAME;
  }

  /**
   * Returns the last day a summary report is on time.
   *
   * @param assignment the evaluation, not null
   * @return the evaluation's last day plus the report days
   * @throws NullPointerException if {@code assignment} is null
   */
  public LocalDate reportDueDate(EvaluationAssignment assignment) {
    Objects.requireNonNull(assignment, "assignment");
    return assignment.getPeriod().getEnd().plusDays(getReportDueDays());
  }

  /**
   * Returns a builder for an obligation policy.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds an {@link ObligationPolicy}; the report days are required. */
  public static final class Builder extends ImmutableObligationPolicy.Builder {
    Builder() {}
  }
}
