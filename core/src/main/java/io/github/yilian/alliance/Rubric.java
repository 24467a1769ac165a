package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An assessment rubric (考核细则): criteria with their rules, grade bands with funding, and the
 * readings of the points the source document leaves open. {@link #assess} scores a year's record.
 * {@link HaikouAllianceRubric2021#rubric()} is seed 003's; build another city's with
 * {@link #builder()}.
 *
 * <p>Criterion ids are distinct and the criteria's maxima add up to the declared total, at most
 * {@value #MAX_TOTAL_POINTS} points (the maxima are added up in a long, so no sum wraps round).
 * Grade bands are listed best first with distinct grades other than {@link Grade#FAIL}, strictly
 * falling bounds and non-rising funding, so grade and funding never fall as the total rises.
 *
 * <p>Readings, each with the spec's default: {@link #getGrowthReading()},
 * {@link #getOutreachCounting()}, {@link #getResultSharingReading()} and
 * {@link #getResearchCounting()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
public abstract class Rubric implements CrossFieldRules {

  /** The largest declared total a rubric may have. */
  public static final int MAX_TOTAL_POINTS = 10_000;

  Rubric() {}

  /**
   * Returns the rubric's id.
   *
   * @return the id, not blank
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the rubric's name.
   *
   * @return the name
   */
  public abstract BilingualText getName();

  /**
   * Returns the declared total, which the criteria's maxima add up to.
   *
   * @return the total, from 1 to {@value #MAX_TOTAL_POINTS} (100 for Haikou)
   */
  @Positive
  @Max(MAX_TOTAL_POINTS)
  public abstract int getTotalPoints();

  /**
   * Returns the criteria, in the rubric's order.
   *
   * @return the criteria, at least one
   */
  @Size(min = 1)
  public abstract List<Criterion> getCriteria();

  /**
   * Returns the grade bands, best first; a total above none of them fails.
   *
   * @return the bands
   */
  public abstract List<GradeBand> getGradeBands();

  /**
   * Returns how volume growth is read.
   *
   * @return the reading; {@link GrowthReading#POOLED} by default
   */
  @Value.Default
  public GrowthReading getGrowthReading() {
    return GrowthReading.POOLED;
  }

  /**
   * Returns how outreach visits are counted.
   *
   * @return the counting; {@link OutreachCounting#PER_DAY} by default
   */
  @Value.Default
  public OutreachCounting getOutreachCounting() {
    return OutreachCounting.PER_DAY;
  }

  /**
   * Returns how the result-sharing levels are read.
   *
   * @return the reading; {@link ResultSharingReading#CUMULATIVE} by default
   */
  @Value.Default
  public ResultSharingReading getResultSharingReading() {
    return ResultSharingReading.CUMULATIVE;
  }

  /**
   * Returns how research projects are counted.
   *
   * @return the counting; {@link ResearchCounting#PER_PROJECT} by default
   */
  @Value.Default
  public ResearchCounting getResearchCounting() {
    return ResearchCounting.PER_PROJECT;
  }

  /**
   * Returns the working meetings the plan asks for each month, for the observations ("每月定期召开
   * 1~2 次工作会议", seed 003, section 三(一)).
   *
   * @return the meetings per month, 1 by default
   */
  @Value.Default
  @Positive
  public int getMeetingsPerMonth() {
    return 1;
  }

  /**
   * Returns the research projects the plan asks for each member unit a year, for the observations
   * ("每个成员单位每年至少 1 项", seed 003, section 三(六)).
   *
   * @return the projects per member unit, 1 by default
   */
  @Value.Default
  @Positive
  public int getProjectsPerMember() {
    return 1;
  }

  /**
   * Assesses one alliance's record for one year: scores every criterion, adds them up, grades the
   * total and looks up the funding. Reasons and observations are built when first read.
   *
   * @param record the evidence, not null
   * @return the assessment
   * @throws NullPointerException if {@code record} is null
   */
  public AllianceAssessment assess(AllianceAssessmentRecord record) {
    Objects.requireNonNull(record, "record");
    List<Criterion> criteria = getCriteria();
    CriterionScore[] scores = new CriterionScore[criteria.size()];
    for (int i = 0; i < scores.length; i++) {
      Criterion criterion = criteria.get(i);
      scores[i] = criterion.getRule().score(criterion, record, this);
    }
    return new AllianceAssessment(record, this, scores);
  }

  /**
   * Returns the grade of a total: that of the first band, best first, whose bound the total is
   * strictly above, or {@link Grade#FAIL}.
   *
   * @param total the total points
   * @return the grade
   */
  public Grade gradeFor(int total) {
    GradeBand band = band(total);
    return band == null ? Grade.FAIL : band.getGrade();
  }

  /**
   * Returns the funding for a total: that of the band of {@link #gradeFor(int)}, or 0 for a fail.
   *
   * @param total the total points
   * @return the funding in yuan, 0 or more
   */
  public BigDecimal fundingFor(int total) {
    GradeBand band = band(total);
    return band == null ? BigDecimal.ZERO : band.getFunding();
  }

  /** The band of a total: the first, best first, that admits it; null for a fail. */
  @Nullable GradeBand band(int total) {
    List<GradeBand> bands = getGradeBands();
    for (int i = 0; i < bands.size(); i++) {
      GradeBand band = bands.get(i);
      if (band.admits(total)) {
        return band;
      }
    }
    return null;
  }

  /** The overall reason of a total in its band (null for a fail): made once per total, when first read. */
  BilingualText overallReason(int total, @Nullable GradeBand band) {
    BilingualText kept = overallReasons().get(total);
    return kept != null ? kept : overallReasons().keep(total, overallWords(band).reason(total));
  }

  /** The overall reasons made so far, by total. */
  @Value.Lazy
  ReasonTable overallReasons() {
    return new ReasonTable();
  }

  /** The fixed words of the overall reason for a band's totals, or for a fail's (null). */
  private Reasons.OverallWords overallWords(@Nullable GradeBand band) {
    List<GradeBand> bands = getGradeBands();
    int i = 0;
    while (i < bands.size() && bands.get(i) != band) {
      i++;
    }
    return overallWordsByBand().get(i);
  }

  /** The overall reason's fixed words for each band, best first, then for a fail; made once, when first read. */
  @Value.Lazy
  List<Reasons.OverallWords> overallWordsByBand() {
    List<GradeBand> bands = getGradeBands();
    List<Reasons.OverallWords> words = new ArrayList<>(bands.size() + 1);
    for (GradeBand band : bands) {
      words.add(Reasons.overall(getTotalPoints(), band.getGrade(), band, bands));
    }
    words.add(Reasons.overall(getTotalPoints(), Grade.FAIL, null, bands));
    return List.copyOf(words);
  }

  @Override
  public void checkCrossFields(Inconsistencies found) {
    long sum = getCriteria().stream().mapToLong(Criterion::getMaxPoints).sum();
    if (sum != getTotalPoints()) {
      found.add("criteria", "{io.github.yilian.alliance.Rubric.maximaSum}", Map.of("sum", sum, "total", getTotalPoints()));
    }
    Set<String> ids = new HashSet<>();
    for (Criterion criterion : getCriteria()) {
      if (!ids.add(criterion.getId())) {
        found.add("criteria", "{io.github.yilian.alliance.Rubric.duplicateCriterion}", Map.of("id", criterion.getId()));
      }
    }
    List<GradeBand> bands = getGradeBands();
    for (int i = 0; i < bands.size(); i++) {
      GradeBand band = bands.get(i);
      if (band.getGrade() == Grade.FAIL || i > 0 && !isBetter(bands.get(i - 1), band)) {
        found.add("gradeBands", "{io.github.yilian.alliance.Rubric.bandOrder}", Map.of("grade", band.getGrade(), "above", band.getAbove()));
      }
    }
  }

  private static boolean isBetter(GradeBand previous, GradeBand band) {
    return previous.getGrade().compareTo(band.getGrade()) < 0
        && previous.getAbove() > band.getAbove()
        && previous.getFunding().compareTo(band.getFunding()) >= 0;
  }

  /**
   * Returns a builder for a rubric.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds a {@link Rubric}; id, name, total, criteria and bands are required, readings default. */
  public static final class Builder extends ImmutableRubric.Builder {
    Builder() {}
  }
}
