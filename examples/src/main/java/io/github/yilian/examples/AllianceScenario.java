package io.github.yilian.examples;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.CareUnit;
import io.github.yilian.alliance.CriterionScore;
import io.github.yilian.alliance.GrowthReading;
import io.github.yilian.alliance.HaikouAllianceRubric2021;
import io.github.yilian.alliance.HaikouAlliances2021;
import io.github.yilian.alliance.MemberVolume;
import io.github.yilian.alliance.OutreachKind;
import io.github.yilian.alliance.OutreachVisit;
import io.github.yilian.alliance.PartyActivity;
import io.github.yilian.alliance.PartyActivityKind;
import io.github.yilian.alliance.ProjectStatus;
import io.github.yilian.alliance.Referral;
import io.github.yilian.alliance.ReferralStandard;
import io.github.yilian.alliance.ResearchCounting;
import io.github.yilian.alliance.ResearchProject;
import io.github.yilian.alliance.ResultSharing;
import io.github.yilian.alliance.ResultSharingReading;
import io.github.yilian.alliance.Rubric;
import io.github.yilian.alliance.SpecialtyAlliance;
import io.github.yilian.alliance.TraineeStay;
import io.github.yilian.alliance.TrainingKind;
import io.github.yilian.alliance.Volume;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Ranked;
import io.github.yilian.report.AllianceReport;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 003: Haikou's four specialty alliances (the preset {@link HaikouAlliances2021}, section 四),
 * each with a year of illustrative evidence, assessed with the 2021 rubric: a scorecard per
 * alliance with its overall reason, a ranking with grade and funding, the same records under the
 * other readings (literal result sharing, research per member unit, mean-of-rates growth, where the
 * rehabilitation departments keep no operations figure), and the first, two-month year 2021, when
 * only November and December are asked for a meeting.
 */
final class AllianceScenario {

  static final int YEAR = 2022;

  private AllianceScenario() {}

  /** A year's illustrative evidence, as counts the scenario turns into dated facts. */
  record Evidence(
      boolean charter, int meetings, boolean conference, int outreachDays, int trainees, ReferralStandard standard,
      int patients, ResultSharing sharing, int approved, int declared, int partyActivities, int growthPerMille) {}

  static AllianceReport run(PrintStream out) {
    out.println("== Specialty alliances, Haikou 2021 rubric (seed 003) / 海口市大专科联盟综合绩效考核 ==");
    Rubric rubric = HaikouAllianceRubric2021.rubric();
    List<AllianceAssessmentRecord> records = records();
    List<AllianceAssessment> assessments = new ArrayList<>();
    records.forEach(record -> assessments.add(rubric.assess(record)));
    assessments.forEach(assessment -> printScorecard(out, assessment));

    out.println("Ranking / 排名");
    for (Ranked<AllianceAssessment> entry : AllianceAssessment.rank(assessments).getEntries()) {
      AllianceAssessment a = entry.getItem();
      out.printf("  %d. %-40s %s%n", entry.getRank(), a.getRecord().getAlliance().getSpecialty(), a.getReason().getEnglish());
    }
    out.println();

    printReadings(out, records);
    printFirstYear(out);
    return AllianceReport.of(rubric, assessments);
  }

  /** The 2022 records of Haikou's four alliances (also in the sample workbook examples/workbooks/alliance-evidence.xlsx). */
  static List<AllianceAssessmentRecord> records() {
    return List.of(
        record(HaikouAlliances2021.neurosurgery(), YEAR,
            new Evidence(true, 12, true, 18, 8, ReferralStandard.DRAFTED_AND_IMPLEMENTED, 12, ResultSharing.PLATFORM_AND_SHARING, 2, 1, 5, 74)),
        record(HaikouAlliances2021.rehabilitationMedicine(), YEAR,
            new Evidence(true, 11, true, 15, 6, ReferralStandard.DRAFTED, 7, ResultSharing.PLATFORM, 1, 2, 4, 102)),
        record(HaikouAlliances2021.cardiology(), YEAR,
            new Evidence(true, 12, true, 16, 5, ReferralStandard.DRAFTED_AND_IMPLEMENTED, 10, ResultSharing.PLATFORM_AND_SHARING, 0, 4, 3, 70)),
        record(HaikouAlliances2021.orthopaedics(), YEAR,
            new Evidence(true, 9, false, 10, 3, ReferralStandard.NONE, 4, ResultSharing.PLATFORM, 0, 1, 2, 55)));
  }

  private static void printScorecard(PrintStream out, AllianceAssessment assessment) {
    SpecialtyAlliance alliance = assessment.getRecord().getAlliance();
    out.printf("%s, lead %s %s, %d member units, %d%n", alliance.getSpecialty(), alliance.getLead().getHospital().getChinese(),
        alliance.getLead().getDepartment().getChinese(), alliance.getMembers().size(), assessment.getRecord().getYear());
    int number = 1;
    for (CriterionScore score : assessment.getScores()) {
      out.printf("  %2d %-28s counted %-7s %2d / %2d  %s%n", number++, score.getCriterion().getName().getEnglish(),
          score.getQuantity().map(BigDecimal::toPlainString).orElse("-"), score.getPoints(), score.getMaxPoints(), score.getReason().getEnglish());
      out.printf("     %s%n", score.getReason().getChinese());
    }
    out.printf("  %s%n  %s%n", assessment.getReason().getEnglish(), assessment.getReason().getChinese());
    List<Finding> observations = assessment.getObservations();
    out.printf("  observations / 提示: %d%n", observations.size());
    observations.forEach(f -> out.printf("    [%s] %s%n", f.getRuleId(), f.getReason()));
    out.println();
  }

  /** The same records under each reading the spec offers as an option. */
  private static void printReadings(PrintStream out, List<AllianceAssessmentRecord> records) {
    Map<String, Rubric> readings = new LinkedHashMap<>();
    readings.put("default", HaikouAllianceRubric2021.rubric());
    readings.put("sharing literal", HaikouAllianceRubric2021.builder().resultSharingReading(ResultSharingReading.LITERAL).build());
    readings.put("research per unit", HaikouAllianceRubric2021.builder().researchCounting(ResearchCounting.PER_MEMBER_UNIT).build());
    readings.put("mean of rates", HaikouAllianceRubric2021.builder().growthReading(GrowthReading.MEAN_OF_RATES).build());
    out.println("Totals under each reading / 各种理解下的总分");
    out.printf("  %-16s", "");
    readings.keySet().forEach(name -> out.printf(" %18s", name));
    out.println();
    for (AllianceAssessmentRecord record : records) {
      out.printf("  %-16s", record.getAlliance().getId());
      readings.values().forEach(reading -> out.printf(" %18d", reading.assess(record).getTotal()));
      out.println();
    }
    AllianceAssessment rehabilitation = readings.get("mean of rates").assess(records.get(1));
    out.printf("  rehabilitation, mean of rates: %s%n", rehabilitation.score(HaikouAllianceRubric2021.RESULTS).getReason().getEnglish());
    out.printf("  %s%n", rehabilitation.score(HaikouAllianceRubric2021.RESULTS).getReason().getChinese());
    AllianceAssessment orthopaedics = readings.get("sharing literal").assess(records.get(3));
    out.printf("  orthopaedics, sharing literal: %s%n", orthopaedics.score(HaikouAllianceRubric2021.RESULT_SHARING).getReason().getEnglish());
    AllianceAssessment cardiology = readings.get("research per unit").assess(records.get(2));
    out.printf("  cardiology, research per unit: %s%n", cardiology.score(HaikouAllianceRubric2021.RESEARCH).getReason().getEnglish());
    out.println();
  }

  /** 2021: operating from the end of October, so only November and December are asked for a meeting. */
  private static void printFirstYear(PrintStream out) {
    SpecialtyAlliance neurosurgery = HaikouAlliances2021.neurosurgery();
    AllianceAssessment first = HaikouAllianceRubric2021.rubric().assess(record(neurosurgery, 2021,
        new Evidence(true, 0, false, 6, 2, ReferralStandard.DRAFTED, 3, ResultSharing.NONE, 0, 1, 1, 20)));
    out.printf("First year 2021 (operating since %s) / 首个考核年度%n", neurosurgery.getOperatingSince().orElseThrow());
    out.printf("  %s%n", first.getReason().getEnglish());
    first.getObservations().stream().filter(f -> f.getRuleId().equals("alliance.monthly-meetings"))
        .forEach(f -> out.printf("    [%s] %s%n", f.getRuleId(), f.getReason()));
    out.printf("  training: %s%n", first.score(HaikouAllianceRubric2021.TRAINING).getReason().getEnglish());
    out.println();
  }

  /**
   * Turns counts into dated facts: visits from the day the year's work starts (a second on every
   * third day), monthly meetings, trainee stays (every fourth a 进修 from November to April), and so
   * on. Rehabilitation departments keep no operations figure.
   */
  static AllianceAssessmentRecord record(SpecialtyAlliance alliance, int year, Evidence e) {
    List<String> members = alliance.getMembers().stream().map(CareUnit::getId).toList();
    LocalDate start = year == 2021 ? LocalDate.of(year, 11, 1) : LocalDate.of(year, 1, 10);
    AllianceAssessmentRecord.Builder record = AllianceAssessmentRecord.builder();
    record.alliance(alliance).year(year).charterAdopted(e.charter()).referralStandard(e.standard()).resultSharing(e.sharing());
    for (int m = 1; m <= e.meetings(); m++) {
      record.addMeetingDates(LocalDate.of(year, m, 15));
    }
    if (e.conference()) {
      record.addConferenceDates(LocalDate.of(year, 11, 20));
    }
    OutreachKind[] kinds = OutreachKind.values();
    for (int d = 0; d < e.outreachDays(); d++) {
      LocalDate day = start.plusDays(d * (year == 2021 ? 7L : 14L));
      record.addOutreachVisits(OutreachVisit.of(day, members.get(d % members.size()), kinds[d % kinds.length]));
      if (d % 3 == 0) {
        record.addOutreachVisits(OutreachVisit.of(day, members.get((d + 1) % members.size()), OutreachKind.LECTURE));
      }
    }
    for (int t = 1; t <= e.trainees(); t++) {
      LocalDate from = t % 4 == 0 || year == 2021 ? LocalDate.of(year, 11, 1) : start.plusMonths(t % 10);
      LocalDate to = t % 4 == 0 || year == 2021 ? LocalDate.of(year + 1, 4, 30) : from.plusWeeks(4);
      record.addTraineeStays(TraineeStay.builder().personId(alliance.getId() + "-trainee-" + t).memberUnitId(members.get(t % members.size()))
          .kind(TrainingKind.ADVANCED_STUDY).period(DateRange.of(from, to)).build());
    }
    for (int p = 1; p <= e.patients(); p++) {
      record.addReferrals(Referral.builder().patientId(alliance.getId() + "-patient-" + p).date(start.plusDays(p * 5L))
          .fromUnitId(members.get(p % members.size())).toUnitId(alliance.getLead().getId()).build());
    }
    for (int p = 0; p < e.approved() + e.declared(); p++) {
      ProjectStatus status = p < e.approved() ? ProjectStatus.APPROVED : ProjectStatus.DECLARED;
      record.addResearchProjects(ResearchProject.of(members.get(p % members.size()), "project " + (p + 1), status));
    }
    PartyActivityKind[] party = PartyActivityKind.values();
    for (int a = 0; a < e.partyActivities(); a++) {
      record.addPartyActivities(PartyActivity.of(start.plusDays(20L * a), party[a % party.length]));
    }
    boolean keepsOperations = !alliance.getId().equals("rehabilitation");
    for (int i = 0; i < members.size(); i++) {
      long factor = 1000L + e.growthPerMille() + 20L * i;
      record.addMemberVolumes(MemberVolume.of(members.get(i),
          volume(12_000, 3_000, 1_000, keepsOperations), volume(12 * factor, 3 * factor, factor, keepsOperations)));
    }
    return record.build();
  }

  private static Volume volume(long outpatients, long inpatients, long operations, boolean keepsOperations) {
    Volume.Builder volume = Volume.builder().outpatientVisits(outpatients).inpatientAdmissions(inpatients);
    if (keepsOperations) {
      volume.operations(operations);
    }
    return volume.build();
  }
}
