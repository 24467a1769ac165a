package io.github.yilian.pilot;

import java.time.LocalDate;
import java.util.List;

/** Named cities, two groups and activity helpers shared by the pilot tests. */
final class PilotFixtures {

  static final PilotCity ZHENJIANG = PilotCity.of("镇江市", "江苏省");
  static final PilotCity WUHU = PilotCity.of("芜湖市", "安徽省");
  static final PilotCity ANSHAN = PilotCity.of("鞍山市", "辽宁省");
  static final PilotCity XIAMEN = PilotCity.of("厦门市", "福建省");
  static final PilotCity OUTSIDER = PilotCity.of("洛阳市", "河南省");
  static final PilotCity SHENZHEN = PilotCity.of("深圳市", "广东省");
  static final PilotCity ZUNYI = PilotCity.of("遵义市", "贵州省");

  static final String EXPERT_A = "专家甲";
  static final String EXPERT_B = "专家乙";

  static final CollaborationProgramme PROGRAMME_2011 = PilotProgramme2011.programme();
  static final PilotSchedule SCHEDULE = PilotSchedule.of(PROGRAMME_2011);

  /** The hospital informatisation group: 4 members, experts 专家甲 and 专家乙. */
  static final CollaborationGroup GROUP =
      CollaborationGroup.builder()
          .topic(ReformTopic.HOSPITAL_INFORMATISATION)
          .addLeadUnits(ZHENJIANG, WUHU)
          .addParticipants(ANSHAN, XIAMEN)
          .addGuidingExperts(EXPERT_A, EXPERT_B)
          .build();

  /** The medical-service supervision group: 3 members, one of them (厦门市) also in {@link #GROUP}. */
  static final CollaborationGroup OTHER_GROUP =
      CollaborationGroup.builder()
          .topic(ReformTopic.MEDICAL_SERVICE_SUPERVISION)
          .addLeadUnits(SHENZHEN, ZUNYI)
          .addParticipants(XIAMEN)
          .addGuidingExperts("专家丙", "专家丁")
          .build();

  private PilotFixtures() {}

  static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /**
   * A one-day symposium hosted by Zhenjiang that every member, both guiding experts and the
   * liaisons attend; nothing submitted.
   */
  static Activity.Builder symposium(String id, LocalDate date) {
    Activity.Builder builder = Activity.builder();
    builder.id(id).date(date).kind(ActivityKind.SYMPOSIUM).host(ZHENJIANG)
        .addGuidingExpertsPresent(EXPERT_A, EXPERT_B).liaisonPresent(true);
    GROUP.getMembers().forEach(city -> builder.putHealthBureauHeads(city, 1));
    return builder;
  }

  /** An activity with only its date, kind and (for group activities) host: nothing submitted, nobody listed. */
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

  /** Returns the status of an instance found by obligation and subject id, failing if it is not there. */
  static ObligationStatus statusOf(GroupCompliance compliance, Obligation obligation, String subject) {
    return compliance.getStatuses().stream()
        .filter(s -> s.getInstance().getObligation() == obligation && s.getInstance().getSubject().equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + obligation + " " + subject + " in " + compliance));
  }
}
