package io.github.yilian.pilot;

import java.time.LocalDate;
import java.util.List;

/** Named cities, a group and activity helpers shared by the pilot tests. */
final class PilotFixtures {

  static final PilotCity ZHENJIANG = PilotCity.of("镇江市", "江苏省");
  static final PilotCity WUHU = PilotCity.of("芜湖市", "安徽省");
  static final PilotCity ANSHAN = PilotCity.of("鞍山市", "辽宁省");
  static final PilotCity XIAMEN = PilotCity.of("厦门市", "福建省");
  static final PilotCity OUTSIDER = PilotCity.of("洛阳市", "河南省");

  static final CollaborationProgramme PROGRAMME_2011 = PilotProgramme2011.programme();
  static final PilotSchedule SCHEDULE = PilotSchedule.of(PROGRAMME_2011);

  static final CollaborationGroup GROUP =
      CollaborationGroup.builder()
          .topic(ReformTopic.HOSPITAL_INFORMATISATION)
          .addLeadUnits(ZHENJIANG, WUHU)
          .addParticipants(ANSHAN, XIAMEN)
          .addGuidingExperts("专家甲", "专家乙")
          .build();

  private PilotFixtures() {}

  static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** A symposium hosted by Zhenjiang that every member attends, plan and report on time. */
  static Activity.Builder symposium(String id, LocalDate date) {
    Activity.Builder builder = Activity.builder();
    builder.id(id).date(date).kind(ActivityKind.SYMPOSIUM).host(ZHENJIANG);
    GROUP.getMembers().forEach(city -> builder.putHealthBureauHeads(city, 1));
    return builder;
  }

  /** A symposium with only its date and host, nothing submitted, nobody listed. */
  static Activity bare(String id, LocalDate date, ActivityKind kind) {
    Activity.Builder builder = Activity.builder().id(id).date(date).kind(kind);
    if (kind.isGroupActivity()) {
      builder.host(ZHENJIANG);
    }
    return builder.build();
  }

  static GroupRecord record(List<Activity> activities, List<Submission> submissions) {
    return GroupRecord.builder().group(GROUP).activities(activities).submissions(submissions).build();
  }

  static GroupRecord record(Activity... activities) {
    return record(List.of(activities), List.of());
  }

  static GroupRecord recordOf(Submission... submissions) {
    return record(List.of(), List.of(submissions));
  }
}
