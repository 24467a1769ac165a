package io.github.yilian.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
