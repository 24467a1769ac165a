package io.github.yilian.examples;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.CareUnit;
import io.github.yilian.alliance.CommitteeMember;
import io.github.yilian.alliance.CommitteeRole;
import io.github.yilian.alliance.CriterionScore;
import io.github.yilian.alliance.HaikouAllianceRubric2021;
import io.github.yilian.alliance.MemberVolume;
import io.github.yilian.alliance.OutreachKind;
import io.github.yilian.alliance.OutreachVisit;
import io.github.yilian.alliance.PartyActivity;
import io.github.yilian.alliance.PartyActivityKind;
import io.github.yilian.alliance.ProjectStatus;
import io.github.yilian.alliance.Referral;
import io.github.yilian.alliance.ReferralStandard;
import io.github.yilian.alliance.ResearchProject;
import io.github.yilian.alliance.ResultSharing;
import io.github.yilian.alliance.Rubric;
import io.github.yilian.alliance.SpecialtyAlliance;
import io.github.yilian.alliance.TraineeStay;
import io.github.yilian.alliance.TrainingKind;
import io.github.yilian.alliance.Volume;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Ranked;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 003: Haikou's four specialty alliances (section 四), each with a year of illustrative
 * evidence, assessed with the 2021 rubric; a scorecard per alliance and a ranking with grade and
 * funding.
 */
final class AllianceScenario {

  static final int YEAR = 2022;

  private static final BilingualText PEOPLES = BilingualText.of("海口市人民医院", "Haikou People's Hospital");
  private static final BilingualText TCM = BilingualText.of("海口市中医医院", "Haikou Hospital of TCM");
  private static final BilingualText THIRD = BilingualText.of("海口市第三人民医院", "Haikou Third People's Hospital");
  private static final BilingualText FOURTH = BilingualText.of("海口市第四人民医院", "Haikou Fourth People's Hospital");
  private static final BilingualText ORTHO_DIABETES = BilingualText.of("海口市骨科与糖尿病医院", "Haikou Orthopaedics and Diabetes Hospital");

  private static final Map<BilingualText, String> CODES =
      Map.of(PEOPLES, "peoples", TCM, "tcm", THIRD, "third", FOURTH, "fourth", ORTHO_DIABETES, "ortho-diabetes");

  private AllianceScenario() {}

  /** A year's illustrative evidence, as counts the scenario turns into dated facts. */
  record Evidence(
      boolean charter, int meetings, boolean conference, int outreachDays, int trainees, ReferralStandard standard,
      int patients, ResultSharing sharing, int approved, int declared, int partyActivities, int growthPerMille) {}

  static void run(PrintStream out) {
    out.println("== Specialty alliances, Haikou 2021 rubric (seed 003) / 海口市大专科联盟综合绩效考核 ==");
    Rubric rubric = HaikouAllianceRubric2021.rubric();
    List<AllianceAssessment> assessments = new ArrayList<>();
    records().forEach(record -> assessments.add(rubric.assess(record)));
    assessments.forEach(assessment -> printScorecard(out, assessment));

    out.println("Ranking / 排名");
    for (Ranked<AllianceAssessment> entry : AllianceAssessment.rank(assessments).getEntries()) {
      AllianceAssessment a = entry.getItem();
      out.printf("  %d. %-40s %3d  %s  %,.0f yuan%n", entry.getRank(), a.getRecord().getAlliance().getSpecialty(), a.getTotal(),
          a.getGrade().getName(), a.getFunding());
    }
    out.println();
  }

  /** The year's records of Haikou's four alliances (also written to the sample workbook examples/workbooks/alliance-evidence.xlsx). */
  static List<AllianceAssessmentRecord> records() {
    List<AllianceAssessmentRecord> records = new ArrayList<>();
    records.add(record(
        alliance("neurosurgery", "神经外科", "neurosurgery", PEOPLES, List.of(TCM, THIRD, FOURTH), "夏鹰", "陈伟明"),
        new Evidence(true, 12, true, 18, 8, ReferralStandard.DRAFTED_AND_IMPLEMENTED, 12, ResultSharing.PLATFORM_AND_SHARING, 2, 1, 5, 74)));
    records.add(record(
        alliance("rehabilitation", "康复医学科", "rehabilitation medicine", PEOPLES, List.of(TCM, THIRD, FOURTH), "宋振华", "郑建华"),
        new Evidence(true, 11, true, 15, 6, ReferralStandard.DRAFTED, 7, ResultSharing.PLATFORM, 1, 2, 4, 102)));
    records.add(record(
        alliance("cardiology", "心血管内科", "cardiology", PEOPLES, List.of(TCM, THIRD, FOURTH), "陆士娟", "黄康"),
        new Evidence(true, 12, true, 16, 5, ReferralStandard.DRAFTED_AND_IMPLEMENTED, 10, ResultSharing.PLATFORM_AND_SHARING, 0, 2, 3, 70)));
    records.add(record(
        alliance("orthopaedics", "骨科", "orthopaedics", ORTHO_DIABETES, List.of(PEOPLES, TCM, THIRD, FOURTH), "江潮胤", "王挺"),
        new Evidence(true, 9, false, 10, 3, ReferralStandard.NONE, 4, ResultSharing.NONE, 0, 1, 2, 55)));
    return records;
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
    out.printf("  total %d: %s, funding %,.0f yuan / 总分 %d：%s，学科建设经费 %,.0f 元%n", assessment.getTotal(),
        assessment.getGrade().getEnglishName(), assessment.getFunding(), assessment.getTotal(), assessment.getGrade().getChineseName(),
        assessment.getFunding());
    List<Finding> observations = assessment.getObservations();
    out.printf("  observations / 提示: %d%n", observations.size());
    observations.forEach(f -> out.printf("    [%s] %s%n", f.getRuleId(), f.getReason()));
    out.println();
  }

  private static SpecialtyAlliance alliance(
      String id, String chinese, String english, BilingualText leadHospital, List<BilingualText> members, String chair, String officeDirector) {
    BilingualText department = BilingualText.of(chinese, english);
    SpecialtyAlliance.Builder builder = SpecialtyAlliance.builder();
    builder.id(id).specialty(department).lead(CareUnit.of(id + "@" + CODES.get(leadHospital), leadHospital, department))
        .addCommittee(CommitteeMember.of(chair, CommitteeRole.CHAIR), CommitteeMember.of(officeDirector, CommitteeRole.OFFICE_DIRECTOR));
    for (int i = 0; i < members.size(); i++) {
      builder.addMembers(CareUnit.of(id + "@" + CODES.get(members.get(i)), members.get(i), department));
    }
    return builder.build();
  }

  /** Turns counts into dated facts: one visit a week (a second on every third day), monthly meetings, and so on. */
  static AllianceAssessmentRecord record(SpecialtyAlliance alliance, Evidence e) {
    List<String> members = alliance.getMembers().stream().map(CareUnit::getId).toList();
    LocalDate start = LocalDate.of(YEAR, 1, 10);
    AllianceAssessmentRecord.Builder record = AllianceAssessmentRecord.builder();
    record.alliance(alliance).year(YEAR).charterAdopted(e.charter()).referralStandard(e.standard()).resultSharing(e.sharing());
    for (int m = 1; m <= e.meetings(); m++) {
      record.addMeetingDates(LocalDate.of(YEAR, m, 15));
    }
    if (e.conference()) {
      record.addConferenceDates(LocalDate.of(YEAR, 11, 20));
    }
    OutreachKind[] kinds = OutreachKind.values();
    for (int d = 0; d < e.outreachDays(); d++) {
      LocalDate day = start.plusWeeks(d);
      record.addOutreachVisits(OutreachVisit.of(day, members.get(d % members.size()), kinds[d % kinds.length]));
      if (d % 3 == 0) {
        record.addOutreachVisits(OutreachVisit.of(day, members.get((d + 1) % members.size()), OutreachKind.LECTURE));
      }
    }
    for (int t = 1; t <= e.trainees(); t++) {
      LocalDate from = start.plusMonths(t % 10);
      record.addTraineeStays(TraineeStay.builder().personId(alliance.getId() + "-trainee-" + t).memberUnitId(members.get(t % members.size()))
          .kind(TrainingKind.ADVANCED_STUDY).period(DateRange.of(from, from.plusWeeks(4))).build());
    }
    for (int p = 1; p <= e.patients(); p++) {
      record.addReferrals(Referral.builder().patientId(alliance.getId() + "-patient-" + p).date(start.plusDays(p * 11L))
          .fromUnitId(members.get(p % members.size())).toUnitId(alliance.getLead().getId()).build());
    }
    for (int p = 0; p < e.approved() + e.declared(); p++) {
      ProjectStatus status = p < e.approved() ? ProjectStatus.APPROVED : ProjectStatus.DECLARED;
      record.addResearchProjects(ResearchProject.of(members.get(p % members.size()), "project " + (p + 1), status));
    }
    PartyActivityKind[] party = PartyActivityKind.values();
    for (int a = 0; a < e.partyActivities(); a++) {
      record.addPartyActivities(PartyActivity.of(LocalDate.of(YEAR, 2 + 2 * a, 1), party[a % party.length]));
    }
    for (String member : members) {
      long factor = 1000L + e.growthPerMille();
      record.addMemberVolumes(MemberVolume.of(member, Volume.of(12_000, 3_000, 1_000), Volume.of(12 * factor, 3 * factor, factor)));
    }
    return record.build();
  }
}
