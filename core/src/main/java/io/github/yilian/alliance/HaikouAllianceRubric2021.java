package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Haikou 2021 specialty-alliance rubric (海口市大专科联盟建设综合绩效考核细则, the attachment of
 * 海医改办〔2021〕26号, seed 003) with the funding of its section 三(七)1: eleven criteria worth 100
 * points; above 90 excellent (1,500,000 yuan), above 80 good (1,000,000), above 60 pass (500,000),
 * otherwise fail (0).
 *
 * <p>Criteria by id, in the table's order: {@link #CHARTER}, {@link #MEETINGS}, {@link #CONFERENCE},
 * {@link #OUTREACH}, {@link #TRAINING}, {@link #REFERRAL_STANDARD}, {@link #REFERRALS},
 * {@link #RESULT_SHARING}, {@link #RESEARCH}, {@link #PARTY_BUILDING}, {@link #RESULTS}; an
 * assessment finds a criterion's score with {@link AllianceAssessment#score(String)}.
 *
 * <p>Default readings, each a rubric option: growth pooled ({@link GrowthReading}), outreach per
 * calendar day ({@link OutreachCounting}), result sharing cumulative, 0 / 2 / 5
 * ({@link ResultSharingReading}; {@code LITERAL} gives 0 / 0 / 5), research per project
 * ({@link ResearchCounting}; {@code PER_MEMBER_UNIT} scores each member unit's best project). Start
 * from {@link #builder()} to change a reading. {@link HaikouAlliances2021} holds the four alliances
 * the rubric assesses. This class is immutable and thread-safe.
 */
public final class HaikouAllianceRubric2021 {

  /** Criterion 1, the charter (制订大专科联盟章程): 5 points. */
  public static final String CHARTER = "charter";
  /** Criterion 2, monthly working meetings: 12 meetings 5 points, 1 off for each one fewer. */
  public static final String MEETINGS = "meetings";
  /** Criterion 3, the annual academic conference: 5 points. */
  public static final String CONFERENCE = "conference";
  /** Criterion 4, outreach (人员流动): 1 point per outreach day, at most 20. */
  public static final String OUTREACH = "outreach";
  /** Criterion 5, training (人员培养): 1 point per trainee, at most 10. */
  public static final String TRAINING = "training";
  /** Criterion 6, the referral standard: drafted 2, drafted and implemented 5. */
  public static final String REFERRAL_STANDARD = "referral-standard";
  /** Criterion 7, referrals: 1 point per referred patient, at most 10. */
  public static final String REFERRALS = "referrals";
  /** Criterion 8, result sharing: platform 2, platform and sharing 5. */
  public static final String RESULT_SHARING = "result-sharing";
  /** Criterion 9, research collaboration: declared 3, approved 5, at most 15. */
  public static final String RESEARCH = "research";
  /** Criterion 10, the party-building alliance (党建联盟): 2 points per activity, at most 10. */
  public static final String PARTY_BUILDING = "party-building";
  /** Criterion 11, results (工作成效): volume growth, 5 points at 5 %, 1 more per further point, at most 10. */
  public static final String RESULTS = "results";

  private static final Rubric RUBRIC = builder().build();

  private HaikouAllianceRubric2021() {}

  /**
   * Returns the Haikou 2021 rubric with the spec's default readings.
   *
   * @return the rubric
   */
  public static Rubric rubric() {
    return RUBRIC;
  }

  /**
   * Returns a builder filled with the Haikou 2021 rubric, to change a reading or a parameter before
   * building, such as {@code builder().growthReading(GrowthReading.MEAN_OF_RATES).build()}.
   *
   * @return a new builder holding the Haikou criteria and bands
   */
  public static Rubric.Builder builder() {
    Rubric.Builder builder = Rubric.builder();
    builder
        .id("haikou-alliance-2021")
        .name(BilingualText.of("海口市大专科联盟建设综合绩效考核细则（2021）", "Haikou specialty alliance assessment rubric (2021)"))
        .totalPoints(100)
        .criteria(criteria())
        .addGradeBands(
            GradeBand.of(Grade.EXCELLENT, 90, new BigDecimal("1500000")),
            GradeBand.of(Grade.GOOD, 80, new BigDecimal("1000000")),
            GradeBand.of(Grade.PASS, 60, new BigDecimal("500000")));
    return builder;
  }

  private static List<Criterion> criteria() {
    return List.of(
        criterion(CHARTER, "制订大专科联盟章程", "charter", YesNoRule.of(YesNoFact.CHARTER_ADOPTED, 5)),
        criterion(MEETINGS, "每月召开工作会议", "monthly working meetings",
            TargetCountRule.builder().evidence(CountedEvidence.WORKING_MEETINGS).target(12).points(5).deductionPerMissing(1).build()),
        criterion(CONFERENCE, "每年举办学术研讨交流会", "annual academic conference", YesNoRule.of(YesNoFact.ACADEMIC_CONFERENCE_HELD, 5)),
        criterion(OUTREACH, "人员流动：派出专业骨干指导", "outreach", PerItemRule.of(CountedEvidence.OUTREACH_DAYS, 1, 20)),
        criterion(TRAINING, "人员培养：接收进修人员", "training", PerItemRule.of(CountedEvidence.TRAINEES, 1, 10)),
        criterion(REFERRAL_STANDARD, "制订转诊标准和流程", "referral standard", LevelRule.of(LeveledEvidence.REFERRAL_STANDARD, List.of(0, 2, 5))),
        criterion(REFERRALS, "双向转诊", "referrals", PerItemRule.of(CountedEvidence.REFERRED_PATIENTS, 1, 10)),
        criterion(RESULT_SHARING, "检查检验结果共享", "result sharing", LevelRule.of(LeveledEvidence.RESULT_SHARING, List.of(0, 2, 5))),
        criterion(RESEARCH, "科研协作", "research collaboration", StatusRule.of(3, 5, 15)),
        criterion(PARTY_BUILDING, "“党建联盟”工作开展", "party-building alliance", PerItemRule.of(CountedEvidence.PARTY_ACTIVITIES, 2, 10)),
        criterion(RESULTS, "工作成效：成员单位业务量增长", "results: member units' volume growth",
            GrowthRule.builder()
                .thresholdPercent(BigDecimal.valueOf(5))
                .pointsAtThreshold(5)
                .stepPercent(BigDecimal.ONE)
                .pointsPerStep(1)
                .cap(10)
                .build()));
  }

  private static Criterion criterion(String id, String chinese, String english, Rule rule) {
    return Criterion.of(id, BilingualText.of(chinese, english), rule);
  }
}
