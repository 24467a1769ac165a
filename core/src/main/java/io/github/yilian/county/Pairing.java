package io.github.yilian.county;

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
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pairing (包联, seed 002 三(一)12): a member of the commission's party group is responsible for
 * a county from a first day to a last day, and visits it for on-site guidance. The target T19
 * applies to a county only while it is paired ({@link Applicability#WHILE_PAIRED}).
 *
 * <p>The member's id is a person's id: it never appears in {@link #toString()} or in a message.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class Pairing implements CrossFieldRules {

  Pairing() {}

  /**
   * Returns the id of the party-group member (委党组成员).
   *
   * @return the member's id, not blank; left out of {@link #toString()}
   */
  @NotBlank
  @Value.Redacted
  public abstract String getMemberId();

  /**
   * Returns the id of the paired unit, a county of the tree in the seed.
   *
   * @return the unit's id, not blank
   */
  @NotBlank
  public abstract String getUnitId();

  /**
   * Returns the first day of the pairing.
   *
   * @return the first day, a supported date
   */
  @SupportedDate
  public abstract LocalDate getFirstDay();

  /**
   * Returns the last day of the pairing.
   *
   * @return the last day, not before the first; empty while the pairing lasts
   */
  public abstract Optional<@SupportedDate LocalDate> getLastDay();

  /**
   * Creates a pairing that lasts until further notice.
   *
   * @param memberId the party-group member's id, not blank
   * @param unitId the paired county's id, not blank
   * @param firstDay the first day, a supported date
   * @return the pairing
   * @throws jakarta.validation.ConstraintViolationException if an id is blank or the date outside
   *     {@link SupportedRange#MIN_DATE} to {@link SupportedRange#MAX_DATE}
   * @throws NullPointerException if an argument is null
   */
  public static Pairing of(String memberId, String unitId, LocalDate firstDay) {
    return builder().memberId(memberId).unitId(unitId).firstDay(firstDay).build();
  }

  /**
   * Creates a pairing with a last day.
   *
   * @param memberId the party-group member's id, not blank
   * @param unitId the paired county's id, not blank
   * @param firstDay the first day, a supported date
   * @param lastDay the last day, not before {@code firstDay}
   * @return the pairing
   * @throws jakarta.validation.ConstraintViolationException if an id is blank, a date outside
   *     the supported dates or the last day before the first
   * @throws NullPointerException if an argument is null
   */
  public static Pairing of(String memberId, String unitId, LocalDate firstDay, LocalDate lastDay) {
    return builder().memberId(memberId).unitId(unitId).firstDay(firstDay).lastDay(lastDay).build();
  }

  /**
   * Returns a builder for a pairing.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether the unit is paired on a day.
   *
   * @param date the day, not null
   * @return true if the day lies from the first to the last day, both included
   * @throws NullPointerException if the date is null
   */
  public boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getFirstDay()) && getLastDay().filter(date::isAfter).isEmpty();
  }

  /**
   * Adds an inconsistency when the pairing ends before it starts.
   *
   * @param found where to add it
   */
  @Override
  public void checkCrossFields(Inconsistencies found) {
    getLastDay().filter(last -> last.isBefore(getFirstDay())).ifPresent(last ->
        found.add("lastDay", "{io.github.yilian.county.Pairing.endBeforeStart}",
            Map.of("to", last, "from", getFirstDay())));
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link Pairing}; the last day is optional. */
  public static final class Builder extends ImmutablePairing.Builder {
    Builder() {}
  }
}
