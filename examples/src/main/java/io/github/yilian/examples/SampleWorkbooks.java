package io.github.yilian.examples;

import io.github.yilian.excel.AllianceWorkbook;
import io.github.yilian.excel.CountyWorkbook;
import io.github.yilian.excel.ExpertLogBook;
import io.github.yilian.excel.ExpertWorkbook;
import io.github.yilian.excel.PilotWorkbook;
import io.github.yilian.expert.AdjustmentLog;
import io.github.yilian.pilot.GroupRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample workbooks shipped in {@code examples/workbooks/}, filled with the scenarios' data, for
 * the {@code yilian} command: alliance evidence (seed 003), county monitoring data (seed 002), pilot
 * group records (seed 001) and the expert group's log (seed 000).
 *
 * <p>Regenerate them with
 * {@code mvn -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.yilian.examples.SampleWorkbooks -Dexec.args=examples/workbooks};
 * {@code SampleWorkbooksTest} checks that the committed ones still hold the scenarios' data.
 */
public final class SampleWorkbooks {

  /** The file names, in the order of the capabilities. */
  static final String ALLIANCE = "alliance-evidence.xlsx";
  static final String COUNTY = "county-data.xlsx";
  static final String PILOT = "pilot-record.xlsx";
  static final String EXPERT = "expert-log.xlsx";

  private SampleWorkbooks() {}

  /**
   * Writes the four sample workbooks.
   *
   * @param args the folder to write them to (default {@code examples/workbooks})
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "examples/workbooks"));
    AllianceWorkbook.writeEvidence(AllianceScenario.records(), dir.resolve(ALLIANCE));
    CountyWorkbook.writeData(SyntheticCountyRegion.xinjiang(), dir.resolve(COUNTY));
    PilotWorkbook.writeRecords(pilotRecords(), dir.resolve(PILOT));
    ExpertWorkbook.writeLogBook(expertLog(), dir.resolve(EXPERT));
    System.out.println("sample workbooks written to " + dir);
  }

  static List<GroupRecord> pilotRecords() {
    return PilotScenario.records();
  }

  static ExpertLogBook expertLog() {
    AdjustmentLog log = ExpertScenario.log();
    return ExpertLogBook.of(log.getFounding(), log.getEvents(), ExpertScenario.activities(), ExpertScenario.evaluations());
  }
}
