package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A target of seed 002: an indicator, the level whose every unit is judged, how the value is
 * measured, and either deadlines with thresholds ({@link Milestone}) or a threshold for every year
 * or half-year ({@link Recurrence}).
 *
 * <p>A target counting units names the level counted (counties under a prefecture) and may count
 * only some kinds of primary-care unit (health centres, not village clinics); its thresholds compare
 * the kind of value its measure yields; an overlong-secondment target names its limit in months. A
 * target may apply only to some units of its level ({@link Applicability}); the others get
 * {@link TargetStatus#NOT_APPLICABLE}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class Target implements CrossFieldRules {

  Target() {}

  /**
   * Returns the target's id, the rule id of its results ("T8").
   *
   * @return the id, not blank
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the section of the document the target comes from ("二(一)4").
   *
   * @return the section, not blank
   */
  @NotBlank
  public abstract String getSection();

  /**
   * Returns the target's name.
   *
   * @return what is measured, in Chinese and English
   */
  public abstract BilingualText getName();

  /**
   * Returns the level whose every unit is judged.
   *
   * @return the judged level
   */
  public abstract Level getLevel();

  /**
   * Returns how the value is measured.
   *
   * @return the measure
   */
  public abstract Measure getMeasure();

  /**
   * Returns the indicator of the facts the value is measured from.
   *
   * @return the indicator, not blank
   */
  @NotBlank
  public abstract String getIndicator();

  /**
   * Returns the level of the units counted under the judged unit.
   *
   * @return the counted level, present exactly when the measure counts units
   */
  public abstract Optional<Level> getCountedLevel();

  /**
   * Returns the kinds of primary-care unit counted, when the counted level is
   * {@link Level#PRIMARY_CARE_UNIT}: T7 and T14 count township and community health centres, not
   * village clinics.
   *
   * @return the kinds counted; empty to count every unit of the counted level
   */
  public abstract Set<UnitKind> getCountedKinds();

  /**
   * Returns further indicators of a yes/no ({@link Measure#STATE}) target: the unit has what the
   * target asks for only when the newest fact of its indicator and of each of these is yes (T9: the
   * finance centre with the asset inventory, and the asset-sharing mechanism).
   *
   * @return the further indicators, possibly none
   */
  public abstract List<@NotBlank String> getFurtherIndicators();

  /**
   * Returns which units of the level the target applies to.
   *
   * @return the applicability; {@link Applicability#EVERY_UNIT} unless set
   */
  @Value.Default
  public Applicability getApplicability() {
    return Applicability.EVERY_UNIT;
  }

  /**
   * Tells whether the dashboard also reports the region-wide figure of a target that counts units
   * and is judged below the region (T7, T8, T10: value only, no status, as it is not the target).
   *
   * @return true to report the region-wide figure; false unless set
   */
  @Value.Default
  public boolean isRegionFigureReported() {
    return false;
  }

  /**
   * Returns the deadlines, earliest first.
   *
   * @return the milestones; empty for a recurring target
   */
  public abstract List<Milestone> getMilestones();

  /**
   * Returns the recurrence of a recurring target.
   *
   * @return the recurrence; empty for a target with deadlines
   */
  public abstract Optional<Recurrence> getRecurrence();

  /**
   * Returns the longest a secondment may last without approval.
   *
   * @return the limit in months, from 1 to 1,200 (100 years), present exactly for
   *     {@link Measure#OVERLONG_SECONDMENTS}
   */
  public abstract Optional<@Positive @Max(MAX_LIMIT_MONTHS) Integer> getLimitMonths();

  /** The longest supported limit of a secondment, 100 years in months. */
  static final int MAX_LIMIT_MONTHS = 1200;

  /**
   * Returns a builder for a target.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Adds an inconsistency for a target with both or neither of deadlines and a recurrence,
   * deadlines out of order, a threshold of the wrong kind, a missing or needless counted level, a
   * counted level not below the judged level, counted kinds for a level other than primary-care
   * units, further indicators on a measure other than yes/no, a region-wide figure of a target
   * that does not count units below the region, and a missing or needless limit in months.
   *
   * @param found where to add them
   */
  @Override
  public void checkCrossFields(Inconsistencies found) {
    if (getMilestones().isEmpty() == getRecurrence().isEmpty()) {
      found.add("milestones", "{io.github.yilian.county.Target.schedule}", Map.of("id", getId()));
    }
    for (int i = 1; i < getMilestones().size(); i++) {
      if (!getMilestones().get(i - 1).getDeadline().isBefore(getMilestones().get(i).getDeadline())) {
        found.add("milestones", "{io.github.yilian.county.Target.deadlineOrder}",
            Map.of("deadline", getMilestones().get(i).getDeadline()));
      }
    }
    Stream.concat(getMilestones().stream().map(Milestone::getThreshold),
            getRecurrence().map(Recurrence::getThreshold).stream())
        .filter(t -> t.getKind() != getMeasure().getKind())
        .forEach(t -> found.add("milestones", "{io.github.yilian.county.Target.thresholdKind}",
            Map.of("threshold", t, "measure", getMeasure().getName())));
    if (getCountedLevel().isPresent() != getMeasure().countsUnits()
        || getCountedLevel().filter(c -> c.compareTo(getLevel()) <= 0).isPresent()) {
      found.add("countedLevel", "{io.github.yilian.county.Target.countedLevel}",
          Map.of("counted", getCountedLevel().map(Level::getName).orElse(Reasons.NO_LEVEL),
              "measure", getMeasure().getName(), "level", getLevel().getName()));
    }
    if (!getCountedKinds().isEmpty() && !getCountedLevel().equals(Optional.of(Level.PRIMARY_CARE_UNIT))) {
      found.add("countedKinds", "{io.github.yilian.county.Target.countedKinds}",
          Map.of("counted", getCountedLevel().map(Level::getName).orElse(Reasons.NO_LEVEL)));
    }
    if (!getFurtherIndicators().isEmpty() && getMeasure() != Measure.STATE) {
      found.add("furtherIndicators", "{io.github.yilian.county.Target.furtherIndicators}",
          Map.of("measure", getMeasure().getName()));
    }
    if (isRegionFigureReported() && (!getMeasure().countsUnits() || getLevel() == Level.REGION)) {
      found.add("regionFigureReported", "{io.github.yilian.county.Target.regionFigure}",
          Map.of("measure", getMeasure().getName(), "level", getLevel().getName()));
    }
    if (getLimitMonths().isPresent() != (getMeasure() == Measure.OVERLONG_SECONDMENTS)) {
      found.add("limitMonths", "{io.github.yilian.county.Target.limitMonths}",
          Map.of("measure", getMeasure().getName()));
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /**
   * Builds a {@link Target}; give deadlines or a recurrence. Applicability defaults to every unit;
   * counted kinds, further indicators and the region-wide figure are optional.
   */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
