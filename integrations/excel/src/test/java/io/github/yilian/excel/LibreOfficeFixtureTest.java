package io.github.yilian.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** Workbooks written by LibreOffice (see src/test/resources/libreoffice/README.md) import like POI's. */
class LibreOfficeFixtureTest {

  private static Path fixture(String name) throws Exception {
    return Paths.get(LibreOfficeFixtureTest.class.getResource("/libreoffice/" + name).toURI());
  }

  @Test
  void allianceEvidenceSavedByLibreOfficeReadsAsTheRecordItWasMadeFrom() throws Exception {
    assertThat(AllianceWorkbook.read(fixture("alliance-evidence.xlsx"))).containsExactly(Fixtures.record2021());
  }

  @Test
  void countyDataSavedByLibreOfficeReadsAsTheDataItWasMadeFrom() throws Exception {
    assertThat(CountyWorkbook.read(fixture("county-data.xlsx"))).isEqualTo(Fixtures.urumqi());
  }
}
