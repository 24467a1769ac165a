package io.github.yilian.alliance;

import static io.github.yilian.alliance.Fixtures.ALLIANCE;
import static io.github.yilian.alliance.Fixtures.MARCH_1;
import static io.github.yilian.alliance.Fixtures.NEUROSURGERY;
import static io.github.yilian.alliance.Fixtures.PEOPLES;
import static io.github.yilian.alliance.Fixtures.TCM;
import static io.github.yilian.alliance.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.yilian.common.DateRange;
import io.github.yilian.common.SupportedRange;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AllianceModelTest {

  @Nested
  class Alliance {

    @Test
    void knowsItsMembersAndLead() {
      assertThat(ALLIANCE.hasMember("tcm")).isTrue();
      assertThat(ALLIANCE.hasMember("peoples")).isFalse();
      assertThat(ALLIANCE.hasUnit("peoples")).isTrue();
      assertThat(ALLIANCE.hasUnit("elsewhere")).isFalse();
    }

    @Test
    void allianceOfManyMembersKnowsEachByItsPosition() {
      // beyond eight member units, ids are looked up in a map rather than compared one by one
      List<CareUnit> members = java.util.stream.IntStream.range(0, 12)
          .mapToObj(i -> CareUnit.of("member-" + i, NEUROSURGERY, NEUROSURGERY)).toList();
      SpecialtyAlliance large = SpecialtyAlliance.builder().id("large").specialty(NEUROSURGERY).lead(PEOPLES)
          .addAllMembers(members).build();

      for (int i = 0; i < members.size(); i++) {
        assertThat(large.hasMember(new String("member-" + i))).isTrue();
        assertThat(large.memberIndex("member-" + i)).isEqualTo(i);
      }
      assertThat(large.hasMember("member-12")).isFalse();
      assertThat(large.memberIndex("member-12")).isEqualTo(-1);
      assertThat(large.hasUnit("peoples")).isTrue();
      assertThat(ALLIANCE.memberIndex("fourth")).isEqualTo(2);
      assertThat(ALLIANCE.memberIndex("peoples")).isEqualTo(-1);
    }

    @Test
    void freshAllianceKnowsItsMembers() {
      CareUnit lead = CareUnit.of("lead", NEUROSURGERY, NEUROSURGERY);
      SpecialtyAlliance fresh = SpecialtyAlliance.builder().id("x").specialty(NEUROSURGERY).lead(lead).addMembers(TCM).build();

      assertThat(fresh.hasMember("tcm")).isTrue();
      assertThat(fresh.getMembers()).containsExactly(TCM);
      assertThat(fresh.getLead().getId()).isEqualTo("lead");
    }

    @Test
    void operatingDateIsOptional() {
      assertThat(ALLIANCE.getOperatingSince()).isEmpty();
      assertThat(SpecialtyAlliance.builder().from(ALLIANCE).operatingSince(LocalDate.of(2021, 10, 31)).build().getOperatingSince())
          .contains(LocalDate.of(2021, 10, 31));
    }

    @Test
    void operatingDateOutsideTheSupportedRangeIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> SpecialtyAlliance.builder().from(ALLIANCE).operatingSince(LocalDate.MIN).build())
          .withMessage("SpecialtyAlliance is invalid: operatingSince must be a date from 1900-01-01 to 2200-12-31: -999999999-01-01");
    }

    @Test
    void committeeMemberKeepsNameAndRole() {
      CommitteeMember chair = CommitteeMember.of("夏鹰", CommitteeRole.CHAIR);

      assertThat(chair.getPersonName()).isEqualTo("夏鹰");
      assertThat(chair.getRole().getEnglishName()).isEqualTo("chair");
    }

    @Test
    void leadListedAsMemberIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> SpecialtyAlliance.builder().id("a").specialty(NEUROSURGERY).lead(PEOPLES).addMembers(TCM, PEOPLES).build())
          .withMessage("SpecialtyAlliance is invalid: members: lead unit peoples is also listed as a member unit");
    }

    @Test
    void memberListedTwiceIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> SpecialtyAlliance.builder().id("a").specialty(NEUROSURGERY).lead(PEOPLES).addMembers(TCM, TCM).build())
          .withMessage("SpecialtyAlliance is invalid: members: member unit tcm is listed more than once");
    }

    @Test
    void allianceWithoutMembersIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> SpecialtyAlliance.builder().id("a").specialty(NEUROSURGERY).lead(PEOPLES).build())
          .withMessageContaining("members size must be between 1 and");
    }

    @Test
    void blankIdIsRejectedNamingIt() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> SpecialtyAlliance.builder().id(" ").specialty(NEUROSURGERY).lead(PEOPLES).addMembers(TCM).build())
          .withMessage("SpecialtyAlliance is invalid: id must not be blank: \" \"");
    }

    @Test
    void blankUnitIdIsRejectedNamingIt() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> CareUnit.of("", NEUROSURGERY, NEUROSURGERY))
          .withMessage("CareUnit is invalid: id must not be blank: \"\"");
    }

    @Test
    void blankCommitteeNameIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> CommitteeMember.of("", CommitteeRole.CHAIR))
          .withMessage("CommitteeMember is invalid: personName must not be blank: \"\"");
    }
  }

  @Nested
  class Evidence {

    @Test
    void negativeVolumeIsRejectedNamingIt() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Volume.of(10, -1, 0))
          .withMessage("Volume is invalid: inpatientAdmissions must be greater than or equal to 0: -1");
    }

    @Test
    void referralToTheSameUnitIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Fixtures.referral("p1", "tcm", "tcm"))
          .withMessage("Referral is invalid: toUnitId: referral goes from unit tcm to the same unit");
    }

    @Test
    void patientIdIsLeftOutOfReferralText() {
      assertThat(Fixtures.referral("patient-42", "tcm", "peoples").toString()).doesNotContain("patient-42");
    }

    @Test
    void traineeIdIsLeftOutOfStayText() {
      assertThat(Fixtures.trainee("trainee-7", "tcm"))
          .hasToString("TraineeStay{memberUnitId=tcm, kind=ADVANCED_STUDY, period=2021-03-01/2021-03-02}");
    }

    @Test
    void volumeAboveTheLargestSupportedCountIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Volume.of(Long.MAX_VALUE, 1, 0))
          .withMessage("Volume is invalid: outpatientVisits must be less than or equal to 1000000000000: 9223372036854775807");
    }

    @Test
    void volumeAtTheLargestSupportedCountIsValid() {
      assertThat(Volume.of(SupportedRange.MAX_COUNT, 0, 0).getOutpatientVisits()).hasValue(SupportedRange.MAX_COUNT);
    }

    /** "手术量" is a figure a rehabilitation department may not keep: no figure, not a figure of 0. */
    @Test
    void measureNotKeptHasNoFigure() {
      Volume rehab = Volume.builder().outpatientVisits(8_000).inpatientAdmissions(600).build();

      assertThat(rehab.getOperations()).isEmpty();
      assertThat(rehab.keeps(VolumeMeasure.OPERATIONS)).isFalse();
      assertThat(rehab.get(VolumeMeasure.INPATIENT_ADMISSIONS)).hasValue(600);
      assertThat(Volume.of(1, 2, 0).keeps(VolumeMeasure.OPERATIONS)).isTrue();
    }

    @Test
    void volumeWithoutAnyFigureIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Volume.builder().build())
          .withMessage("Volume is invalid: operations: a volume needs a figure for at least one measure");
    }

    @Test
    void unitKeepingDifferentMeasuresInTheTwoYearsIsRejected() {
      Volume rehab = Volume.builder().outpatientVisits(8_000).inpatientAdmissions(600).build();

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> MemberVolume.of("tcm", rehab, Volume.of(8_000, 600, 10)))
          .withMessage("MemberVolume is invalid: thisYear: member unit tcm keeps different measures in the two years");
    }

    @Test
    void visitOnADateOutsideTheSupportedRangeIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> OutreachVisit.of(LocalDate.MAX, "tcm", OutreachKind.CLINIC))
          .withMessage("OutreachVisit is invalid: date must be a date from 1900-01-01 to 2200-12-31: +999999999-12-31");
    }

    @Test
    void blankPatientIdIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> Fixtures.referral(" ", "tcm", "peoples"))
          .withMessageContaining("patientId must not be blank");
    }

    @Test
    void blankProjectTitleIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> ResearchProject.of("tcm", "", ProjectStatus.DECLARED))
          .withMessage("ResearchProject is invalid: title must not be blank: \"\"");
    }

    @Test
    void blankVisitedUnitIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> OutreachVisit.of(MARCH_1, "", OutreachKind.LECTURE))
          .withMessage("OutreachVisit is invalid: memberUnitId must not be blank: \"\"");
    }
  }

  @Nested
  class Record {

    @Test
    void emptyRecordDefaultsToNothingHappened() {
      AllianceAssessmentRecord empty = record().build();

      assertThat(empty.isCharterAdopted()).isFalse();
      assertThat(empty.getReferralStandard()).isEqualTo(ReferralStandard.NONE);
      assertThat(empty.getResultSharing()).isEqualTo(ResultSharing.NONE);
      assertThat(empty.getMeetingDates()).isEmpty();
    }

    @Test
    void meetingOutsideTheYearIsRejectedNamingDateAndYear() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addMeetingDates(LocalDate.of(2022, 1, 1)).build())
          .withMessage("AllianceAssessmentRecord is invalid: meetingDates: date 2022-01-01 is outside the assessment year 2021");
    }

    @Test
    void lastDayOfTheYearIsInside() {
      assertThat(record().addConferenceDates(LocalDate.of(2021, 12, 31)).build().getConferenceDates()).hasSize(1);
    }

    /** A stay "进修" that begins in the assessment year may end in a later one: it is valid evidence of that year. */
    @Test
    void traineeStayEndingNextYearIsValid() {
      TraineeStay stay =
          TraineeStay.builder()
              .personId("d1")
              .memberUnitId("tcm")
              .kind(TrainingKind.SHADOWING)
              .period(DateRange.of(LocalDate.of(2021, 12, 1), LocalDate.of(2022, 1, 31)))
              .build();

      assertThat(record().addTraineeStays(stay).build().getTraineeStays()).containsExactly(stay);
    }

    @Test
    void conferenceOutsideTheYearIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addConferenceDates(LocalDate.of(2020, 6, 1)).build())
          .withMessage("AllianceAssessmentRecord is invalid: conferenceDates: date 2020-06-01 is outside the assessment year 2021");
    }

    @Test
    void visitOutsideTheYearIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addOutreachVisits(OutreachVisit.of(LocalDate.of(2022, 3, 1), "tcm", OutreachKind.CLINIC)).build())
          .withMessage("AllianceAssessmentRecord is invalid: outreachVisits: date 2022-03-01 is outside the assessment year 2021");
    }

    @Test
    void traineeStayStartingLastYearIsRejected() {
      TraineeStay stay = TraineeStay.builder().personId("d1").memberUnitId("tcm").kind(TrainingKind.SHORT_COURSE)
          .period(DateRange.of(LocalDate.of(2020, 12, 20), LocalDate.of(2021, 1, 10))).build();

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addTraineeStays(stay).build())
          .withMessage("AllianceAssessmentRecord is invalid: traineeStays: trainee stay 2020-12-20/2021-01-10 begins outside the "
              + "assessment year 2021: a stay counts in the year it begins");
    }

    @Test
    void referralOutsideTheYearIsRejected() {
      Referral late = Referral.builder().patientId("p").date(LocalDate.of(2022, 1, 2)).fromUnitId("tcm").toUnitId("peoples").build();

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addReferrals(late).build())
          .withMessage("AllianceAssessmentRecord is invalid: referrals: date 2022-01-02 is outside the assessment year 2021");
    }

    @Test
    void referralToOutsideTheAllianceIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addReferrals(Fixtures.referral("p", "peoples", "sanya")).build())
          .withMessage("AllianceAssessmentRecord is invalid: referrals: unit sanya is not in alliance neurosurgery");
    }

    @Test
    void visitToAUnitOutsideTheAllianceIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addOutreachVisits(OutreachVisit.of(MARCH_1, "sanya", OutreachKind.CLINIC)).build())
          .withMessage("AllianceAssessmentRecord is invalid: outreachVisits: member unit sanya is not a member of alliance neurosurgery");
    }

    @Test
    void visitToTheLeadUnitIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addOutreachVisits(OutreachVisit.of(MARCH_1, "peoples", OutreachKind.CLINIC)).build())
          .withMessageContaining("member unit peoples is not a member of alliance neurosurgery");
    }

    @Test
    void referralFromOutsideTheAllianceIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addReferrals(Fixtures.referral("p", "sanya", "peoples")).build())
          .withMessage("AllianceAssessmentRecord is invalid: referrals: unit sanya is not in alliance neurosurgery");
    }

    @Test
    void referralBetweenLeadAndMemberIsValid() {
      assertThat(record().addReferrals(Fixtures.referral("p", "tcm", "peoples")).build().getReferrals()).hasSize(1);
    }

    @Test
    void traineeFromOutsideTheAllianceIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addTraineeStays(Fixtures.trainee("d", "sanya")).build())
          .withMessageContaining("traineeStays: member unit sanya is not a member");
    }

    @Test
    void projectForAUnitOutsideTheAllianceIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addResearchProjects(ResearchProject.of("sanya", "t", ProjectStatus.APPROVED)).build())
          .withMessageContaining("researchProjects: member unit sanya is not a member");
    }

    @Test
    void partyActivityOutsideTheYearIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addPartyActivities(PartyActivity.of(LocalDate.of(2020, 12, 31), PartyActivityKind.THEORY_STUDY)).build())
          .withMessageContaining("partyActivities: date 2020-12-31 is outside the assessment year 2021");
    }

    @Test
    void volumeOfAUnitOutsideTheAllianceIsRejected() {
      Volume volume = Volume.of(1, 1, 1);
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addMemberVolumes(MemberVolume.of("sanya", volume, volume)).build())
          .withMessageContaining("memberVolumes: member unit sanya is not a member");
    }

    @Test
    void aRepeatedUnitAmongManyVolumesIsRejectedOnceForEachRepeat() {
      Volume volume = Volume.of(1, 1, 1);
      SpecialtyAlliance.Builder large = SpecialtyAlliance.builder().from(Fixtures.ALLIANCE).members(List.of());
      List<MemberVolume> volumes = new java.util.ArrayList<>();
      for (int m = 0; m < 12; m++) {
        large.addMembers(Fixtures.unit("m" + m, "成员" + m, "member " + m));
        volumes.add(MemberVolume.of("m" + m, volume, volume));
      }
      volumes.add(MemberVolume.of("m3", volume, volume));
      volumes.add(MemberVolume.of("m11", volume, volume));
      AllianceAssessmentRecord.Builder record = AllianceAssessmentRecord.builder().alliance(large.build()).year(Fixtures.YEAR)
          .memberVolumes(volumes);

      assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(record::build)
          .satisfies(e -> assertThat(e.getConstraintViolations()).extracting(v -> v.getMessage()).containsExactlyInAnyOrder(
              "member unit m3 has more than one volume entry", "member unit m11 has more than one volume entry"));
    }

    @Test
    void secondVolumeEntryForAUnitIsRejected() {
      Volume volume = Volume.of(1, 1, 1);
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addMemberVolumes(MemberVolume.of("tcm", volume, volume), MemberVolume.of("tcm", volume, volume)).build())
          .withMessage("AllianceAssessmentRecord is invalid: memberVolumes: member unit tcm has more than one volume entry");
    }

    @Test
    void previousYearVolumeOfZeroIsValid() {
      Volume zero = Volume.of(0, 0, 0);
      assertThat(record().addMemberVolumes(MemberVolume.of("tcm", zero, Volume.of(5, 1, 1))).build().getMemberVolumes()).hasSize(1);
    }

    @Test
    void yearOutsideTheSupportedRangeIsRejected() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> AllianceAssessmentRecord.builder().alliance(ALLIANCE).year(1_000_000_000).build())
          .withMessage("AllianceAssessmentRecord is invalid: year must be a year from 1900 to 2200: 1000000000");
    }

    @Test
    void stayOfAYearAtTheEndOfTheSupportedRangeMayNotRunBeyondIt() {
      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> TraineeStay.builder().personId("d1").memberUnitId("tcm").kind(TrainingKind.ADVANCED_STUDY)
              .period(DateRange.of(LocalDate.of(2200, 11, 1), LocalDate.of(2201, 4, 30))).build())
          .withMessage("TraineeStay is invalid: period: period 2200-11-01/2201-04-30 is outside the supported dates 1900-01-01 to 2200-12-31");
    }

    @Test
    void recordTextShowsNoTraineeOrPatientId() {
      AllianceAssessmentRecord withPeople = record()
          .addTraineeStays(Fixtures.trainee("trainee-7", "tcm"))
          .addReferrals(Fixtures.referral("patient-42", "tcm", "peoples"))
          .build();

      assertThat(withPeople.toString()).doesNotContain("trainee-7").doesNotContain("patient-42").contains("traineeStays=[TraineeStay{");
    }

    @Test
    void invalidRecordNamesNoTraineeOrPatientId() {
      TraineeStay early = TraineeStay.builder().personId("trainee-7").memberUnitId("sanya").kind(TrainingKind.SHORT_COURSE)
          .period(DateRange.of(LocalDate.of(2020, 12, 20), LocalDate.of(2021, 1, 10))).build();
      Referral outside = Referral.builder().patientId("patient-42").date(LocalDate.of(2022, 1, 2)).fromUnitId("sanya").toUnitId("peoples").build();

      assertThatExceptionOfType(ConstraintViolationException.class)
          .isThrownBy(() -> record().addTraineeStays(early).addReferrals(outside).build())
          .satisfies(e -> {
            assertThat(e.getMessage()).doesNotContain("trainee-7").doesNotContain("patient-42");
            assertThat(e.getConstraintViolations()).allSatisfy(v -> assertThat(String.valueOf(v.getInvalidValue()) + v)
                .doesNotContain("trainee-7").doesNotContain("patient-42"));
          });
    }
  }
}
