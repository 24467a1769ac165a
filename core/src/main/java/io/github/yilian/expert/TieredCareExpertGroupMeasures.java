package io.github.yilian.expert;

/**
 * The values of seed 000 (推进分级诊疗与医疗联合体建设工作专家组管理办法) as ready-made policies: a
 * 3-year cohort term (二(四)) with a 90-day reappointment review window (the spec's default), teams
 * of at least 2 different sectors (二(三) "每组由不同领域的专家组成", the spec's reading of 领域 and of
 * "different"; {@link TeamMix} offers fields of expertise), summary reports due 30 days after an
 * evaluation ends (the library's reading: the seed's 七(六) says only "适时报送", so an overdue report
 * is a warning) and commercial activity forbidden in the group's name (七(五)).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TieredCareExpertGroupMeasures {

  private static final TermPolicy TERM_POLICY =
      TermPolicy.builder().termYears(3).kind(TermKind.COHORT).reviewWindowDays(90).build();

  private static final CompositionPolicy COMPOSITION_POLICY = CompositionPolicy.of(2);

  private static final ObligationPolicy OBLIGATION_POLICY =
      ObligationPolicy.builder().reportDueDays(30).commercialRule(CommercialRule.IN_GROUP_NAME).build();

  private TieredCareExpertGroupMeasures() {}

  /**
   * Returns the term policy: 3-year cohort terms, due for review 90 days before the last day.
   *
   * @return the term policy
   */
  public static TermPolicy termPolicy() {
    return TERM_POLICY;
  }

  /**
   * Returns the composition policy: each team's members come from at least 2 different sectors.
   *
   * @return the composition policy
   */
  public static CompositionPolicy compositionPolicy() {
    return COMPOSITION_POLICY;
  }

  /**
   * Returns the obligation policy: reports due 30 days after an evaluation ends (the library's
   * reading; the seed sets no deadline), no commercial activity in the group's name.
   *
   * @return the obligation policy
   */
  public static ObligationPolicy obligationPolicy() {
    return OBLIGATION_POLICY;
  }
}
