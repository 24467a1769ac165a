package io.github.yilian.excel;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.CareUnit;
import io.github.yilian.alliance.MemberVolume;
import io.github.yilian.alliance.OutreachKind;
import io.github.yilian.alliance.OutreachVisit;
import io.github.yilian.alliance.PartyActivity;
import io.github.yilian.alliance.PartyActivityKind;
import io.github.yilian.alliance.ProjectStatus;
import io.github.yilian.alliance.Referral;
import io.github.yilian.alliance.ReferralStandard;
import io.github.yilian.alliance.ResearchProject;
import io.github.yilian.alliance.ResultSharing;
import io.github.yilian.alliance.SpecialtyAlliance;
import io.github.yilian.alliance.TraineeStay;
import io.github.yilian.alliance.TrainingKind;
import io.github.yilian.alliance.Volume;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.county.AdministrativeTree;
import io.github.yilian.county.Fact;
import io.github.yilian.county.Level;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.Pairing;
import io.github.yilian.county.Secondment;
import io.github.yilian.county.Unit;
import io.github.yilian.county.UnitKind;
import java.time.LocalDate;
import io.github.yilian.expert.AdjustmentEvent;
import io.github.yilian.expert.Attestation;
import io.github.yilian.expert.EvaluationAssignment;
import io.github.yilian.expert.EventType;
import io.github.yilian.expert.Expert;
import io.github.yilian.expert.ExpertActivity;
import io.github.yilian.expert.ExpertActivityKind;
import io.github.yilian.expert.ExpertGroup;
import io.github.yilian.expert.ExpertTeam;
import io.github.yilian.expert.Expertise;
import io.github.yilian.expert.Liaison;
import io.github.yilian.expert.Province;
import io.github.yilian.expert.SelectionCriterion;
import io.github.yilian.expert.Sector;
import io.github.yilian.pilot.Activity;
import io.github.yilian.pilot.ActivityKind;
import io.github.yilian.pilot.CollaborationGroup;
import io.github.yilian.pilot.DocumentKind;
import io.github.yilian.pilot.GroupRecord;
import io.github.yilian.pilot.PilotCity;
import io.github.yilian.pilot.ReformTopic;
import io.github.yilian.pilot.Submission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the models the workbooks carry, reaching the edges a spreadsheet
 * makes hard: ids that look like numbers ("650102", "007"), Chinese and mixed text, years 1900 and
 * 2200, counts up to 10^12, empty and optional parts.
 */
final class ExcelGenerators {

  /** Texts as people type them (no space at either end: the import trims cells). */
  static final List<String> TEXTS = List.of("007", "650102", "1.50", "神经外科", "海口市 人民医院", "O'Brien & Co.",
      "TRUE", "2023-12-31", "a", "项目（一）：试点", "=1+1");

  private ExcelGenerators() {}

  static Gen<String> texts() {
    return Generate.pick(TEXTS);
  }

  static Gen<Long> counts() {
    return Generate.oneOf(longs().between(0, 1_000), Generate.constant(SupportedRange.MAX_COUNT),
        longs().between(0, SupportedRange.MAX_COUNT));
  }

  static Gen<Integer> years() {
    return Generate.oneOf(Generate.constant(SupportedRange.MIN_YEAR), Generate.constant(SupportedRange.MAX_YEAR),
        integers().between(SupportedRange.MIN_YEAR, SupportedRange.MAX_YEAR));
  }

  static Gen<LocalDate> dayOf(int year) {
    return integers().between(1, LocalDate.of(year, 1, 1).lengthOfYear()).map(d -> LocalDate.ofYearDay(year, d));
  }

  /** An alliance of 1 to 3 member units and a record of its year with some evidence of every kind. */
  static Gen<AllianceAssessmentRecord> allianceRecords() {
    return years().zip(integers().between(1, 3), texts(), texts(), (year, members, name, title) -> new Object[] {year, members, name, title})
        .flatMap(seed -> {
          int year = (Integer) seed[0];
          int size = (Integer) seed[1];
          List<String> memberIds = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            memberIds.add(i == 0 ? (String) seed[2] + "-m" : "m" + i);
          }
          Gen<String> member = Generate.pick(memberIds);
          Gen<LocalDate> day = dayOf(year);
          Gen<List<OutreachVisit>> visits = lists().of(day.zip(member, Generate.enumValues(OutreachKind.class), OutreachVisit::of))
              .ofSizeBetween(0, 4);
          Gen<List<TraineeStay>> stays = lists().of(day.zip(member, integers().between(1, 99), (d, m, n) ->
              TraineeStay.builder().personId("p" + n).memberUnitId(m).kind(TrainingKind.SHORT_COURSE)
                  .period(DateRange.of(d, d)).build())).ofSizeBetween(0, 3);
          Gen<List<Referral>> referrals = lists().of(day.zip(member, integers().between(1, 99), (d, m, n) ->
              Referral.builder().patientId("patient " + n).date(d).fromUnitId(m).toUnitId("lead").build())).ofSizeBetween(0, 3);
          Gen<List<ResearchProject>> projects = lists().of(member.zip(texts(), Generate.enumValues(ProjectStatus.class),
              ResearchProject::of)).ofSizeBetween(0, 3);
          Gen<List<PartyActivity>> party = lists().of(day.zip(Generate.enumValues(PartyActivityKind.class), PartyActivity::of))
              .ofSizeBetween(0, 3);
          // each member keeps some of the three measures (at least one), the same ones in both years
          Gen<boolean[]> kept = integers().between(1, 7).map(bits -> new boolean[] {(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0});
          Gen<Volume[]> volumePair = kept.zip(counts(), counts(), counts(), (k, a, b, c) -> new Volume[] {
              volume(k, a, b, c), volume(k, c, a, b)});
          Gen<List<LocalDate>> meetings = lists().of(day).ofSizeBetween(0, 3);
          Gen<Object[]> facts = booleans().all().zip(Generate.enumValues(ReferralStandard.class), Generate.enumValues(ResultSharing.class),
              meetings, (c, s, r, m) -> new Object[] {c, s, r, m});
          return visits.zip(stays, referrals, projects, (v, s, r, p) -> new Object[] {v, s, r, p})
              .zip(party, facts, lists().of(volumePair).ofSize(size), (a, b, f, vols) -> {
                SpecialtyAlliance.Builder alliance = SpecialtyAlliance.builder().id("alliance " + seed[3])
                    .operatingSince(year % 3 == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, 1, 1)))
                    .specialty(BilingualText.of((String) seed[3], "specialty"))
                    .lead(CareUnit.of("lead", BilingualText.of((String) seed[2], "lead hospital"), BilingualText.of("科", "dept")));
                memberIds.forEach(id -> alliance.addMembers(CareUnit.of(id, BilingualText.of("医院" + id, "hospital " + id),
                    BilingualText.of("科室", "department"))));
                AllianceAssessmentRecord.Builder record = AllianceAssessmentRecord.builder().alliance(alliance.build()).year(year)
                    .charterAdopted((Boolean) f[0]).referralStandard((ReferralStandard) f[1]).resultSharing((ResultSharing) f[2]);
                record.addAllMeetingDates(cast(f[3]));
                record.addAllOutreachVisits(cast(a[0])).addAllTraineeStays(cast(a[1])).addAllReferrals(cast(a[2]))
                    .addAllResearchProjects(cast(a[3])).addAllPartyActivities(b);
                for (int i = 0; i < size; i++) {
                  record.addMemberVolumes(MemberVolume.of(memberIds.get(i), vols.get(i)[0], vols.get(i)[1]));
                }
                return record.build();
              });
        });
  }

  /** A year's volume keeping the measures flagged. */
  private static Volume volume(boolean[] kept, long outpatients, long inpatients, long operations) {
    Volume.Builder volume = Volume.builder();
    if (kept[0]) {
      volume.outpatientVisits(outpatients);
    }
    if (kept[1]) {
      volume.inpatientAdmissions(inpatients);
    }
    if (kept[2]) {
      volume.operations(operations);
    }
    return volume.build();
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(Object list) {
    return (List<T>) list;
  }

  /** A tree of 1 to 3 prefectures of 1 to 2 counties each, with facts, secondments and pairings. */
  static Gen<MonitoringData> countyData() {
    return integers().between(1, 3).zip(integers().between(1, 2), texts(), (p, c, name) -> new Object[] {p, c, name})
        .flatMap(seed -> {
          int prefectures = (Integer) seed[0];
          int counties = (Integer) seed[1];
          List<Unit> units = new ArrayList<>();
          units.add(Unit.region("65", BilingualText.of((String) seed[2], "region")));
          List<String> ids = new ArrayList<>(List.of("65"));
          for (int p = 1; p <= prefectures; p++) {
            String prefecture = "65" + (p < 10 ? "0" : "") + p;
            units.add(Unit.of(prefecture, BilingualText.of("地区" + p, "prefecture " + p), Level.PREFECTURE, "65"));
            for (int c = 1; c <= counties; c++) {
              String county = prefecture + "0" + c;
              units.add(Unit.of(county, BilingualText.of("县" + c, "county " + c), Level.COUNTY, prefecture));
              units.add(Unit.of(county + "-M", BilingualText.of("医共体", "community"), Level.COMMUNITY, county));
              units.add(Unit.of(county + "-L", BilingualText.of("牵头医院", "lead hospital"), Level.LEAD_HOSPITAL, county + "-M"));
              units.add(Unit.primaryCare(county + "-U", BilingualText.of("卫生院", "health centre"),
                  UnitKind.values()[(p + c) % UnitKind.values().length], county + "-M"));
              ids.addAll(List.of(prefecture, county, county + "-L", county + "-U"));
            }
          }
          AdministrativeTree tree = AdministrativeTree.builder().addAllUnits(units).build();
          List<String> primaryCare = ids.stream().filter(id -> id.endsWith("-U")).toList();
          Gen<LocalDate> day = years().flatMap(ExcelGenerators::dayOf);
          Gen<Fact> facts = Generate.pick(ids).zip(texts(), day, counts(), (unit, indicator, d, v) ->
              Fact.count(unit, indicator, d, v));
          Gen<Fact> shares = Generate.pick(ids).zip(day, counts(), counts(), (unit, d, a, b) ->
              Fact.share(unit, "share", d, Math.min(a, b), Math.max(a, b)));
          Gen<Secondment> secondments = Generate.pick(primaryCare).zip(dayOf(2023), integers().between(0, 400), booleans().all(),
              (unit, start, days, approved) -> Secondment.builder().id(unit + "-" + days).unitId(unit).start(start)
                  .end(start.plusDays(days)).approved(approved).build());
          List<String> countyIds = ids.stream().filter(id -> id.length() == 6).toList();
          Gen<Pairing> pairings = Generate.pick(countyIds).zip(day, integers().between(-1, 800), integers().between(1, 99),
              (county, first, days, member) -> days < 0 ? Pairing.of("member " + member, county, first)
                  : Pairing.of("member " + member, county, first, first.plusDays(days).isAfter(SupportedRange.MAX_DATE)
                      ? SupportedRange.MAX_DATE : first.plusDays(days)));
          return lists().of(Generate.oneOf(facts, shares)).ofSizeBetween(0, 8)
              .zip(lists().of(secondments).ofSizeBetween(0, 2), lists().of(pairings).ofSizeBetween(0, 2), (f, s, pairs) -> {
                List<Secondment> distinct = new ArrayList<>();
                s.stream().filter(x -> distinct.stream().noneMatch(y -> y.getId().equals(x.getId()))).forEach(distinct::add);
                return MonitoringData.builder().tree(tree).addAllFacts(f).addAllSecondments(distinct).addAllPairings(pairs).build();
              });
        });
  }

  // --- pilot (seed 001) and expert (seed 000) ---------------------------------------------------
  // Built from one random seed each, as core's PilotGenerators and ExpertGenerators build theirs:
  // those are package-private to core's test packages (reaching them would put these tests on the
  // class path, as yilian-json's are), and their ids (control characters, line breaks) are made for
  // iCalendar's escaping, while these reach what a spreadsheet makes hard.

  /** Cities of every style: Chinese, a name with brackets of its own, English, one that looks like a number, text with a space. */
  static final List<String> CITY_NAMES = List.of("镇江市", "芜湖市", "厦门市", "第八师（石河子市）", "Zhenjiang", "650102", "海口市 新区",
      "O'Brien & Co.", "TRUE", "=1+1");

  static final List<String> PROVINCE_NAMES = List.of("江苏省", "安徽省", "Fujian", "650000", "新疆维吾尔自治区");

  /** Names of people and offices, Chinese and English; none holds a separator of a multi-value cell (、 , ; line break). */
  static final List<String> NAMES = List.of("专家甲", "张三", "O'Brien", "Li Wei", "007", "项目（一）：试点", "=1+1", "TRUE");

  /**
   * One or two collaboration groups of distinct topics, each with two lead cities, up to two
   * participants, two guiding experts, up to five activities (one to four days, every kind, guests,
   * plans and reports or not) and up to three submissions, in years from 1900 to 2200 (often at
   * either end); with two groups, often a joint inter-group exchange listed under both.
   */
  static Gen<List<GroupRecord>> pilotRecords() {
    return longs().all().map(seed -> pilotRecords(new SplittableRandom(seed)));
  }

  static List<GroupRecord> pilotRecords(SplittableRandom random) {
    List<ReformTopic> topics = shuffled(random, List.of(ReformTopic.values()));
    List<String> names = shuffled(random, CITY_NAMES);
    List<PilotCity> cities = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      cities.add(PilotCity.of(names.get(i), PROVINCE_NAMES.get((i + random.nextInt(PROVINCE_NAMES.size())) % PROVINCE_NAMES.size())));
    }
    int groups = 1 + random.nextInt(2);
    List<CollaborationGroup> built = new ArrayList<>();
    int next = 0;
    for (int g = 0; g < groups; g++) {
      List<String> experts = shuffled(random, NAMES);
      CollaborationGroup.Builder group = CollaborationGroup.builder().topic(topics.get(g))
          .addLeadUnits(cities.get(next), cities.get(next + 1)).addGuidingExperts(experts.get(0), experts.get(1));
      next += 2;
      int participants = random.nextInt(3);
      for (int p = 0; p < participants; p++) {
        group.addParticipants(cities.get(next++));
      }
      built.add(group.build());
    }
    Optional<Activity> joint = groups == 2 && random.nextBoolean() ? Optional.of(jointExchange(random, built)) : Optional.empty();
    List<GroupRecord> records = new ArrayList<>();
    for (CollaborationGroup group : built) {
      GroupRecord.Builder record = GroupRecord.builder().group(group);
      List<String> ids = shuffled(random, TEXTS);
      int activities = random.nextInt(6);
      for (int i = 0; i < activities; i++) {
        record.addActivities(pilotActivity(random, ids.get(i), group, cities));
      }
      joint.ifPresent(a -> record.addActivities(a));
      int submissions = random.nextInt(4);
      for (int i = 0; i < submissions; i++) {
        DocumentKind kind = DocumentKind.values()[random.nextInt(DocumentKind.values().length)];
        LocalDate date = day(random);
        record.addSubmissions(kind.isAnnual() ? Submission.ofYear(kind, year(random), date) : Submission.of(kind, date));
      }
      records.add(record.build());
    }
    return records;
  }

  /** An activity of one group: its kind, days, host, heads, experts, liaisons, guests, plan and report. */
  private static Activity pilotActivity(SplittableRandom random, String id, CollaborationGroup group, List<PilotCity> cities) {
    ActivityKind kind = ActivityKind.values()[random.nextInt(ActivityKind.values().length)];
    LocalDate date = day(random);
    LocalDate last = lastDay(random, date);
    Activity.Builder activity = Activity.builder().id(id).date(date).lastDay(last).kind(kind).liaisonPresent(random.nextBoolean());
    List<PilotCity> members = List.copyOf(group.getMembers());
    if (kind.isGroupActivity()) {
      activity.host(members.get(random.nextInt(members.size())));
    }
    for (PilotCity city : members) {
      if (random.nextInt(3) != 0) {
        activity.putHealthBureauHeads(city, random.nextInt(4));
      }
    }
    if (random.nextInt(3) == 0) {
      List<PilotCity> outsiders = cities.stream().filter(c -> !members.contains(c)).toList();
      PilotCity guest = outsiders.get(random.nextInt(outsiders.size()));
      activity.addGuestCities(guest).putHealthBureauHeads(guest, 1 + random.nextInt(2))
          .addGuestRegions(PROVINCE_NAMES.get(random.nextInt(PROVINCE_NAMES.size())));
      if (random.nextBoolean()) {
        activity.addGuestRegions("Zhejiang Province", "四川省");
      }
    }
    for (String expert : group.getGuidingExperts()) {
      if (random.nextBoolean()) {
        activity.addGuidingExpertsPresent(expert);
      }
    }
    if (random.nextBoolean()) {
      activity.planSubmitted(clamp(date.minusDays(random.nextInt(10))));
    }
    if (random.nextBoolean()) {
      activity.reportSubmitted(clamp(last.plusDays(random.nextInt(12))));
    }
    return activity.build();
  }

  /** The exchange two groups held jointly, hosted by a member of either, with heads from both. */
  private static Activity jointExchange(SplittableRandom random, List<CollaborationGroup> groups) {
    List<PilotCity> members = new ArrayList<>(groups.get(0).getMembers());
    members.addAll(groups.get(1).getMembers());
    LocalDate date = day(random);
    Activity.Builder joint = Activity.builder().id("2012").date(date).lastDay(lastDay(random, date))
        .kind(ActivityKind.INTER_GROUP_EXCHANGE).heldBy(EnumSet.of(groups.get(0).getTopic(), groups.get(1).getTopic()))
        .host(members.get(random.nextInt(members.size()))).liaisonPresent(random.nextBoolean())
        .addGuidingExpertsPresent(groups.get(1).getGuidingExperts().get(0));
    for (PilotCity city : members) {
      joint.putHealthBureauHeads(city, random.nextInt(3));
    }
    return joint.build();
  }

  /**
   * An expert group's log book: 1 to 4 experts (ids that look like numbers, Chinese and English
   * names, phone and ID numbers or not, some criteria attested), 1 to 3 teams with 0 to 3 provinces
   * each, 1 to 6 covered provinces, up to 5 liaisons over two provinces (so often several per
   * province), up to 8 events of every type in date order (reasons in both languages on dismissals
   * and some withdrawals), up to 4 activities and up to 3 evaluations, the first term starting in
   * 1900, 2200 or any year between.
   *
   * <p>The events are not replayed (the workbook keeps them as they are), so they need not make a
   * valid log.
   */
  static Gen<ExpertLogBook> expertLogBooks() {
    return longs().all().map(seed -> expertLogBook(new SplittableRandom(seed)));
  }

  static ExpertLogBook expertLogBook(SplittableRandom random) {
    LocalDate start = day(random);
    ExpertGroup.Builder group = ExpertGroup.builder().termStart(start)
        .name(BilingualText.of(pick(random, NAMES) + "专家组", "expert group " + pick(random, TEXTS)))
        .managementOffice(BilingualText.of(pick(random, TEXTS), "office " + pick(random, NAMES)));
    List<Province> provinces = shuffled(random, List.of(Province.values()));
    group.addAllCoveredProvinces(provinces.subList(0, 1 + random.nextInt(6)));
    List<String> teamIds = shuffled(random, List.of("1", "01", "north", "华北组", "1.50"));
    int teams = 1 + random.nextInt(3);
    for (int t = 0; t < teams; t++) {
      ExpertTeam.Builder team = ExpertTeam.builder().id(teamIds.get(t)).name(BilingualText.of("小组" + t, pick(random, NAMES)));
      team.addAllProvinces(shuffled(random, provinces).subList(0, random.nextInt(4)));
      group.addTeams(team.build());
    }
    int liaisons = random.nextInt(6);
    for (int l = 0; l < liaisons; l++) {
      group.addLiaisons(Liaison.of(provinces.get(l % 2), pick(random, NAMES) + l, l % 2 == 0 ? "卫生健康委医政医管处" : "Health Commission"));
    }
    List<String> expertIds = shuffled(random, List.of("007", "650102", "1.50", "e1", "专家1", "2023-12-31"));
    int experts = 1 + random.nextInt(4);
    for (int e = 0; e < experts; e++) {
      Expert.Builder expert = Expert.builder().id(expertIds.get(e)).name(pick(random, NAMES))
          .sector(Sector.values()[random.nextInt(Sector.values().length)]).senior(random.nextBoolean());
      expert.addAllFields(shuffled(random, List.of(Expertise.values())).subList(0, 1 + random.nextInt(2)));
      if (random.nextBoolean()) {
        expert.phone(random.nextBoolean() ? "13800000000" : "0991-1234567");
      }
      if (random.nextBoolean()) {
        expert.idNumber(random.nextBoolean() ? "650102198001010011" : "65010219800101001X");
      }
      for (SelectionCriterion criterion : SelectionCriterion.values()) {
        if (random.nextBoolean()) {
          expert.addAttestations(Attestation.of(criterion, pick(random, NAMES), day(random)));
        }
      }
      group.addRoster(expert.build());
    }
    List<AdjustmentEvent> events = new ArrayList<>();
    LocalDate date = start;
    int count = random.nextInt(9);
    for (int i = 0; i < count; i++) {
      EventType type = i < experts ? EventType.APPOINTED : EventType.values()[random.nextInt(EventType.values().length)];
      String expert = expertIds.get(i < experts ? i : random.nextInt(experts));
      AdjustmentEvent.Builder event = AdjustmentEvent.builder().type(type).date(date).expert(expert);
      if (type == EventType.APPOINTED || type == EventType.MOVED) {
        event.team(teamIds.get(random.nextInt(teams)));
      }
      if (type == EventType.DISMISSED || type == EventType.WITHDREW && random.nextBoolean()) {
        event.reason(BilingualText.of("年度考核不合格（" + pick(random, TEXTS) + "）", "failed the assessment: " + pick(random, NAMES)));
      }
      events.add(event.build());
      date = clamp(date.plusDays(random.nextInt(400)));
    }
    List<ExpertActivity> activities = new ArrayList<>();
    List<String> activityIds = shuffled(random, TEXTS);
    int activityCount = random.nextInt(5);
    for (int a = 0; a < activityCount; a++) {
      LocalDate day = day(random);
      ExpertActivity.Builder activity = ExpertActivity.builder().id(activityIds.get(a)).expert(expertIds.get(random.nextInt(experts)))
          .kind(ExpertActivityKind.values()[random.nextInt(ExpertActivityKind.values().length)]).date(day)
          .inGroupName(random.nextBoolean()).arrangedByBureau(random.nextBoolean())
          .disclosesInternalMaterial(random.nextBoolean()).disclosureAuthorised(random.nextBoolean());
      if (random.nextBoolean()) {
        activity.approvedOn(clamp(day.minusDays(random.nextInt(30))));
      }
      activities.add(activity.build());
    }
    List<EvaluationAssignment> evaluations = new ArrayList<>();
    int evaluationCount = random.nextInt(4);
    for (int v = 0; v < evaluationCount; v++) {
      LocalDate first = day(random);
      LocalDate last = lastDay(random, first);
      EvaluationAssignment.Builder evaluation = EvaluationAssignment.builder().id(activityIds.get(activityIds.size() - 1 - v))
          .team(teamIds.get(random.nextInt(teams))).province(provinces.get(random.nextInt(provinces.size())))
          .period(DateRange.of(first, last));
      if (random.nextBoolean()) {
        evaluation.reportSubmittedOn(clamp(last.plusDays(random.nextInt(90))));
      }
      evaluations.add(evaluation.build());
    }
    return ExpertLogBook.of(group.build(), events, activities, evaluations);
  }

  /** A year from 1900 to 2200: one in three 1900, one in three 2200. */
  private static int year(SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> SupportedRange.MIN_YEAR;
      case 1 -> SupportedRange.MAX_YEAR;
      default -> random.nextInt(SupportedRange.MIN_YEAR, SupportedRange.MAX_YEAR + 1);
    };
  }

  /** A day of such a year, often its first or its last. */
  private static LocalDate day(SplittableRandom random) {
    int year = year(random);
    int length = LocalDate.of(year, 1, 1).lengthOfYear();
    return switch (random.nextInt(4)) {
      case 0 -> LocalDate.ofYearDay(year, 1);
      case 1 -> LocalDate.ofYearDay(year, length);
      default -> LocalDate.ofYearDay(year, 1 + random.nextInt(length));
    };
  }

  /** The last day of something starting on a day: the same day, or up to 3 days on (at most 2200-12-31). */
  private static LocalDate lastDay(SplittableRandom random, LocalDate date) {
    return random.nextBoolean() ? date : clamp(date.plusDays(1 + random.nextInt(3)));
  }

  private static LocalDate clamp(LocalDate date) {
    return date.isBefore(SupportedRange.MIN_DATE) ? SupportedRange.MIN_DATE
        : date.isAfter(SupportedRange.MAX_DATE) ? SupportedRange.MAX_DATE : date;
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> List<T> shuffled(SplittableRandom random, List<T> values) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, new java.util.Random(random.nextLong()));
    return copy;
  }
}
