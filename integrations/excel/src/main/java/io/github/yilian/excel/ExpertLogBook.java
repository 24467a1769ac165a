package io.github.yilian.excel;

import io.github.yilian.expert.ExpertActivity;
import io.github.yilian.expert.AdjustmentEvent;
import io.github.yilian.expert.AdjustmentLog;
import io.github.yilian.expert.EvaluationAssignment;
import io.github.yilian.expert.ExpertGroup;
import io.github.yilian.expert.TermPolicy;
import java.util.List;
import java.util.Objects;

/**
 * What an expert group's workbook holds (seed 000): the group as founded (teams without members,
 * provinces, liaisons, roster), the adjustment events in log order, the experts' activities and the
 * evaluation assignments of the teams.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExpertLogBook {

  private final ExpertGroup founding;
  private final List<AdjustmentEvent> events;
  private final List<ExpertActivity> activities;
  private final List<EvaluationAssignment> evaluations;

  private ExpertLogBook(ExpertGroup founding, List<AdjustmentEvent> events, List<ExpertActivity> activities,
      List<EvaluationAssignment> evaluations) {
    this.founding = founding;
    this.events = List.copyOf(events);
    this.activities = List.copyOf(activities);
    this.evaluations = List.copyOf(evaluations);
  }

  /**
   * Creates a log book.
   *
   * @param founding the group as founded, not null
   * @param events the adjustment events in log order, not null, none null
   * @param activities the experts' activities, not null, none null
   * @param evaluations the teams' evaluation assignments, not null, none null
   * @return the log book
   */
  public static ExpertLogBook of(ExpertGroup founding, List<AdjustmentEvent> events, List<ExpertActivity> activities,
      List<EvaluationAssignment> evaluations) {
    Objects.requireNonNull(founding, "founding");
    Excel.requireElements(events, "events");
    Excel.requireElements(activities, "activities");
    Excel.requireElements(evaluations, "evaluations");
    return new ExpertLogBook(founding, events, activities, evaluations);
  }

  /**
   * Returns the group as founded.
   *
   * @return the founding group
   */
  public ExpertGroup getFounding() {
    return founding;
  }

  /**
   * Returns the adjustment events.
   *
   * @return the events, in the order of the workbook's rows
   */
  public List<AdjustmentEvent> getEvents() {
    return events;
  }

  /**
   * Returns the experts' activities.
   *
   * @return the activities, in the order of the workbook's rows
   */
  public List<ExpertActivity> getActivities() {
    return activities;
  }

  /**
   * Returns the teams' evaluation assignments.
   *
   * @return the assignments, in the order of the workbook's rows
   */
  public List<EvaluationAssignment> getEvaluations() {
    return evaluations;
  }

  /**
   * Replays the events under a term policy.
   *
   * @param policy the term policy, not null
   * @return the adjustment log
   * @throws io.github.yilian.expert.InvalidEventException naming the first event that cannot follow
   *     the ones before it
   */
  public AdjustmentLog log(TermPolicy policy) {
    return AdjustmentLog.of(founding, Objects.requireNonNull(policy, "policy"), events);
  }

  /**
   * Checks whether another object is a log book with equal contents.
   *
   * @param obj the object to compare
   * @return true if it is equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof ExpertLogBook other && founding.equals(other.founding) && events.equals(other.events)
        && activities.equals(other.activities) && evaluations.equals(other.evaluations);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(founding, events, activities, evaluations);
  }

  /**
   * Returns a summary, without personal data.
   *
   * @return the counts of teams, experts, events, activities and evaluations
   */
  @Override
  public String toString() {
    return "ExpertLogBook{" + founding.getTeams().size() + " teams, " + founding.getRoster().size() + " experts, "
        + events.size() + " events, " + activities.size() + " activities, " + evaluations.size() + " evaluations}";
  }
}
