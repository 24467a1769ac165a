package io.github.yilian.alliance;

import java.util.List;

/**
 * A record's evidence in the compact form its rules count it in, made once, when the record is
 * built: how many meetings, conferences, activities and projects (and approved projects) it holds,
 * its visits' days as a bit set of the year's days, its trainees' and patients' ids as keys sorted
 * by hash ({@link Distinct}), and its volumes' kept figures pooled.
 *
 * <p>A rubric then counts a record from a few arrays, not from every evidence object the record
 * holds: assessing many records reads a few hundred bytes of each. The index is made from any
 * record's lists, valid or not, before the record is checked; only a valid record's is read.
 * Counting (day, member unit) pairs and the mean of rates, readings that are not the defaults, read
 * the lists themselves. This class is immutable and thread-safe; its arrays never leave the package.
 */
final class EvidenceIndex {

  private final int meetings;
  private final int conferences;
  private final int activities;
  private final int projects;
  private final int approvedProjects;
  private final long[] dayBits;
  private final long[] traineeKeys;
  private final long[] patientKeys;
  private final long previousKept;
  private final long currentKept;

  EvidenceIndex(AllianceAssessmentRecord record) {
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
    dayBits = Distinct.dayBits(record.getOutreachVisits());
    traineeKeys = Distinct.idKeys(record.getTraineeStays(), TraineeStay::getPersonId);
    patientKeys = Distinct.idKeys(record.getReferrals(), Referral::getPatientId);
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

  /** The distinct days of the outreach visits. */
  int outreachDays() {
    return Distinct.days(dayBits);
  }

  /** The distinct trainees of the stays. */
  int trainees(List<TraineeStay> stays) {
    return Distinct.ids(traineeKeys, stays, TraineeStay::getPersonId);
  }

  /** The distinct patients of the referrals. */
  int patients(List<Referral> referrals) {
    return Distinct.ids(patientKeys, referrals, Referral::getPatientId);
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
