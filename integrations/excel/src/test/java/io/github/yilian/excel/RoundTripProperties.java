package io.github.yilian.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.pilot.GroupRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** For any model, the evidence exported as a filled template and imported again is an equal model. */
class RoundTripProperties {

  static final long SEED = 20_231_231L;
  static final int EXAMPLES = 25;

  @TempDir Path dir;

  @Test
  void anyAllianceRecordReadsBackEqual() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(ExcelGenerators.allianceRecords()).checkAssert(record -> {
      Path file = file();
      try {
        AllianceWorkbook.writeEvidence(List.of(record), file);
        List<AllianceAssessmentRecord> read = AllianceWorkbook.read(file);
        assertThat(read).containsExactly(record);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void anyCountyDataReadsBackEqual() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(ExcelGenerators.countyData()).checkAssert(data -> {
      Path file = file();
      try {
        CountyWorkbook.writeData(data, file);
        MonitoringData read = CountyWorkbook.read(file);
        assertThat(read).isEqualTo(data);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void anyPilotRecordsReadBackEqual() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(ExcelGenerators.pilotRecords()).checkAssert(records -> {
      Path file = file();
      try {
        PilotWorkbook.writeRecords(records, file);
        List<GroupRecord> read = PilotWorkbook.read(file);
        assertThat(read).containsExactlyElementsOf(records);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void anyExpertLogBookReadsBackEqual() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(ExcelGenerators.expertLogBooks()).checkAssert(book -> {
      Path file = file();
      try {
        ExpertWorkbook.writeLogBook(book, file);
        ExpertLogBook read = ExpertWorkbook.read(file);
        assertThat(read.getFounding()).isEqualTo(book.getFounding());
        assertThat(read.getEvents()).containsExactlyElementsOf(book.getEvents());
        assertThat(read.getActivities()).containsExactlyElementsOf(book.getActivities());
        assertThat(read.getEvaluations()).containsExactlyElementsOf(book.getEvaluations());
        assertThat(read).isEqualTo(book);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  private Path file() {
    try {
      return Files.createTempFile(dir, "round-trip", ".xlsx");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
