package io.github.yilian.alliance;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An outreach visit: a lead-unit expert sent to a member unit on a day (人员流动, seed 003, section
 * 三(二) and attachment item 4).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class OutreachVisit {

  OutreachVisit() {}

  /**
   * Returns the day of the visit.
   *
   * @return the date, from 1900-01-01 to 2200-12-31
   */
  @Value.Parameter
  @SupportedDate
  public abstract LocalDate getDate();

  /**
   * Returns the id of the member unit visited.
   *
   * @return the member unit's id, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getMemberUnitId();

  /**
   * Returns what the expert did.
   *
   * @return the kind of visit
   */
  @Value.Parameter
  public abstract OutreachKind getKind();

  /**
   * Creates a visit.
   *
   * @param date the day of the visit
   * @param memberUnitId the id of the member unit visited, not blank
   * @param kind what the expert did
   * @return the visit
   * @throws jakarta.validation.ConstraintViolationException if the unit id is blank or the date is
   *     outside 1900-01-01 to 2200-12-31
   * @throws NullPointerException if an argument is null
   */
  public static OutreachVisit of(LocalDate date, String memberUnitId, OutreachKind kind) {
    return ImmutableOutreachVisit.of(date, memberUnitId, kind);
  }

  /** Checks the constraints above in plain code; the validation engine runs only to report a violation. */
  @Value.Check
  void check() {
    ModelValidator.check(this, SupportedRange.isSupported(getDate()) && ModelValidator.isVisible(getMemberUnitId()));
  }
}
