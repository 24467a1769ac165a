package io.github.yilian.county;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.YilianStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The schedule of a recurring target: a threshold to reach in every calendar year or half-year
 * from a first period on ("牵头医院每年至少帮助基层成员单位开展新技术3项"), or from the first full
 * period after the unit first had something ("每半年至少听取一次" from the committee's founding).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@SuppressWarnings("exports")
public abstract class Recurrence {

  Recurrence() {}

  /**
   * Returns the length of the periods.
   *
   * @return a year or a half-year
   */
  public abstract Period getPeriod();

  /**
   * Returns the date from which periods are judged: the first judged period is the first one that
   * starts on or after it.
   *
   * @return the first date, a supported date
   */
  @SupportedDate
  public abstract LocalDate getFirstDay();

  /**
   * Returns the threshold to reach in every period.
   *
   * @return the threshold
   */
  public abstract Threshold getThreshold();

  /**
   * Returns the indicator whose first yes starts the periods for a unit (the management committee's
   * founding for its report hearings), if any; until then the target has no data for the unit.
   *
   * @return the starting indicator, or empty if periods start at {@link #getFirstDay()} for every unit
   */
  public abstract Optional<String> getStartIndicator();

  /**
   * Returns a builder for a recurrence.
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

  /** Builds a {@link Recurrence}; the starting indicator is optional. */
  public static final class Builder extends ImmutableRecurrence.Builder {
    Builder() {}
  }
}
