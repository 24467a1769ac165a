package io.github.yilian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.excel.AllianceWorkbook;
import io.github.yilian.excel.CountyWorkbook;
import io.github.yilian.excel.ExpertWorkbook;
import io.github.yilian.excel.PilotWorkbook;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample workbooks committed in examples/workbooks still hold the scenarios' data; when a model
 * changes, regenerate them with {@link SampleWorkbooks}.
 */
class SampleWorkbooksTest {

  static final Path DIR = Path.of("workbooks");

  @Test
  void theAllianceSampleHoldsTheScenariosRecords() throws Exception {
    assertThat(AllianceWorkbook.read(DIR.resolve(SampleWorkbooks.ALLIANCE))).isEqualTo(AllianceScenario.records());
  }

  @Test
  void theCountySampleHoldsTheSyntheticRegion() throws Exception {
    assertThat(CountyWorkbook.read(DIR.resolve(SampleWorkbooks.COUNTY))).isEqualTo(SyntheticCountyRegion.xinjiang());
  }

  @Test
  void thePilotSampleHoldsTheNineGroups() throws Exception {
    assertThat(PilotWorkbook.read(DIR.resolve(SampleWorkbooks.PILOT))).isEqualTo(SampleWorkbooks.pilotRecords());
  }

  @Test
  void theExpertSampleHoldsTheGroupsLog() throws Exception {
    assertThat(ExpertWorkbook.read(DIR.resolve(SampleWorkbooks.EXPERT))).isEqualTo(SampleWorkbooks.expertLog());
  }
}
