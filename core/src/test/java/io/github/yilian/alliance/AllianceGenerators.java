package io.github.yilian.alliance;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.SupportedRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for seed 003's models, so every property builds them one way: records of
 * the fixture alliance ({@link Fixtures#ALLIANCE}, with or without an operating date) in any
 * supported year, 1900 to 2200 with both ends common; dates packed in the first weeks so that
 * same-day visits, repeat trainees and repeat patients are common; trainee stays that may run into
 * the next year; volumes from 0 up to {@link SupportedRange#MAX_COUNT}, with measures a unit does
 * not keep.
 */
final class AllianceGenerators {

  static final List<String> MEMBERS = List.of("tcm", "third", "fourth");
  static final List<String> UNITS = List.of("peoples", "tcm", "third", "fourth");

  private AllianceGenerators() {}

  record Facts(boolean charter, List<LocalDate> meetings, List<LocalDate> conferences, ReferralStandard standard, ResultSharing sharing) {}

  record People(List<OutreachVisit> visits, List<TraineeStay> trainees, List<Referral> referrals) {}

  record Work(List<ResearchProject> projects, List<PartyActivity> activities, List<MemberVolume> volumes) {}

  /** A year's evidence of an alliance, in parts, so a property can add to one part. */
  record Evidence(SpecialtyAlliance alliance, int year, Facts facts, People people, Work work) {

    AllianceAssessmentRecord record() {
      return builder().build();
    }

    AllianceAssessmentRecord.Builder builder() {
      return AllianceGenerators.builder(alliance, year, facts, people, work);
    }
  }

  /** Evidence and more people of the same year, to add to it. */
  record Grown(Evidence evidence, People more) {}

  /** Years from 1900 to 2200; the two ends and 2021 come up often. */
  static Gen<Integer> years() {
    return integers().between(SupportedRange.MIN_YEAR, SupportedRange.MAX_YEAR)
        .mix(Generate.pick(List.of(SupportedRange.MIN_YEAR, SupportedRange.MAX_YEAR, Fixtures.YEAR)), 30);
  }

  /** Days 1 to 60 of the year. */
  static Gen<LocalDate> days(int year) {
    return integers().between(1, 60).map(day -> LocalDate.ofYearDay(year, day));
  }

  /** Any day of the year, its first and last day included. */
  static Gen<LocalDate> anyDay(int year) {
    return integers().between(1, LocalDate.of(year, 1, 1).lengthOfYear()).map(day -> LocalDate.ofYearDay(year, day));
  }

  static Gen<OutreachVisit> visits(int year) {
    return days(year).zip(Generate.pick(MEMBERS), Generate.enumValues(OutreachKind.class), OutreachVisit::of);
  }

  /** Stays beginning in the year and lasting up to 200 days, so some end in the next year (never after 2200). */
  static Gen<TraineeStay> trainees(int year) {
    return integers().between(1, 15).zip(Generate.pick(MEMBERS), anyDay(year), integers().between(0, 200), (person, unit, day, length) -> {
      LocalDate end = day.plusDays(length);
      return TraineeStay.builder().personId("d" + person).memberUnitId(unit).kind(TrainingKind.SHORT_COURSE)
          .period(DateRange.of(day, end.isAfter(SupportedRange.MAX_DATE) ? SupportedRange.MAX_DATE : end)).build();
    });
  }

  static Gen<Referral> referrals(int year) {
    return integers().between(1, 15).zip(integers().between(0, 11), days(year), (patient, pair, day) -> {
      String from = UNITS.get(pair / 3);
      List<String> others = new ArrayList<>(UNITS);
      others.remove(from);
      return Referral.builder().patientId("p" + patient).date(day).fromUnitId(from).toUnitId(others.get(pair % 3)).build();
    });
  }

  static Gen<ResearchProject> projects() {
    return integers().between(1, 9).zip(Generate.pick(MEMBERS), Generate.enumValues(ProjectStatus.class),
        (n, unit, status) -> ResearchProject.of(unit, "project " + n, status));
  }

  static Gen<PartyActivity> activities(int year) {
    return days(year).zip(Generate.enumValues(PartyActivityKind.class), PartyActivity::of);
  }

  /** Counts from 0 to 2,000, or within 2,000 of {@link SupportedRange#MAX_COUNT}; 0 happens. */
  static Gen<Long> counts() {
    return integers().between(0, 2_000).map(Integer::longValue)
        .mix(longs().between(SupportedRange.MAX_COUNT - 2_000, SupportedRange.MAX_COUNT), 25);
  }

  /** A volume keeping the measures of a mask (bit 0 outpatients, bit 1 inpatients, bit 2 operations; not 0). */
  static Volume volume(int mask, long outpatients, long inpatients, long operations) {
    Volume.Builder volume = Volume.builder();
    if ((mask & 1) != 0) {
      volume.outpatientVisits(outpatients);
    }
    if ((mask & 2) != 0) {
      volume.inpatientAdmissions(inpatients);
    }
    if ((mask & 4) != 0) {
      volume.operations(operations);
    }
    return volume.build();
  }

  /** One member unit's volumes: all three measures kept most of the time, otherwise any non-empty set of them. */
  static Gen<MemberVolume> memberVolume(String unit) {
    Gen<Integer> mask = Generate.constant(7).mix(integers().between(1, 7), 40);
    return mask.zip(counts().zip(counts(), counts(), (a, b, c) -> List.of(a, b, c)), counts().zip(counts(), counts(), (a, b, c) -> List.of(a, b, c)),
        (m, before, after) -> MemberVolume.of(unit, volume(m, before.get(0), before.get(1), before.get(2)),
            volume(m, after.get(0), after.get(1), after.get(2))));
  }

  /** Volumes of some of the member units, each at most once, in the members' order. */
  static Gen<List<MemberVolume>> memberVolumes() {
    return lists().of(booleans().all()).ofSize(MEMBERS.size()).zip(
        memberVolume(MEMBERS.get(0)), memberVolume(MEMBERS.get(1)), memberVolume(MEMBERS.get(2)), (reported, a, b, c) -> {
          List<MemberVolume> all = List.of(a, b, c);
          List<MemberVolume> volumes = new ArrayList<>();
          for (int i = 0; i < all.size(); i++) {
            if (reported.get(i)) {
              volumes.add(all.get(i));
            }
          }
          return volumes;
        });
  }

  static Gen<Facts> facts(int year) {
    Gen<List<LocalDate>> meetings = lists().of(anyDay(year)).ofSizeBetween(0, 16);
    Gen<List<LocalDate>> conferences = lists().of(days(year)).ofSizeBetween(0, 2);
    return booleans().all().zip(meetings, conferences, Generate.enumValues(ReferralStandard.class), Generate.enumValues(ResultSharing.class), Facts::new);
  }

  static Gen<People> people(int year) {
    return lists().of(visits(year)).ofSizeBetween(0, 30).zip(
        lists().of(trainees(year)).ofSizeBetween(0, 15), lists().of(referrals(year)).ofSizeBetween(0, 15), People::new);
  }

  static Gen<Work> work(int year) {
    return lists().of(projects()).ofSizeBetween(0, 5).zip(lists().of(activities(year)).ofSizeBetween(0, 7), memberVolumes(), Work::new);
  }

  /** The fixture alliance without an operating date, or with one from 1900-01-01 to 2200-12-31. */
  static Gen<SpecialtyAlliance> alliances() {
    Gen<Optional<LocalDate>> since = years().zip(integers().between(1, 366), (year, day) ->
        Optional.of(LocalDate.ofYearDay(year, Math.min(day, LocalDate.of(year, 1, 1).lengthOfYear()))));
    return Generate.constant(Optional.<LocalDate>empty()).mix(since, 50)
        .map(date -> SpecialtyAlliance.builder().from(Fixtures.ALLIANCE).operatingSince(date).build());
  }

  /** A year's evidence, with anything from nothing to more than every cap needs. */
  static Gen<Evidence> evidence() {
    return alliances().flatMap(alliance -> years().flatMap(year ->
        facts(year).zip(people(year), work(year), (f, p, w) -> new Evidence(alliance, year, f, p, w))));
  }

  /** A year's evidence and more people of that year. */
  static Gen<Grown> grown() {
    return evidence().flatMap(e -> people(e.year()).map(more -> new Grown(e, more)));
  }

  /** Records with anything from no evidence to more than every cap needs, in any supported year. */
  static Gen<AllianceAssessmentRecord> records() {
    return evidence().map(Evidence::record);
  }

  static AllianceAssessmentRecord.Builder builder(SpecialtyAlliance alliance, int year, Facts facts, People people, Work work) {
    AllianceAssessmentRecord.Builder builder = AllianceAssessmentRecord.builder();
    return builder
        .alliance(alliance)
        .year(year)
        .charterAdopted(facts.charter())
        .meetingDates(facts.meetings())
        .conferenceDates(facts.conferences())
        .referralStandard(facts.standard())
        .resultSharing(facts.sharing())
        .outreachVisits(people.visits())
        .traineeStays(people.trainees())
        .referrals(people.referrals())
        .researchProjects(work.projects())
        .partyActivities(work.activities())
        .memberVolumes(work.volumes());
  }

  /** The Haikou rubric under every combination of its four readings. */
  static Gen<Rubric> haikouRubrics() {
    return Generate.enumValues(GrowthReading.class).zip(Generate.enumValues(OutreachCounting.class),
        Generate.enumValues(ResultSharingReading.class), Generate.enumValues(ResearchCounting.class),
        (growth, outreach, sharing, research) -> HaikouAllianceRubric2021.builder().growthReading(growth).outreachCounting(outreach)
            .resultSharingReading(sharing).researchCounting(research).build());
  }
}
