package io.github.yilian.expert;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.CommonGenerators;
import io.github.yilian.common.CommonJsonGenerators;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the {@code expert} models and results for the JSON round-trip properties, built on
 * {@link ExpertGenerators}: logs, and what a log gives as of a date.
 */
public final class ExpertJsonGenerators {

  /** Marks personal data, so a test can look for it in JSON. */
  public static final String PERSONAL = "PII-";

  private ExpertJsonGenerators() {}

  /**
   * Valid adjustment logs, from {@link ExpertGenerators#logs()}.
   *
   * @return a generator of logs
   */
  public static Gen<AdjustmentLog> logs() {
    return ExpertGenerators.logs();
  }

  /**
   * Term policies of 1 to 5 years.
   *
   * @return a generator of policies
   */
  public static Gen<TermPolicy> termPolicies() {
    return ExpertGenerators.termPolicies(5);
  }

  /**
   * Obligation and composition policies.
   *
   * @return a generator of pairs of policies
   */
  public static Gen<ObligationPolicy> obligationPolicies() {
    return integers().between(0, 365).zip(Generate.enumValues(CommercialRule.class),
        (days, rule) -> ObligationPolicy.builder().reportDueDays(days).commercialRule(rule).build());
  }

  /**
   * Composition policies of a minimum of 1 to 5, of every team mix.
   *
   * @return a generator of policies
   */
  public static Gen<CompositionPolicy> compositionPolicies() {
    return integers().between(1, 5).zip(Generate.enumValues(TeamMix.class), CompositionPolicy::of);
  }

  /**
   * Experts with some fields, attestations, and (sometimes) a phone and an ID number marked
   * {@link #PERSONAL}.
   *
   * @return a generator of experts
   */
  public static Gen<Expert> experts() {
    return integers().between(0, 999).zip(CommonJsonGenerators.texts(), integers().between(0, 1 << 10),
        ExpertGenerators.datesBetween(SupportedRange.MIN_DATE, SupportedRange.MAX_DATE.minusDays(10)),
        (id, name, bits, day) -> {
          Expert.Builder expert = Expert.builder().id("e" + id).name(name)
              .sector(Sector.values()[bits % Sector.values().length]).senior(bits % 2 == 0);
          Expertise[] fields = Expertise.values();
          expert.addFields(fields[bits % fields.length]).addFields(fields[bits / 7 % fields.length]);
          SelectionCriterion[] criteria = SelectionCriterion.values();
          for (int i = 0; i < criteria.length; i++) {
            if ((bits >> i & 1) == 1) {
              expert.addAttestations(Attestation.of(criteria[i], "办公室", day.plusDays(i)));
            }
          }
          if ((bits & 16) != 0) {
            expert.phone(PERSONAL + "1380000" + id);
          }
          if ((bits & 32) != 0) {
            expert.idNumber(PERSONAL + "65010219800101" + id);
          }
          return expert.build();
        });
  }

  /**
   * Expert groups of up to 6 experts in up to 3 teams, with liaisons for some provinces.
   *
   * @return a generator of groups
   */
  public static Gen<ExpertGroup> groups() {
    return lists().of(experts()).ofSizeBetween(0, 6).zip(integers().between(0, 1 << 12), CommonGenerators.dates(),
        (experts, bits, start) -> {
          Map<String, Expert> roster = new LinkedHashMap<>();
          experts.forEach(e -> roster.putIfAbsent(e.getId(), e));
          List<String> ids = new ArrayList<>(roster.keySet());
          List<ExpertTeam> teams = new ArrayList<>();
          for (int t = 0; t < bits % 4; t++) {
            ExpertTeam.Builder team = ExpertTeam.builder().id("t" + t).name(BilingualText.of("小组" + t, "team " + t))
                .addProvinces(Province.values()[(bits + t) % Province.values().length]);
            for (int i = t; i < ids.size(); i += 3) {
              team.addMembers(ids.get(i));
            }
            if (t < ids.size() && (bits >> t & 1) == 1) {
              team.leader(ids.get(t));
            }
            teams.add(team.build());
          }
          ExpertGroup.Builder group = Fixtures.group(List.copyOf(roster.values()), teams).termStart(start);
          for (int p = 0; p < bits % 5; p++) {
            group.addLiaisons(Liaison.of(Province.values()[p * 7], "联络员" + p, "卫生健康委"));
          }
          if ((bits & 1) == 1) {
            group.coveredProvinces(EnumSet.of(Province.XINJIANG, Province.XINJIANG_CORPS));
          }
          return group.build();
        });
  }

  /**
   * Expert activities of every kind, approved or not.
   *
   * @return a generator of activities
   */
  public static Gen<ExpertActivity> activities() {
    return integers().between(0, 99).zip(Generate.enumValues(ExpertActivityKind.class),
        ExpertGenerators.datesBetween(SupportedRange.MIN_DATE.plusDays(16), SupportedRange.MAX_DATE),
        integers().between(-5, 16), (id, kind, date, flags) -> {
          ExpertActivity.Builder activity = ExpertActivity.builder().id("a" + id).expert("e" + id % 7).kind(kind)
              .date(date).inGroupName(flags % 2 == 0).disclosesInternalMaterial(flags % 3 == 0)
              .disclosureAuthorised(flags % 5 == 0).arrangedByBureau(flags % 4 == 1);
          if (flags > 0) {
            activity.approvedOn(date.minusDays(flags));
          }
          return activity.build();
        });
  }

  /**
   * Evaluation assignments, with a report submitted or not.
   *
   * @return a generator of assignments
   */
  public static Gen<EvaluationAssignment> assignments() {
    return integers().between(0, 99).zip(Generate.enumValues(Province.class), periods(),
        integers().between(-1, 60), (id, province, period, late) -> {
          EvaluationAssignment.Builder assignment = EvaluationAssignment.builder().id("v" + id).team("t" + id % 3)
              .province(province).period(period);
          if (late >= 0) {
            assignment.reportSubmittedOn(period.getEnd().plusDays(late));
          }
          return assignment.build();
        });
  }

  /** Evaluation periods of up to a year that end 61 days or more before the last supported date. */
  private static Gen<DateRange> periods() {
    return ExpertGenerators.datesBetween(SupportedRange.MIN_DATE, SupportedRange.MAX_DATE.minusDays(61 + 366))
        .zip(integers().between(0, 366), (start, days) -> DateRange.of(start, start.plusDays(days)));
  }

  /**
   * What a log gives as of a date: the group's state with every tenure.
   *
   * @return a generator of states
   */
  public static Gen<GroupState> states() {
    return logs().zip(ExpertGenerators.asOfOffsets(), (log, offset) -> log.stateOn(ExpertGenerators.asOf(log, offset)));
  }

  /**
   * One expert's tenure as of a date.
   *
   * @return a generator of tenures
   */
  public static Gen<Tenure> tenures() {
    return states().zip(integers().between(0, ExpertGenerators.EXPERTS - 1),
        (state, i) -> state.getTenures().get(i));
  }

  /**
   * The findings of the group checker and the obligation checker.
   *
   * @return a generator of lists of findings
   */
  public static Gen<List<Finding>> findings() {
    return states().zip(lists().of(activities()).ofSizeBetween(0, 6), lists().of(assignments()).ofSizeBetween(0, 4),
        compositionPolicies(), obligationPolicies(), (state, activities, assignments, composition, obligations) -> {
          List<Finding> findings = new ArrayList<>(GroupChecker.of(composition).check(state.getGroup()));
          ObligationChecker checker = ObligationChecker.of(obligations);
          // the checkers take items with distinct ids
          Map<String, ExpertActivity> distinctActivities = new LinkedHashMap<>();
          activities.forEach(a -> distinctActivities.putIfAbsent(a.getId(), a));
          Map<String, EvaluationAssignment> distinctAssignments = new LinkedHashMap<>();
          assignments.forEach(a -> distinctAssignments.putIfAbsent(a.getId(), a));
          findings.addAll(checker.checkActivities(List.copyOf(distinctActivities.values()), state.getDate()));
          findings.addAll(checker.overdueReports(List.copyOf(distinctAssignments.values()), state.getDate()));
          return List.copyOf(findings);
        });
  }

  /**
   * A log's events and state as of a date, as a service period history.
   *
   * @return a generator of periods
   */
  public static Gen<List<ServicePeriod>> histories() {
    return tenures().map(Tenure::getHistory);
  }

  /**
   * The dates a group's term could start on, for examples.
   *
   * @return a generator of dates
   */
  public static Gen<LocalDate> termStarts() {
    return ExpertGenerators.termStarts();
  }
}
