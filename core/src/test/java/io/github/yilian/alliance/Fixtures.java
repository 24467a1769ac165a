package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import java.time.LocalDate;

/** Named fixtures from seed 003: the neurosurgery alliance led by Haikou People's Hospital. */
final class Fixtures {

  static final int YEAR = 2021;
  static final LocalDate MARCH_1 = LocalDate.of(YEAR, 3, 1);
  static final LocalDate MARCH_2 = LocalDate.of(YEAR, 3, 2);
  static final BilingualText NEUROSURGERY = BilingualText.of("神经外科", "neurosurgery");
  static final CareUnit PEOPLES = unit("peoples", "海口市人民医院", "Haikou People's Hospital");
  static final CareUnit TCM = unit("tcm", "海口市中医医院", "Haikou Hospital of TCM");
  static final CareUnit THIRD = unit("third", "海口市第三人民医院", "Haikou Third People's Hospital");
  static final CareUnit FOURTH = unit("fourth", "海口市第四人民医院", "Haikou Fourth People's Hospital");
  static final SpecialtyAlliance ALLIANCE =
      SpecialtyAlliance.builder()
          .id("neurosurgery")
          .specialty(NEUROSURGERY)
          .lead(PEOPLES)
          .addMembers(TCM, THIRD, FOURTH)
          .addCommittee(CommitteeMember.of("夏鹰", CommitteeRole.CHAIR))
          .build();

  private Fixtures() {}

  static CareUnit unit(String id, String chinese, String english) {
    return CareUnit.of(id, BilingualText.of(chinese, english), NEUROSURGERY);
  }

  /** A record of the fixture alliance for {@link #YEAR} with nothing in it yet. */
  static AllianceAssessmentRecord.Builder record() {
    AllianceAssessmentRecord.Builder builder = AllianceAssessmentRecord.builder();
    builder.alliance(ALLIANCE).year(YEAR);
    return builder;
  }

  static LocalDate day(int dayOfYear) {
    return LocalDate.ofYearDay(YEAR, dayOfYear);
  }

  static Referral referral(String patientId, String from, String to) {
    return Referral.builder().patientId(patientId).date(MARCH_1).fromUnitId(from).toUnitId(to).build();
  }

  static TraineeStay trainee(String personId, String memberUnitId) {
    return TraineeStay.builder()
        .personId(personId)
        .memberUnitId(memberUnitId)
        .kind(TrainingKind.ADVANCED_STUDY)
        .period(io.github.yilian.common.DateRange.of(MARCH_1, MARCH_2))
        .build();
  }
}
