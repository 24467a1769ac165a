package io.github.yilian.alliance;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.SupportedDate;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.common.SupportedYear;
import io.github.yilian.common.YilianStyle;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One alliance's evidence for one assessment year, recorded as facts (dates, member units, persons,
 * patients, project statuses, volumes) rather than points: the rubric does the counting (seed 003,
 * attachment 综合绩效考核细则).
 *
 * <p>The year is from 1900 to 2200. Every date lies inside the assessment year, except that a
 * trainee stay (进修 often runs November to April) counts in the year it begins and may end in a later
 * year; a stay that begins outside the year is invalid. Every member unit named is a member of the
 * alliance, every referral runs between two units of the alliance, and each member unit has at most
 * one volume entry. Evidence dated before the alliance began operating
 * ({@link SpecialtyAlliance#getOperatingSince()}) is valid and counts: the points are not
 * pro-rated. Lists keep the order given; no rule depends on it.
 *
 * <p>Patient and trainee ids appear in no {@code toString} and no message. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class AllianceAssessmentRecord implements CrossFieldRules {

  /** Up to this many volumes, repeated units are found by comparing pairs; beyond it, by a set. */
  private static final int FEW_VOLUMES = 8;
  private static final String OUTSIDE_YEAR = "{io.github.yilian.alliance.AllianceAssessmentRecord.dateOutsideYear}";
  private static final String NOT_MEMBER = "{io.github.yilian.alliance.AllianceAssessmentRecord.notMember}";
  private static final String NOT_UNIT = "{io.github.yilian.alliance.AllianceAssessmentRecord.notUnit}";
  private static final String DUPLICATE_VOLUME = "{io.github.yilian.alliance.AllianceAssessmentRecord.duplicateVolume}";
  private static final String STAY_OUTSIDE_YEAR = "{io.github.yilian.alliance.AllianceAssessmentRecord.stayOutsideYear}";

  AllianceAssessmentRecord() {}

  /**
   * Returns the alliance assessed.
   *
   * @return the alliance
   */
  public abstract SpecialtyAlliance getAlliance();

  /**
   * Returns the assessment year.
   *
   * @return the year, from 1900 to 2200
   */
  @SupportedYear
  public abstract int getYear();

  /**
   * Returns whether the alliance adopted its charter (章程, criterion 1).
   *
   * @return true if adopted; false by default
   */
  @Value.Default
  public boolean isCharterAdopted() {
    return false;
  }

  /**
   * Returns the days of the working meetings held, one entry per meeting (criterion 2).
   *
   * @return the meeting dates
   */
  public abstract List<@SupportedDate LocalDate> getMeetingDates();

  /**
   * Returns the days of the academic conferences held (学术研讨交流会, criterion 3).
   *
   * @return the conference dates; empty if none was held
   */
  public abstract List<@SupportedDate LocalDate> getConferenceDates();

  /**
   * Returns the outreach visits to member units (criterion 4).
   *
   * @return the visits
   */
  public abstract List<OutreachVisit> getOutreachVisits();

  /**
   * Returns the stays of member units' staff trained at the lead department (criterion 5), each
   * beginning in the assessment year and ending in it or later.
   *
   * @return the stays
   */
  public abstract List<TraineeStay> getTraineeStays();

  /**
   * Returns how far the referral standard has come (criterion 6).
   *
   * @return the level; {@link ReferralStandard#NONE} by default
   */
  @Value.Default
  public ReferralStandard getReferralStandard() {
    return ReferralStandard.NONE;
  }

  /**
   * Returns the referrals between units of the alliance (criterion 7).
   *
   * @return the referrals
   */
  public abstract List<Referral> getReferrals();

  /**
   * Returns how far result sharing has come (criterion 8).
   *
   * @return the level; {@link ResultSharing#NONE} by default
   */
  @Value.Default
  public ResultSharing getResultSharing() {
    return ResultSharing.NONE;
  }

  /**
   * Returns the research projects declared with member units (criterion 9).
   *
   * @return the projects
   */
  public abstract List<ResearchProject> getResearchProjects();

  /**
   * Returns the party-building activities (criterion 10).
   *
   * @return the activities
   */
  public abstract List<PartyActivity> getPartyActivities();

  /**
   * Returns the member units' volumes this year and the year before (criterion 11).
   *
   * @return one entry per member unit reported
   */
  public abstract List<MemberVolume> getMemberVolumes();

  @Override
  public void checkCrossFields(Inconsistencies found) {
    getMeetingDates().forEach(date -> checkDate(found, "meetingDates", date));
    getConferenceDates().forEach(date -> checkDate(found, "conferenceDates", date));
    for (OutreachVisit visit : getOutreachVisits()) {
      checkDate(found, "outreachVisits", visit.getDate());
      checkMember(found, "outreachVisits", visit.getMemberUnitId());
    }
    for (TraineeStay stay : getTraineeStays()) {
      if (stay.getPeriod().getStart().getYear() != getYear()) {
        found.add("traineeStays", STAY_OUTSIDE_YEAR, Map.of("period", stay.getPeriod(), "year", getYear()));
      }
      checkMember(found, "traineeStays", stay.getMemberUnitId());
    }
    for (Referral referral : getReferrals()) {
      checkDate(found, "referrals", referral.getDate());
      checkUnit(found, referral.getFromUnitId());
      checkUnit(found, referral.getToUnitId());
    }
    getResearchProjects().forEach(project -> checkMember(found, "researchProjects", project.getMemberUnitId()));
    getPartyActivities().forEach(activity -> checkDate(found, "partyActivities", activity.getDate()));
    List<MemberVolume> volumes = getMemberVolumes();
    Set<String> reported = volumes.size() > FEW_VOLUMES ? new HashSet<>() : Set.of();
    for (int i = 0; i < volumes.size(); i++) {
      String unit = volumes.get(i).getMemberUnitId();
      checkMember(found, "memberVolumes", unit);
      if (volumes.size() > FEW_VOLUMES ? !reported.add(unit) : isReportedBefore(volumes, i, unit)) {
        found.add("memberVolumes", DUPLICATE_VOLUME, Map.of("unit", unit));
      }
    }
  }

  /** Whether a volume before position {@code i} is of the same unit: for a few volumes, cheaper than a set. */
  private static boolean isReportedBefore(List<MemberVolume> volumes, int i, String unit) {
    for (int j = 0; j < i; j++) {
      if (volumes.get(j).getMemberUnitId().equals(unit)) {
        return true;
      }
    }
    return false;
  }

  private void checkDate(Inconsistencies found, String field, LocalDate date) {
    if (date.getYear() != getYear()) {
      found.add(field, OUTSIDE_YEAR, Map.of("date", date, "year", getYear()));
    }
  }

  private void checkMember(Inconsistencies found, String field, String unitId) {
    if (!getAlliance().hasMember(unitId)) {
      found.add(field, NOT_MEMBER, Map.of("unit", unitId, "alliance", getAlliance().getId()));
    }
  }

  private void checkUnit(Inconsistencies found, String unitId) {
    if (!getAlliance().hasUnit(unitId)) {
      found.add("referrals", NOT_UNIT, Map.of("unit", unitId, "alliance", getAlliance().getId()));
    }
  }

  /**
   * Returns a builder for a record; the alliance and year are required, everything else defaults to
   * "nothing happened".
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The evidence counted the way the rules count it, once, when the record is built, so that
   * assessing reads one small object rather than every evidence object.
   */
  @Value.Derived
  @Value.Auxiliary
  EvidenceCounts counts() {
    return new EvidenceCounts(this);
  }

  /** Checks the constraints above in plain code; the validation engine runs only to report a violation. */
  @Value.Check
  void check() {
    ModelValidator.check(this, SupportedRange.isSupportedYear(getYear()) && supported(getMeetingDates()) && supported(getConferenceDates())
        && ModelValidator.isConsistent(this));
  }

  /** {@code @SupportedDate} on each date of a list. */
  private static boolean supported(List<LocalDate> dates) {
    for (int i = 0; i < dates.size(); i++) {
      if (!SupportedRange.isSupported(dates.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Builds an {@link AllianceAssessmentRecord}. */
  public static final class Builder extends ImmutableAllianceAssessmentRecord.Builder {
    Builder() {}
  }
}
