package io.github.yilian.county;

import io.github.yilian.common.Ranking;
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

/**
 * The annual evaluation of one county (seed 002 三(二)15–16): drafted from the tracker's statuses,
 * self-assessed by the county (县级自评), reviewed by its prefecture (地级复核), audited by the region
 * (区级审核). Each stage may adjust the reported statuses; the audited ones count. A reviewer may
 * return it one stage for correction, with a reason. Every step is recorded in the trail.
 *
 * <p>Each step returns a new evaluation. A step in the wrong stage (an audit before the review)
 * throws {@link IllegalStateException}; a step by the wrong unit (a prefecture reviewing another
 * prefecture's county), dated before the last step, or adjusting an unknown target throws
 * {@link IllegalArgumentException}.
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
  private final List<Transition> trail;

  private AnnualEvaluation(String countyId, String prefectureId, String regionId, int year,
      EvaluationStage stage, Map<String, TargetStatus> values, List<Transition> trail) {
    this.countyId = countyId;
    this.prefectureId = prefectureId;
    this.regionId = regionId;
    this.year = year;
    this.stage = stage;
    this.values = values;
    this.trail = trail;
  }

  /**
   * Drafts a county's evaluation from the tracker's results as of 31 December of the year: per
   * target judged for the county or units under it, {@link TargetStatus#MET} if every such unit
   * meets it on time, {@link TargetStatus#MET_LATE} if all meet it but some late, else the status
   * of the first unit that does not.
   *
   * @param tracker the tracker, not null
   * @param countyId the county's id, not null
   * @param year the year evaluated
   * @return the draft
   * @throws IllegalArgumentException if the id is not a county of the tracker's tree
   */
  public static AnnualEvaluation draft(TargetTracker tracker, String countyId, int year) {
    AdministrativeTree tree = tracker.getData().getTree();
    Unit county = tree.getUnit(countyId).filter(u -> u.getLevel() == Level.COUNTY)
        .orElseThrow(() -> new IllegalArgumentException("unit " + countyId + " is not a county of the tree"));
    LocalDate asOf = LocalDate.of(year, 12, 31);
    Map<String, TargetStatus> values = new LinkedHashMap<>();
    for (Target target : tracker.getPolicy().getTargets()) {
      if (target.getLevel().compareTo(Level.COUNTY) >= 0) {
        List<TargetStatus> statuses = tracker.judge(target, tree.unitsUnder(countyId, target.getLevel()), asOf)
            .stream().map(TargetResult::getStatus).toList();
        values.put(target.getId(), summary(statuses));
      }
    }
    String prefecture = county.getParentId().orElseThrow();
    return new AnnualEvaluation(countyId, prefecture, tree.getRegion().getId(), year,
        EvaluationStage.DRAFT, Collections.unmodifiableMap(values), List.of());
  }

  private static TargetStatus summary(List<TargetStatus> statuses) {
    return statuses.stream().filter(s -> !s.isMet()).findFirst()
        .orElse(statuses.contains(TargetStatus.MET_LATE) ? TargetStatus.MET_LATE : TargetStatus.MET);
  }

  /**
   * Submits the county's self-assessment.
   *
   * @param unitId the acting unit, which must be the county itself
   * @param actor who submits, not blank
   * @param date the day, not before the last step
   * @param adjustments statuses the county corrects, by target id; may be empty
   * @return the self-assessed evaluation
   * @throws IllegalStateException unless the evaluation is a draft
   * @throws IllegalArgumentException for another unit, an earlier date or an unknown target
   */
  public AnnualEvaluation selfAssess(String unitId, String actor, LocalDate date,
      Map<String, TargetStatus> adjustments) {
    return step(EvaluationStage.SELF_ASSESSED, countyId, "self-assess", unitId, actor, date, adjustments, null);
  }

  /**
   * Records the prefecture's review.
   *
   * @param unitId the acting unit, which must be the county's prefecture
   * @param actor who reviews, not blank
   * @param date the day, not before the last step
   * @param adjustments statuses the prefecture corrects, by target id; may be empty
   * @return the reviewed evaluation
   * @throws IllegalStateException unless the evaluation is self-assessed
   * @throws IllegalArgumentException for another unit, an earlier date or an unknown target
   */
  public AnnualEvaluation review(String unitId, String actor, LocalDate date,
      Map<String, TargetStatus> adjustments) {
    return step(EvaluationStage.PREFECTURE_REVIEWED, prefectureId, "review", unitId, actor, date, adjustments, null);
  }

  /**
   * Records the region's audit; its statuses are the ones that count.
   *
   * @param unitId the acting unit, which must be the region
   * @param actor who audits, not blank
   * @param date the day, not before the last step
   * @param adjustments statuses the region corrects, by target id; may be empty
   * @return the audited evaluation
   * @throws IllegalStateException unless the evaluation is reviewed by the prefecture
   * @throws IllegalArgumentException for another unit, an earlier date or an unknown target
   */
  public AnnualEvaluation audit(String unitId, String actor, LocalDate date,
      Map<String, TargetStatus> adjustments) {
    return step(EvaluationStage.REGION_AUDITED, regionId, "audit", unitId, actor, date, adjustments, null);
  }

  /**
   * Returns the evaluation one stage back for correction: the prefecture returns a self-assessment
   * to the county, the region returns a review to the prefecture.
   *
   * @param unitId the acting unit: the prefecture for a self-assessment, the region for a review
   * @param actor who returns it, not blank
   * @param date the day, not before the last step
   * @param reason why, not blank
   * @return the evaluation one stage back
   * @throws IllegalStateException unless the evaluation is self-assessed or reviewed
   * @throws IllegalArgumentException for another unit, an earlier date or a blank reason
   */
  public AnnualEvaluation returnForCorrection(String unitId, String actor, LocalDate date, String reason) {
    if (Objects.requireNonNull(reason, "reason").isBlank()) {
      throw new IllegalArgumentException("a return for correction needs a reason");
    }
    return switch (stage) {
      case SELF_ASSESSED ->
          step(EvaluationStage.DRAFT, prefectureId, "return", unitId, actor, date, Map.of(), reason);
      case PREFECTURE_REVIEWED ->
          step(EvaluationStage.SELF_ASSESSED, regionId, "return", unitId, actor, date, Map.of(), reason);
      default -> throw new IllegalStateException(describe() + " cannot be returned: it is "
          + stage.getEnglishName());
    };
  }

  private AnnualEvaluation step(EvaluationStage to, String allowedUnit, String verb, String unitId,
      String actor, LocalDate date, Map<String, TargetStatus> adjustments, String reason) {
    boolean forward = to.ordinal() == stage.ordinal() + 1;
    if (!forward && to.ordinal() != stage.ordinal() - 1) {
      throw new IllegalStateException(describe() + " cannot be " + to.getEnglishName() + ": it is "
          + stage.getEnglishName() + ", not " + EvaluationStage.values()[to.ordinal() - 1].getEnglishName());
    }
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
      if (!values.containsKey(target)) {
        throw new IllegalArgumentException("target " + target + " is not in " + describe());
      }
      adjusted.put(target, Objects.requireNonNull(status, "status"));
    });
    Transition.Builder transition = Transition.builder()
        .fromStage(stage).toStage(to).unitId(unitId).actor(actor).date(date);
    Optional.ofNullable(reason).ifPresent(transition::reason);
    List<Transition> steps = new ArrayList<>(trail);
    steps.add(transition.build());
    return new AnnualEvaluation(countyId, prefectureId, regionId, year, to,
        Collections.unmodifiableMap(adjusted), List.copyOf(steps));
  }

  private String describe() {
    return "the " + year + " evaluation of county " + countyId;
  }

  /**
   * Ranks the audited evaluations region-wide (seed 002 三(二)16) by the share of targets met;
   * equal shares share a rank, listed by county id. Evaluations not yet audited are left out.
   *
   * @param evaluations the evaluations, not null
   * @return the ranking of the audited counties
   */
  public static Ranking<UnitScore> ranking(Collection<AnnualEvaluation> evaluations) {
    List<UnitScore> scores = evaluations.stream()
        .filter(e -> e.getStage() == EvaluationStage.REGION_AUDITED)
        .map(e -> UnitScore.of(e.countyId, e.values.size() - e.getNotMet().size(), e.values.size()))
        .toList();
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
   * Returns the statuses as they stand at the current stage, by target id in policy order.
   *
   * @return the statuses, unmodifiable
   */
  public Map<String, TargetStatus> getValues() {
    return values;
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
}
