package io.github.yilian.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.pilot.Activity;
import io.github.yilian.pilot.ActivityKind;
import io.github.yilian.pilot.CollaborationGroup;
import io.github.yilian.pilot.GroupRecord;
import io.github.yilian.pilot.PilotCity;
import io.github.yilian.pilot.ReformTopic;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence exported as a filled template and imported again gives back equal models. */
class RoundTripTest {

  @TempDir Path dir;

  @Test
  void allianceRecordsReadBackEqual() throws Exception {
    Path file = dir.resolve("alliance.xlsx");
    AllianceWorkbook.writeEvidence(List.of(Fixtures.record2021()), file);
    assertThat(AllianceWorkbook.read(file)).containsExactly(Fixtures.record2021());
  }

  @Test
  void countyDataReadsBackEqual() throws Exception {
    Path file = dir.resolve("county.xlsx");
    CountyWorkbook.writeData(Fixtures.urumqi(), file);
    assertThat(CountyWorkbook.read(file)).isEqualTo(Fixtures.urumqi());
  }

  @Test
  void pilotRecordsReadBackEqual() throws Exception {
    Path file = dir.resolve("pilot.xlsx");
    PilotWorkbook.writeRecords(List.of(Fixtures.informatisation()), file);
    assertThat(PilotWorkbook.read(file)).containsExactly(Fixtures.informatisation());
  }

  @Test
  void expertLogBookReadsBackEqual() throws Exception {
    Path file = dir.resolve("expert.xlsx");
    ExpertWorkbook.writeLogBook(Fixtures.expertLog(), file);
    assertThat(ExpertWorkbook.read(file)).isEqualTo(Fixtures.expertLog());
  }

  /**
   * A city whose own name holds brackets, as the Corps' divisions are written ("第八师（石河子市）"),
   * reads back whole as a lead city, a host and a guest: its province is the text in the last
   * brackets of "城市（省份）". The import took the first brackets for the province's and read
   * "第八师" of province "石河子市）（新疆生产建设兵团".
   */
  @Test
  void cityWhoseNameHoldsBracketsReadsBackWhole() throws Exception {
    PilotCity shihezi = PilotCity.of("第八师（石河子市）", "新疆生产建设兵团");
    PilotCity guest = PilotCity.of("Kashgar (old town)", "新疆维吾尔自治区");
    CollaborationGroup group = CollaborationGroup.builder().topic(ReformTopic.HOSPITAL_INFORMATISATION)
        .addLeadUnits(shihezi, Fixtures.WUHU).addGuidingExperts("专家甲", "专家乙").build();
    GroupRecord record = GroupRecord.builder().group(group)
        .addActivities(Activity.builder().id("a1").date(LocalDate.of(2012, 3, 28)).kind(ActivityKind.SYMPOSIUM).host(shihezi)
            .putHealthBureauHeads(shihezi, 1).addGuestCities(guest).putHealthBureauHeads(guest, 1).build())
        .build();
    Path file = dir.resolve("brackets.xlsx");
    PilotWorkbook.writeRecords(List.of(record), file);

    GroupRecord read = PilotWorkbook.read(file).get(0);

    assertThat(read.getGroup().getLeadUnits()).containsExactly(shihezi, Fixtures.WUHU);
    assertThat(read.getActivities().get(0).getHost()).contains(shihezi);
    assertThat(read.getActivities().get(0).getGuestCities()).containsExactly(guest);
    assertThat(read).isEqualTo(record);
  }
}
