package io.github.yilian.alliance;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A research project the lead department declared with or for a member unit (科研协作, seed 003,
 * section 三(六) and attachment item 9).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class ResearchProject {

  ResearchProject() {}

  /**
   * Returns the id of the member unit the project is for.
   *
   * @return the member unit's id, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getMemberUnitId();

  /**
   * Returns the project's title.
   *
   * @return the title, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getTitle();

  /**
   * Returns where the project stands.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract ProjectStatus getStatus();

  /**
   * Creates a project.
   *
   * @param memberUnitId the id of the member unit, not blank
   * @param title the title, not blank
   * @param status where the project stands
   * @return the project
   * @throws jakarta.validation.ConstraintViolationException if the id or title is blank
   */
  public static ResearchProject of(String memberUnitId, String title, ProjectStatus status) {
    return ImmutableResearchProject.of(memberUnitId, title, status);
  }

  /** Checks the constraints above in plain code; the validation engine runs only to report a violation. */
  @Value.Check
  void check() {
    ModelValidator.check(this, ModelValidator.isVisible(getMemberUnitId()) && ModelValidator.isVisible(getTitle()));
  }
}
