package io.github.yilian.alliance;

import java.util.List;

/**
 * What a record holds, counted the way its rules count it, once, when the record is built: its
 * meetings, conferences, activities and projects (and approved projects), its distinct outreach days,
 * trainees and patients ({@link Distinct}), and its volumes' kept figures pooled.
 *
 * <p>These are facts of the record whatever the rubric: a rubric's rules then give points for them,
 * so assessing a record reads one small object rather than every evidence object it holds, and
 * assessing many records reads a few dozen bytes of each. The counts are made from any record's
 * lists, valid or not, before the record is checked; only a valid record's are read. Readings that
 * are not the defaults (outreach per day and member unit, research per member unit, the mean of
 * rates) count from the lists when a record is assessed. This class is immutable and thread-safe.
 */
final class EvidenceCounts {

  private final int meetings;
  private final int conferences;
  private final int activities;
  private final int projects;
  private final int approvedProjects;
  private final int outreachDays;
  private final int trainees;
  private final int patients;
  private final long previousKept;
  private final long currentKept;

  EvidenceCounts(AllianceAssessmentRecord record) {
    meetings = record.getMeetingDates().size();
    conferences = record.getConferenceDates().size();
    activities = record.getPartyActivities().size();
    List<ResearchProject> projectList = record.getResearchProjects();
    projects = projectList.size();
    int approved = 0;
    for (int i = 0; i < projects; i++) {
      approved += projectList.get(i).getStatus() == ProjectStatus.APPROVED ? 1 : 0;
    }
    approvedProjects = approved;
    outreachDays = Distinct.days(record.getOutreachVisits());
    trainees = Distinct.ids(record.getTraineeStays(), TraineeStay::getPersonId);
    patients = Distinct.ids(record.getReferrals(), Referral::getPatientId);
    long previous = 0;
    long current = 0;
    for (MemberVolume volume : record.getMemberVolumes()) {
      previous += volume.getPreviousYear().keptSum();
      current += volume.getThisYear().keptSum();
    }
    previousKept = previous;
    currentKept = current;
  }

  /** The working meetings recorded. */
  int meetings() {
    return meetings;
  }

  /** The academic conferences recorded. */
  int conferences() {
    return conferences;
  }

  /** The party-building activities recorded. */
  int activities() {
    return activities;
  }

  /** The research projects recorded. */
  int projects() {
    return projects;
  }

  /** The research projects recorded as approved. */
  int approvedProjects() {
    return approvedProjects;
  }

  /** The distinct days of the outreach visits (several visits on one day count once). */
  int outreachDays() {
    return outreachDays;
  }

  /** The distinct persons of the trainee stays. */
  int trainees() {
    return trainees;
  }

  /** The distinct patients of the referrals. */
  int patients() {
    return patients;
  }

  /** The kept figures of the year before, added up over the member units. */
  long previousKept() {
    return previousKept;
  }

  /** The kept figures of the assessment year, added up over the member units. */
  long currentKept() {
    return currentKept;
  }
}
