package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated, immutable dynamic adjustment of the expert group (动态调整, seed 000, sections 二(四) and
 * 六(四)): an expert appointed, reappointed, moved, made leader, withdrawing, dismissed, or reaching the
 * end of a term.
 *
 * <p>Appointments and moves name the team; other events name none. A dismissal gives its reason.
 * Closing events ({@link EventType#WITHDREW}, {@link EventType#DISMISSED},
 * {@link EventType#TERM_ENDED}) are dated on the last day served: a withdrawal takes effect on the
 * date the request is accepted, and the expert is no longer active from the next day.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class AdjustmentEvent implements CrossFieldRules {

  AdjustmentEvent() {}

  /**
   * Returns the kind of adjustment.
   *
   * @return the event type
   */
  public abstract EventType getType();

  /**
   * Returns the date the adjustment takes effect.
   *
   * @return the date
   */
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
   * @return the team's id; empty for other events
   */
  public abstract Optional<String> getTeam();

  /**
   * Returns why the expert was dismissed, or any note on another event.
   *
   * @return the reason; required for a dismissal
   */
  public abstract Optional<BilingualText> getReason();

  /**
   * Creates an appointment to a team.
   *
   * @param date the first day of service, not null
   * @param expert the expert's id, not blank
   * @param team the team's id, not null
   * @return the event
   * @throws jakarta.validation.ConstraintViolationException if the expert's id is blank
   */
  public static AdjustmentEvent appointed(LocalDate date, String expert, String team) {
    return builder().type(EventType.APPOINTED).date(date).expert(expert).team(team).build();
  }

  /**
   * Creates a move to another team, effective on its date.
   *
   * @param date the first day in the new team, not null
   * @param expert the expert's id, not blank
   * @param team the new team's id, not null
   * @return the event
   * @throws jakarta.validation.ConstraintViolationException if the expert's id is blank
   */
  public static AdjustmentEvent moved(LocalDate date, String expert, String team) {
    return builder().type(EventType.MOVED).date(date).expert(expert).team(team).build();
  }

  /**
   * Creates an event without a team or a reason: reappointed, made leader, withdrew or term ended.
   *
   * @param type the kind of adjustment, not {@link EventType#APPOINTED}, {@link EventType#MOVED} or
   *     {@link EventType#DISMISSED}
   * @param date the date it takes effect, not null
   * @param expert the expert's id, not blank
   * @return the event
   * @throws jakarta.validation.ConstraintViolationException if the expert's id is blank or the type
   *     needs a team or a reason
   */
  public static AdjustmentEvent of(EventType type, LocalDate date, String expert) {
    return builder().type(type).date(date).expert(expert).build();
  }

  /**
   * Creates a dismissal by the bureau.
   *
   * @param date the last day served, not null
   * @param expert the expert's id, not blank
   * @param reason why, not null
   * @return the event
   * @throws jakarta.validation.ConstraintViolationException if the expert's id is blank
   */
  public static AdjustmentEvent dismissed(LocalDate date, String expert, BilingualText reason) {
    return builder().type(EventType.DISMISSED).date(date).expert(expert).reason(reason).build();
  }

  /**
   * Returns a builder for an event.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    boolean takesTeam = getType() == EventType.APPOINTED || getType() == EventType.MOVED;
    Map<String, Object> names = Map.of("type", getType(), "expert", getExpert(), "date", getDate());
    if (takesTeam && getTeam().isEmpty()) {
      found.add("team", "{io.github.yilian.expert.AdjustmentEvent.teamMissing}", names);
    }
    getTeam()
        .filter(team -> !takesTeam)
        .ifPresent(
            team ->
                found.add(
                    "team",
                    "{io.github.yilian.expert.AdjustmentEvent.teamUnexpected}",
                    Map.of("type", getType(), "expert", getExpert(), "date", getDate(), "team", team)));
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

  /** Builds an {@link AdjustmentEvent}; type, date and expert are required. */
  public static final class Builder extends ImmutableAdjustmentEvent.Builder {
    Builder() {}
  }
}
