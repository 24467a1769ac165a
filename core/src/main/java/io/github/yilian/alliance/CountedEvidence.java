package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;

/**
 * What a counting rule ({@link TargetCountRule}, {@link PerItemRule}) counts in a record, and how:
 * distinct days, distinct persons, distinct patients (seed 003, attachment items 2, 4, 5, 7, 10).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CountedEvidence implements Named {
  /** Working meetings, one per meeting recorded (item 2). */
  WORKING_MEETINGS("工作会议次数", "working meetings", "工作会议", "次", "working meeting") {
    @Override
    long count(AllianceAssessmentRecord record, OutreachCounting counting) {
      return record.counts().meetings();
    }
  },
  /**
   * Outreach days: several visits on one day count once (item 4, 每天只算1次); per
   * {@link OutreachCounting} the day is a calendar date or a (date, member unit) pair.
   */
  OUTREACH_DAYS("外派指导天数", "outreach days", "外派指导", "天", "outreach day") {
    @Override
    long count(AllianceAssessmentRecord record, OutreachCounting counting) {
      return counting == OutreachCounting.PER_DAY
          ? record.counts().outreachDays()
          : Distinct.daysAndUnits(record.getOutreachVisits(), record.getAlliance());
    }
  },
  /** Trainees received, each person once however many stays (item 5, 每接收一人). */
  TRAINEES("接收进修人数", "trainees received", "接收进修人员", "人", "trainee received") {
    @Override
    long count(AllianceAssessmentRecord record, OutreachCounting counting) {
      return record.counts().trainees();
    }
  },
  /** Referred patients, each patient once however many referrals (item 7, 转诊一人). */
  REFERRED_PATIENTS("转诊患者人数", "referred patients", "转诊患者", "人", "referred patient") {
    @Override
    long count(AllianceAssessmentRecord record, OutreachCounting counting) {
      return record.counts().patients();
    }
  },
  /** Party-building activities, one per activity (item 10, 每开展一次). */
  PARTY_ACTIVITIES("党建活动次数", "party-building activities", "党建活动", "次", "party-building activity") {
    @Override
    long count(AllianceAssessmentRecord record, OutreachCounting counting) {
      return record.counts().activities();
    }
  };

  private final BilingualText name;
  private final String chineseNoun;
  private final String chineseUnit;
  private final String englishSingular;

  CountedEvidence(String chinese, String english, String chineseNoun, String chineseUnit, String englishSingular) {
    this.name = BilingualText.of(chinese, english);
    this.chineseNoun = chineseNoun;
    this.chineseUnit = chineseUnit;
    this.englishSingular = englishSingular;
  }

  /** What is counted, for a Chinese sentence: 外派指导, 接收进修人员. */
  String chineseNoun() {
    return chineseNoun;
  }

  /** The Chinese measure word of a count: 天, 人, 次. */
  String chineseUnit() {
    return chineseUnit;
  }

  /** One counted thing in English; the plural is the English name. */
  String englishSingular() {
    return englishSingular;
  }

  @Override
  public BilingualText getName() {
    return name;
  }

  /**
   * Counts this evidence in a record: read from the counts the record made when it was built
   * ({@link EvidenceCounts}), except (day, member unit) pairs, counted from the visits ({@link Distinct}).
   */
  abstract long count(AllianceAssessmentRecord record, OutreachCounting counting);
}
