package io.github.yilian.pilot;

import static io.github.yilian.pilot.PilotFixtures.ANSHAN;
import static io.github.yilian.pilot.PilotFixtures.GROUP;
import static io.github.yilian.pilot.PilotFixtures.SCHEDULE;
import static io.github.yilian.pilot.PilotFixtures.WUHU;
import static io.github.yilian.pilot.PilotFixtures.XIAMEN;
import static io.github.yilian.pilot.PilotFixtures.ZHENJIANG;
import static io.github.yilian.pilot.PilotFixtures.bare;
import static io.github.yilian.pilot.PilotFixtures.date;
import static io.github.yilian.pilot.PilotFixtures.record;
import static io.github.yilian.pilot.PilotFixtures.recordOf;
import static io.github.yilian.pilot.PilotFixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Severity;
import io.github.yilian.common.Share;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PilotScheduleTest {

  private static ObligationStatus statusOf(GroupCompliance compliance, Obligation obligation, String subject) {
    return compliance.getStatuses().stream()
        .filter(s -> s.getInstance().getObligation() == obligation && s.getInstance().getSubject().equals(subject))
        .findFirst()
        .orElseThrow();
  }

  private static ComplianceStatus status(GroupRecord record, LocalDate asOf, Obligation obligation, String subject) {
    return statusOf(SCHEDULE.compliance(record, asOf), obligation, subject).getStatus();
  }

  @Nested
  class Obligations {

    @Test
    void scheduleOf2011ToEndOf2012ListsEveryDeadlineInDateOrder() {
      List<ObligationInstance> schedule = SCHEDULE.obligations(record(), date(2012, 12, 31));

      assertThat(schedule)
          .extracting(ObligationInstance::getObligation, ObligationInstance::getSubject, ObligationInstance::getDue)
          .containsExactly(
              tuple(Obligation.P1, "phase 1", date(2011, 11, 30)),
              tuple(Obligation.P10, "2011", date(2011, 12, 1)),
              tuple(Obligation.P3, "phase 1", date(2011, 12, 31)),
              tuple(Obligation.P11, "2011", date(2012, 1, 30)),
              tuple(Obligation.P10, "2012", date(2012, 1, 31)),
              tuple(Obligation.P4, "phase 1", date(2012, 2, 15)),
              tuple(Obligation.P5, "phase 1", date(2012, 2, 29)),
              tuple(Obligation.P2, "phase 1", date(2012, 3, 31)),
              tuple(Obligation.P6, "2012-Q2", date(2012, 6, 30)),
              tuple(Obligation.P6, "2012-Q3", date(2012, 9, 30)),
              tuple(Obligation.P6, "2012-Q4", date(2012, 12, 31)),
              tuple(Obligation.P12, "2012", date(2012, 12, 31)),
              tuple(Obligation.P13, "2012", date(2012, 12, 31)));
    }

    @Test
    void phase1CoversNovemberToTheWholeOfMarch() {
      ObligationInstance p2 = SCHEDULE.obligations(record(), date(2011, 11, 1)).stream()
          .filter(i -> i.getObligation() == Obligation.P2).findFirst().orElseThrow();

      assertThat(p2.getWindow().getStart()).isEqualTo(date(2011, 11, 1));
      assertThat(p2.getWindow().getEnd()).isEqualTo(date(2012, 3, 31));
      assertThat(p2.getRequired()).isEqualTo(3);
    }

    @Test
    void firstQuarterOfPhase2StartsOnFirstOfApril() {
      assertThat(SCHEDULE.obligations(record(), date(2012, 4, 1)))
          .filteredOn(i -> i.getObligation() == Obligation.P6)
          .extracting(i -> i.getWindow().toString())
          .containsExactly("2012-04-01/2012-06-30");
    }

    @Test
    void noQuarterBeforePhase2Starts() {
      assertThat(SCHEDULE.obligations(record(), date(2012, 3, 31)))
          .extracting(ObligationInstance::getObligation)
          .doesNotContain(Obligation.P6, Obligation.P12, Obligation.P13);
    }

    @Test
    void summaryOfAWorkYearIsListedOnlyOnceTheYearIsOver() {
      assertThat(SCHEDULE.obligations(record(), date(2011, 12, 31)))
          .extracting(ObligationInstance::getObligation)
          .doesNotContain(Obligation.P11);
      assertThat(SCHEDULE.obligations(record(), date(2012, 1, 1)))
          .extracting(ObligationInstance::getObligation)
          .contains(Obligation.P11);
    }

    @Test
    void activityReportIsDueFiveDaysAfterTheActivity() {
      List<ObligationInstance> schedule =
          SCHEDULE.obligations(record(bare("a1", date(2012, 3, 28), ActivityKind.SITE_VISIT)), date(2012, 3, 28));

      assertThat(schedule)
          .filteredOn(i -> i.getSubject().equals("a1"))
          .extracting(ObligationInstance::getObligation, ObligationInstance::getDue, ObligationInstance::getRequired)
          .containsExactly(
              tuple(Obligation.P7, date(2012, 3, 27), 1),
              tuple(Obligation.P9, date(2012, 3, 28), 4),
              tuple(Obligation.P8, date(2012, 4, 2), 1));
    }

    @Test
    void activityAfterTheHorizonIsNotScheduled() {
      assertThat(SCHEDULE.obligations(record(bare("a1", date(2012, 3, 29), ActivityKind.SITE_VISIT)), date(2012, 3, 28)))
          .extracting(ObligationInstance::getSubject)
          .doesNotContain("a1");
    }

    @Test
    void nationalMeetingHasNoPerActivityObligations() {
      assertThat(SCHEDULE.obligations(record(bare("n1", date(2012, 6, 1), ActivityKind.NATIONAL_MEETING)), date(2012, 6, 30)))
          .extracting(ObligationInstance::getSubject)
          .doesNotContain("n1");
    }

    @Test
    void horizonOnTheProgrammeStartIsAccepted() {
      assertThat(SCHEDULE.obligations(record(), date(2011, 11, 1))).hasSize(6);
    }

    @Test
    void horizonBeforeTheProgrammeStartIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> SCHEDULE.obligations(record(), date(2011, 10, 31)))
          .withMessage("horizon 2011-10-31 is before the programme start 2011-11-01");
    }

    @Test
    void titleNamesRuleObligationAndSubject() {
      ObligationInstance p8 = SCHEDULE.obligations(record(bare("a1", date(2012, 3, 28), ActivityKind.SYMPOSIUM)), date(2012, 3, 28))
          .stream().filter(i -> i.getObligation() == Obligation.P8).findFirst().orElseThrow();

      assertThat(p8.getTitle().getChinese()).isEqualTo("P8 活动报告（a1）");
      assertThat(p8.getTitle().getEnglish()).isEqualTo("P8 activity report (a1)");
    }
  }

  @Nested
  class FirstActivity {

    @Test
    void activityOnNovember30IsOnTime() {
      GroupCompliance compliance = SCHEDULE.compliance(record(bare("a1", date(2011, 11, 30), ActivityKind.SYMPOSIUM)), date(2011, 12, 31));
      ObligationStatus p1 = statusOf(compliance, Obligation.P1, "phase 1");

      assertThat(p1.getStatus()).isEqualTo(ComplianceStatus.MET);
      assertThat(p1.getEvidence()).contains(date(2011, 11, 30));
    }

    @Test
    void activityOnDecember1IsLate() {
      assertThat(status(record(bare("a1", date(2011, 12, 1), ActivityKind.SYMPOSIUM)), date(2011, 12, 31), Obligation.P1, "phase 1"))
          .isEqualTo(ComplianceStatus.MET_LATE);
    }

    @Test
    void noActivityIsPendingOnTheDueDayAndOverdueTheDayAfter() {
      assertThat(status(record(), date(2011, 11, 30), Obligation.P1, "phase 1")).isEqualTo(ComplianceStatus.PENDING);
      assertThat(status(record(), date(2011, 12, 1), Obligation.P1, "phase 1")).isEqualTo(ComplianceStatus.OVERDUE);
    }

    @Test
    void activitiesGivenOutOfOrderAreTakenInDateOrder() {
      GroupRecord record =
          record(bare("late", date(2011, 12, 5), ActivityKind.SYMPOSIUM), bare("early", date(2011, 11, 20), ActivityKind.SYMPOSIUM));

      assertThat(statusOf(SCHEDULE.compliance(record, date(2011, 12, 31)), Obligation.P1, "phase 1").getEvidence())
          .contains(date(2011, 11, 20));
    }

    @Test
    void nationalMeetingIsNotTheGroupsFirstActivity() {
      assertThat(status(record(bare("n1", date(2011, 11, 15), ActivityKind.NATIONAL_MEETING)), date(2011, 12, 1), Obligation.P1, "phase 1"))
          .isEqualTo(ComplianceStatus.OVERDUE);
    }
  }

  @Nested
  class Phase1Activities {

    @Test
    void thirdActivityOnMarch31MeetsPhase1() {
      GroupRecord record =
          record(
              bare("a1", date(2011, 11, 20), ActivityKind.SYMPOSIUM),
              bare("a2", date(2012, 1, 10), ActivityKind.SITE_VISIT),
              bare("a3", date(2012, 3, 31), ActivityKind.SYMPOSIUM));
      ObligationStatus p2 = statusOf(SCHEDULE.compliance(record, date(2012, 4, 15)), Obligation.P2, "phase 1");

      assertThat(p2.getStatus()).isEqualTo(ComplianceStatus.MET);
      assertThat(p2.getEvidence()).contains(date(2012, 3, 31));
      assertThat(p2.getCounted()).isEqualTo(3);
    }

    @Test
    void thirdActivityOnApril1IsOutsidePhase1() {
      GroupRecord record =
          record(
              bare("a1", date(2011, 11, 20), ActivityKind.SYMPOSIUM),
              bare("a2", date(2012, 1, 10), ActivityKind.SITE_VISIT),
              bare("a3", date(2012, 4, 1), ActivityKind.SYMPOSIUM));
      ObligationStatus p2 = statusOf(SCHEDULE.compliance(record, date(2012, 4, 15)), Obligation.P2, "phase 1");

      assertThat(p2.getStatus()).isEqualTo(ComplianceStatus.OVERDUE);
      assertThat(p2.getCounted()).isEqualTo(2);
      assertThat(p2.getReason().getEnglish()).isEqualTo("P2 activities in phase 1 (phase 1): overdue 2/3, due 2012-03-31, as of 2012-04-15");
      assertThat(p2.getReason().getChinese()).isEqualTo("P2 第一阶段活动次数（phase 1）：逾期 2/3，期限2012-03-31，截至2012-04-15");
    }
  }

  @Nested
  class Documents {

    @Test
    void experienceReportOnDecember31IsOnTime() {
      ObligationStatus p3 =
          statusOf(SCHEDULE.compliance(recordOf(Submission.of(DocumentKind.EXPERIENCE_REPORT, date(2011, 12, 31))), date(2012, 1, 5)), Obligation.P3, "phase 1");

      assertThat(p3.getStatus()).isEqualTo(ComplianceStatus.MET);
      assertThat(p3.getReason().getEnglish())
          .isEqualTo("P3 report on local practice and experience (phase 1): met 1/1, due 2011-12-31, done 2011-12-31, as of 2012-01-05");
      assertThat(p3.getReason().getChinese())
          .isEqualTo("P3 试点经验梳理报告及政策建议（phase 1）：按时完成 1/1，期限2011-12-31，完成日期2011-12-31，截至2012-01-05");
    }

    @Test
    void draftByMidFebruaryMeansTheFifteenth() {
      assertThat(status(recordOf(Submission.of(DocumentKind.POLICY_DRAFT, date(2012, 2, 15))), date(2012, 3, 1), Obligation.P4, "phase 1"))
          .isEqualTo(ComplianceStatus.MET);
      assertThat(status(recordOf(Submission.of(DocumentKind.POLICY_DRAFT, date(2012, 2, 16))), date(2012, 3, 1), Obligation.P4, "phase 1"))
          .isEqualTo(ComplianceStatus.MET_LATE);
    }

    @Test
    void measuresOnTheLeapDayAreOnTime() {
      assertThat(status(recordOf(Submission.of(DocumentKind.POLICY_MEASURES, date(2012, 2, 29))), date(2012, 3, 1), Obligation.P5, "phase 1"))
          .isEqualTo(ComplianceStatus.MET);
    }

    @Test
    void measuresOnMarch1AreLate() {
      assertThat(status(recordOf(Submission.of(DocumentKind.POLICY_MEASURES, date(2012, 3, 1))), date(2012, 3, 1), Obligation.P5, "phase 1"))
          .isEqualTo(ComplianceStatus.MET_LATE);
    }

    @Test
    void documentFiledAfterTheAsOfDateIsNotSeen() {
      assertThat(status(recordOf(Submission.of(DocumentKind.POLICY_MEASURES, date(2012, 3, 2))), date(2012, 3, 1), Obligation.P5, "phase 1"))
          .isEqualTo(ComplianceStatus.OVERDUE);
    }

    @Test
    void workPlanIsDueThirtyDaysAfterTheWorkYearStarts() {
      GroupRecord record =
          recordOf(
              Submission.ofYear(DocumentKind.WORK_PLAN, 2012, date(2012, 1, 31)),
              Submission.ofYear(DocumentKind.WORK_PLAN, 2013, date(2013, 2, 1)));

      assertThat(status(record, date(2013, 4, 15), Obligation.P10, "2012")).isEqualTo(ComplianceStatus.MET);
      assertThat(status(record, date(2013, 4, 15), Obligation.P10, "2013")).isEqualTo(ComplianceStatus.MET_LATE);
    }

    @Test
    void firstWorkPlanIsDueThirtyDaysAfterTheProgrammeStarts() {
      assertThat(status(recordOf(Submission.ofYear(DocumentKind.WORK_PLAN, 2011, date(2011, 12, 1))), date(2011, 12, 2), Obligation.P10, "2011"))
          .isEqualTo(ComplianceStatus.MET);
    }

    @Test
    void planForAnotherYearDoesNotCount() {
      assertThat(status(recordOf(Submission.ofYear(DocumentKind.WORK_PLAN, 2013, date(2012, 1, 5))), date(2012, 2, 1), Obligation.P10, "2012"))
          .isEqualTo(ComplianceStatus.OVERDUE);
    }

    @Test
    void workSummaryIsDueThirtyDaysAfterTheYearEnds() {
      GroupRecord onTime = recordOf(Submission.ofYear(DocumentKind.WORK_SUMMARY, 2011, date(2012, 1, 30)));
      GroupRecord late = recordOf(Submission.ofYear(DocumentKind.WORK_SUMMARY, 2011, date(2012, 1, 31)));

      assertThat(status(onTime, date(2012, 2, 1), Obligation.P11, "2011")).isEqualTo(ComplianceStatus.MET);
      assertThat(status(late, date(2012, 2, 1), Obligation.P11, "2011")).isEqualTo(ComplianceStatus.MET_LATE);
    }

    @Test
    void earliestOfSeveralSubmissionsIsTheEvidence() {
      GroupRecord record =
          recordOf(
              Submission.of(DocumentKind.EXPERIENCE_REPORT, date(2012, 1, 3)),
              Submission.of(DocumentKind.EXPERIENCE_REPORT, date(2011, 12, 20)));

      assertThat(statusOf(SCHEDULE.compliance(record, date(2012, 1, 5)), Obligation.P3, "phase 1").getEvidence())
          .contains(date(2011, 12, 20));
    }
  }

  @Nested
  class ActivityObligations {

    private final Activity march28 = bare("a1", date(2012, 3, 28), ActivityKind.SYMPOSIUM);

    private GroupRecord withReport(LocalDate report) {
      return record(symposium("a1", date(2012, 3, 28)).reportSubmitted(report).build());
    }

    @Test
    void reportOnTheFifthDayIsOnTime() {
      assertThat(status(withReport(date(2012, 4, 2)), date(2012, 4, 30), Obligation.P8, "a1")).isEqualTo(ComplianceStatus.MET);
    }

    @Test
    void reportOnTheSixthDayIsLate() {
      assertThat(status(withReport(date(2012, 4, 3)), date(2012, 4, 30), Obligation.P8, "a1")).isEqualTo(ComplianceStatus.MET_LATE);
    }

    @Test
    void missingReportIsPendingUntilTheFifthDayThenOverdue() {
      assertThat(status(record(march28), date(2012, 4, 2), Obligation.P8, "a1")).isEqualTo(ComplianceStatus.PENDING);
      assertThat(status(record(march28), date(2012, 4, 3), Obligation.P8, "a1")).isEqualTo(ComplianceStatus.OVERDUE);
    }

    @Test
    void reportFiledAfterTheAsOfDateIsNotYetSeen() {
      assertThat(status(withReport(date(2012, 4, 2)), date(2012, 4, 1), Obligation.P8, "a1")).isEqualTo(ComplianceStatus.PENDING);
    }

    @Test
    void planTheDayBeforeIsOnTime() {
      GroupRecord record = record(symposium("a1", date(2012, 3, 28)).planSubmitted(date(2012, 3, 27)).build());

      assertThat(status(record, date(2012, 3, 28), Obligation.P7, "a1")).isEqualTo(ComplianceStatus.MET);
    }

    @Test
    void planOnTheActivityDayIsLate() {
      GroupRecord record = record(symposium("a1", date(2012, 3, 28)).planSubmitted(date(2012, 3, 28)).build());

      assertThat(status(record, date(2012, 3, 28), Obligation.P7, "a1")).isEqualTo(ComplianceStatus.MET_LATE);
    }

    @Test
    void noPlanIsOverdueOnTheActivityDay() {
      assertThat(status(record(march28), date(2012, 3, 28), Obligation.P7, "a1")).isEqualTo(ComplianceStatus.OVERDUE);
    }

    @Test
    void everyMemberSendingAHeadMeetsAttendance() {
      ObligationStatus p9 = statusOf(SCHEDULE.compliance(record(symposium("a1", date(2012, 3, 28)).build()), date(2012, 3, 28)), Obligation.P9, "a1");

      assertThat(p9.getStatus()).isEqualTo(ComplianceStatus.MET);
      assertThat(p9.getCounted()).isEqualTo(4);
      assertThat(p9.getEvidence()).contains(date(2012, 3, 28));
    }

    @Test
    void memberWithoutAHeadMissesAttendanceAndIsNamed() {
      Activity activity = symposium("a1", date(2012, 3, 28)).putHealthBureauHeads(XIAMEN, 0).build();
      ObligationStatus p9 = statusOf(SCHEDULE.compliance(record(activity), date(2012, 3, 28)), Obligation.P9, "a1");

      assertThat(p9.getStatus()).isEqualTo(ComplianceStatus.OVERDUE);
      assertThat(p9.getCounted()).isEqualTo(3);
      assertThat(p9.getReason().getEnglish()).endsWith("; no head from 厦门市");
      assertThat(p9.getReason().getChinese()).endsWith("；未派员：厦门市");
    }
  }

  @Nested
  class Phase2 {

    private final GroupRecord record =
        record(
            bare("q2", date(2012, 5, 10), ActivityKind.SYMPOSIUM),
            bare("q4", date(2012, 11, 20), ActivityKind.SITE_VISIT),
            bare("x1", date(2012, 12, 5), ActivityKind.INTER_GROUP_EXCHANGE),
            bare("q1", date(2013, 2, 1), ActivityKind.THEMATIC_LECTURE),
            bare("n1", date(2013, 3, 1), ActivityKind.NATIONAL_MEETING),
            bare("later", date(2013, 5, 1), ActivityKind.SYMPOSIUM));

    @Test
    void quartersAsOfApril15In2013() {
      GroupCompliance compliance = SCHEDULE.compliance(record, date(2013, 4, 15));

      assertThat(compliance.getStatuses())
          .filteredOn(s -> s.getInstance().getObligation() == Obligation.P6)
          .extracting(s -> s.getInstance().getSubject(), ObligationStatus::getStatus)
          .containsExactly(
              tuple("2012-Q2", ComplianceStatus.MET),
              tuple("2012-Q3", ComplianceStatus.OVERDUE),
              tuple("2012-Q4", ComplianceStatus.MET),
              tuple("2013-Q1", ComplianceStatus.MET),
              tuple("2013-Q2", ComplianceStatus.PENDING));
    }

    @Test
    void interGroupExchangeAndNationalMeetingAreCountedPerYear() {
      GroupCompliance compliance = SCHEDULE.compliance(record, date(2013, 4, 15));

      assertThat(statusOf(compliance, Obligation.P12, "2012").getStatus()).isEqualTo(ComplianceStatus.MET);
      assertThat(statusOf(compliance, Obligation.P13, "2012").getStatus()).isEqualTo(ComplianceStatus.OVERDUE);
      assertThat(statusOf(compliance, Obligation.P12, "2013").getStatus()).isEqualTo(ComplianceStatus.PENDING);
      assertThat(statusOf(compliance, Obligation.P13, "2013").getStatus()).isEqualTo(ComplianceStatus.MET);
    }

    @Test
    void ordinaryActivitiesDoNotCountAsExchangesOrNationalMeetings() {
      GroupRecord symposiaOnly = record(bare("s1", date(2012, 5, 5), ActivityKind.SYMPOSIUM), bare("s2", date(2012, 8, 5), ActivityKind.SITE_VISIT));
      GroupCompliance compliance = SCHEDULE.compliance(symposiaOnly, date(2013, 1, 1));

      assertThat(statusOf(compliance, Obligation.P12, "2012").getStatus()).isEqualTo(ComplianceStatus.OVERDUE);
      assertThat(statusOf(compliance, Obligation.P13, "2012").getStatus()).isEqualTo(ComplianceStatus.OVERDUE);
    }

    @Test
    void phase2StartingMidQuarterGivesAShortFirstQuarter() {
      CollaborationProgramme programme =
          CollaborationProgramme.builder()
              .from(PilotProgramme2011.programme())
              .phase1(DateRange.of(date(2011, 11, 1), date(2012, 3, 14)))
              .phase2Start(date(2012, 3, 15))
              .build();

      assertThat(PilotSchedule.of(programme).obligations(record(), date(2012, 7, 1)))
          .filteredOn(i -> i.getObligation() == Obligation.P6)
          .extracting(ObligationInstance::getSubject, i -> i.getWindow().toString())
          .containsExactly(
              tuple("2012-Q1", "2012-03-15/2012-03-31"),
              tuple("2012-Q2", "2012-04-01/2012-06-30"),
              tuple("2012-Q3", "2012-07-01/2012-09-30"));
    }

    @Test
    void interGroupExchangeAlsoCountsAsTheQuartersActivity() {
      GroupRecord exchangeOnly = record(bare("x1", date(2012, 8, 5), ActivityKind.INTER_GROUP_EXCHANGE));

      assertThat(status(exchangeOnly, date(2012, 10, 1), Obligation.P6, "2012-Q3")).isEqualTo(ComplianceStatus.MET);
    }
  }

  @Nested
  class Summary {

    private final GroupRecord record =
        record(
            List.of(symposium("a1", date(2011, 11, 25)).planSubmitted(date(2011, 11, 20)).reportSubmitted(date(2011, 11, 30)).build()),
            List.of(Submission.ofYear(DocumentKind.WORK_PLAN, 2011, date(2011, 12, 5))));

    @Test
    void countsMetOnTimeOfThoseDue() {
      GroupCompliance compliance = SCHEDULE.compliance(record, date(2011, 12, 10));

      // due: P7, P9, P1, P8 met; P10 (2011) met late; P3 and P2, P4, P5 pending
      assertThat(compliance.getMetOnTime()).isEqualTo(4);
      assertThat(compliance.getDueCount()).isEqualTo(5);
      assertThat(compliance.onTimeShare()).hasValueSatisfying(share -> assertThat(share).isEqualTo(Share.of(4, 5)));
      assertThat(compliance.getOverdue()).isEmpty();
    }

    @Test
    void nothingDueHasNoShare() {
      GroupCompliance compliance = SCHEDULE.compliance(record(), date(2011, 11, 1));

      assertThat(compliance.getDueCount()).isZero();
      assertThat(compliance.onTimeShare()).isEmpty();
    }

    @Test
    void overdueListAndFindings() {
      GroupCompliance compliance = SCHEDULE.compliance(record, date(2012, 1, 1));

      assertThat(compliance.getOverdue()).extracting(s -> s.getInstance().getObligation()).containsExactly(Obligation.P3);
      assertThat(compliance.findings())
          .extracting(Finding::getRuleId, Finding::getSubject, Finding::getSeverity)
          .containsExactly(
              tuple("P10", "HOSPITAL_INFORMATISATION/2011", Severity.WARNING),
              tuple("P3", "HOSPITAL_INFORMATISATION/phase 1", Severity.VIOLATION));
    }

    @Test
    void complianceKnowsItsTopicAndDate() {
      GroupCompliance compliance = SCHEDULE.compliance(record, date(2012, 1, 1));

      assertThat(compliance.getTopic()).isEqualTo(ReformTopic.HOSPITAL_INFORMATISATION);
      assertThat(compliance.getAsOf()).isEqualTo(date(2012, 1, 1));
    }

    @Test
    void asOfBeforeTheProgrammeStartIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> SCHEDULE.compliance(record, date(2011, 1, 1)))
          .withMessage("asOf 2011-01-01 is before the programme start 2011-11-01");
    }
  }

  @Nested
  class NextHost {

    private Activity hostedBy(String id, LocalDate date, PilotCity host) {
      return Activity.builder().id(id).date(date).kind(ActivityKind.SYMPOSIUM).host(host).build();
    }

    @Test
    void fewestHostedGoesFirst() {
      GroupRecord record =
          record(
              hostedBy("a1", date(2011, 11, 10), ZHENJIANG),
              hostedBy("a2", date(2011, 12, 10), WUHU),
              hostedBy("a3", date(2012, 1, 10), ANSHAN),
              hostedBy("a4", date(2012, 2, 10), ZHENJIANG));

      HostSuggestion next = SCHEDULE.nextHost(record, date(2012, 3, 1));

      assertThat(next.getCity()).isEqualTo(XIAMEN);
      assertThat(next.getTimesHosted()).isZero();
      assertThat(next.getLastHosted()).isEmpty();
    }

    @Test
    void onATieTheLongestSinceHostingGoesFirst() {
      GroupRecord record =
          record(
              hostedBy("a1", date(2011, 11, 10), WUHU),
              hostedBy("a2", date(2011, 12, 10), ZHENJIANG),
              hostedBy("a3", date(2012, 1, 10), ANSHAN),
              hostedBy("a4", date(2012, 2, 10), XIAMEN));

      HostSuggestion next = SCHEDULE.nextHost(record, date(2012, 3, 1));

      assertThat(next.getCity()).isEqualTo(WUHU);
      assertThat(next.getTimesHosted()).isEqualTo(1);
      assertThat(next.getLastHosted()).contains(date(2011, 11, 10));
      assertThat(next.getReason().getEnglish())
          .isEqualTo("芜湖市 hosted 1 times, last 2011-11-10; fewest hosted, then longest since hosting, goes first");
    }

    @Test
    void onAFullTieTheNameDecides() {
      HostSuggestion next = SCHEDULE.nextHost(record(), date(2012, 3, 1));

      assertThat(next.getCity()).isEqualTo(GROUP.getMembers().stream().sorted().findFirst().orElseThrow());
      assertThat(next.getReason().getChinese()).startsWith(next.getCity().getName() + "已承办0次");
    }

    @Test
    void hostingAfterTheAsOfDateIsNotCounted() {
      GroupRecord record =
          record(
              hostedBy("a1", date(2011, 11, 10), WUHU),
              hostedBy("a2", date(2011, 12, 10), ZHENJIANG),
              hostedBy("a3", date(2012, 1, 10), ANSHAN),
              hostedBy("a4", date(2012, 5, 10), XIAMEN));

      assertThat(SCHEDULE.nextHost(record, date(2012, 3, 1)).getCity()).isEqualTo(XIAMEN);
    }
  }

  @Test
  void scheduleKeepsItsProgramme() {
    assertThat(SCHEDULE.getProgramme()).isSameAs(PilotProgramme2011.programme());
  }
}
