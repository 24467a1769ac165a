package io.github.yilian.alliance;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A person on an alliance's management committee or in its office, with their role (seed 003,
 * section 六(二)).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class CommitteeMember {

  CommitteeMember() {}

  /**
   * Returns the person's name.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String getPersonName();

  /**
   * Returns the person's role.
   *
   * @return the role
   */
  @Value.Parameter
  public abstract CommitteeRole getRole();

  /**
   * Creates a committee member.
   *
   * @param personName the name, not blank
   * @param role the role
   * @return the member
   * @throws jakarta.validation.ConstraintViolationException if the name is blank
   */
  public static CommitteeMember of(String personName, CommitteeRole role) {
    return ImmutableCommitteeMember.of(personName, role);
  }

  /** Checks the constraints above in plain code; the validation engine runs only to report a violation. */
  @Value.Check
  void check() {
    ModelValidator.check(this, ModelValidator.isVisible(getPersonName()));
  }
}
