package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state of one {@link ObligationInstance} as of a date, with its evidence: the date of the
 * activity or document that met it, how many qualifying items were counted, and a bilingual reason.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class ObligationStatus {

  ObligationStatus() {}

  /**
   * Returns the instance judged.
   *
   * @return the instance
   */
  public abstract ObligationInstance getInstance();

  /**
   * Returns the status.
   *
   * @return the status
   */
  public abstract ComplianceStatus getStatus();

  /**
   * Returns the date of the evidence that met the obligation: the activity that completed the count,
   * the document's arrival, the activity all members attended.
   *
   * @return the evidence date, present exactly when {@code MET} or {@code MET_LATE}
   */
  public abstract Optional<LocalDate> getEvidence();

  /**
   * Returns how many qualifying items were counted as of the date, out of
   * {@link ObligationInstance#getRequired()}.
   *
   * @return the count, 0 or more
   */
  @PositiveOrZero
  public abstract int getCounted();

  /**
   * Returns why the instance has this status, in Chinese and English.
   *
   * @return the reason
   */
  public abstract BilingualText getReason();

  /**
   * Returns a builder for a status.
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

  /** Builds an {@link ObligationStatus}; every attribute but the evidence is required. */
  public static final class Builder extends ImmutableObligationStatus.Builder {
    Builder() {}
  }
}
