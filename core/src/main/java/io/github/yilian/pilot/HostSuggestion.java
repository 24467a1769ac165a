package io.github.yilian.pilot;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.YilianStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The member unit suggested to host a group's next activity, with how often and when it last
 * hosted, and why it was chosen.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class HostSuggestion {

  HostSuggestion() {}

  /**
   * Returns the suggested host.
   *
   * @return a member of the group
   */
  @Value.Parameter
  public abstract PilotCity getCity();

  /**
   * Returns how many activities the city has hosted so far.
   *
   * @return the count, 0 or more
   */
  @Value.Parameter
  public abstract int getTimesHosted();

  /**
   * Returns the date of the last activity the city hosted.
   *
   * @return the date, absent if it never hosted
   */
  @Value.Parameter
  public abstract Optional<LocalDate> getLastHosted();

  /**
   * Returns why it was chosen, in Chinese and English.
   *
   * @return the reason, such as "芜湖市 hosted 1 time, last on 2011-11-10; fewest hosted goes first,
   *     then longest since hosting, then by name"
   */
  @Value.Lazy
  public BilingualText getReason() {
    return Reasons.host(this);
  }

  /**
   * Returns the reason in English.
   *
   * @return the English reason
   */
  @Override
  public String toString() {
    return getReason().getEnglish();
  }

  static HostSuggestion create(PilotCity city, int timesHosted, Optional<LocalDate> lastHosted) {
    return ImmutableHostSuggestion.of(city, timesHosted, lastHosted);
  }
}
