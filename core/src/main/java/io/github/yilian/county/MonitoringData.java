package io.github.yilian.county;

import io.github.yilian.common.Consistent;
import io.github.yilian.common.CrossFieldRules;
import io.github.yilian.common.Inconsistencies;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a monitoring platform (监测平台, seed 002 三(二)15) knows: the administrative tree and the
 * dated facts, secondments and pairings recorded about its units.
 *
 * <p>Every fact, secondment and pairing is about a unit of the tree, a secondment about a
 * primary-care unit, and secondment ids are unique. Facts and pairings are indexed by unit once, on
 * first use.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
@Consistent
@SuppressWarnings("exports")
public abstract class MonitoringData implements CrossFieldRules {

  MonitoringData() {}

  /**
   * Returns the administrative tree.
   *
   * @return the tree
   */
  public abstract AdministrativeTree getTree();

  /**
   * Returns the facts, in the order they were added.
   *
   * @return the facts, possibly none
   */
  public abstract List<Fact> getFacts();

  /**
   * Returns the secondments of primary-care workers to lead hospitals.
   *
   * @return the secondments, possibly none
   */
  public abstract List<Secondment> getSecondments();

  /**
   * Returns the pairings of units with party-group members (包联), which decide where
   * {@link Applicability#WHILE_PAIRED} targets apply.
   *
   * @return the pairings, possibly none
   */
  public abstract List<Pairing> getPairings();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The facts, pairings and secondments by unit number, built once, on first use. */
  @Value.Lazy
  DataIndex index() {
    return new DataIndex(this);
  }

  /**
   * Adds an inconsistency for a fact, secondment or pairing about a unit not in the tree, a
   * secondment of a unit that is not a primary-care unit, and a duplicate secondment id.
   *
   * @param found where to add them
   */
  @Override
  public void checkCrossFields(Inconsistencies found) {
    for (Fact fact : getFacts()) {
      if (getTree().getUnit(fact.getUnitId()).isEmpty()) {
        found.add("facts", "{io.github.yilian.county.MonitoringData.unknownUnit}",
            Map.of("unit", fact.getUnitId(), "indicator", fact.getIndicator()));
      }
    }
    Set<String> ids = new HashSet<>();
    for (Secondment secondment : getSecondments()) {
      boolean primaryCare = getTree().getUnit(secondment.getUnitId())
          .filter(u -> u.getLevel() == Level.PRIMARY_CARE_UNIT).isPresent();
      if (!primaryCare) {
        found.add("secondments", "{io.github.yilian.county.MonitoringData.secondmentUnit}",
            Map.of("id", secondment.getId(), "unit", secondment.getUnitId()));
      }
      if (!ids.add(secondment.getId())) {
        found.add("secondments", "{io.github.yilian.county.MonitoringData.duplicateSecondment}",
            Map.of("id", secondment.getId()));
      }
    }
    for (Pairing pairing : getPairings()) {
      if (getTree().getUnit(pairing.getUnitId()).isEmpty()) {
        found.add("pairings", "{io.github.yilian.county.MonitoringData.unknownPairedUnit}",
            Map.of("unit", pairing.getUnitId(), "from", pairing.getFirstDay()));
      }
    }
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }

  /** Builds {@link MonitoringData}; the tree is required, facts, secondments and pairings optional. */
  public static final class Builder extends ImmutableMonitoringData.Builder {
    Builder() {}
  }
}
