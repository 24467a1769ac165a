package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * What a counting rule ({@link TargetCountRule}, {@link PerItemRule}) counts in a record, and how:
 * distinct days, distinct persons, distinct patients (seed 003, attachment items 2, 4, 5, 7, 10).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CountedEvidence implements Named {
  /** Working meetings, one per meeting recorded (item 2). */
  WORKING_MEETINGS("工作会议（次）", "working meetings") {
    @Override
    long count(AllianceAssessmentRecord record, OutreachCounting counting) {
      return record.getMeetingDates().size();
    }
  },
  /**
   * Outreach days: several visits on one day count once (item 4, 每天只算1次); per
   * {@link OutreachCounting} the day is a calendar date or a (date, member unit) pair.
   */
  OUTREACH_DAYS("外派指导（天）", "outreach days") {
    @Override
    long count(AllianceAssessmentRecord record, OutreachCounting counting) {
      Function<OutreachVisit, Object> key =
          counting == OutreachCounting.PER_DAY ? OutreachVisit::getDate : CountedEvidence::dayAndUnit;
      return distinct(record.getOutreachVisits(), key);
    }
  },
  /** Trainees received, each person once however many stays (item 5, 每接收一人). */
  TRAINEES("接收进修人员（人）", "trainees received") {
    @Override
    long count(AllianceAssessmentRecord record, OutreachCounting counting) {
      return distinct(record.getTraineeStays(), TraineeStay::getPersonId);
    }
  },
  /** Referred patients, each patient once however many referrals (item 7, 转诊一人). */
  REFERRED_PATIENTS("转诊患者（人）", "referred patients") {
    @Override
    long count(AllianceAssessmentRecord record, OutreachCounting counting) {
      return distinct(record.getReferrals(), Referral::getPatientId);
    }
  },
  /** Party-building activities, one per activity (item 10, 每开展一次). */
  PARTY_ACTIVITIES("党建活动（次）", "party-building activities") {
    @Override
    long count(AllianceAssessmentRecord record, OutreachCounting counting) {
      return record.getPartyActivities().size();
    }
  };

  private final BilingualText name;

  CountedEvidence(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public BilingualText getName() {
    return name;
  }

  abstract long count(AllianceAssessmentRecord record, OutreachCounting counting);

  private static <T> long distinct(Iterable<T> items, Function<? super T, ?> key) {
    Set<Object> keys = new HashSet<>();
    items.forEach(item -> keys.add(key.apply(item)));
    return keys.size();
  }

  private static Object dayAndUnit(OutreachVisit visit) {
    return new DayAndUnit(visit.getDate(), visit.getMemberUnitId());
  }

  private record DayAndUnit(LocalDate date, String memberUnitId) {}
}
