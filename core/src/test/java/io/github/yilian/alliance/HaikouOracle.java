package io.github.yilian.alliance;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain hand-written scorer of the Haikou table, written straight from seed 003's attachment, as an
 * independent oracle for the rubric-as-data: no rule objects, no BigDecimal, only loops, integer
 * arithmetic and BigInteger for growth. It knows the default readings (pooled growth, outreach per
 * calendar day, cumulative sharing, research per project) and the two readings of sharing and
 * research.
 */
final class HaikouOracle {

  private HaikouOracle() {}

  /** The eleven criteria's points under the default readings, in the table's order. */
  static List<Integer> points(AllianceAssessmentRecord r) {
    return points(r, false, false);
  }

  /**
   * The eleven criteria's points, in the table's order.
   *
   * @param literalSharing "未共享不得分" read literally: a platform without sharing scores 0
   * @param perMemberResearch each member unit scores its best project: approved 5, declared 3
   */
  static List<Integer> points(AllianceAssessmentRecord r, boolean literalSharing, boolean perMemberResearch) {
    List<Integer> points = new ArrayList<>();
    points.add(r.isCharterAdopted() ? 5 : 0);
    int meetings = r.getMeetingDates().size();
    points.add(meetings >= 12 ? 5 : Math.max(0, 5 - (12 - meetings)));
    points.add(r.getConferenceDates().isEmpty() ? 0 : 5);
    List<Object> days = new ArrayList<>();
    for (OutreachVisit v : r.getOutreachVisits()) {
      if (!days.contains(v.getDate())) {
        days.add(v.getDate());
      }
    }
    points.add(Math.min(20, days.size()));
    List<String> persons = new ArrayList<>();
    r.getTraineeStays().forEach(t -> { if (!persons.contains(t.getPersonId())) persons.add(t.getPersonId()); });
    points.add(Math.min(10, persons.size()));
    points.add(switch (r.getReferralStandard()) { case NONE -> 0; case DRAFTED -> 2; case DRAFTED_AND_IMPLEMENTED -> 5; });
    List<String> patients = new ArrayList<>();
    r.getReferrals().forEach(t -> { if (!patients.contains(t.getPatientId())) patients.add(t.getPatientId()); });
    points.add(Math.min(10, patients.size()));
    points.add(switch (r.getResultSharing()) { case NONE -> 0; case PLATFORM -> literalSharing ? 0 : 2; case PLATFORM_AND_SHARING -> 5; });
    int research = 0;
    if (perMemberResearch) {
      Map<String, Integer> best = new HashMap<>();
      for (ResearchProject p : r.getResearchProjects()) {
        best.merge(p.getMemberUnitId(), p.getStatus() == ProjectStatus.APPROVED ? 5 : 3, Math::max);
      }
      for (int unitPoints : best.values()) {
        research += unitPoints;
      }
    } else {
      for (ResearchProject p : r.getResearchProjects()) {
        research += p.getStatus() == ProjectStatus.APPROVED ? 5 : 3;
      }
    }
    points.add(Math.min(15, research));
    points.add(Math.min(10, 2 * r.getPartyActivities().size()));
    points.add(growthPoints(r));
    return points;
  }

  /** 0 below 5 %, 5 at 5 %, one more per further whole point, at most 10; 0 without a base. */
  static int growthPoints(AllianceAssessmentRecord r) {
    BigInteger before = BigInteger.ZERO;
    BigInteger now = BigInteger.ZERO;
    for (MemberVolume v : r.getMemberVolumes()) {
      for (VolumeMeasure m : VolumeMeasure.values()) {
        before = before.add(BigInteger.valueOf(v.getPreviousYear().get(m).orElse(0)));
        now = now.add(BigInteger.valueOf(v.getThisYear().get(m).orElse(0)));
      }
    }
    if (before.signum() == 0) {
      return 0;
    }
    for (int percent = 10; percent >= 5; percent--) {
      // growth >= percent %  <=>  100 (now - before) >= percent * before
      if (now.subtract(before).multiply(BigInteger.valueOf(100)).compareTo(before.multiply(BigInteger.valueOf(percent))) >= 0) {
        return percent;
      }
    }
    return 0;
  }
}
