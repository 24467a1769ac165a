package io.github.yilian.report;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.pilot.CollaborationProgramme;
import io.github.yilian.pilot.GroupRecord;
import io.github.yilian.pilot.PilotProgramme2011;
import io.github.yilian.pilot.PilotSchedule;
import io.github.yilian.report.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The pilot part of a report (seed 001): per collaboration group a timeline of its obligations by
 * due date coloured by status (P13, the ministry's meeting, in the calendar only), what is overdue
 * with its severity, and the suggested next host.
 *
 * <p>For example {@code HtmlReport.of(PilotReport.of(schedule, records, asOf))}. This class is
 * immutable and thread-safe.
 */
public final class PilotReport implements ReportSection {

  private final PilotSchedule schedule;
  private final List<GroupRecord> records;
  private final LocalDate asOf;
  private final BilingualText preset;

  private PilotReport(PilotSchedule schedule, List<GroupRecord> records, LocalDate asOf, BilingualText preset) {
    this.schedule = schedule;
    this.records = records;
    this.asOf = asOf;
    this.preset = preset;
  }

  /**
   * Obtains the pilot part: each group's compliance and next host as of a date. The preset is named
   * {@link PilotProgramme2011} when the schedule's programme has that preset's dates and periods
   * (whatever groups it lists), "own policy" otherwise.
   *
   * @param schedule the schedule, not null
   * @param records the groups' records, in the order to show them, not null, none null
   * @param asOf the date, from the programme start to at most
   *     {@value SupportedRange#MAX_HORIZON_YEARS} years after it, and a supported date
   * @return the pilot part
   * @throws IllegalArgumentException if the date is outside that range or a record does not fit the
   *     programme's groups (as {@link PilotSchedule#compliance} throws)
   * @throws NullPointerException naming the argument or element that is null
   */
  public static PilotReport of(PilotSchedule schedule, Collection<GroupRecord> records, LocalDate asOf) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(records, "records");
    SupportedRange.requireDate(asOf, "asOf");
    List<GroupRecord> copy = new ArrayList<>(records.size());
    int i = 0;
    for (GroupRecord record : records) {
      Objects.requireNonNull(record, "records[" + i++ + "]");
      schedule.compliance(record, asOf);
      copy.add(record);
    }
    CollaborationProgramme programme = schedule.getProgramme();
    boolean preset = CollaborationProgramme.builder().from(programme).groups(List.of()).build()
        .equals(PilotProgramme2011.programme());
    return new PilotReport(schedule, List.copyOf(copy), asOf, preset ? Texts.PILOT_PRESET : Texts.OWN_POLICY);
  }

  /**
   * Returns a copy that names another preset at the top of the report.
   *
   * @param preset the preset's name, not null
   * @return the copy
   * @throws NullPointerException if the preset is null
   */
  public PilotReport withPreset(BilingualText preset) {
    return new PilotReport(schedule, records, asOf, Objects.requireNonNull(preset, "preset"));
  }

  /**
   * Returns the schedule.
   *
   * @return the schedule
   */
  public PilotSchedule getSchedule() {
    return schedule;
  }

  /**
   * Returns the groups' records.
   *
   * @return the records in the order given, unmodifiable
   */
  public List<GroupRecord> getRecords() {
    return records;
  }

  /**
   * Returns the date the report is as of.
   *
   * @return the date
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  @Override
  public BilingualText getPreset() {
    return preset;
  }
}
