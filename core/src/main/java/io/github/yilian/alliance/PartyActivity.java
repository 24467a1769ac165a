package io.github.yilian.alliance;

import io.github.yilian.common.ModelValidator;
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
   * @return the date
   */
  @Value.Parameter
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
   */
  public static PartyActivity of(LocalDate date, PartyActivityKind kind) {
    return ImmutablePartyActivity.of(date, kind);
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
