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
   * Returns why it was chosen.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract BilingualText getReason();

  static HostSuggestion create(PilotCity city, int timesHosted, Optional<LocalDate> lastHosted, BilingualText reason) {
    return ImmutableHostSuggestion.of(city, timesHosted, lastHosted, reason);
  }

}
