package io.github.yilian.county;

import io.github.yilian.common.Ranking;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The annual evaluation of one county (seed 002 三(二)15–16, "每年以县为单位，采取县级自评、地级复核、区级
 * 审核的方式"): drafted from the tracker's statuses, self-assessed by the county (县级自评), reviewed by its
 * prefecture (地级复核), audited by the region (区级审核). Each stage may adjust the reported statuses;
 * the audited ones count. Every step is recorded in the trail.
 *
 * <p>The draft holds every target judged at the county or below and the county's own part in every
 * share target judged above it (T1 and T2: its communities that are tight; T7: its primary-care
 * units; T8, T10: the county itself), against the same threshold; these count in its score and
 * ranking. Targets that do not apply to the county (T19 without a pairing) are left out of it and
 * listed in {@link #getNotApplicable()}.
 *
 * <p>Only the named steps move an evaluation. {@link #selfAssess}, {@link #review} and
 * {@link #audit} each move it forward one stage and never back; {@link #returnForCorrection} is the
 * one step back, one stage, with a non-blank reason; an audited evaluation is final. A step in the
 * wrong stage (an audit before the review, a review of an audited evaluation) throws
 * {@link IllegalStateException}; a step by the wrong unit (a prefecture reviewing another
 * prefecture's county), dated before the last step or outside the supported dates, adjusting an
 * unknown target or setting {@link TargetStatus#NOT_APPLICABLE} throws
 * {@link IllegalArgumentException}; a blank actor throws
 * {@link jakarta.validation.ConstraintViolationException}; a null argument throws
 * {@link NullPointerException} naming it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AnnualEvaluation {

  private final String countyId;
  private final String prefectureId;
  private final String regionId;
  private final int year;
  private final EvaluationStage stage;
  private final Map<String, TargetStatus> values;
  private final List<String> notApplicable;
  private final List<TargetResult> results;
  private final List<Transition> trail;

  private AnnualEvaluation(AnnualEvaluation draft, EvaluationStage stage, Map<String, TargetStatus> values,
      List<Transition> trail) {
    this(draft.countyId, draft.prefectureId, draft.regionId, draft.year, stage, values, draft.notApplicable,
        draft.results, trail);
  }

  private AnnualEvaluation(String countyId, String prefectureId, String regionId, int year,
      EvaluationStage stage, Map<String, TargetStatus> values, List<String> notApplicable,
      List<TargetResult> results, List<Transition> trail) {
    this.countyId = countyId;
    this.prefectureId = prefectureId;
    this.regionId = regionId;
    this.year = year;
    this.stage = stage;
    this.values = values;
    this.notApplicable = notApplicable;
    this.results = results;
    this.trail = trail;
  }

  /**
   * Drafts a county's evaluation from the tracker's results as of 31 December of the year (both
   * halves of the year judged for a half-yearly target): per target judged for the county or units
   * under it, and per share target judged above it for the county's own part, the worst status of
   * the units it applies to ({@link TargetStatus#MISSED}, then {@link TargetStatus#NO_DATA},
   * {@link TargetStatus#NOT_YET_DUE}, {@link TargetStatus#MET_LATE}, {@link TargetStatus#MET}); a
   * target that applies to none of them is left out.
   *
   * @param tracker the tracker, not null
   * @param countyId the county's id, not null
   * @param year the year evaluated, from {@link SupportedRange#MIN_YEAR} to
   *     {@link SupportedRange#MAX_YEAR}
   * @return the draft
   * @throws IllegalArgumentException if the id is not a county of the tracker's tree or the year is
   *     outside the supported years
   * @throws NullPointerException if an argument is null
   */
  public static AnnualEvaluation draft(TargetTracker tracker, String countyId, int year) {
    Objects.requireNonNull(tracker, "tracker");
    Objects.requireNonNull(countyId, "countyId");
    SupportedRange.requireYear(year, "year");
    AdministrativeTree tree = tracker.getData().getTree();
    Unit county = tree.getUnit(countyId).filter(u -> u.getLevel() == Level.COUNTY)
        .orElseThrow(() -> new IllegalArgumentException("unit " + countyId + " is not a county of the tree"));
    LocalDate asOf = LocalDate.of(year, 12, 31);
    Map<String, TargetStatus> values = new LinkedHashMap<>();
    List<String> notApplicable = new ArrayList<>();
    List<TargetResult> results = new ArrayList<>();
    for (Target target : tracker.getPolicy().getTargets()) {
      List<Unit> units;
      if (Level.COUNTY.contains(target.getLevel())) {
        units = tree.unitsUnder(countyId, target.getLevel());
      } else if (TargetTracker.hasOwnPart(target, Level.COUNTY)) {
        units = List.of(county);
      } else {
        continue;
      }
      List<TargetResult> judged = tracker.judge(target, units, asOf);
      results.addAll(judged);
      TargetStatus summary = judged.stream().map(TargetResult::getStatus)
          .reduce(TargetStatus.NOT_APPLICABLE, TargetStatus::worse);
      if (summary.isApplicable()) {
        values.put(target.getId(), summary);
      } else {
        notApplicable.add(target.getId());
      }
    }
    String prefecture = county.getParentId().orElseThrow();
    return new AnnualEvaluation(countyId, prefecture, tree.getRegion().getId(), year, EvaluationStage.DRAFT,
        Collections.unmodifiableMap(values), List.copyOf(notApplicable), List.copyOf(results), List.of());
  }

  /**
   * Submits the county's self-assessment.
   *
   * @param unitId the acting unit, which must be the county itself, not null
   * @param actor who submits, not blank
   * @param date the day, a supported date not before the last step
   * @param adjustments statuses the county corrects, by target id; may be empty, not null
   * @return the self-assessed evaluation
   * @throws IllegalStateException unless the evaluation is a draft
   * @throws IllegalArgumentException for another unit, an earlier or unsupported date, an unknown
   *     target or a {@link TargetStatus#NOT_APPLICABLE} adjustment
   * @throws jakarta.validation.ConstraintViolationException if the actor is blank
   * @throws NullPointerException naming an argument, key or status that is null
   */
  public AnnualEvaluation selfAssess(String unitId, String actor, LocalDate date,
      Map<String, TargetStatus> adjustments) {
    return forward(EvaluationStage.SELF_ASSESSED, countyId, "self-assess", unitId, actor, date, adjustments);
  }

  /**
   * Records the prefecture's review.
   *
   * @param unitId the acting unit, which must be the county's prefecture, not null
   * @param actor who reviews, not blank
   * @param date the day, a supported date not before the last step
   * @param adjustments statuses the prefecture corrects, by target id; may be empty, not null
   * @return the reviewed evaluation
   * @throws IllegalStateException unless the evaluation is self-assessed
   * @throws IllegalArgumentException for another unit, an earlier or unsupported date, an unknown
   *     target or a {@link TargetStatus#NOT_APPLICABLE} adjustment
   * @throws jakarta.validation.ConstraintViolationException if the actor is blank
   * @throws NullPointerException naming an argument, key or status that is null
   */
  public AnnualEvaluation review(String unitId, String actor, LocalDate date,
      Map<String, TargetStatus> adjustments) {
    return forward(EvaluationStage.PREFECTURE_REVIEWED, prefectureId, "review", unitId, actor, date, adjustments);
  }

  /**
   * Records the region's audit; its statuses are the ones that count, and the evaluation is final.
   *
   * @param unitId the acting unit, which must be the region, not null
   * @param actor who audits, not blank
   * @param date the day, a supported date not before the last step
   * @param adjustments statuses the region corrects, by target id; may be empty, not null
   * @return the audited evaluation
   * @throws IllegalStateException unless the evaluation is reviewed by the prefecture
   * @throws IllegalArgumentException for another unit, an earlier or unsupported date, an unknown
   *     target or a {@link TargetStatus#NOT_APPLICABLE} adjustment
   * @throws jakarta.validation.ConstraintViolationException if the actor is blank
   * @throws NullPointerException naming an argument, key or status that is null
   */
  public AnnualEvaluation audit(String unitId, String actor, LocalDate date,
      Map<String, TargetStatus> adjustments) {
    return forward(EvaluationStage.REGION_AUDITED, regionId, "audit", unitId, actor, date, adjustments);
  }

  /**
   * Returns the evaluation one stage back for correction: the prefecture returns a self-assessment
   * to the county, the region returns a review to the prefecture. An audited evaluation is final and
   * cannot be returned.
   *
   * @param unitId the acting unit: the prefecture for a self-assessment, the region for a review
   * @param actor who returns it, not blank
   * @param date the day, a supported date not before the last step
   * @param reason why, not blank
   * @return the evaluation one stage back
   * @throws IllegalStateException unless the evaluation is self-assessed or reviewed
   * @throws IllegalArgumentException for another unit, an earlier or unsupported date or a blank
   *     reason
   * @throws jakarta.validation.ConstraintViolationException if the actor is blank
   * @throws NullPointerException naming an argument that is null
   */
  public AnnualEvaluation returnForCorrection(String unitId, String actor, LocalDate date, String reason) {
    checkStep(unitId, actor, date);
    if (Objects.requireNonNull(reason, "reason").isBlank()) {
      throw new IllegalArgumentException("a return for correction needs a reason");
    }
    return switch (stage) {
      case SELF_ASSESSED -> step(EvaluationStage.DRAFT, prefectureId, "return", unitId, actor, date, Map.of(), reason);
      case PREFECTURE_REVIEWED ->
          step(EvaluationStage.SELF_ASSESSED, regionId, "return", unitId, actor, date, Map.of(), reason);
      case REGION_AUDITED -> throw new IllegalStateException(describe() + " cannot be returned: it is "
          + stage.getEnglishName() + " and final");
      case DRAFT -> throw new IllegalStateException(describe() + " cannot be returned: it is "
          + stage.getEnglishName());
    };
  }

  private AnnualEvaluation forward(EvaluationStage to, String allowedUnit, String verb, String unitId,
      String actor, LocalDate date, Map<String, TargetStatus> adjustments) {
    checkStep(unitId, actor, date);
    Objects.requireNonNull(adjustments, "adjustments");
    if (stage == EvaluationStage.REGION_AUDITED) {
      throw new IllegalStateException(describe() + " cannot be " + to.getEnglishName() + ": it is "
          + stage.getEnglishName() + " and final");
    }
    if (stage.ordinal() + 1 != to.ordinal()) {
      throw new IllegalStateException(describe() + " cannot be " + to.getEnglishName() + ": it is "
          + stage.getEnglishName() + ", not " + EvaluationStage.values()[to.ordinal() - 1].getEnglishName());
    }
    return step(to, allowedUnit, verb, unitId, actor, date, adjustments, null);
  }

  private static void checkStep(String unitId, String actor, LocalDate date) {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(actor, "actor");
    SupportedRange.requireDate(date, "date");
  }

  private AnnualEvaluation step(EvaluationStage to, String allowedUnit, String verb, String unitId,
      String actor, LocalDate date, Map<String, TargetStatus> adjustments, @Nullable String reason) {
    if (!allowedUnit.equals(unitId)) {
      throw new IllegalArgumentException("unit " + unitId + " cannot " + verb + " " + describe()
          + ": only " + allowedUnit + " can");
    }
    Optional<LocalDate> last = trail.isEmpty() ? Optional.empty()
        : Optional.of(trail.get(trail.size() - 1).getDate());
    if (last.filter(date::isBefore).isPresent()) {
      throw new IllegalArgumentException("date " + date + " is before the last step on " + last.get());
    }
    Map<String, TargetStatus> adjusted = new LinkedHashMap<>(values);
    adjustments.forEach((target, status) -> {
      Objects.requireNonNull(target, "adjustments key");
      Objects.requireNonNull(status, "adjustments[" + target + "]");
      if (!values.containsKey(target)) {
        throw new IllegalArgumentException("target " + target + " is not in " + describe());
      }
      if (!status.isApplicable()) {
        throw new IllegalArgumentException("target " + target + " cannot be adjusted to "
            + status.getEnglishName() + ": applicability follows from the data");
      }
      adjusted.put(target, status);
    });
    Transition.Builder transition = Transition.builder()
        .fromStage(stage).toStage(to).unitId(unitId).actor(actor).date(date);
    Optional.ofNullable(reason).ifPresent(transition::reason);
    List<Transition> steps = new ArrayList<>(trail);
    steps.add(transition.build());
    return new AnnualEvaluation(this, to, Collections.unmodifiableMap(adjusted), List.copyOf(steps));
  }

  private String describe() {
    return "the " + year + " evaluation of county " + countyId;
  }

  /**
   * Ranks the audited evaluations region-wide (seed 002 三(二)16) by the share of targets met,
   * the county's own parts in share targets judged above it included; equal shares share a rank,
   * listed by county id. Evaluations not yet audited are left out.
   *
   * @param evaluations the evaluations, not null, none null
   * @return the ranking of the audited counties
   * @throws NullPointerException naming the argument or element that is null
   */
  public static Ranking<UnitScore> ranking(Collection<AnnualEvaluation> evaluations) {
    Objects.requireNonNull(evaluations, "evaluations");
    List<UnitScore> scores = new ArrayList<>(evaluations.size());
    int i = 0;
    for (AnnualEvaluation e : evaluations) {
      Objects.requireNonNull(e, "evaluations[" + i++ + "]");
      if (e.getStage() == EvaluationStage.REGION_AUDITED) {
        scores.add(UnitScore.of(e.countyId, e.values.size() - e.getNotMet().size(), e.values.size()));
      }
    }
    return Ranking.of(scores, Comparator.comparing(UnitScore::getShare).reversed(),
        Comparator.comparing(UnitScore::getUnitId));
  }

  /**
   * Returns the county's id.
   *
   * @return the county id
   */
  public String getCountyId() {
    return countyId;
  }

  /**
   * Returns the id of the county's prefecture, the reviewer.
   *
   * @return the prefecture id
   */
  public String getPrefectureId() {
    return prefectureId;
  }

  /**
   * Returns the id of the region, the auditor.
   *
   * @return the region id
   */
  public String getRegionId() {
    return regionId;
  }

  /**
   * Returns the year evaluated.
   *
   * @return the year
   */
  public int getYear() {
    return year;
  }

  /**
   * Returns the current stage.
   *
   * @return the stage
   */
  public EvaluationStage getStage() {
    return stage;
  }

  /**
   * Returns the statuses as they stand at the current stage, by target id in policy order: the
   * targets judged at the county or below, and the county's own parts in share targets judged above
   * it.
   *
   * @return the statuses, unmodifiable; never {@link TargetStatus#NOT_APPLICABLE}
   */
  public Map<String, TargetStatus> getValues() {
    return values;
  }

  /**
   * Returns the ids of the targets that do not apply to the county or to any unit under it, left out
   * of the values, the score and the problem list.
   *
   * @return the target ids in policy order, possibly none
   */
  public List<String> getNotApplicable() {
    return notApplicable;
  }

  /**
   * Returns the tracker's results the draft was made from: one per target and unit under the county
   * it judges, and one {@link TargetResult#isOwnPart() own part} per share target judged above it.
   *
   * @return the results, in policy order, unmodifiable
   */
  public List<TargetResult> getResults() {
    return results;
  }

  /**
   * Returns the statuses that count: those of the region's audit.
   *
   * @return the audited statuses, or empty until the evaluation is audited
   */
  public Optional<Map<String, TargetStatus>> getAuditedValues() {
    return stage == EvaluationStage.REGION_AUDITED ? Optional.of(values) : Optional.empty();
  }

  /**
   * Returns the ids of the targets not met at the current stage, in policy order.
   *
   * @return the target ids, possibly none
   */
  public List<String> getNotMet() {
    return values.entrySet().stream().filter(e -> !e.getValue().isMet()).map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Returns every step taken, oldest first.
   *
   * @return the trail, unmodifiable
   */
  public List<Transition> getTrail() {
    return trail;
  }

  /**
   * Returns a summary in English, such as "2023 evaluation of county P1C1, audited by the region: 10
   * of 13 targets met; not met: T5 missed, T9 no data; not applicable: T19".
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return Reasons.evaluation(this);
  }
}
