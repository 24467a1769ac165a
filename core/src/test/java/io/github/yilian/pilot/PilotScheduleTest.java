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
import static io.github.yilian.pilot.PilotFixtures.statusOf;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PilotScheduleTest {

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
              tuple(Obligation.P4, "phase 1", date(2012, 2, 20)),
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

    /** "日常活动结束后5日内，报送活动书面材料和活动报告" (五(二)): a one-day activity on 03-28, due 04-02. */
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
              tuple(Obligation.P14, date(2012, 3, 28), 3),
              tuple(Obligation.P8, date(2012, 4, 2), 1));
    }

    /** "日常活动结束后5日内" (五(二)): a site visit 11-28…11-30 reports by 12-05, five days after its last day. */
    @Test
    void threeDaySiteVisitReportIsDueFiveDaysAfterItsLastDay() {
      Activity visit = Activity.builder().from(bare("v1", date(2011, 11, 28), ActivityKind.SITE_VISIT)).lastDay(date(2011, 11, 30)).build();
      List<ObligationInstance> schedule = SCHEDULE.obligations(record(visit), date(2011, 11, 28));

      assertThat(schedule)
          .filteredOn(i -> i.getSubject().equals("v1"))
          .extracting(ObligationInstance::getObligation, i -> i.getWindow().toString())
          .containsExactly(
              tuple(Obligation.P7, "2011-11-27/2011-11-27"),
              tuple(Obligation.P9, "2011-11-28/2011-11-30"),
              tuple(Obligation.P14, "2011-11-28/2011-11-30"),
              tuple(Obligation.P8, "2011-11-28/2011-12-05"));
    }

    /** "第一次活动须在11月30日前开展" (三(一)1) counts an activity by its first day. */
    @Test
    void siteVisitStartingOnNovember30IsTheFirstActivityInTime() {
      Activity visit = Activity.builder().from(bare("v1", date(2011, 11, 30), ActivityKind.SITE_VISIT)).lastDay(date(2011, 12, 2)).build();

      assertThat(statusOf(SCHEDULE.compliance(record(visit), date(2011, 12, 31)), Obligation.P1, "phase 1").getEvidence())
          .contains(date(2011, 11, 30));
    }

    /** "我部每年将举办协作组会议" (三(二)3): the ministry's meeting is in each group's calendar, once a year. */
    @Test
    void nationalMeetingIsListedOnceAYearAsTheMinistrysDuty() {
      List<ObligationInstance> p13 =
          SCHEDULE.obligations(record(), date(2013, 12, 31)).stream().filter(i -> i.getObligation() == Obligation.P13).toList();

      assertThat(p13).extracting(ObligationInstance::getSubject, i -> i.getWindow().toString())
          .containsExactly(tuple("2012", "2012-04-01/2012-12-31"), tuple("2013", "2013-01-01/2013-12-31"));
      assertThat(p13.get(0)).hasToString("P13 national collaboration-group meeting (2012): due 2012-12-31, window 2012-04-01/2012-12-31, held by the ministry");
      assertThat(Obligation.P13.isGroupDuty()).isFalse();
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
      assertThat(p8.getActivityId()).contains("a1");
      assertThat(p8.getYear()).isEmpty();
      assertThat(p8).hasToString("P8 activity report (a1): due 2012-04-02, window 2012-03-28/2012-04-02, 1 required");
    }

    @Test
    void chineseTitlesNameThePeriodInChineseWords() {
      List<ObligationInstance> schedule = SCHEDULE.obligations(record(), date(2012, 4, 1));

      assertThat(schedule).filteredOn(i -> i.getObligation() == Obligation.P2)
          .extracting(i -> i.getTitle().getChinese()).containsExactly("P2 第一阶段活动次数（第一阶段）");
      assertThat(schedule).filteredOn(i -> i.getObligation() == Obligation.P6)
          .extracting(i -> i.getTitle().getChinese(), i -> i.getTitle().getEnglish())
          .containsExactly(tuple("P6 每季度活动（2012年第2季度）", "P6 quarterly activity (2012-Q2)"));
      assertThat(schedule).filteredOn(i -> i.getObligation() == Obligation.P12)
          .extracting(i -> i.getTitle().getChinese()).containsExactly("P12 协作组间交流活动（2012年度）");
    }

    @Test
    void quarterAndWorkYearInstancesCarryTheirYearAndQuarter() {
      List<ObligationInstance> schedule = SCHEDULE.obligations(record(), date(2012, 4, 1));

      assertThat(schedule).filteredOn(i -> i.getObligation() == Obligation.P6)
          .extracting(i -> i.getYear().getAsInt(), i -> i.getQuarter().getAsInt(), ObligationInstance::getScope)
          .containsExactly(tuple(2012, 2, ObligationScope.QUARTER));
      assertThat(schedule).filteredOn(i -> i.getObligation() == Obligation.P10)
          .extracting(i -> i.getYear().getAsInt()).containsExactly(2011, 2012);
      assertThat(schedule).filteredOn(i -> i.getObligation() == Obligation.P10)
          .allSatisfy(i -> assertThat(i.getQuarter()).isEmpty());
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
      assertThat(p2.getReason().getChinese()).isEqualTo("P2 第一阶段活动次数（第一阶段）：逾期 2/3，期限2012-03-31，截至2012-04-15");
      assertThat(p2).hasToString(p2.getReason().getEnglish());
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
          .isEqualTo("P3 试点经验梳理报告及政策建议（第一阶段）：按时完成 1/1，期限2011-12-31，完成日期2011-12-31，截至2012-01-05");
    }

    /** "2012年2月中旬前…组织起草和讨论…政策文件（建议稿）" (三(一)3): 中旬 is the 11th to the 20th. */
    @Test
    void draftByMidFebruaryMeansTheTwentieth() {
      assertThat(status(recordOf(Submission.of(DocumentKind.POLICY_DRAFT, date(2012, 2, 20))), date(2012, 3, 1), Obligation.P4, "phase 1"))
          .isEqualTo(ComplianceStatus.MET);
      assertThat(status(recordOf(Submission.of(DocumentKind.POLICY_DRAFT, date(2012, 2, 21))), date(2012, 3, 1), Obligation.P4, "phase 1"))
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

    @ParameterizedTest(name = "{1} does not meet {0}")
    @CsvSource({
      "P3, POLICY_DRAFT", "P3, POLICY_MEASURES", "P4, EXPERIENCE_REPORT", "P4, POLICY_MEASURES", "P5, EXPERIENCE_REPORT",
      "P5, POLICY_DRAFT"
    })
    void documentOfAnotherKindDoesNotCount(Obligation obligation, DocumentKind kind) {
      assertThat(status(recordOf(Submission.of(kind, date(2011, 12, 1))), date(2012, 3, 1), obligation, "phase 1"))
          .isEqualTo(ComplianceStatus.OVERDUE);
    }

    @ParameterizedTest(name = "{1} meets {0}")
    @CsvSource({"P3, EXPERIENCE_REPORT", "P4, POLICY_DRAFT", "P5, POLICY_MEASURES"})
    void documentOfItsKindCounts(Obligation obligation, DocumentKind kind) {
      assertThat(status(recordOf(Submission.of(kind, date(2011, 12, 1))), date(2012, 3, 1), obligation, "phase 1"))
          .isEqualTo(ComplianceStatus.MET);
    }

    @Test
    void summaryDoesNotCountAsPlanNorPlanAsSummary() {
      GroupRecord record =
          recordOf(
              Submission.ofYear(DocumentKind.WORK_SUMMARY, 2012, date(2012, 1, 5)),
              Submission.ofYear(DocumentKind.WORK_PLAN, 2011, date(2012, 1, 5)));

      assertThat(status(record, date(2012, 3, 1), Obligation.P10, "2012")).isEqualTo(ComplianceStatus.OVERDUE);
      assertThat(status(record, date(2012, 3, 1), Obligation.P11, "2011")).isEqualTo(ComplianceStatus.OVERDUE);
    }

    @Test
    void summaryForAnotherYearDoesNotCount() {
      GroupRecord record = recordOf(Submission.ofYear(DocumentKind.WORK_SUMMARY, 2012, date(2012, 1, 20)));

      assertThat(status(record, date(2012, 3, 1), Obligation.P11, "2011")).isEqualTo(ComplianceStatus.OVERDUE);
    }

    @Test
    void summaryForItsYearCounts() {
      GroupRecord record = recordOf(Submission.ofYear(DocumentKind.WORK_SUMMARY, 2011, date(2012, 1, 20)));

      assertThat(status(record, date(2012, 3, 1), Obligation.P11, "2011")).isEqualTo(ComplianceStatus.MET);
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
      assertThat(p9.getReason().getEnglish())
          .isEqualTo("P9 health-bureau heads attend (a1): overdue 3/4, due 2012-03-28, as of 2012-03-28; no health-bureau head from"
              + " 厦门市; the document asks this only in principle, so it is a warning");
      assertThat(p9.getReason().getChinese())
          .isEqualTo("P9 成员城市卫生局负责人出席（a1）：逾期 3/4，期限2012-03-28，截至2012-03-28；未派卫生局负责人：厦门市；文件规定为“原则上”，列为提醒");
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
    void interGroupExchangesAreCountedPerYear() {
      GroupCompliance compliance = SCHEDULE.compliance(record, date(2013, 4, 15));

      assertThat(statusOf(compliance, Obligation.P12, "2012").getStatus()).isEqualTo(ComplianceStatus.MET);
      assertThat(statusOf(compliance, Obligation.P12, "2013").getStatus()).isEqualTo(ComplianceStatus.PENDING);
    }

    /**
     * "我部每年将举办协作组会议" (三(二)3): the national meeting is the ministry's duty, so no group is
     * charged with it, held or not.
     */
    @Test
    void nationalMeetingIsNeverJudgedAgainstAGroup() {
      GroupRecord none = record(bare("s1", date(2012, 5, 5), ActivityKind.SYMPOSIUM));
      GroupCompliance compliance = SCHEDULE.compliance(none, date(2014, 1, 1));

      assertThat(compliance.getStatuses()).noneMatch(s -> s.getInstance().getObligation() == Obligation.P13);
      assertThat(compliance.findings()).extracting(Finding::getRuleId).doesNotContain("P13");
      assertThat(SCHEDULE.obligations(none, date(2014, 1, 1))).filteredOn(i -> i.getObligation() == Obligation.P13).hasSize(3);
    }

    @Test
    void ordinaryActivitiesDoNotCountAsExchanges() {
      GroupRecord symposiaOnly = record(bare("s1", date(2012, 5, 5), ActivityKind.SYMPOSIUM), bare("s2", date(2012, 8, 5), ActivityKind.SITE_VISIT));
      GroupCompliance compliance = SCHEDULE.compliance(symposiaOnly, date(2013, 1, 1));

      assertThat(statusOf(compliance, Obligation.P12, "2012").getStatus()).isEqualTo(ComplianceStatus.OVERDUE);
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

      // due: P7, P9, P14, P1, P8 met; P10 (2011) met late; P3 and P2, P4, P5 pending
      assertThat(compliance.getMetOnTime()).isEqualTo(5);
      assertThat(compliance.getDueCount()).isEqualTo(6);
      assertThat(compliance.onTimeShare()).hasValueSatisfying(share -> assertThat(share).isEqualTo(Share.of(5, 6)));
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
          .isEqualTo("芜湖市 hosted 1 time, last on 2011-11-10; fewest hosted goes first, then longest since hosting, then by name");
      assertThat(next.getReason().getChinese())
          .isEqualTo("芜湖市已承办1次，最近一次为2011-11-10；承办次数最少者优先，其次为距上次承办最久者，再按名称");
      assertThat(next).hasToString(next.getReason().getEnglish());
    }

    @Test
    void onAFullTieTheNameDecides() {
      HostSuggestion next = SCHEDULE.nextHost(record(), date(2012, 3, 1));

      assertThat(next.getCity()).isEqualTo(GROUP.getMembers().stream().sorted().findFirst().orElseThrow());
      assertThat(next.getReason().getChinese()).startsWith(next.getCity().getName() + "尚未承办；");
      assertThat(next.getReason().getEnglish()).startsWith(next.getCity().getName() + " has not hosted yet; ");
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

  @Nested
  class MultiDayActivities {

    private final Activity visit =
        Activity.builder()
            .from(symposium("v1", date(2011, 11, 28)).build())
            .kind(ActivityKind.SITE_VISIT)
            .lastDay(date(2011, 11, 30))
            .build();

    private GroupRecord withReport(LocalDate report) {
      return record(Activity.builder().from(visit).reportSubmitted(report).build());
    }

    /**
     * "日常活动结束后5日内，报送活动书面材料和活动报告" (五(二)): a site visit 11-28…11-30 ends on the 30th, so
     * its report on 12-05 is on time (it was counted late a day early, from the first day).
     */
    @Test
    void threeDaySiteVisitReportOnTheFifthDayAfterItsLastDayIsOnTime() {
      ObligationStatus p8 = statusOf(SCHEDULE.compliance(withReport(date(2011, 12, 5)), date(2011, 12, 31)), Obligation.P8, "v1");

      assertThat(p8.getStatus()).isEqualTo(ComplianceStatus.MET);
      assertThat(p8.getInstance().getDue()).isEqualTo(date(2011, 12, 5));
    }

    /** "结束后5日内" (五(二)): the sixth day after the last day is late. */
    @Test
    void threeDaySiteVisitReportOnTheSixthDayAfterItsLastDayIsLate() {
      assertThat(status(withReport(date(2011, 12, 6)), date(2011, 12, 31), Obligation.P8, "v1")).isEqualTo(ComplianceStatus.MET_LATE);
    }

    /** "结束后5日内" (五(二)): without a report, pending through the fifth day after the last day. */
    @Test
    void threeDaySiteVisitWithoutReportIsPendingUntilTheFifthDayAfterItsLastDay() {
      assertThat(status(record(visit), date(2011, 12, 5), Obligation.P8, "v1")).isEqualTo(ComplianceStatus.PENDING);
      assertThat(status(record(visit), date(2011, 12, 6), Obligation.P8, "v1")).isEqualTo(ComplianceStatus.OVERDUE);
    }

    /** "活动前…须将活动方案和通知报我部" (三(一)1): the plan is due before the first day, not the last. */
    @Test
    void planOnTheFirstDayOfAThreeDayVisitIsLate() {
      GroupRecord record = record(Activity.builder().from(visit).planSubmitted(date(2011, 11, 28)).build());

      assertThat(status(record, date(2011, 12, 31), Obligation.P7, "v1")).isEqualTo(ComplianceStatus.MET_LATE);
    }

    /** "原则上每次活动每个城市均须至少派1位卫生局负责人出席" (四(二)): a head may still come on a later day. */
    @Test
    void missingHeadIsPendingUntilTheLastDayThenOverdue() {
      GroupRecord record = record(Activity.builder().from(visit).putHealthBureauHeads(XIAMEN, 0).build());

      assertThat(status(record, date(2011, 11, 29), Obligation.P9, "v1")).isEqualTo(ComplianceStatus.PENDING);
      assertThat(status(record, date(2011, 11, 30), Obligation.P9, "v1")).isEqualTo(ComplianceStatus.OVERDUE);
    }

    /** "每季度组织不少于1次的活动" (三(二)1): an activity counts in the quarter of its first day. */
    @Test
    void activityAcrossTheQuarterEndCountsInTheQuarterItStarts() {
      Activity across = Activity.builder().from(bare("x", date(2012, 6, 29), ActivityKind.SITE_VISIT)).lastDay(date(2012, 7, 2)).build();
      GroupCompliance compliance = SCHEDULE.compliance(record(across), date(2012, 10, 1));

      assertThat(compliance.quarter(2012, 2).map(ObligationStatus::getStatus)).contains(ComplianceStatus.MET);
      assertThat(compliance.quarter(2012, 3).map(ObligationStatus::getStatus)).contains(ComplianceStatus.OVERDUE);
    }
  }

  @Nested
  class ExpertsAndLiaisons {

    /** "协作组成员单位、指导专家和卫生部派驻各国家联系试点城市联络员须参加活动" (三(一)1). */
    @Test
    void bothGuidingExpertsAndTheLiaisonsAttendingMeetP14() {
      ObligationStatus p14 = statusOf(SCHEDULE.compliance(record(symposium("a1", date(2012, 3, 28)).build()), date(2012, 3, 28)), Obligation.P14, "a1");

      assertThat(p14.getStatus()).isEqualTo(ComplianceStatus.MET);
      assertThat(p14.getCounted()).isEqualTo(3);
      assertThat(p14.getEvidence()).contains(date(2012, 3, 28));
    }

    /** "指导专家…须参加活动" (三(一)1): one expert missing is a violation, and the reason names the expert. */
    @Test
    void guidingExpertMissingIsOverdueAndNamed() {
      Activity activity = symposium("a1", date(2012, 3, 28)).guidingExpertsPresent(List.of(PilotFixtures.EXPERT_A)).build();
      GroupCompliance compliance = SCHEDULE.compliance(record(activity), date(2012, 3, 28));
      ObligationStatus p14 = statusOf(compliance, Obligation.P14, "a1");

      assertThat(p14.getStatus()).isEqualTo(ComplianceStatus.OVERDUE);
      assertThat(p14.getAbsentExperts()).containsExactly(PilotFixtures.EXPERT_B);
      assertThat(p14.isLiaisonAbsent()).isFalse();
      assertThat(p14.getReason().getEnglish())
          .isEqualTo("P14 guiding experts and liaisons attend (a1): overdue 2/3, due 2012-03-28, as of 2012-03-28; absent: 专家乙");
      assertThat(p14.getReason().getChinese())
          .isEqualTo("P14 指导专家和联络员出席（a1）：逾期 2/3，期限2012-03-28，截至2012-03-28；未出席：专家乙");
      assertThat(compliance.findings()).filteredOn(f -> f.getRuleId().equals("P14"))
          .extracting(Finding::getSeverity).containsExactly(Severity.VIOLATION);
    }

    /** "卫生部派驻各国家联系试点城市联络员须参加活动" (三(一)1): without the liaisons P14 is not met. */
    @Test
    void liaisonsMissingIsOverdueAndSaid() {
      Activity activity = symposium("a1", date(2012, 3, 28)).liaisonPresent(false).build();
      ObligationStatus p14 = statusOf(SCHEDULE.compliance(record(activity), date(2012, 3, 28)), Obligation.P14, "a1");

      assertThat(p14.getStatus()).isEqualTo(ComplianceStatus.OVERDUE);
      assertThat(p14.isLiaisonAbsent()).isTrue();
      assertThat(p14.getCounted()).isEqualTo(2);
      assertThat(p14.getReason().getEnglish()).endsWith("; absent: the ministry's liaisons");
      assertThat(p14.getReason().getChinese()).endsWith("；未出席：卫生部联络员");
    }

    @Test
    void nobodyOfTheThreeCountsZero() {
      ObligationStatus p14 = statusOf(SCHEDULE.compliance(record(bare("a1", date(2012, 3, 28), ActivityKind.SYMPOSIUM)), date(2012, 3, 28)), Obligation.P14, "a1");

      assertThat(p14.getCounted()).isZero();
      assertThat(p14.getAbsentExperts()).containsExactly(PilotFixtures.EXPERT_A, PilotFixtures.EXPERT_B);
      assertThat(p14.getReason().getEnglish()).endsWith("; absent: 专家甲, 专家乙, the ministry's liaisons");
    }

    @Test
    void theNationalMeetingHasNoP14() {
      assertThat(SCHEDULE.obligations(record(bare("n1", date(2012, 6, 1), ActivityKind.NATIONAL_MEETING)), date(2012, 6, 30)))
          .extracting(ObligationInstance::getObligation).doesNotContain(Obligation.P14);
    }
  }

  @Nested
  class JointExchanges {

    private final Activity joint =
        Activity.builder()
            .id("x1")
            .date(date(2012, 8, 5))
            .kind(ActivityKind.INTER_GROUP_EXCHANGE)
            .heldBy(List.of(ReformTopic.HOSPITAL_INFORMATISATION, ReformTopic.MEDICAL_SERVICE_SUPERVISION))
            .host(PilotFixtures.SHENZHEN)
            .putHealthBureauHeads(ZHENJIANG, 1)
            .putHealthBureauHeads(PilotFixtures.SHENZHEN, 1)
            .build();

    private GroupRecord of(CollaborationGroup group) {
      return GroupRecord.builder().group(group).addActivities(joint).build();
    }

    /** "若干协作组联合举办座谈或调研活动" (三(二)2): one joint exchange counts for each group that held it. */
    @Test
    void oneJointExchangeMeetsTheExchangeAndTheQuarterOfEachGroup() {
      for (CollaborationGroup group : List.of(GROUP, PilotFixtures.OTHER_GROUP)) {
        GroupCompliance compliance = SCHEDULE.compliance(of(group), date(2013, 1, 1));

        assertThat(compliance.workYear(Obligation.P12, 2012).map(ObligationStatus::getStatus)).as(group.getTopic().name())
            .contains(ComplianceStatus.MET);
        assertThat(compliance.quarter(2012, 3).map(ObligationStatus::getStatus)).contains(ComplianceStatus.MET);
      }
    }

    @Test
    void eachGroupIsJudgedOnItsOwnMembersAtTheJointExchange() {
      assertThat(SCHEDULE.compliance(of(GROUP), date(2013, 1, 1)).activity(Obligation.P9, "x1").orElseThrow().getAbsentMembers())
          .containsExactly("厦门市", "芜湖市", "鞍山市");
      assertThat(SCHEDULE.compliance(of(PilotFixtures.OTHER_GROUP), date(2013, 1, 1)).activity(Obligation.P9, "x1").orElseThrow().getAbsentMembers())
          .containsExactly("厦门市", "遵义市");
    }

    @Test
    void programmeListingTheGroupsAcceptsAHostFromAnotherHoldingGroup() {
      PilotSchedule schedule = PilotSchedule.of(withGroups(GROUP, PilotFixtures.OTHER_GROUP));

      assertThat(schedule.compliance(of(GROUP), date(2013, 1, 1)).workYear(Obligation.P12, 2012)).isPresent();
    }

    @Test
    void programmeListingTheGroupsRejectsAHostFromNoHoldingGroup() {
      Activity outsider = Activity.builder().from(joint).host(PilotFixtures.OUTSIDER).build();
      GroupRecord record = GroupRecord.builder().group(GROUP).addActivities(outsider).build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> PilotSchedule.of(withGroups(GROUP, PilotFixtures.OTHER_GROUP)).compliance(record, date(2013, 1, 1)))
          .withMessage("host 洛阳市 (河南省) of joint activity x1 is not a member of any group that held it: medical-service"
              + " supervision, hospital informatisation");
    }

    @Test
    void programmeListingTheGroupsRejectsARecordOfAnotherGroupForTheTopic() {
      CollaborationGroup another = CollaborationGroup.builder().from(GROUP).participants(List.of()).build();
      GroupRecord record = GroupRecord.builder().group(another).build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> PilotSchedule.of(withGroups(GROUP)).obligations(record, date(2012, 1, 1)))
          .withMessage("record's group is not the programme's group for topic hospital informatisation");
    }

    private CollaborationProgramme withGroups(CollaborationGroup... groups) {
      return CollaborationProgramme.builder().from(PilotFixtures.PROGRAMME_2011).addGroups(groups).build();
    }
  }

  @Nested
  class Severities {

    private final GroupCompliance nothingDone =
        SCHEDULE.compliance(record(bare("a1", date(2013, 5, 6), ActivityKind.SYMPOSIUM)), date(2014, 3, 1));

    private Severity severityOf(String ruleId) {
      return nothingDone.findings().stream().filter(f -> f.getRuleId().equals(ruleId)).map(Finding::getSeverity)
          .distinct().reduce((a, b) -> { throw new AssertionError(ruleId + " has two severities"); }).orElseThrow();
    }

    /** Duties the seed states without qualification ("须", "至少", a date) are violations when overdue. */
    @Test
    void dutiesStatedWithoutQualificationAreViolations() {
      for (String rule : List.of("P2", "P3", "P4", "P5", "P7", "P8", "P14")) {
        assertThat(severityOf(rule)).as(rule).isEqualTo(Severity.VIOLATION);
      }
    }

    /** "原则上各协作组每季度组织不少于1次的活动" (三(二)1) and "原则上每次活动每个城市均须…" (四(二)) are warnings. */
    @Test
    void dutiesInPrincipleAreWarningsAndSaySo() {
      for (String rule : List.of("P6", "P9")) {
        assertThat(severityOf(rule)).as(rule).isEqualTo(Severity.WARNING);
      }
      assertThat(nothingDone.quarter(2012, 2).orElseThrow().getReason().getEnglish())
          .isEqualTo("P6 quarterly activity (2012-Q2): overdue 0/1, due 2012-06-30, as of 2014-03-01; the document asks this only in"
              + " principle, so it is a warning");
      assertThat(nothingDone.quarter(2012, 2).orElseThrow().getReason().getChinese())
          .isEqualTo("P6 每季度活动（2012年第2季度）：逾期 0/1，期限2012-06-30，截至2014-03-01；文件规定为“原则上”，列为提醒");
    }

    /** The seed sets no deadline for the plan (五(一)) or the summary (五(二)), nor a frequency for exchanges (三(二)2). */
    @Test
    void periodsTheDocumentDoesNotSetAreWarningsAndSaySo() {
      for (String rule : List.of("P10", "P11", "P12")) {
        assertThat(severityOf(rule)).as(rule).isEqualTo(Severity.WARNING);
      }
      assertThat(nothingDone.workYear(Obligation.P11, 2012).orElseThrow().getReason().getEnglish())
          .isEqualTo("P11 annual work summary (2012): overdue 0/1, due 2013-01-30, as of 2014-03-01; the document sets no deadline or"
              + " frequency: this period is the library's reading, not the document's, so it is a warning");
      assertThat(nothingDone.workYear(Obligation.P11, 2012).orElseThrow().getReason().getChinese())
          .isEqualTo("P11 年度工作总结（2012年度）：逾期 0/1，期限2013-01-30，截至2014-03-01；文件未规定期限或频次，此期限为本库的默认理解，并非文件规定，列为提醒");
    }

    @Test
    void aDutyWithoutAPeriodMetLateSaysWhyItIsAWarning() {
      GroupCompliance late = SCHEDULE.compliance(recordOf(Submission.ofYear(DocumentKind.WORK_PLAN, 2011, date(2011, 12, 5))), date(2012, 1, 1));

      assertThat(late.workYear(Obligation.P10, 2011).orElseThrow().getReason().getEnglish())
          .endsWith("done 2011-12-05, as of 2012-01-01; the document sets no deadline or frequency: this period is the library's"
              + " reading, not the document's, so it is a warning");
    }

    @Test
    void aWarningDutyMetOrPendingSaysNothingOfSeverity() {
      GroupCompliance compliance = SCHEDULE.compliance(record(symposium("a1", date(2012, 5, 1)).build()), date(2012, 5, 1));

      assertThat(compliance.quarter(2012, 2).orElseThrow().getReason().getEnglish())
          .isEqualTo("P6 quarterly activity (2012-Q2): met 1/1, due 2012-06-30, done 2012-05-01, as of 2012-05-01");
      assertThat(compliance.workYear(Obligation.P12, 2012).orElseThrow().getReason().getChinese())
          .isEqualTo("P12 协作组间交流活动（2012年度）：未到期 0/1，期限2012-12-31，截至2012-05-01");
    }

    @Test
    void aDutyMetLateIsAWarning() {
      assertThat(severityOf("P1")).isEqualTo(Severity.WARNING);
      assertThat(nothingDone.phase1(Obligation.P1).getStatus()).isEqualTo(ComplianceStatus.MET_LATE);
    }

    @Test
    void severityOfEachObligation() {
      assertThat(Obligation.values()).filteredOn(o -> o.getSeverity() == Severity.WARNING)
          .containsExactly(Obligation.P6, Obligation.P9, Obligation.P10, Obligation.P11, Obligation.P12, Obligation.P13);
    }
  }

  @Nested
  class Lookups {

    private final GroupCompliance compliance =
        SCHEDULE.compliance(
            record(
                List.of(symposium("a1", date(2012, 5, 10)).build()),
                List.of(Submission.ofYear(DocumentKind.WORK_PLAN, 2012, date(2012, 1, 10)))),
            date(2013, 2, 1));

    @Test
    void phase1ObligationByItself() {
      assertThat(compliance.phase1(Obligation.P1).getInstance().getSubject()).isEqualTo("phase 1");
      assertThat(compliance.phase1(Obligation.P1).getStatus()).isEqualTo(ComplianceStatus.MET_LATE);
      assertThat(compliance.phase1(Obligation.P2).getStatus()).isEqualTo(ComplianceStatus.OVERDUE);
    }

    @Test
    void quarterByYearAndNumber() {
      assertThat(compliance.quarter(2012, 2)).hasValueSatisfying(s -> assertThat(s.getStatus()).isEqualTo(ComplianceStatus.MET));
      assertThat(compliance.quarter(2012, 3)).hasValueSatisfying(s -> assertThat(s.getStatus()).isEqualTo(ComplianceStatus.OVERDUE));
      assertThat(compliance.quarter(2013, 1)).hasValueSatisfying(s -> assertThat(s.getStatus()).isEqualTo(ComplianceStatus.PENDING));
      assertThat(compliance.quarter(2012, 4)).hasValueSatisfying(s -> assertThat(s.getInstance().getSubject()).isEqualTo("2012-Q4"));
      assertThat(compliance.quarter(2012, 1)).isEmpty();
      assertThat(compliance.quarter(2013, 2)).isEmpty();
    }

    @Test
    void workYearObligationByYear() {
      assertThat(compliance.workYear(Obligation.P10, 2012).map(ObligationStatus::getStatus)).contains(ComplianceStatus.MET);
      assertThat(compliance.workYear(Obligation.P11, 2012).map(ObligationStatus::getStatus)).contains(ComplianceStatus.OVERDUE);
      assertThat(compliance.workYear(Obligation.P10, 2013).map(ObligationStatus::getStatus)).contains(ComplianceStatus.OVERDUE);
      assertThat(compliance.workYear(Obligation.P11, 2013)).isEmpty();
      assertThat(compliance.workYear(Obligation.P12, 2011)).isEmpty();
    }

    @Test
    void activityObligationByActivityId() {
      assertThat(compliance.activity(Obligation.P14, "a1").map(ObligationStatus::getStatus)).contains(ComplianceStatus.MET);
      assertThat(compliance.activity(Obligation.P8, "a1").map(ObligationStatus::getStatus)).contains(ComplianceStatus.OVERDUE);
      assertThat(compliance.activity(Obligation.P8, "a2")).isEmpty();
    }

    @Test
    void lookupOfTheWrongScopeIsRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> compliance.phase1(Obligation.P6))
          .withMessage("obligation P6 is for each quarter, not for each phase 1");
      assertThatIllegalArgumentException().isThrownBy(() -> compliance.workYear(Obligation.P8, 2012))
          .withMessage("obligation P8 is for each activity, not for each work year");
      assertThatIllegalArgumentException().isThrownBy(() -> compliance.activity(Obligation.P1, "a1"))
          .withMessage("obligation P1 is for each phase 1, not for each activity");
    }

    @Test
    void nationalMeetingLookupIsRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> compliance.workYear(Obligation.P13, 2012))
          .withMessage("obligation P13 is the ministry's duty, listed in the schedule and never judged");
    }

    @Test
    void quarterOutsideOneToFourAndYearOutsideTheSupportedRangeAreRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> compliance.quarter(2012, 0)).withMessage("quarter 0 is outside 1 to 4");
      assertThatIllegalArgumentException().isThrownBy(() -> compliance.quarter(2012, 5)).withMessage("quarter 5 is outside 1 to 4");
      assertThatIllegalArgumentException().isThrownBy(() -> compliance.quarter(1899, 1))
          .withMessage("year 1899 is outside the supported years 1900 to 2200");
      assertThatIllegalArgumentException().isThrownBy(() -> compliance.workYear(Obligation.P10, 2201))
          .withMessage("year 2201 is outside the supported years 1900 to 2200");
    }

    @Test
    void everyScopeIsOneOfFour() {
      assertThat(Obligation.values()).extracting(Obligation::getScope)
          .containsOnly(ObligationScope.PHASE_1, ObligationScope.QUARTER, ObligationScope.WORK_YEAR, ObligationScope.ACTIVITY);
      assertThat(ObligationScope.QUARTER.getChineseName()).isEqualTo("季度");
    }
  }

  @Nested
  class RequiredCounts {

    private final CollaborationProgramme programme =
        CollaborationProgramme.builder()
            .from(PilotFixtures.PROGRAMME_2011)
            .minPhase1Activities(4)
            .minActivitiesPerQuarter(2)
            .minInterGroupExchangesPerYear(3)
            .build();

    private int required(CollaborationGroup group, Obligation obligation) {
      GroupRecord record = GroupRecord.builder().group(group)
          .addActivities(Activity.builder().id("a1").date(date(2012, 5, 1)).kind(ActivityKind.SYMPOSIUM)
              .host(group.getLeadUnits().get(0)).build())
          .build();
      return PilotSchedule.of(programme).obligations(record, date(2013, 2, 1)).stream()
          .filter(i -> i.getObligation() == obligation)
          .map(ObligationInstance::getRequired)
          .distinct()
          .reduce((a, b) -> { throw new AssertionError(obligation + " needs both " + a + " and " + b); })
          .orElseThrow();
    }

    @Test
    void countsComeFromTheProgramme() {
      assertThat(required(GROUP, Obligation.P2)).isEqualTo(4);
      assertThat(required(GROUP, Obligation.P6)).isEqualTo(2);
      assertThat(required(GROUP, Obligation.P12)).isEqualTo(3);
    }

    @Test
    void attendanceCountsComeFromTheGroup() {
      assertThat(required(GROUP, Obligation.P9)).isEqualTo(4);
      assertThat(required(PilotFixtures.OTHER_GROUP, Obligation.P9)).isEqualTo(3);
      assertThat(required(GROUP, Obligation.P14)).isEqualTo(3);
    }

    @Test
    void singleItemsNeedOne() {
      for (Obligation obligation : List.of(Obligation.P1, Obligation.P3, Obligation.P4, Obligation.P5, Obligation.P7,
          Obligation.P8, Obligation.P10, Obligation.P11, Obligation.P13)) {
        assertThat(required(GROUP, obligation)).as(obligation.name()).isEqualTo(1);
      }
    }
  }

  @Nested
  class Texts {

    private final GroupCompliance compliance =
        SCHEDULE.compliance(
            record(
                List.of(
                    symposium("座谈一", date(2011, 11, 25)).putHealthBureauHeads(XIAMEN, 0).liaisonPresent(false).build(),
                    bare("调研二", date(2012, 5, 6), ActivityKind.SITE_VISIT)),
                List.of(Submission.of(DocumentKind.EXPERIENCE_REPORT, date(2012, 1, 3)))),
            date(2013, 3, 1));

    /** Chinese reasons use Chinese punctuation and no English words (the rule ids P1…P14 are ids). */
    @Test
    void chineseReasonsHaveChinesePunctuationAndNoEnglishWords() {
      assertThat(compliance.getStatuses()).allSatisfy(status -> {
        String chinese = status.getReason().getChinese().replaceAll("P\\d+", "");
        assertThat(chinese).as(chinese).doesNotContainPattern("[A-Za-z]").doesNotContainPattern("[,:;()]");
      });
    }

    @Test
    void complianceReadsAsASummary() {
      GroupCompliance early =
          SCHEDULE.compliance(
              record(
                  List.of(symposium("a1", date(2011, 11, 25)).planSubmitted(date(2011, 11, 20)).reportSubmitted(date(2011, 11, 30)).build()),
                  List.of(Submission.ofYear(DocumentKind.WORK_PLAN, 2011, date(2011, 12, 5)))),
              date(2012, 1, 1));

      assertThat(early).hasToString(
          "hospital informatisation as of 2012-01-01: 5 of 7 due met on time, 1 met late, 1 overdue: P3 report on local practice"
              + " and experience (phase 1)");
    }

    @Test
    void fiveOverdueAreAllShown() {
      // as of 2012-01-01 with nothing done: P1, P10 (2011), P3 overdue; P2, P4, P5 and the rest pending
      GroupCompliance three = SCHEDULE.compliance(record(), date(2012, 1, 1));
      // as of 2012-02-01: also P11 (2011) and P10 (2012), five in all
      GroupCompliance five = SCHEDULE.compliance(record(), date(2012, 2, 1));

      assertThat(three.toString()).endsWith("3 overdue: P1 first activity (phase 1), P10 annual work plan (2011), P3 report on local"
          + " practice and experience (phase 1)");
      assertThat(five.toString()).endsWith(", P11 annual work summary (2011), P10 annual work plan (2012)");
    }

    @Test
    void longOverdueListsShowTheFirstFive() {
      assertThat(SCHEDULE.compliance(record(), date(2014, 1, 1)).toString())
          .startsWith("hospital informatisation as of 2014-01-01: 0 of 19 due met on time, 0 met late, 19 overdue: P1 first activity"
              + " (phase 1), P10 annual work plan (2011), P3 report on local practice and experience (phase 1), P11 annual work"
              + " summary (2011), P10 annual work plan (2012) and 14 more");
    }
  }

  @Test
  void scheduleKeepsItsProgramme() {
    assertThat(SCHEDULE.getProgramme()).isSameAs(PilotProgramme2011.programme());
  }
}
