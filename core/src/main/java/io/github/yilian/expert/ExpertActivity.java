package io.github.yilian.expert;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something an expert did or will do (seed 000, sections 六(二) and 七(三)–(五)): its kind and date,
 * whether it is in the expert group's name, when the bureau approved it, and whether internal
 * material was disclosed and with what authorisation.
 *
 * <p>{@link ObligationChecker} reports the rules it breaks. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class ExpertActivity {

  ExpertActivity() {}

  /**
   * Returns the activity's id.
   *
   * @return the id, not blank
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the id of the expert who did it.
   *
   * @return the expert's id, not blank
   */
  @NotBlank
  public abstract String getExpert();

  /**
   * Returns what kind of activity it is.
   *
   * @return the kind
   */
  public abstract ExpertActivityKind getKind();

  /**
   * Returns the date of the activity.
   *
   * @return the date
   */
  public abstract LocalDate getDate();

  /**
   * Checks whether the expert acts in the name of the expert group (以专家组专家名义).
   *
   * @return true if in the group's name
   */
  public abstract boolean isInGroupName();

  /**
   * Returns when the medical administration bureau approved the activity.
   *
   * @return the approval date; empty if not approved
   */
  public abstract Optional<LocalDate> getApprovedOn();

  /**
   * Checks whether the activity discloses internal meetings, policy advice or evaluation results
   * (七(四)).
   *
   * @return true if internal material is disclosed
   */
  @Value.Default
  public boolean isDisclosesInternalMaterial() {
    return false;
  }

  /**
   * Checks whether the bureau authorised the disclosure.
   *
   * @return true if authorised
   */
  @Value.Default
  public boolean isDisclosureAuthorised() {
    return false;
  }

  /**
   * Returns a builder for an activity.
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

  /**
   * Builds an {@link ExpertActivity}; id, expert, kind, date and whether it is in the group's name are
   * required; no internal material is disclosed unless said.
   */
  public static final class Builder extends ImmutableExpertActivity.Builder {
    Builder() {}
  }
}
