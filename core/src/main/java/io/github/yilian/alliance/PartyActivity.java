package io.github.yilian.alliance;

import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.common.YilianStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A party-building activity the lead department organised for the alliance (党建联盟, seed 003,
 * section 二(六) and attachment item 10).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class PartyActivity {

  PartyActivity() {}

  /**
   * Returns the day of the activity.
   *
   * @return the date, from 1900-01-01 to 2200-12-31
   */
  @Value.Parameter
  @SupportedDate
  public abstract LocalDate getDate();

  /**
   * Returns the form of the activity.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract PartyActivityKind getKind();

  /**
   * Creates an activity.
   *
   * @param date the day of the activity
   * @param kind the form of the activity
   * @return the activity
   * @throws jakarta.validation.ConstraintViolationException if the date is outside 1900-01-01 to
   *     2200-12-31
   * @throws NullPointerException if an argument is null
   */
  public static PartyActivity of(LocalDate date, PartyActivityKind kind) {
    return ImmutablePartyActivity.of(date, kind);
  }

  /** Checks the constraints above in plain code; the validation engine runs only to report a violation. */
  @Value.Check
  void check() {
    ModelValidator.check(this, SupportedRange.isSupported(getDate()));
  }
}
