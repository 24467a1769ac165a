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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
}
