package io.github.yilian.pilot;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.SupportedRange;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The policy of a collaboration programme: phase 1 window, deadlines, phase 2 start, minimum
 * counts, report periods, the work year, and the groups if they are known (seed 001, 二, 三, 五).
 * {@link PilotProgramme2011} holds the seed's values; build another with {@link #builder()}.
 *
 * <p>The first-activity deadline lies in phase 1, the document deadlines lie on or after its start,
 * and phase 2 starts after phase 1 ends. A programme has one group per topic ("每个专题设立一个协作组",
 * 二(一)): a second group for a topic is invalid. Every date lies in the supported range,
 * 1900-01-01 to 2200-12-31 ({@link SupportedRange}), and every period of days is 1 to 366. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class CollaborationProgramme implements CrossFieldRules {

  /** The longest period of days a programme may set (P8, P10, P11): a year. */
  public static final int MAX_DAYS = 366;

  CollaborationProgramme() {}

  /**
   * Returns phase 1 (第一阶段), both ends included.
   *
   * @return the window, 2011-11-01/2012-03-31 in 2011
   */
  public abstract DateRange getPhase1();

  /**
   * Returns the last day for the first activity (P1).
   *
   * @return the deadline, inside phase 1
   */
  @SupportedDate
  public abstract LocalDate getFirstActivityDue();

  /**
   * Returns how many activities phase 1 needs at least (P2).
   *
   * @return the minimum, positive (3 in 2011)
   */
  @Positive
  public abstract int getMinPhase1Activities();

  /**
   * Returns the last day for the report on local practice and experience (P3).
   *
   * @return the deadline, on or after the programme start
   */
  @SupportedDate
  public abstract LocalDate getExperienceReportDue();

  /**
   * Returns the last day for the draft national policy document (P4).
   *
   * @return the deadline, on or after the programme start ("2月中旬前": 中旬 is the 11th to the
   *     20th, so on or before 2012-02-20 in 2011)
   */
  @SupportedDate
  public abstract LocalDate getPolicyDraftDue();

  /**
   * Returns the last day for the policy measures and implementation paths (P5).
   *
   * @return the deadline, on or after the programme start ("2月底前", the last day of February)
   */
  @SupportedDate
  public abstract LocalDate getPolicyMeasuresDue();

  /**
   * Returns the first day of phase 2, which is open-ended.
   *
   * @return the start, after phase 1
   */
  @SupportedDate
  public abstract LocalDate getPhase2Start();

  /**
   * Returns how many activities each calendar quarter of phase 2 needs at least (P6).
   *
   * @return the minimum, positive
   */
  @Value.Default
  @Positive
  public int getMinActivitiesPerQuarter() {
    return 1;
  }

  /**
   * Returns how many calendar days after an activity's last day its report is due (P8); a report on
   * that day is on time ("结束后5日内").
   *
   * @return the days, 1 to 366 (5)
   */
  @Value.Default
  @Positive
  @Max(MAX_DAYS)
  public int getActivityReportDays() {
    return 5;
  }

  /**
   * Returns how many days after the start of a work year (or of the programme, if later) the work
   * plan is due (P10).
   *
   * @return the days, 1 to 366 (spec default 30)
   */
  @Value.Default
  @Positive
  @Max(MAX_DAYS)
  public int getWorkPlanDays() {
    return 30;
  }

  /**
   * Returns how many days after the end of a work year its summary is due (P11).
   *
   * @return the days, 1 to 366 (spec default 30)
   */
  @Value.Default
  @Positive
  @Max(MAX_DAYS)
  public int getWorkSummaryDays() {
    return 30;
  }

  /**
   * Returns how many inter-group exchanges each work year of phase 2 needs at least (P12).
   *
   * @return the minimum, positive (spec default 1)
   */
  @Value.Default
  @Positive
  public int getMinInterGroupExchangesPerYear() {
    return 1;
  }

  /**
   * Returns the month work years start in; a work year is named by the calendar year it starts in.
   *
   * @return the month (spec default January: work years are calendar years)
   */
  @Value.Default
  public Month getWorkYearStart() {
    return Month.JANUARY;
  }

  /**
   * Returns the collaboration groups of the programme, if they are known, at most one per topic.
   * When they are listed, {@link PilotSchedule} judges only records of these groups and checks the
   * host of a joint exchange against every group that held it.
   *
   * @return the groups, in the order given; empty if not listed (as in the 2011 preset, whose annex
   *     with the lists is not part of the seed)
   */
  public abstract List<CollaborationGroup> getGroups();

  /**
   * Returns the group of a topic, if the programme lists it.
   *
   * @param topic the topic, not null
   * @return the group; empty if the programme lists no group for the topic
   * @throws NullPointerException if {@code topic} is null
   */
  public Optional<CollaborationGroup> groupFor(ReformTopic topic) {
    Objects.requireNonNull(topic, "topic");
    return getGroups().stream().filter(group -> group.getTopic() == topic).findFirst();
  }

  /**
   * Returns the first day of the programme, the start of phase 1.
   *
   * @return the start date
   */
  public LocalDate getStart() {
    return getPhase1().getStart();
  }

  /**
   * Returns the work year that contains a date.
   *
   * @param date the date, in the supported range 1900-01-01 to 2200-12-31
   * @return the work year, from its first to its last day
   * @throws IllegalArgumentException if {@code date} is outside the supported range
   * @throws NullPointerException if {@code date} is null
   */
  public DateRange workYearOf(LocalDate date) {
    return workYearContaining(SupportedRange.requireDate(date, "date"));
  }

  /** Returns the work year that contains a date, for any date {@code java.time} represents a year around. */
  DateRange workYearContaining(LocalDate date) {
    LocalDate start = LocalDate.of(date.getYear(), getWorkYearStart(), 1);
    LocalDate first = start.isAfter(date) ? start.minusYears(1) : start;
    return DateRange.of(first, first.plusYears(1).minusDays(1));
  }

  /**
   * Returns a builder for a programme; the counts, report days and work year have the spec's
   * defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    DateRange phase1 = getPhase1();
    if (!SupportedRange.isSupported(phase1.getStart()) || !SupportedRange.isSupported(phase1.getEnd())) {
      found.add(
          "phase1",
          "{io.github.yilian.pilot.CollaborationProgramme.phase1Unsupported}",
          Map.of("start", phase1.getStart(), "end", phase1.getEnd(), "min", SupportedRange.MIN_DATE, "max", SupportedRange.MAX_DATE));
    }
    Set<ReformTopic> topics = EnumSet.noneOf(ReformTopic.class);
    for (CollaborationGroup group : getGroups()) {
      if (!topics.add(group.getTopic())) {
        found.add(
            "groups",
            "{io.github.yilian.pilot.CollaborationProgramme.secondGroupForTopic}",
            Map.of("topic", group.getTopic().getName()));
      }
    }
    if (!getPhase1().contains(getFirstActivityDue())) {
      found.add(
          "firstActivityDue",
          "{io.github.yilian.pilot.CollaborationProgramme.firstActivityOutsidePhase1}",
          Map.of("date", getFirstActivityDue(), "phase1", getPhase1()));
    }
    Map.of(
            "experienceReportDue", getExperienceReportDue(),
            "policyDraftDue", getPolicyDraftDue(),
            "policyMeasuresDue", getPolicyMeasuresDue())
        .forEach(
            (field, due) -> {
              if (due.isBefore(getStart())) {
                found.add(
                    field,
                    "{io.github.yilian.pilot.CollaborationProgramme.dueBeforeStart}",
                    Map.of("date", due, "start", getStart()));
              }
            });
    if (!getPhase2Start().isAfter(getPhase1().getEnd())) {
      found.add(
          "phase2Start",
          "{io.github.yilian.pilot.CollaborationProgramme.phase2NotAfterPhase1}",
          Map.of("date", getPhase2Start(), "end", getPhase1().getEnd()));
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link CollaborationProgramme}; every date is required, the groups are optional. */
  public static final class Builder extends ImmutableCollaborationProgramme.Builder {
    Builder() {}
  }
}
