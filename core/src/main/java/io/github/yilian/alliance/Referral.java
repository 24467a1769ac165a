package io.github.yilian.alliance;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A patient referred between two units of an alliance (双向转诊, seed 003, section 三(四) and attachment
 * item 7). A patient referred more than once counts once.
 *
 * <p>The two units differ. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class Referral implements CrossFieldRules {

  Referral() {}

  /**
   * Returns the patient's pseudonymous id; it is left out of {@link #toString()}.
   *
   * @return the patient's id, not blank
   */
  @NotBlank
  @Value.Redacted
  public abstract String getPatientId();

  /**
   * Returns the day of the referral.
   *
   * @return the date, from 1900-01-01 to 2200-12-31
   */
  @SupportedDate
  public abstract LocalDate getDate();

  /**
   * Returns the id of the unit that referred the patient.
   *
   * @return the unit's id, not blank
   */
  @NotBlank
  public abstract String getFromUnitId();

  /**
   * Returns the id of the unit the patient was referred to.
   *
   * @return the unit's id, not blank
   */
  @NotBlank
  public abstract String getToUnitId();

  @Override
  public void checkCrossFields(Inconsistencies found) {
    if (getFromUnitId().equals(getToUnitId())) {
      found.add("toUnitId", "{io.github.yilian.alliance.Referral.sameUnit}", Map.of("unit", getToUnitId()));
    }
  }

  /**
   * Returns a builder for a referral.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks the constraints above in plain code; the validation engine runs only to report a violation. */
  @Value.Check
  void check() {
    ModelValidator.check(this, ModelValidator.isVisible(getPatientId()) && SupportedRange.isSupported(getDate())
        && ModelValidator.isVisible(getFromUnitId()) && ModelValidator.isVisible(getToUnitId()) && ModelValidator.isConsistent(this));
  }

  /** Builds a {@link Referral}; every attribute is required. */
  public static final class Builder extends ImmutableReferral.Builder {
    Builder() {}
  }
}
