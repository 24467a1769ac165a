package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated, immutable dynamic adjustment of the expert group (动态调整, seed 000, sections 二(四) and
 * 六(四)): an expert appointed, reappointed, moved, made leader, withdrawing, dismissed, or reaching the
 * end of a term.
 *
 * <p>An event's date means one thing for each kind ({@link EventType}). An event that starts
 * something ({@link #appointed}, {@link #reappointed}, {@link #moved}, {@link #madeLeader}) is dated
 * on the first day of the new state. An event that ends service ({@link #withdrew},
 * {@link #dismissed}, {@link #termEnded}) is dated on the last day served: the expert is active on
 * that day and no longer from the next. A reappointment may be dated in the current term or on the
 * first day of the next one (2025-01-01 after a term ending 2024-12-31).
 *
 * <p>Appointments and moves name the team; other events name none. A dismissal gives its reason.
 * Dates lie in {@link io.github.yilian.common.SupportedRange}'s 1900-01-01 to 2200-12-31.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class AdjustmentEvent implements CrossFieldRules {

  /** At least one character that is not white space. */
  private static final String NOT_BLANK = "(?s).*\\S.*";

  AdjustmentEvent() {}

  /**
   * Returns the kind of adjustment.
   *
   * @return the event type
   */
  public abstract EventType getType();

  /**
   * Returns the event's date: for an event that starts something the first day of the new state,
   * for an event that ends service ({@link EventType#endsService()}) the last day served.
   *
   * @return the date, from 1900-01-01 to 2200-12-31
   */
  @SupportedDate
  public abstract LocalDate getDate();

  /**
   * Returns the id of the expert concerned.
   *
   * @return the expert's id, not blank
   */
  @NotBlank
  public abstract String getExpert();

  /**
   * Returns the team an appointment or a move is to.
   *
   * @return the team's id, not blank; empty for other events
   */
  public abstract Optional<@Pattern(regexp = NOT_BLANK) String> getTeam();

  /**
   * Returns why the expert was dismissed, or any note on another event.
   *
   * @return the reason; required for a dismissal
   */
  public abstract Optional<BilingualText> getReason();

  /**
   * Creates an appointment to a team.
   *
   * @param firstDay the first day of service, from 1900-01-01 to 2200-12-31
   * @param expert the expert's id, not blank
   * @param team the team's id, not blank
   * @return the event
   * @throws jakarta.validation.ConstraintViolationException if an id is blank or the date is outside
   *     the supported dates
   * @throws NullPointerException if an argument is null
   */
  public static AdjustmentEvent appointed(LocalDate firstDay, String expert, String team) {
    return withTeam(EventType.APPOINTED, firstDay, expert, team);
  }

  /**
   * Creates a reappointment for the next term.
   *
   * @param firstDay the first day of the new state: the day of the decision in the current term, or
   *     at the latest the first day of the next term; from 1900-01-01 to 2200-12-31
   * @param expert the expert's id, not blank
   * @return the event
   * @throws jakarta.validation.ConstraintViolationException if the id is blank or the date is
   *     outside the supported dates
   * @throws NullPointerException if an argument is null
   */
  public static AdjustmentEvent reappointed(LocalDate firstDay, String expert) {
    return plain(EventType.REAPPOINTED, firstDay, "firstDay", expert);
  }

  /**
   * Creates a move to another team.
   *
   * @param firstDay the first day in the new team, from 1900-01-01 to 2200-12-31
   * @param expert the expert's id, not blank
   * @param team the new team's id, not blank
   * @return the event
   * @throws jakarta.validation.ConstraintViolationException if an id is blank or the date is outside
   *     the supported dates
   * @throws NullPointerException if an argument is null
   */
  public static AdjustmentEvent moved(LocalDate firstDay, String expert, String team) {
    return withTeam(EventType.MOVED, firstDay, expert, team);
  }

  /**
   * Makes an expert leader of the team the expert serves in.
   *
   * @param firstDay the first day as leader, from 1900-01-01 to 2200-12-31
   * @param expert the expert's id, not blank
   * @return the event
   * @throws jakarta.validation.ConstraintViolationException if the id is blank or the date is
   *     outside the supported dates
   * @throws NullPointerException if an argument is null
   */
  public static AdjustmentEvent madeLeader(LocalDate firstDay, String expert) {
    return plain(EventType.MADE_LEADER, firstDay, "firstDay", expert);
  }

  /**
   * Creates a voluntary withdrawal (自愿退出, 六(四)).
   *
   * @param lastDayServed the last day served: the expert is active on it and no longer from the next
   *     day; from 1900-01-01 to 2200-12-31
   * @param expert the expert's id, not blank
   * @return the event
   * @throws jakarta.validation.ConstraintViolationException if the id is blank or the date is
   *     outside the supported dates
   * @throws NullPointerException if an argument is null
   */
  public static AdjustmentEvent withdrew(LocalDate lastDayServed, String expert) {
    return plain(EventType.WITHDREW, lastDayServed, "lastDayServed", expert);
  }

  /**
   * Creates a dismissal by the bureau.
   *
   * @param lastDayServed the last day served: the expert is active on it and no longer from the next
   *     day; from 1900-01-01 to 2200-12-31
   * @param expert the expert's id, not blank
   * @param reason why, not null
   * @return the event
   * @throws jakarta.validation.ConstraintViolationException if the id is blank or the date is
   *     outside the supported dates
   * @throws NullPointerException if an argument is null
   */
  public static AdjustmentEvent dismissed(LocalDate lastDayServed, String expert, BilingualText reason) {
    Objects.requireNonNull(lastDayServed, "lastDayServed");
    Objects.requireNonNull(expert, "expert");
    Objects.requireNonNull(reason, "reason");
    return builder().type(EventType.DISMISSED).date(lastDayServed).expert(expert).reason(reason).build();
  }

  /**
   * Records the end of a term without reappointment (聘期届满).
   *
   * @param lastDayServed the last day served, which is the last day of the expert's term; from
   *     1900-01-01 to 2200-12-31
   * @param expert the expert's id, not blank
   * @return the event
   * @throws jakarta.validation.ConstraintViolationException if the id is blank or the date is
   *     outside the supported dates
   * @throws NullPointerException if an argument is null
   */
  public static AdjustmentEvent termEnded(LocalDate lastDayServed, String expert) {
    return plain(EventType.TERM_ENDED, lastDayServed, "lastDayServed", expert);
  }

  private static AdjustmentEvent withTeam(EventType type, LocalDate firstDay, String expert, String team) {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(expert, "expert");
    Objects.requireNonNull(team, "team");
    return builder().type(type).date(firstDay).expert(expert).team(team).build();
  }

  private static AdjustmentEvent plain(EventType type, LocalDate date, String dateName, String expert) {
    Objects.requireNonNull(date, dateName);
    Objects.requireNonNull(expert, "expert");
    return builder().type(type).date(date).expert(expert).build();
  }

  /**
   * Returns a builder for an event. Its {@code date} is the first day of the new state for an event
   * that starts something and the last day served for an event that ends service.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    boolean takesTeam = getType() == EventType.APPOINTED || getType() == EventType.MOVED;
    Map<String, Object> names =
        Map.of("type", getType(), "expert", getExpert(), "date", getDate());
    if (takesTeam && getTeam().isEmpty()) {
      found.add("team", "{io.github.yilian.expert.AdjustmentEvent.teamMissingForType}", names);
    }
    getTeam()
        .filter(team -> !takesTeam)
        .ifPresent(
            team ->
                found.add(
                    "team",
                    "{io.github.yilian.expert.AdjustmentEvent.teamUnexpectedForType}",
                    Map.of(
                        "type", getType(), "expert", getExpert(),
                        "date", getDate(), "team", team)));
    if (getType() == EventType.DISMISSED && getReason().isEmpty()) {
      found.add("reason", "{io.github.yilian.expert.AdjustmentEvent.reasonMissing}", names);
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /**
   * Returns the event in short form, such as {@code "2023-05-01 MOVED e12 to t3"}.
   *
   * @return the date, type, expert and team
   */
  @Override
  public String toString() {
    return getDate() + " " + getType() + " " + getExpert() + getTeam().map(team -> " to " + team).orElse("");
  }

  /**
   * Builds an {@link AdjustmentEvent}; type, date and expert are required. The date is the first day
   * of the new state for an event that starts something and the last day served for an event that
   * ends service.
   */
  public static final class Builder extends ImmutableAdjustmentEvent.Builder {
    Builder() {}
  }
}
