package io.github.yilian.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.alliance.AllianceAssessmentRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllianceWorkbookTest {

  @TempDir Path dir;

  @Test
  void evidenceWrittenAsATemplateReadsBackEqual() throws Exception {
    Path file = dir.resolve("evidence.xlsx");
    AllianceWorkbook.writeEvidence(List.of(Fixtures.record2021()), file);
    List<AllianceAssessmentRecord> read = AllianceWorkbook.read(file);
    assertThat(read).containsExactly(Fixtures.record2021());
  }
}
