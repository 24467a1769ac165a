package io.github.yilian.expert;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A record that an expert meets one selection criterion of seed 000, section 一: which criterion,
 * confirmed by whom and on which date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class Attestation {

  Attestation() {}

  /**
   * Returns the criterion confirmed.
   *
   * @return the criterion
   */
  @Value.Parameter
  public abstract SelectionCriterion getCriterion();

  /**
   * Returns who confirmed it: a person or a body.
   *
   * @return the confirming person or body, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getAttestedBy();

  /**
   * Returns when it was confirmed.
   *
   * @return the date of confirmation, from 1900-01-01 to 2200-12-31
   */
  @Value.Parameter
  @SupportedDate
  public abstract LocalDate getAttestedOn();

  /**
   * Creates an attestation.
   *
   * @param criterion the criterion confirmed, not null
   * @param attestedBy who confirmed it, not blank
   * @param attestedOn when it was confirmed, from 1900-01-01 to 2200-12-31
   * @return the attestation
   * @throws jakarta.validation.ConstraintViolationException if {@code attestedBy} is blank or the
   *     date is outside the supported dates
   * @throws NullPointerException if an argument is null
   */
  public static Attestation of(SelectionCriterion criterion, String attestedBy, LocalDate attestedOn) {
    return ImmutableAttestation.of(criterion, attestedBy, attestedOn);
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
