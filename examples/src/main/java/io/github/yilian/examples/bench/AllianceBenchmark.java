package io.github.yilian.examples.bench;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.CareUnit;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assessing alliance records with the Haikou 2021 rubric: one record of about 200 evidence items,
 * with and without building the reasons, and a national-scale year of 20,000 smaller records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AllianceBenchmark {

  private static final int YEAR = 2022;
  private static final int NATIONAL_RECORDS = 20_000;

  private final Rubric rubric = HaikouAllianceRubric2021.rubric();
  private AllianceAssessmentRecord large;
  private List<AllianceAssessmentRecord> national;

  /** Builds the records once per run. */
  @Setup
  public void setUp() {
    SpecialtyAlliance alliance = alliance("bench", 5);
    large = record(alliance, 90, 30, 40, 10, 10, 0);
    national = new ArrayList<>(NATIONAL_RECORDS);
    for (int i = 0; i < NATIONAL_RECORDS; i++) {
      national.add(record(alliance, 10 + i % 15, i % 12, i % 14, i % 5, i % 7, i));
    }
  }

  /**
   * Assesses one record of about 200 evidence items; reasons stay unbuilt.
   *
   * @return the assessment
   */
  @Benchmark
  public AllianceAssessment assessOneRecord() {
    return rubric.assess(large);
  }

  /**
   * Assesses one record of about 200 evidence items and builds every criterion's reason.
   *
   * @return the total length of the reasons
   */
  @Benchmark
  public int assessOneRecordWithReasons() {
    int length = 0;
    for (CriterionScore score : rubric.assess(large).getScores()) {
      length += score.getReason().getEnglish().length();
    }
    return length;
  }

  /**
   * Assesses 20,000 records of 30 to 60 evidence items: a national-scale year.
   *
   * @return the sum of the totals
   */
  @Benchmark
  public long assessNationalYear() {
    long sum = 0;
    for (AllianceAssessmentRecord record : national) {
      sum += rubric.assess(record).getTotal();
    }
    return sum;
  }

  private static SpecialtyAlliance alliance(String id, int members) {
    BilingualText department = BilingualText.of("神经外科", "neurosurgery");
    SpecialtyAlliance.Builder builder = SpecialtyAlliance.builder();
    builder.id(id).specialty(department).lead(CareUnit.of("lead", BilingualText.of("牵头医院", "lead hospital"), department));
    for (int m = 0; m < members; m++) {
      builder.addMembers(CareUnit.of("m" + m, BilingualText.of("成员医院" + m, "member hospital " + m), department));
    }
    return builder.build();
  }

  private static AllianceAssessmentRecord record(
      SpecialtyAlliance alliance, int visits, int trainees, int referrals, int projects, int activities, int seed) {
    List<String> members = alliance.getMembers().stream().map(CareUnit::getId).toList();
    LocalDate start = LocalDate.of(YEAR, 1, 1);
    AllianceAssessmentRecord.Builder record = AllianceAssessmentRecord.builder();
    record.alliance(alliance).year(YEAR).charterAdopted(seed % 4 != 0)
        .referralStandard(ReferralStandard.values()[seed % 3]).resultSharing(ResultSharing.values()[seed % 3]);
    for (int m = 1; m <= 12 - seed % 3; m++) {
      record.addMeetingDates(LocalDate.of(YEAR, m, 10));
    }
    record.addConferenceDates(LocalDate.of(YEAR, 11, 1));
    for (int v = 0; v < visits; v++) {
      record.addOutreachVisits(OutreachVisit.of(start.plusDays(v * 2L / 3), members.get(v % members.size()), OutreachKind.values()[v % 7]));
    }
    for (int t = 0; t < trainees; t++) {
      LocalDate from = start.plusDays(t * 7L);
      record.addTraineeStays(TraineeStay.builder().personId("t" + t % 12).memberUnitId(members.get(t % members.size()))
          .kind(TrainingKind.SHADOWING).period(DateRange.of(from, from.plusDays(14))).build());
    }
    for (int r = 0; r < referrals; r++) {
      record.addReferrals(Referral.builder().patientId("p" + r % 15).date(start.plusDays(r * 5L))
          .fromUnitId(members.get(r % members.size())).toUnitId("lead").build());
    }
    for (int p = 0; p < projects; p++) {
      record.addResearchProjects(ResearchProject.of(members.get(p % members.size()), "project " + p,
          p % 2 == 0 ? ProjectStatus.APPROVED : ProjectStatus.DECLARED));
    }
    for (int a = 0; a < activities; a++) {
      record.addPartyActivities(PartyActivity.of(start.plusDays(a * 30L), PartyActivityKind.values()[a % 4]));
    }
    for (String member : members) {
      record.addMemberVolumes(MemberVolume.of(member, Volume.of(10_000, 2_000, 800), Volume.of(10_000 + seed % 1_500, 2_100, 820)));
    }
    return record.build();
  }
}
