package io.github.yilian.examples.bench;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.CareUnit;
import io.github.yilian.alliance.CriterionScore;
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
import io.github.yilian.examples.bench.AllianceBaseline.Activity;
import io.github.yilian.examples.bench.AllianceBaseline.Facts;
import io.github.yilian.examples.bench.AllianceBaseline.Project;
import io.github.yilian.examples.bench.AllianceBaseline.Result;
import io.github.yilian.examples.bench.AllianceBaseline.Stay;
import io.github.yilian.examples.bench.AllianceBaseline.Transfer;
import io.github.yilian.examples.bench.AllianceBaseline.Visit;
import io.github.yilian.examples.bench.AllianceBaseline.Volumes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
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
 * Assessing alliance records with the Haikou 2021 rubric, Yilian against {@link AllianceBaseline}, the
 * plain Java written for the same rules, in one run.
 *
 * <ul>
 *   <li>The Haikou record: the neurosurgery alliance's 2022 (12 meetings, a conference, 24 outreach
 *       visits on 19 days, 8 stays of 6 trainees, one across the year end, 14 referrals of 10
 *       patients, 4 projects, 4 activities, 3 member units' volumes: 64 models with the record),
 *       assessed pre-built, with every reason read, and built from its raw facts first (what a request
 *       pays).
 *   <li>A national year: 20,000 records of 30 to 60 evidence items, pre-built, assessed bare and with
 *       every reason read, and built from their raw facts first. A record counts its evidence when
 *       it is built, so the pre-built rows leave the counting out and the built row puts it in.
 * </ul>
 *
 * <p>{@link #setUp()} checks that the baseline agrees with Yilian on every criterion's points and
 * quantity, the total, the grade and the funding of every record, and that building from raw facts
 * gives the pre-built record. {@link BenchmarkRatios} runs the class and prints {@link #RATIOS}:
 * {@code java -cp examples/target/benchmarks.jar io.github.yilian.examples.bench.BenchmarkRatios
 * AllianceBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AllianceBenchmark {

  /** The ratios {@link BenchmarkRatios} prints: numerator, denominator, aim (issue 13). */
  public static final String[][] RATIOS = {
    {"haikouAssess", "haikouAssessBaseline", "≤ 1.5×"},
    {"haikouAssessAndReadReasons", "haikouAssess", "≤ 2× the bare assessment"},
    {"haikouBuildAndAssess", "haikouAssessBaseline", "≤ 5×"},
    {"haikouAssessAndReadObservations", "haikouAssess", "none (observations are findings, built when read)"},
    {"nationalYear", "nationalYearBaseline", "none; 20,000 assessments under 50 ms"},
    {"nationalYearAndReadReasons", "nationalYear", "≤ 2× the bare assessments"},
    {"nationalYearBuildAndAssess", "nationalYearBaseline", "none (what 20,000 requests pay)"},
  };

  private static final int YEAR = 2022;
  private static final int NATIONAL_RECORDS = 20_000;

  private final Rubric rubric = HaikouAllianceRubric2021.rubric();
  private final SpecialtyAlliance neurosurgery = HaikouAlliances2021.neurosurgery();
  private Facts haikouFacts;
  private AllianceAssessmentRecord haikou;

  /**
   * The 20,000 records of a national year, built only for the benchmarks that read them, with the
   * same check against the baseline.
   */
  @State(Scope.Benchmark)
  public static class National {

    private final Rubric rubric = HaikouAllianceRubric2021.rubric();
    private final SpecialtyAlliance synthetic = syntheticAlliance(5);
    List<Facts> facts;
    List<AllianceAssessmentRecord> records;

    /** Creates the state (JMH calls this). */
    public National() {}

    /** Builds the records once per run and checks the baseline against Yilian. */
    @Setup
    public void setUp() {
      facts = new ArrayList<>(NATIONAL_RECORDS);
      records = new ArrayList<>(NATIONAL_RECORDS);
      for (int i = 0; i < NATIONAL_RECORDS; i++) {
        Facts one = nationalFacts(synthetic, i);
        facts.add(one);
        records.add(record(synthetic, one));
      }
      for (int i = 0; i < NATIONAL_RECORDS; i++) {
        agree("national record " + i, rubric.assess(records.get(i)), AllianceBaseline.assess(facts.get(i)));
      }
    }
  }

  /** Builds the Haikou record once per run and checks the baseline against Yilian. */
  @Setup
  public void setUp() {
    haikouFacts = haikouFacts();
    haikou = record(neurosurgery, haikouFacts);
    agree("Haikou", rubric.assess(haikou), AllianceBaseline.assess(haikouFacts));
    if (!record(neurosurgery, haikouFacts).equals(haikou) || !haikouBuildAndAssess().equals(haikouAssess())) {
      throw new IllegalStateException("building from raw facts does not give the pre-built record");
    }
  }

  /**
   * Assesses the pre-built Haikou record; reasons and observations stay unbuilt.
   *
   * @return the assessment
   */
  @Benchmark
  public AllianceAssessment haikouAssess() {
    return rubric.assess(haikou);
  }

  /**
   * The baseline: scores the Haikou record's raw facts.
   *
   * @return the result
   */
  @Benchmark
  public Result haikouAssessBaseline() {
    return AllianceBaseline.assess(haikouFacts);
  }

  /**
   * Assesses the pre-built Haikou record and reads every criterion's reason and the overall reason.
   *
   * @return the total length of the reasons, both languages
   */
  @Benchmark
  public int haikouAssessAndReadReasons() {
    AllianceAssessment assessment = rubric.assess(haikou);
    int length = length(assessment.getReason());
    for (CriterionScore score : assessment.getScores()) {
      length += length(score.getReason());
    }
    return length;
  }

  /**
   * Assesses the pre-built Haikou record and reads the observations with their reasons.
   *
   * @return the total length of the observations' reasons, both languages
   */
  @Benchmark
  public int haikouAssessAndReadObservations() {
    int length = 0;
    for (Finding finding : rubric.assess(haikou).getObservations()) {
      length += length(finding.getReason());
    }
    return length;
  }

  /**
   * Builds the Haikou record from its raw facts (every model validated) and assesses it: what a
   * request pays.
   *
   * @return the assessment
   */
  @Benchmark
  public AllianceAssessment haikouBuildAndAssess() {
    return rubric.assess(record(neurosurgery, haikouFacts));
  }

  /**
   * Assesses 20,000 pre-built records: a national-scale year.
   *
   * @param national the records
   * @return the sum of the totals
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long nationalYear(National national) {
    long sum = 0;
    for (AllianceAssessmentRecord record : national.records) {
      sum += rubric.assess(record).getTotal();
    }
    return sum;
  }

  /**
   * Assesses the 20,000 pre-built records and reads every reason of each: a national year's report.
   *
   * @param national the records
   * @return the sum of the totals and of the reasons' lengths
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long nationalYearAndReadReasons(National national) {
    long sum = 0;
    for (AllianceAssessmentRecord record : national.records) {
      AllianceAssessment assessment = rubric.assess(record);
      sum += assessment.getTotal() + length(assessment.getReason());
      for (CriterionScore score : assessment.getScores()) {
        sum += length(score.getReason());
      }
    }
    return sum;
  }

  /**
   * Builds the 20,000 records from their raw facts (every model validated, the evidence counted) and
   * assesses them: what 20,000 requests pay.
   *
   * @param national the records' raw facts
   * @return the sum of the totals
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long nationalYearBuildAndAssess(National national) {
    long sum = 0;
    for (Facts facts : national.facts) {
      sum += rubric.assess(record(national.synthetic, facts)).getTotal();
    }
    return sum;
  }

  /**
   * The baseline: scores the raw facts of the 20,000 records.
   *
   * @param national the records' raw facts
   * @return the sum of the totals
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long nationalYearBaseline(National national) {
    long sum = 0;
    for (Facts facts : national.facts) {
      sum += AllianceBaseline.assess(facts).total();
    }
    return sum;
  }

  private static int length(BilingualText text) {
    return text.getChinese().length() + text.getEnglish().length();
  }

  /** Fails the set-up unless Yilian and the baseline agree on every result. */
  private static void agree(String what, AllianceAssessment yilian, Result baseline) {
    List<CriterionScore> scores = yilian.getScores();
    for (int i = 0; i < AllianceBaseline.CRITERIA; i++) {
      CriterionScore score = scores.get(i);
      long quantity = baseline.quantities()[i];
      boolean sameQuantity =
          quantity == AllianceBaseline.NO_RATE
              ? score.getQuantity().isEmpty()
              : score.getQuantity().isPresent()
                  && score.getQuantity().get().compareTo(BigDecimal.valueOf(quantity, i == 10 ? 2 : 0)) == 0;
      if (score.getPoints() != baseline.points()[i] || !sameQuantity) {
        throw new IllegalStateException(what + ": " + score + " but the baseline has " + baseline.points()[i]
            + " points, quantity " + quantity);
      }
    }
    if (yilian.getTotal() != baseline.total() || yilian.getGrade() != baseline.grade()
        || yilian.getFunding().compareTo(BigDecimal.valueOf(baseline.funding())) != 0) {
      throw new IllegalStateException(what + ": " + yilian + " but the baseline has " + baseline);
    }
  }

  /** Builds Yilian's record from raw facts, each model validated as it is built. */
  static AllianceAssessmentRecord record(SpecialtyAlliance alliance, Facts facts) {
    AllianceAssessmentRecord.Builder record = AllianceAssessmentRecord.builder();
    record.alliance(alliance).year(facts.year()).charterAdopted(facts.charter())
        .referralStandard(facts.standard()).resultSharing(facts.sharing())
        .meetingDates(facts.meetings()).conferenceDates(facts.conferences());
    for (Visit visit : facts.visits()) {
      record.addOutreachVisits(OutreachVisit.of(visit.date(), visit.unit(), visit.kind()));
    }
    for (Stay stay : facts.stays()) {
      record.addTraineeStays(TraineeStay.builder().personId(stay.person()).memberUnitId(stay.unit()).kind(stay.kind())
          .period(DateRange.of(stay.start(), stay.end())).build());
    }
    for (Transfer transfer : facts.referrals()) {
      record.addReferrals(Referral.builder().patientId(transfer.patient()).date(transfer.date())
          .fromUnitId(transfer.from()).toUnitId(transfer.to()).build());
    }
    for (Project project : facts.projects()) {
      record.addResearchProjects(ResearchProject.of(project.unit(), project.title(), project.status()));
    }
    for (Activity activity : facts.activities()) {
      record.addPartyActivities(PartyActivity.of(activity.date(), activity.kind()));
    }
    for (Volumes volumes : facts.volumes()) {
      record.addMemberVolumes(MemberVolume.of(volumes.unit(), volume(volumes.previous()), volume(volumes.current())));
    }
    return record.build();
  }

  private static Volume volume(long[] figures) {
    return Volume.builder().outpatientVisits(figure(figures[0])).inpatientAdmissions(figure(figures[1]))
        .operations(figure(figures[2])).build();
  }

  private static OptionalLong figure(long figure) {
    return figure < 0 ? OptionalLong.empty() : OptionalLong.of(figure);
  }

  /** The neurosurgery alliance's 2022: members tcm, third and fourth, lead peoples. */
  private Facts haikouFacts() {
    List<String> members = neurosurgery.getMembers().stream().map(CareUnit::getId).toList();
    String lead = neurosurgery.getLead().getId();
    LocalDate start = LocalDate.of(YEAR, 1, 1);
    List<LocalDate> meetings = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      meetings.add(LocalDate.of(YEAR, m, 12));
    }
    List<Visit> visits = new ArrayList<>();
    for (int v = 0; v < 24; v++) {
      // 19 days: visits 5, 10, 15, 20 and 23 go to a second unit on the day before's date
      LocalDate day = start.plusDays(17L * (v - (v / 5 + (v == 23 ? 1 : 0))));
      visits.add(new Visit(day, members.get(v % members.size()), OutreachKind.values()[v % OutreachKind.values().length]));
    }
    List<Stay> stays = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      LocalDate from = t == 7 ? LocalDate.of(YEAR, 11, 14) : start.plusDays(30L * t + 9);
      LocalDate to = t == 7 ? LocalDate.of(YEAR + 1, 2, 24) : from.plusDays(27);
      stays.add(new Stay("ns-trainee-" + t % 6, members.get(t % members.size()), TrainingKind.values()[t % 3], from, to));
    }
    List<Transfer> referrals = new ArrayList<>();
    for (int r = 0; r < 14; r++) {
      String unit = members.get(r % members.size());
      boolean up = r % 3 != 2;
      referrals.add(new Transfer("ns-patient-" + r % 10, start.plusDays(25L * r + 3), up ? unit : lead, up ? lead : unit));
    }
    List<Project> projects = List.of(
        new Project(members.get(0), "颅脑损伤分级救治", ProjectStatus.APPROVED),
        new Project(members.get(1), "脑卒中早期康复", ProjectStatus.DECLARED),
        new Project(members.get(2), "基层神经外科随访", ProjectStatus.APPROVED),
        new Project(members.get(2), "远程影像会诊", ProjectStatus.DECLARED));
    List<Activity> activities = List.of(
        new Activity(LocalDate.of(YEAR, 3, 5), PartyActivityKind.THEORY_STUDY),
        new Activity(LocalDate.of(YEAR, 6, 30), PartyActivityKind.JOINT_PRACTICE),
        new Activity(LocalDate.of(YEAR, 9, 16), PartyActivityKind.RESOURCE_SHARING),
        new Activity(LocalDate.of(YEAR, 12, 2), PartyActivityKind.TEAM_BUILDING));
    List<Volumes> volumes = List.of(
        new Volumes(members.get(0), new long[] {18_400, 2_310, 640}, new long[] {19_650, 2_480, 702}),
        new Volumes(members.get(1), new long[] {9_120, 1_050, 188}, new long[] {9_870, 1_102, 205}),
        new Volumes(members.get(2), new long[] {6_300, 720, -1}, new long[] {6_540, 781, -1}));
    return new Facts(YEAR, true, meetings, List.of(LocalDate.of(YEAR, 11, 20)), visits, stays,
        ReferralStandard.DRAFTED_AND_IMPLEMENTED, referrals, ResultSharing.PLATFORM_AND_SHARING, projects, activities, volumes);
  }

  /** One of the 20,000 records of a national year: 30 to 60 evidence items, varied by the seed. */
  private static Facts nationalFacts(SpecialtyAlliance alliance, int seed) {
    List<String> members = alliance.getMembers().stream().map(CareUnit::getId).toList();
    LocalDate start = LocalDate.of(YEAR, 1, 1);
    List<LocalDate> meetings = new ArrayList<>();
    for (int m = 1; m <= 12 - seed % 3; m++) {
      meetings.add(LocalDate.of(YEAR, m, 10));
    }
    List<Visit> visits = new ArrayList<>();
    for (int v = 0; v < 10 + seed % 15; v++) {
      visits.add(new Visit(start.plusDays(v * 2L / 3), members.get(v % members.size()), OutreachKind.values()[v % 7]));
    }
    List<Stay> stays = new ArrayList<>();
    for (int t = 0; t < seed % 12; t++) {
      LocalDate from = start.plusDays(t * 7L);
      stays.add(new Stay("t" + t % 9, members.get(t % members.size()), TrainingKind.SHADOWING, from, from.plusDays(14)));
    }
    List<Transfer> referrals = new ArrayList<>();
    for (int r = 0; r < seed % 14; r++) {
      referrals.add(new Transfer("p" + r % 11, start.plusDays(r * 5L), members.get(r % members.size()), "lead"));
    }
    List<Project> projects = new ArrayList<>();
    for (int p = 0; p < seed % 5; p++) {
      projects.add(new Project(members.get(p % members.size()), "project " + p,
          p % 2 == 0 ? ProjectStatus.APPROVED : ProjectStatus.DECLARED));
    }
    List<Activity> activities = new ArrayList<>();
    for (int a = 0; a < seed % 7; a++) {
      activities.add(new Activity(start.plusDays(a * 30L), PartyActivityKind.values()[a % 4]));
    }
    List<Volumes> volumes = new ArrayList<>();
    for (String member : members) {
      volumes.add(new Volumes(member, new long[] {10_000, 2_000, seed % 10 == 0 ? -1 : 800},
          new long[] {10_000 + seed % 1_500, 2_100 - seed % 300, seed % 10 == 0 ? -1 : 820}));
    }
    return new Facts(YEAR, seed % 4 != 0, meetings, seed % 5 == 0 ? List.of() : List.of(LocalDate.of(YEAR, 11, 1)),
        visits, stays, ReferralStandard.values()[seed % 3], referrals, ResultSharing.values()[seed % 3], projects,
        activities, volumes);
  }

  private static SpecialtyAlliance syntheticAlliance(int members) {
    BilingualText department = BilingualText.of("神经外科", "neurosurgery");
    SpecialtyAlliance.Builder builder = SpecialtyAlliance.builder();
    builder.id("national").specialty(department)
        .lead(CareUnit.of("lead", BilingualText.of("牵头医院", "lead hospital"), department));
    for (int m = 0; m < members; m++) {
      builder.addMembers(CareUnit.of("m" + m, BilingualText.of("成员医院" + m, "member hospital " + m), department));
    }
    return builder.build();
  }
}
