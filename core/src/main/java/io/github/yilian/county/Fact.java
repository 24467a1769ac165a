package io.github.yilian.county;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated observation about one unit of the tree for one indicator: a yes/no state ("has a
 * management committee since 2023-06-30"), a count of events on a day ("2 new techniques started"),
 * or a reported share ("41 of 80 senior doctors serve in studios").
 *
 * <p>A yes is the value 1 and a no the value 0; a share has a total and a value at most the total.
 * For a state the newest fact on or before the "as of" date counts; events add up over a period.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class Fact implements CrossFieldRules {

  Fact() {}

  /**
   * Returns the id of the unit the fact is about.
   *
   * @return the unit id, not blank
   */
  @NotBlank
  public abstract String getUnitId();

  /**
   * Returns the indicator, the key that targets look facts up by (such as
   * {@link XinjiangCountyTargets2023#MANAGEMENT_COMMITTEE}).
   *
   * @return the indicator, not blank
   */
  @NotBlank
  public abstract String getIndicator();

  /**
   * Returns the day the fact was observed or the events happened.
   *
   * @return the date, from {@link SupportedRange#MIN_DATE} to {@link SupportedRange#MAX_DATE}
   */
  @SupportedDate
  public abstract LocalDate getDate();

  /**
   * Returns the value: 1 for yes and 0 for no, a number of events, or the qualifying count of a
   * share.
   *
   * @return the value, from 0 to {@link SupportedRange#MAX_COUNT}
   */
  @PositiveOrZero
  @Max(SupportedRange.MAX_COUNT)
  public abstract long getValue();

  /**
   * Returns the total of a reported share.
   *
   * @return the total, at least the value and at most {@link SupportedRange#MAX_COUNT}; empty unless
   *     the fact is a share
   */
  public abstract Optional<@PositiveOrZero @Max(SupportedRange.MAX_COUNT) Long> getTotal();

  /**
   * Records that a unit has something as of a date.
   *
   * @param unitId the unit, not blank
   * @param indicator the indicator, not blank
   * @param date the day observed, a supported date
   * @return the fact, value 1
   * @throws jakarta.validation.ConstraintViolationException if an id is blank or the date outside
   *     the supported dates
   * @throws NullPointerException if an argument is null
   */
  public static Fact yes(String unitId, String indicator, LocalDate date) {
    return count(unitId, indicator, date, 1);
  }

  /**
   * Records that a unit does not (or no longer) have something as of a date.
   *
   * @param unitId the unit, not blank
   * @param indicator the indicator, not blank
   * @param date the day observed, a supported date
   * @return the fact, value 0
   * @throws jakarta.validation.ConstraintViolationException if an id is blank or the date outside
   *     the supported dates
   * @throws NullPointerException if an argument is null
   */
  public static Fact no(String unitId, String indicator, LocalDate date) {
    return count(unitId, indicator, date, 0);
  }

  /**
   * Records a number of events on a day, or a count as of a day.
   *
   * @param unitId the unit, not blank
   * @param indicator the indicator, not blank
   * @param date the day, a supported date
   * @param count the count, from 0 to {@link SupportedRange#MAX_COUNT}
   * @return the fact
   * @throws jakarta.validation.ConstraintViolationException if an id is blank, the date outside the
   *     supported dates or the count outside 0 to {@link SupportedRange#MAX_COUNT}
   * @throws NullPointerException if an argument is null
   */
  public static Fact count(String unitId, String indicator, LocalDate date, long count) {
    return builder().unitId(unitId).indicator(indicator).date(date).value(count).build();
  }

  /**
   * Records a reported share: {@code qualifying} of {@code total} as of a day.
   *
   * @param unitId the unit, not blank
   * @param indicator the indicator, not blank
   * @param date the day, a supported date
   * @param qualifying the qualifying count, from 0 to {@code total}
   * @param total the total count, from 0 to {@link SupportedRange#MAX_COUNT}
   * @return the fact
   * @throws jakarta.validation.ConstraintViolationException if the qualifying count is above the
   *     total, a count is negative or above {@link SupportedRange#MAX_COUNT}, an id is blank or the
   *     date outside the supported dates
   * @throws NullPointerException if an argument is null
   */
  public static Fact share(
      String unitId, String indicator, LocalDate date, long qualifying, long total) {
    return builder()
        .unitId(unitId).indicator(indicator).date(date).value(qualifying).total(total).build();
  }

  /**
   * Returns a builder for a fact.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Adds an inconsistency when the value of a share is above its total.
   *
   * @param found where to add it
   */
  @Override
  public void checkCrossFields(Inconsistencies found) {
    getTotal().filter(total -> getValue() > total).ifPresent(total ->
        found.add("value", "{io.github.yilian.county.Fact.valueAboveTotal}",
            Map.of("value", getValue(), "total", total)));
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link Fact}; the total is optional. */
  public static final class Builder extends ImmutableFact.Builder {
    Builder() {}
  }
}
