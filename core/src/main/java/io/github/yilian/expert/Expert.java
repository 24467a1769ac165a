package io.github.yilian.expert;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A member of the expert group: sector, fields of expertise, seniority and the selection criteria of
 * seed 000, section 一, each attested by whom and when.
 *
 * <p>The phone number and the ID number are personal data: {@link #toString()} never shows them.
 * Each criterion is attested at most once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class Expert implements CrossFieldRules {

  /** At least one character that is not white space. */
  private static final String NOT_BLANK = "(?s).*\\S.*";

  Expert() {}

  /**
   * Returns the expert's id, unique in the group.
   *
   * @return the id, not blank
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the expert's name.
   *
   * @return the name, not blank
   */
  @NotBlank
  public abstract String getName();

  /**
   * Returns the sector the expert works in (二(三)).
   *
   * @return the sector
   */
  public abstract Sector getSector();

  /**
   * Returns the fields the expert has long worked in (二(三)).
   *
   * @return the fields, at least one
   */
  @NotEmpty
  public abstract Set<Expertise> getFields();

  /**
   * Checks whether the expert is senior enough to lead a team (遴选资深专家担任组长, 二(三)).
   *
   * @return true if the expert may lead a team
   */
  public abstract boolean isSenior();

  /**
   * Returns the attestations of the selection criteria, in the order given.
   *
   * @return the attestations, at most one per criterion; empty if none is recorded
   */
  public abstract Set<Attestation> getAttestations();

  /**
   * Returns the phone number; never shown by {@link #toString()}.
   *
   * @return the phone number, or empty
   */
  @Value.Redacted
  public abstract Optional<@Pattern(regexp = NOT_BLANK) String> getPhone();

  /**
   * Returns the ID number; never shown by {@link #toString()}.
   *
   * @return the ID number, or empty
   */
  @Value.Redacted
  public abstract Optional<@Pattern(regexp = NOT_BLANK) String> getIdNumber();

  /**
   * Checks whether all four selection criteria of section 一 are attested.
   *
   * @return true if every {@link SelectionCriterion} has an attestation
   */
  public boolean isFullyAttested() {
    return getMissingCriteria().isEmpty();
  }

  /**
   * Returns the selection criteria of section 一 that have no attestation.
   *
   * @return the criteria not attested, in section order; empty if all four are
   */
  public Set<SelectionCriterion> getMissingCriteria() {
    Set<SelectionCriterion> missing = EnumSet.allOf(SelectionCriterion.class);
    getAttestations().forEach(attestation -> missing.remove(attestation.getCriterion()));
    return Collections.unmodifiableSet(missing);
  }

  /**
   * Returns a builder for an expert.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    Set<SelectionCriterion> seen = EnumSet.noneOf(SelectionCriterion.class);
    for (Attestation attestation : getAttestations()) {
      if (!seen.add(attestation.getCriterion())) {
        found.add(
            "attestations",
            "{io.github.yilian.expert.Expert.criterionAttestedTwice}",
            Map.of("criterion", attestation.getCriterion()));
      }
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds an {@link Expert}; id, name, sector, seniority and at least one field are required. */
  public static final class Builder extends ImmutableExpert.Builder {
    Builder() {}
  }
}
