package io.github.yilian.county;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A primary-care worker seconded to the lead hospital for training (抽调培训, seed 002 二(三)11):
 * the unit the worker comes from, the first and last day, and whether the county health
 * authority approved it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class Secondment implements CrossFieldRules {

  Secondment() {}

  /**
   * Returns the secondment's id.
   *
   * @return the id, not blank
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the id of the primary-care unit the worker comes from.
   *
   * @return the unit id, not blank
   */
  @NotBlank
  public abstract String getUnitId();

  /**
   * Returns the first day at the lead hospital.
   *
   * @return the start date, a supported date
   */
  @SupportedDate
  public abstract LocalDate getStart();

  /**
   * Returns the last day at the lead hospital (planned or actual).
   *
   * @return the end date, not before the start, a supported date
   */
  @SupportedDate
  public abstract LocalDate getEnd();

  /**
   * Tells whether the county health authority approved a longer secondment.
   *
   * @return true if approved
   */
  @Value.Default
  public boolean isApproved() {
    return false;
  }

  /**
   * Returns a builder for a secondment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Adds an inconsistency when the secondment ends before it starts.
   *
   * @param found where to add it
   */
  @Override
  public void checkCrossFields(Inconsistencies found) {
    if (getEnd().isBefore(getStart())) {
      found.add("end", "{io.github.yilian.county.Secondment.endBeforeStart}",
          Map.of("end", getEnd(), "start", getStart()));
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link Secondment}; approval defaults to false. */
  public static final class Builder extends ImmutableSecondment.Builder {
    Builder() {}
  }
}
