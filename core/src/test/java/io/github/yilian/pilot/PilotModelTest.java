package io.github.yilian.pilot;

import static io.github.yilian.pilot.PilotFixtures.ANSHAN;
import static io.github.yilian.pilot.PilotFixtures.GROUP;
import static io.github.yilian.pilot.PilotFixtures.OUTSIDER;
import static io.github.yilian.pilot.PilotFixtures.WUHU;
import static io.github.yilian.pilot.PilotFixtures.XIAMEN;
import static io.github.yilian.pilot.PilotFixtures.ZHENJIANG;
import static io.github.yilian.pilot.PilotFixtures.bare;
import static io.github.yilian.pilot.PilotFixtures.date;
import static io.github.yilian.pilot.PilotFixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.yilian.common.DateRange;
import jakarta.validation.ConstraintViolationException;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PilotModelTest {

  @Nested
  class Topics {

    @Test
    void nineTopicsWithChineseAndEnglishNames() {
      assertThat(ReformTopic.values()).hasSize(9);
      assertThat(ReformTopic.SEPARATING_MEDICINE_FROM_PHARMACY.getChineseName()).isEqualTo("医药分开");
      assertThat(ReformTopic.HOSPITAL_INFORMATISATION.getEnglishName()).isEqualTo("hospital informatisation");
    }

    @Test
    void obligationsNameTheirSeedSection() {
      assertThat(Obligation.P8.getSection()).isEqualTo("五(二)");
      assertThat(Obligation.P8.getChineseName()).isEqualTo("活动报告");
      assertThat(Obligation.P8.getEnglishName()).isEqualTo("activity report");
    }

    @Test
    void onlyTheNationalMeetingIsNotAGroupActivity() {
      assertThat(ActivityKind.values()).filteredOn(k -> !k.isGroupActivity()).containsExactly(ActivityKind.NATIONAL_MEETING);
      assertThat(ActivityKind.SITE_VISIT.getChineseName()).isEqualTo("现场调研");
    }

    @Test
    void onlyPlanAndSummaryAreAnnual() {
      assertThat(DocumentKind.values()).filteredOn(DocumentKind::isAnnual)
          .containsExactly(DocumentKind.WORK_PLAN, DocumentKind.WORK_SUMMARY);
      assertThat(DocumentKind.POLICY_DRAFT.getChineseName()).isEqualTo("政策文件（建议稿）");
      assertThat(DocumentKind.POLICY_DRAFT.getEnglishName()).isEqualTo("draft national policy document");
    }
  }

  @Nested
  class Groups {

    private CollaborationGroup.Builder withLeads(PilotCity... leads) {
      CollaborationGroup.Builder builder = CollaborationGroup.builder();
      builder.topic(ReformTopic.PLANNING_AND_REGULATION).addLeadUnits(leads).addGuidingExperts("专家甲", "专家乙");
      return builder;
    }

    @Test
    void membersAreTheLeadsThenTheParticipants() {
      CollaborationGroup group = withLeads(XIAMEN, WUHU).addParticipants(ZHENJIANG).build();

      assertThat(group.getMembers()).containsExactly(XIAMEN, WUHU, ZHENJIANG);
      assertThat(GROUP.getMembers()).hasSize(4);
    }

    @Test
    void oneLeadUnitIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> withLeads(ZHENJIANG).build())
          .withMessageContaining("leadUnits size must be between 2 and 2: 1 element");
    }

    @Test
    void threeLeadUnitsAreRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> withLeads(ZHENJIANG, WUHU, ANSHAN).build())
          .withMessageContaining("leadUnits size must be between 2 and 2: 3 elements");
    }

    @Test
    void theSameLeadTwiceIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> withLeads(ZHENJIANG, ZHENJIANG).build())
          .withMessage("CollaborationGroup is invalid: leadUnits: lead unit 镇江市 (江苏省) is named twice; a group has 2 different lead units");
    }

    @Test
    void leadAlsoParticipatingIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> withLeads(ZHENJIANG, WUHU).addParticipants(WUHU).build())
          .withMessage("CollaborationGroup is invalid: participants: lead unit 芜湖市 (安徽省) is also a participating unit");
    }

    @Test
    void theSameGuidingExpertTwiceIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(
              () ->
                  CollaborationGroup.builder().topic(ReformTopic.PLANNING_AND_REGULATION).addLeadUnits(ZHENJIANG, WUHU)
                      .addGuidingExperts("专家甲", "专家甲").build())
          .withMessage("CollaborationGroup is invalid: guidingExperts: guiding expert 专家甲 is named twice; a group has 2 different"
              + " guiding experts");
    }

    @Test
    void oneGuidingExpertIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(
              () ->
                  CollaborationGroup.builder()
                      .topic(ReformTopic.PLANNING_AND_REGULATION)
                      .addLeadUnits(ZHENJIANG, WUHU)
                      .addGuidingExperts("专家甲")
                      .build())
          .withMessageContaining("guidingExperts size must be between 2 and 2: [专家甲]");
    }

    @Test
    void blankCityNameIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> PilotCity.of(" ", "江苏省"))
          .withMessageContaining("name must not be blank: \" \"");
    }

    @Test
    void citiesOrderByNameThenProvince() {
      assertThat(PilotCity.of("A", "x").compareTo(PilotCity.of("A", "y"))).isNegative();
      assertThat(PilotCity.of("B", "a").compareTo(PilotCity.of("A", "z"))).isPositive();
      assertThat(ZHENJIANG).hasToString("镇江市 (江苏省)");
    }
  }

  @Nested
  class Activities {

    @Test
    void reportDatedBeforeTheActivityIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> symposium("a1", date(2012, 3, 28)).reportSubmitted(date(2012, 3, 27)).build())
          .withMessage("Activity is invalid: reportSubmitted: report date 2012-03-27 is before the activity's last day 2012-03-28");
    }

    /** "现场调研" may take several days; an activity is one day unless its last day is set. */
    @Test
    void activityIsOneDayByDefault() {
      Activity activity = symposium("a1", date(2012, 3, 28)).build();

      assertThat(activity.getLastDay()).isEqualTo(date(2012, 3, 28));
      assertThat(activity.getDays().lengthInDays()).isEqualTo(1);
    }

    @Test
    void siteVisitLastsFromItsFirstToItsLastDay() {
      Activity visit = symposium("v1", date(2011, 11, 28)).kind(ActivityKind.SITE_VISIT).lastDay(date(2011, 11, 30)).build();

      assertThat(visit.getDays()).isEqualTo(DateRange.of(date(2011, 11, 28), date(2011, 11, 30)));
    }

    @Test
    void lastDayBeforeTheFirstIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> symposium("a1", date(2012, 3, 28)).lastDay(date(2012, 3, 27)).build())
          .withMessage("Activity is invalid: lastDay: last day 2012-03-27 is before the first day 2012-03-28");
    }

    /** "日常活动结束后5日内，报送…活动报告" (五(二)): the report follows the end of the activity. */
    @Test
    void reportBeforeTheLastDayOfASiteVisitIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> symposium("v1", date(2011, 11, 28)).lastDay(date(2011, 11, 30)).reportSubmitted(date(2011, 11, 29)).build())
          .withMessage("Activity is invalid: reportSubmitted: report date 2011-11-29 is before the activity's last day 2011-11-30");
    }

    @Test
    void reportOnTheActivityDayIsAccepted() {
      assertThat(symposium("a1", date(2012, 3, 28)).reportSubmitted(date(2012, 3, 28)).build().getReportSubmitted())
          .contains(date(2012, 3, 28));
    }

    @Test
    void groupActivityWithoutHostIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Activity.builder().id("a1").date(date(2012, 3, 28)).kind(ActivityKind.SYMPOSIUM).build())
          .withMessage("Activity is invalid: host: kind symposium needs a host unit: every group activity has one");
    }

    @Test
    void nationalMeetingWithHostIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(
              () -> Activity.builder().id("n1").date(date(2012, 3, 28)).kind(ActivityKind.NATIONAL_MEETING).host(ZHENJIANG).build())
          .withMessage("Activity is invalid: host: host 镇江市 (江苏省) is given for the national meeting, which the ministry holds and no member unit hosts");
    }

    /** "若干协作组联合举办座谈或调研活动" (三(二)2): only an inter-group exchange is held jointly. */
    @Test
    void jointSymposiumIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(
              () ->
                  symposium("a1", date(2012, 8, 5))
                      .heldBy(List.of(ReformTopic.HOSPITAL_INFORMATISATION, ReformTopic.MEDICAL_SERVICE_SUPERVISION))
                      .build())
          .withMessage("Activity is invalid: heldBy: only an inter-group exchange is held jointly, by at least 2 groups: kind"
              + " symposium names the groups medical-service supervision, hospital informatisation");
    }

    @Test
    void exchangeHeldJointlyByOneGroupIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(
              () ->
                  symposium("x1", date(2012, 8, 5)).kind(ActivityKind.INTER_GROUP_EXCHANGE)
                      .heldBy(List.of(ReformTopic.HOSPITAL_INFORMATISATION))
                      .build())
          .withMessageContaining("kind inter-group exchange names the groups hospital informatisation");
    }

    @Test
    void exchangeOfOneGroupNeedsNoHeldBy() {
      Activity exchange = symposium("x1", date(2012, 8, 5)).kind(ActivityKind.INTER_GROUP_EXCHANGE).build();

      assertThat(exchange.isJoint()).isFalse();
      assertThat(exchange.getHeldBy()).isEmpty();
    }

    @Test
    void negativeHeadCountIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> symposium("a1", date(2012, 3, 28)).putHealthBureauHeads(XIAMEN, -1).build())
          .withMessageContaining("must be greater than or equal to 0: -1");
    }

    @Test
    void attendanceIsKeptWithExpertsAndLiaison() {
      Activity activity = symposium("a1", date(2012, 3, 28)).guidingExpertsPresent(List.of("专家甲")).liaisonPresent(true).build();

      assertThat(activity.headsFrom(XIAMEN)).isEqualTo(1);
      assertThat(activity.headsFrom(OUTSIDER)).isZero();
      assertThat(activity.getGuidingExpertsPresent()).containsExactly("专家甲");
      assertThat(activity.isLiaisonPresent()).isTrue();
      assertThat(bare("a2", date(2012, 3, 28), ActivityKind.SYMPOSIUM).isLiaisonPresent()).isFalse();
    }
  }

  @Nested
  class Records {

    @Test
    void hostOutsideTheGroupIsRejected() {
      Activity activity = Activity.builder().id("a1").date(date(2012, 3, 28)).kind(ActivityKind.SYMPOSIUM).host(OUTSIDER).build();

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> PilotFixtures.record(activity))
          .withMessage("GroupRecord is invalid: activities: host 洛阳市 (河南省) of activity a1 is not a member of the hospital informatisation group");
    }

    /** "活动可酌情邀请协作组外的国家联系试点城市或省级试点地区参加" (三(二)1). */
    @Test
    void guestCityAndProvincialRegionMayAttend() {
      Activity activity =
          symposium("a1", date(2012, 3, 28)).addGuestCities(OUTSIDER).putHealthBureauHeads(OUTSIDER, 1).addGuestRegions("江苏省").build();

      assertThat(PilotFixtures.record(activity).getActivities()).containsExactly(activity);
      assertThat(activity.getGuestCities()).containsExactly(OUTSIDER);
      assertThat(activity.getGuestRegions()).containsExactly("江苏省");
    }

    @Test
    void cityThatIsNeitherMemberNorGuestSendingHeadsIsRejected() {
      Activity activity = symposium("a1", date(2012, 3, 28)).putHealthBureauHeads(OUTSIDER, 1).build();

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> PilotFixtures.record(activity))
          .withMessage("GroupRecord is invalid: activities: city 洛阳市 (河南省) sent heads to activity a1 but is neither a member nor a guest");
    }

    @Test
    void memberListedAsGuestIsRejected() {
      Activity activity = symposium("a1", date(2012, 3, 28)).addGuestCities(XIAMEN).build();

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> PilotFixtures.record(activity))
          .withMessage("GroupRecord is invalid: activities: guest city 厦门市 (福建省) of activity a1 is a member of the group");
    }

    @Test
    void guidingExpertOfAnotherGroupAtAnOwnActivityIsRejected() {
      Activity activity = symposium("a1", date(2012, 3, 28)).addGuidingExpertsPresent("专家丙").build();

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> PilotFixtures.record(activity))
          .withMessage("GroupRecord is invalid: activities: 专家丙 is listed as a guiding expert at activity a1 but is not one of the group's");
    }

    @Test
    void jointExchangeHostedByAnotherHoldingGroupsMemberIsAccepted() {
      Activity joint =
          Activity.builder().id("x1").date(date(2012, 8, 5)).kind(ActivityKind.INTER_GROUP_EXCHANGE)
              .heldBy(List.of(ReformTopic.HOSPITAL_INFORMATISATION, ReformTopic.MEDICAL_SERVICE_SUPERVISION))
              .host(PilotFixtures.SHENZHEN).putHealthBureauHeads(PilotFixtures.SHENZHEN, 1).addGuidingExpertsPresent("专家丙")
              .build();

      assertThat(PilotFixtures.record(joint).getActivities()).containsExactly(joint);
      assertThat(joint.isJoint()).isTrue();
    }

    @Test
    void jointExchangeNotHeldByTheGroupIsRejected() {
      Activity joint =
          Activity.builder().id("x1").date(date(2012, 8, 5)).kind(ActivityKind.INTER_GROUP_EXCHANGE)
              .heldBy(List.of(ReformTopic.PLANNING_AND_REGULATION, ReformTopic.MEDICAL_SERVICE_SUPERVISION))
              .host(PilotFixtures.SHENZHEN)
              .build();

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> PilotFixtures.record(joint))
          .withMessage("GroupRecord is invalid: activities: joint activity x1 does not name the hospital informatisation group among"
              + " the groups that held it");
    }

    @Test
    void duplicateActivityIdIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(
              () ->
                  PilotFixtures.record(
                      bare("a1", date(2012, 3, 28), ActivityKind.SYMPOSIUM), bare("a1", date(2012, 4, 28), ActivityKind.SYMPOSIUM)))
          .withMessage("GroupRecord is invalid: activities: activity id a1 is used more than once");
    }

    @Test
    void annualDocumentWithoutYearIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Submission.of(DocumentKind.WORK_PLAN, date(2012, 1, 5)))
          .withMessage("Submission is invalid: workYear: work year is missing: kind annual work plan covers one work year");
    }

    @Test
    void oneOffDocumentWithYearIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Submission.ofYear(DocumentKind.POLICY_DRAFT, 2012, date(2012, 1, 5)))
          .withMessageContaining("work year 2012 does not fit kind draft national policy document");
    }
  }

  @Nested
  class Programmes {

    private CollaborationProgramme.Builder valid() {
      CollaborationProgramme.Builder builder = CollaborationProgramme.builder();
      builder
          .phase1(DateRange.of(date(2021, 1, 1), date(2021, 6, 30)))
          .firstActivityDue(date(2021, 1, 31))
          .minPhase1Activities(2)
          .experienceReportDue(date(2021, 3, 31))
          .policyDraftDue(date(2021, 5, 15))
          .policyMeasuresDue(date(2021, 6, 30))
          .phase2Start(date(2021, 7, 1));
      return builder;
    }

    @Test
    void preset2011HasTheSeedsDates() {
      CollaborationProgramme p = PilotProgramme2011.programme();

      assertThat(p.getPhase1()).isEqualTo(DateRange.of(date(2011, 11, 1), date(2012, 3, 31)));
      assertThat(p.getFirstActivityDue()).isEqualTo(date(2011, 11, 30));
      assertThat(p.getMinPhase1Activities()).isEqualTo(3);
      assertThat(p.getExperienceReportDue()).isEqualTo(date(2011, 12, 31));
      assertThat(p.getPolicyDraftDue()).isEqualTo(date(2012, 2, 20));
      assertThat(p.getGroups()).isEmpty();
      assertThat(p.getPolicyMeasuresDue()).isEqualTo(date(2012, 2, 29));
      assertThat(p.getPhase2Start()).isEqualTo(date(2012, 4, 1));
      assertThat(List.of(p.getMinActivitiesPerQuarter(), p.getActivityReportDays(), p.getWorkPlanDays(), p.getWorkSummaryDays(), p.getMinInterGroupExchangesPerYear()))
          .containsExactly(1, 5, 30, 30, 1);
      assertThat(p.getWorkYearStart()).isEqualTo(Month.JANUARY);
    }

    @Test
    void anotherProgrammeTakesTheSpecDefaults() {
      CollaborationProgramme p = valid().build();

      assertThat(p.getStart()).isEqualTo(date(2021, 1, 1));
      assertThat(p.getActivityReportDays()).isEqualTo(5);
    }

    @Test
    void workYearsMayStartInAnotherMonth() {
      CollaborationProgramme p = valid().workYearStart(Month.JULY).build();

      assertThat(p.workYearOf(date(2021, 6, 30))).isEqualTo(DateRange.of(date(2020, 7, 1), date(2021, 6, 30)));
      assertThat(p.workYearOf(date(2021, 7, 1))).isEqualTo(DateRange.of(date(2021, 7, 1), date(2022, 6, 30)));
    }

    @Test
    void firstActivityDeadlineOutsidePhase1IsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> valid().firstActivityDue(date(2021, 7, 1)).build())
          .withMessage("CollaborationProgramme is invalid: firstActivityDue: first-activity deadline 2021-07-01 is outside phase 1 2021-01-01/2021-06-30");
    }

    @Test
    void deadlineBeforeTheStartIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> valid().policyDraftDue(date(2020, 12, 31)).build())
          .withMessage("CollaborationProgramme is invalid: policyDraftDue: deadline 2020-12-31 is before the programme start 2021-01-01");
    }

    @Test
    void deadlineOnTheStartIsAccepted() {
      assertThat(valid().experienceReportDue(date(2021, 1, 1)).build().getExperienceReportDue()).isEqualTo(date(2021, 1, 1));
    }

    @Test
    void phase2StartingInsidePhase1IsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> valid().phase2Start(date(2021, 6, 30)).build())
          .withMessage("CollaborationProgramme is invalid: phase2Start: phase 2 start 2021-06-30 is not after the end of phase 1 2021-06-30");
    }

    /** "每个专题设立一个协作组" (二(一)): a second group for a topic is invalid. */
    @Test
    void secondGroupForATopicIsRejected() {
      CollaborationGroup second = CollaborationGroup.builder().from(GROUP).participants(List.of()).build();

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> valid().addGroups(GROUP, PilotFixtures.OTHER_GROUP, second).build())
          .withMessage("CollaborationProgramme is invalid: groups: a second group for topic hospital informatisation is invalid: one"
              + " group per topic");
    }

    @Test
    void groupsOfTheProgrammeAreFoundByTopic() {
      CollaborationProgramme p = valid().addGroups(GROUP, PilotFixtures.OTHER_GROUP).build();

      assertThat(p.groupFor(ReformTopic.MEDICAL_SERVICE_SUPERVISION)).contains(PilotFixtures.OTHER_GROUP);
      assertThat(p.groupFor(ReformTopic.PLANNING_AND_REGULATION)).isEmpty();
    }

    @Test
    void reportPeriodLongerThanAYearIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> valid().activityReportDays(367).build())
          .withMessageContaining("activityReportDays must be less than or equal to 366: 367");
      assertThat(valid().activityReportDays(366).build().getActivityReportDays()).isEqualTo(366);
    }

    @Test
    void zeroActivitiesPerQuarterIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> valid().minActivitiesPerQuarter(0).build())
          .withMessageContaining("minActivitiesPerQuarter must be greater than 0: 0");
    }
  }

  @Test
  void statusNamesAreBilingual() {
    assertThat(ComplianceStatus.MET_LATE.getChineseName()).isEqualTo("逾期完成");
    assertThat(ComplianceStatus.OVERDUE.getEnglishName()).isEqualTo("overdue");
  }
}
