package io.github.yilian.common;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * What a checker reports instead of throwing: a rule found broken (or worth a look) for a subject,
 * with a reason in Chinese and English.
 *
 * <p>For example the rule {@code "expert.coverage"}, the subject {@code "650000"} (Xinjiang), severity
 * {@link Severity#VIOLATION}, reason "新疆无负责专家小组 / no team is responsible for Xinjiang".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class Finding {

  Finding() {}

  /**
   * Returns the id of the rule the finding concerns, as named in the spec.
   *
   * @return the rule id, not blank
   */
  @NotBlank
  public abstract String getRuleId();

  /**
   * Returns the id of what the finding is about: a province, a team, a unit, an activity.
   *
   * @return the subject's id, not blank
   */
  @NotBlank
  public abstract String getSubject();

  /**
   * Returns how serious the finding is.
   *
   * @return the severity
   */
  public abstract Severity getSeverity();

  /**
   * Returns why the rule is broken, in Chinese and English.
   *
   * @return the reason
   */
  public abstract BilingualText getReason();

  /**
   * Returns a builder for a finding.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ModelValidator.check(this, ModelValidator.isVisible(getRuleId()) && ModelValidator.isVisible(getSubject()));
  }

  /** Builds a {@link Finding}; every attribute is required. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
