package io.github.yilian.pilot;

import static io.github.yilian.pilot.PilotGenerators.extraActivity;
import static io.github.yilian.pilot.PilotGenerators.scenarios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.yilian.common.Finding;
import io.github.yilian.pilot.PilotGenerators.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PilotScheduleProperties {

  private static List<ObligationInstance> schedule(Scenario s) {
    return s.schedule().obligations(s.record(), s.date());
  }

  private static String key(ObligationInstance instance) {
    return instance.getObligation() + "/" + instance.getSubject();
  }

  private static Map<String, ComplianceStatus> statuses(GroupCompliance compliance) {
    return compliance.getStatuses().stream()
        .collect(Collectors.toMap(s -> key(s.getInstance()), ObligationStatus::getStatus));
  }

  /** The oracle: the quarter of every day from the start of phase 2 to the horizon, in order. */
  private static List<String> quartersDayByDay(LocalDate phase2Start, LocalDate horizon) {
    Set<String> quarters = new LinkedHashSet<>();
    for (LocalDate day = phase2Start; !day.isAfter(horizon); day = day.plusDays(1)) {
      quarters.add(day.getYear() + "-Q" + ((day.getMonthValue() + 2) / 3));
    }
    return List.copyOf(quarters);
  }

  @Test
  void everyQuarterOfPhase2UpToTheHorizonHasExactlyOneP6Instance() {
    qt().withExamples(300)
        .forAll(scenarios())
        .checkAssert(
            s ->
                assertThat(schedule(s))
                    .filteredOn(i -> i.getObligation() == Obligation.P6)
                    .extracting(ObligationInstance::getSubject)
                    .containsExactlyElementsOf(quartersDayByDay(s.programme().getPhase2Start(), s.date())));
  }

  @Test
  void noInstanceStartsPastTheHorizon() {
    qt().withExamples(300)
        .forAll(scenarios())
        .checkAssert(s -> assertThat(schedule(s)).allSatisfy(i -> assertThat(i.getWindow().getStart()).isBeforeOrEqualTo(s.date())));
  }

  @Test
  void instancesAreInDueDateOrder() {
    qt().withExamples(300)
        .forAll(scenarios())
        .checkAssert(s -> assertThat(schedule(s)).isSortedAccordingTo(Comparator.comparing(ObligationInstance::getDue)));
  }

  @Test
  void instancesAreUnique() {
    qt().withExamples(300)
        .forAll(scenarios())
        .checkAssert(s -> assertThat(schedule(s)).extracting(PilotScheduleProperties::key).doesNotHaveDuplicates());
  }

  /** "日常活动结束后5日内，报送活动书面材料和活动报告" (五(二)): due the report period after the last day. */
  @Test
  void activityReportIsDueTheReportDaysAfterTheLastDayAndOnTimeExactlyWhenNotLater() {
    qt().withExamples(300)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              Map<String, Activity> byId =
                  s.record().getActivities().stream().collect(Collectors.toMap(Activity::getId, Function.identity()));
              for (ObligationStatus status : s.schedule().compliance(s.record(), s.date()).getStatuses()) {
                ObligationInstance instance = status.getInstance();
                if (instance.getObligation() == Obligation.P8) {
                  Activity activity = byId.get(instance.getSubject());
                  LocalDate due = activity.getLastDay().plusDays(s.programme().getActivityReportDays());
                  assertThat(instance.getDue()).isEqualTo(due);
                  boolean onTime = activity.getReportSubmitted().filter(r -> !r.isAfter(due) && !r.isAfter(s.date())).isPresent();
                  assertThat(status.getStatus() == ComplianceStatus.MET).isEqualTo(onTime);
                }
              }
            });
  }

  /** "我部每年将举办协作组会议" (三(二)3): the ministry's meeting, in the calendar, never judged. */
  @Test
  void nationalMeetingIsInTheCalendarOncePerPhase2WorkYearAndNeverJudged() {
    qt().withExamples(300)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              List<ObligationInstance> p13 =
                  schedule(s).stream().filter(i -> i.getObligation() == Obligation.P13).toList();
              List<ObligationInstance> p12 =
                  schedule(s).stream().filter(i -> i.getObligation() == Obligation.P12).toList();
              assertThat(p13).extracting(ObligationInstance::getWindow).containsExactlyElementsOf(
                  p12.stream().map(ObligationInstance::getWindow).toList());
              GroupCompliance compliance = s.schedule().compliance(s.record(), s.date());
              assertThat(compliance.getStatuses()).noneMatch(st -> st.getInstance().getObligation() == Obligation.P13);
              assertThat(compliance.findings()).extracting(Finding::getRuleId).doesNotContain("P13");
            });
  }

  /** "协作组成员单位、指导专家和…联络员须参加活动" (三(一)1): judged activity by activity. */
  @Test
  void expertsAndLiaisonsAttendanceIsMetExactlyWhenBothExpertsAndTheLiaisonsCame() {
    qt().withExamples(300)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              Map<String, Activity> byId =
                  s.record().getActivities().stream().collect(Collectors.toMap(Activity::getId, Function.identity()));
              for (ObligationStatus status : s.schedule().compliance(s.record(), s.date()).getStatuses()) {
                if (status.getInstance().getObligation() == Obligation.P14) {
                  Activity activity = byId.get(status.getInstance().getSubject());
                  boolean everyone =
                      activity.isLiaisonPresent()
                          && activity.getGuidingExpertsPresent().containsAll(PilotFixtures.GROUP.getGuidingExperts());
                  assertThat(status.getStatus() == ComplianceStatus.MET).isEqualTo(everyone);
                  assertThat(status.getStatus() == ComplianceStatus.OVERDUE)
                      .isEqualTo(!everyone && !s.date().isBefore(activity.getLastDay()));
                  assertThat(status.getInstance().getRequired()).isEqualTo(3);
                }
              }
            });
  }

  /** "若干协作组联合举办座谈或调研活动" (三(二)2): one joint exchange counts for each group that held it. */
  @Test
  void jointExchangeCountsForEachGroupThatHeldIt() {
    qt().withExamples(200)
        .forAll(scenarios(), longs().all(), longs().all())
        .checkAssert(
            (s, otherSeed, jointSeed) -> {
              Activity joint = PilotGenerators.jointExchange(s, jointSeed);
              GroupRecord other = PilotGenerators.otherRecord(s, otherSeed);
              for (GroupRecord record : List.of(s.record(), other)) {
                GroupRecord with = GroupRecord.builder().from(record).addActivities(joint).build();
                GroupCompliance before = s.schedule().compliance(record, s.date());
                GroupCompliance after = s.schedule().compliance(with, s.date());
                boolean held = !joint.getDate().isAfter(s.date());
                for (Obligation counted : List.of(Obligation.P6, Obligation.P12)) {
                  Optional<Integer> was = countedIn(before, counted, joint.getDate());
                  assertThat(countedIn(after, counted, joint.getDate()))
                      .as(counted.name())
                      .isEqualTo(was.map(n -> held ? n + 1 : n));
                }
                assertThat(after.activity(Obligation.P9, "joint").map(st -> st.getInstance().getRequired()))
                    .isEqualTo(held ? Optional.of(record.getGroup().getMembers().size()) : Optional.empty());
              }
            });
  }

  /** The count of the instance of an obligation whose window holds a date, if there is one. */
  private static Optional<Integer> countedIn(GroupCompliance compliance, Obligation obligation, LocalDate date) {
    return compliance.getStatuses().stream()
        .filter(st -> st.getInstance().getObligation() == obligation && st.getInstance().getWindow().contains(date))
        .map(ObligationStatus::getCounted)
        .findFirst();
  }

  @Test
  void addingAnActivityNeverTurnsMetIntoOverdue() {
    qt().withExamples(300)
        .forAll(scenarios(), longs().all())
        .checkAssert(
            (s, seed) -> {
              Activity extra = extraActivity(s, seed);
              Map<String, ComplianceStatus> before = statuses(s.schedule().compliance(s.record(), s.date()));
              GroupRecord more = GroupRecord.builder().from(s.record()).addActivities(extra).build();
              Map<String, ComplianceStatus> after = statuses(s.schedule().compliance(more, s.date()));
              before.forEach(
                  (key, status) -> {
                    if (status == ComplianceStatus.MET) {
                      assertThat(after.get(key)).as(key).isEqualTo(ComplianceStatus.MET);
                    }
                  });
            });
  }

  @Test
  void complianceAsOfADateNeverDependsOnLaterActivitiesOrDocuments() {
    qt().withExamples(300)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              LocalDate asOf = s.date();
              List<Activity> earlier = new ArrayList<>(s.record().getActivities());
              earlier.removeIf(a -> a.getDate().isAfter(asOf));
              GroupRecord past =
                  GroupRecord.builder()
                      .group(s.record().getGroup())
                      .activities(earlier)
                      .submissions(s.record().getSubmissions().stream().filter(d -> !d.getDate().isAfter(asOf)).toList())
                      .build();
              assertThat(s.schedule().compliance(past, asOf)).isEqualTo(s.schedule().compliance(s.record(), asOf));
            });
  }

  @Test
  void quarterCountsAgreeWithAPlainCountOfTheActivities() {
    qt().withExamples(300)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              for (ObligationStatus status : s.schedule().compliance(s.record(), s.date()).getStatuses()) {
                ObligationInstance instance = status.getInstance();
                if (instance.getObligation() == Obligation.P6) {
                  long plain =
                      s.record().getActivities().stream()
                          .filter(a -> a.getKind() != ActivityKind.NATIONAL_MEETING)
                          .filter(a -> !a.getDate().isAfter(s.date()) && instance.getWindow().contains(a.getDate()))
                          .count();
                  assertThat((long) status.getCounted()).isEqualTo(plain);
                  assertThat(status.getStatus() == ComplianceStatus.MET).isEqualTo(plain >= instance.getRequired());
                }
              }
            });
  }

  @Test
  void metOnTimeNeverExceedsWhatIsDue() {
    qt().withExamples(300)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              GroupCompliance compliance = s.schedule().compliance(s.record(), s.date());
              assertThat(compliance.getMetOnTime()).isLessThanOrEqualTo(compliance.getDueCount());
              assertThat(compliance.getOverdue()).allSatisfy(o -> assertThat(o.getInstance().getDue()).isBeforeOrEqualTo(s.date()));
            });
  }

  @Test
  void evidenceIsPresentExactlyWhenMet() {
    qt().withExamples(300)
        .forAll(scenarios())
        .checkAssert(
            s ->
                assertThat(s.schedule().compliance(s.record(), s.date()).getStatuses())
                    .allSatisfy(
                        st -> {
                          boolean met = st.getStatus() == ComplianceStatus.MET || st.getStatus() == ComplianceStatus.MET_LATE;
                          assertThat(st.getEvidence().isPresent()).isEqualTo(met);
                          st.getEvidence().ifPresent(e -> assertThat(e).isBeforeOrEqualTo(s.date()));
                        }));
  }

  @Test
  void nextHostHostedNoMoreThanAnyOtherMember() {
    qt().withExamples(300)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              HostSuggestion next = s.schedule().nextHost(s.record(), s.date());
              for (PilotCity city : s.record().getGroup().getMembers()) {
                long hosted =
                    s.record().getActivities().stream()
                        .filter(a -> !a.getDate().isAfter(s.date()) && a.getHost().filter(city::equals).isPresent())
                        .count();
                assertThat((long) next.getTimesHosted()).isLessThanOrEqualTo(hosted);
              }
            });
  }
}
