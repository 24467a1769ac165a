package io.github.yilian.expert;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something an expert did or will do (seed 000, sections 五(三), 六(二) and 七(三)–(五)): its kind and
 * date, whether it is in the expert group's name, whether the bureau itself arranged it, when the
 * bureau approved it, and whether internal material was disclosed and with what authorisation.
 *
 * <p>Dates lie in 1900-01-01 to 2200-12-31 ({@link io.github.yilian.common.SupportedRange}).
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
   * @return the date, from 1900-01-01 to 2200-12-31
   */
  @SupportedDate
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
   * @return the approval date, from 1900-01-01 to 2200-12-31; empty if not approved
   */
  public abstract Optional<@SupportedDate LocalDate> getApprovedOn();

  /**
   * Checks whether the bureau itself arranged the activity under its unified work plan
   * (按照统一的工作部署, 五(三)), such as an interview or a column it invited the expert to; such an
   * activity needs no separate approval.
   *
   * @return true if arranged by the bureau; false by default
   */
  @Value.Default
  public boolean isArrangedByBureau() {
    return false;
  }

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
   * required; it is not arranged by the bureau and discloses no internal material unless said.
   */
  public static final class Builder extends ImmutableExpertActivity.Builder {
    Builder() {}
  }
}
