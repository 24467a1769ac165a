package io.github.yilian.alliance;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.yilian.common.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for seed 003's models, so every property builds them one way: records
 * of the fixture alliance ({@link Fixtures#ALLIANCE}) in {@link Fixtures#YEAR}, dates packed in the
 * first weeks so that same-day visits, repeat trainees and repeat patients are common.
 */
final class AllianceGenerators {

  static final List<String> MEMBERS = List.of("tcm", "third", "fourth");
  static final List<String> UNITS = List.of("peoples", "tcm", "third", "fourth");

  private AllianceGenerators() {}

  record Facts(boolean charter, List<LocalDate> meetings, List<LocalDate> conferences, ReferralStandard standard, ResultSharing sharing) {}

  record People(List<OutreachVisit> visits, List<TraineeStay> trainees, List<Referral> referrals) {}

  record Work(List<ResearchProject> projects, List<PartyActivity> activities, List<MemberVolume> volumes) {}

  /** Days 1 to 60 of the year. */
  static Gen<LocalDate> days() {
    return integers().between(1, 60).map(Fixtures::day);
  }

  static Gen<OutreachVisit> visits() {
    return days().zip(Generate.pick(MEMBERS), Generate.enumValues(OutreachKind.class), OutreachVisit::of);
  }

  static Gen<TraineeStay> trainees() {
    return integers().between(1, 15).zip(Generate.pick(MEMBERS), days(), (person, unit, day) ->
        TraineeStay.builder().personId("d" + person).memberUnitId(unit).kind(TrainingKind.SHORT_COURSE)
            .period(DateRange.of(day, day.plusDays(7))).build());
  }

  static Gen<Referral> referrals() {
    return integers().between(1, 15).zip(integers().between(0, 11), days(), (patient, pair, day) -> {
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

  static Gen<PartyActivity> activities() {
    return days().zip(Generate.enumValues(PartyActivityKind.class), PartyActivity::of);
  }

  /** Volumes from 0 to 2,000 per measure; a previous year of 0 happens. */
  static Gen<Volume> volumes() {
    Gen<Long> count = integers().between(0, 2_000).map(Integer::longValue);
    return count.zip(count, count, Volume::of);
  }

  /** Volumes of some of the member units, each at most once. */
  static Gen<List<MemberVolume>> memberVolumes() {
    return lists().of(volumes()).ofSizeBetween(0, 6).map(list -> {
      List<MemberVolume> volumes = new ArrayList<>();
      for (int i = 0; i + 1 < list.size() && i / 2 < MEMBERS.size(); i += 2) {
        volumes.add(MemberVolume.of(MEMBERS.get(i / 2), list.get(i), list.get(i + 1)));
      }
      return volumes;
    });
  }

  static Gen<Facts> facts() {
    Gen<List<LocalDate>> meetings = lists().of(integers().between(1, 365).map(Fixtures::day)).ofSizeBetween(0, 16);
    Gen<List<LocalDate>> conferences = lists().of(days()).ofSizeBetween(0, 2);
    return booleans().all().zip(meetings, conferences, Generate.enumValues(ReferralStandard.class), Generate.enumValues(ResultSharing.class), Facts::new);
  }

  static Gen<People> people() {
    return lists().of(visits()).ofSizeBetween(0, 30).zip(
        lists().of(trainees()).ofSizeBetween(0, 15), lists().of(referrals()).ofSizeBetween(0, 15), People::new);
  }

  static Gen<Work> work() {
    return lists().of(projects()).ofSizeBetween(0, 5).zip(lists().of(activities()).ofSizeBetween(0, 7), memberVolumes(), Work::new);
  }

  /** Records with anything from no evidence to more than every cap needs. */
  static Gen<AllianceAssessmentRecord> records() {
    return facts().zip(people(), work(), AllianceGenerators::record);
  }

  static AllianceAssessmentRecord record(Facts facts, People people, Work work) {
    return builder(facts, people, work).build();
  }

  static AllianceAssessmentRecord.Builder builder(Facts facts, People people, Work work) {
    return Fixtures.record()
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

  /** The Haikou rubric under every combination of readings. */
  static Gen<Rubric> haikouRubrics() {
    return Generate.enumValues(GrowthReading.class).zip(Generate.enumValues(OutreachCounting.class),
        (growth, outreach) -> HaikouAllianceRubric2021.builder().growthReading(growth).outreachCounting(outreach).build());
  }
}
