package io.github.yilian.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.yilian.alliance.AllianceAssessmentRecord;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the import does with bad input: every problem located, nothing imported, no stack trace for a person. */
class ImportProblemsTest {

  @TempDir Path dir;
  Path file;

  @BeforeEach
  void evidence() throws Exception {
    file = dir.resolve("evidence.xlsx");
    AllianceWorkbook.writeEvidence(List.of(Fixtures.record2021()), file);
  }

  private List<CellProblem> problems(ThrowingCallable read) {
    WorkbookException thrown = (WorkbookException) org.assertj.core.api.Assertions.catchThrowable(read);
    assertThat(thrown).isNotNull();
    return thrown.getProblems();
  }

  @Nested
  class TheFileAsAWhole {

    @Test
    void aTextFileIsNotAnXlsxWorkbook() throws Exception {
      Files.writeString(file, "id,date\nneurosurgery,2021-01-15\n");
      assertThat(problems(() -> AllianceWorkbook.read(file)))
          .singleElement().satisfies(p -> assertThat(p.getReason().getEnglish()).contains("not an .xlsx workbook"));
    }

    @Test
    void anOldXlsWorkbookIsNamedAsSuch() throws Exception {
      try (HSSFWorkbook xls = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
        xls.createSheet("联盟 Alliances");
        xls.write(out);
      }
      assertThat(problems(() -> AllianceWorkbook.read(file)))
          .singleElement().satisfies(p -> assertThat(p.getReason().getChinese()).contains(".xls"));
    }

    @Test
    void aZipThatIsNoWorkbookCannotBeRead() throws Exception {
      try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
        zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
        zip.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      assertThat(problems(() -> AllianceWorkbook.read(file)))
          .singleElement().satisfies(p -> assertThat(p.getReason().getEnglish()).startsWith("the workbook cannot be read"));
    }

    @Test
    void aMissingSheetIsNamed() throws Exception {
      Workbooks.edit(file, wb -> wb.removeSheetAt(wb.getSheetIndex(Workbooks.sheet(wb, "下沉指导"))));
      assertThat(problems(() -> AllianceWorkbook.read(file)))
          .singleElement().satisfies(p -> {
            assertThat(p.getSheet()).isEqualTo("下沉指导 Outreach");
            assertThat(p.getReason().getEnglish()).isEqualTo("the sheet \"下沉指导 Outreach\" is missing");
          });
    }

    @Test
    void aRenamedHeaderIsAClearErrorNamingTheColumnAndWhatWasFound() throws Exception {
      Workbooks.edit(file, wb -> Workbooks.cell(wb, "下沉指导", "B1").setCellValue("日子"));
      assertThat(problems(() -> AllianceWorkbook.read(file)))
          .singleElement().satisfies(p -> {
            assertThat(p.getLocation()).isEqualTo("下沉指导 Outreach!row 1");
            assertThat(p.getReason().getEnglish()).contains("\"日期 date\" is not found").contains("B “日子”");
          });
    }

    @Test
    void mergedDataCellsAreRefusedWithTheirRegion() throws Exception {
      Workbooks.edit(file, wb -> Workbooks.sheet(wb, "下沉指导").addMergedRegion(CellRangeAddress.valueOf("B2:B3")));
      assertThat(problems(() -> AllianceWorkbook.read(file)))
          .singleElement().satisfies(p -> assertThat(p.getReason().getEnglish()).startsWith("merged cells B2:B3"));
    }

    @Test
    void moreRowsThanTheLimitIsAClearError() {
      assertThat(problems(() -> AllianceWorkbook.read(file, ImportOptions.strict().withMaxRows(5))))
          .singleElement().satisfies(p -> assertThat(p.getReason().getEnglish()).isEqualTo("more than 5 data rows; split the workbook"));
    }
  }

  @Nested
  class Cells {

    @Test
    void everyBadCellIsReportedWithSheetRowColumnValueAndReason() throws Exception {
      Workbooks.edit(file, wb -> {
        Workbooks.cell(wb, "联盟", "D2").setCellValue("二〇二一");           // text in a number column
        Workbooks.cell(wb, "下沉指导", "B2").setBlank();                   // a blank required cell
        Workbooks.cell(wb, "下沉指导", "D3").setCellValue("义诊");          // not in the list
        Workbooks.cell(wb, "下沉指导", "C4").setCellValue("fourth");       // not a member unit
        Workbooks.cell(wb, "成员单位", "B3").setCellValue("tcm");           // duplicate id
        Workbooks.cell(wb, "业务量", "C2").setCellValue(-5);                // negative volume
      });
      List<CellProblem> problems = problems(() -> AllianceWorkbook.read(file));
      assertThat(problems).extracting(CellProblem::getLocation, CellProblem::getValue).containsExactly(
          org.assertj.core.groups.Tuple.tuple("联盟 Alliances!D2", "二〇二一"),
          org.assertj.core.groups.Tuple.tuple("成员单位 Members!B3", "tcm"),
          org.assertj.core.groups.Tuple.tuple("下沉指导 Outreach!B2", ""),
          org.assertj.core.groups.Tuple.tuple("下沉指导 Outreach!D3", "义诊"),
          org.assertj.core.groups.Tuple.tuple("下沉指导 Outreach!C4", "fourth"),
          org.assertj.core.groups.Tuple.tuple("进修 Trainees!C2", "third"),      // "third" is gone from Members: B3 says tcm
          org.assertj.core.groups.Tuple.tuple("业务量 Volumes!C2", "-5"),
          org.assertj.core.groups.Tuple.tuple("业务量 Volumes!B3", "third"));
      assertThat(problems.get(0).getReason()).satisfies(r -> {
        assertThat(r.getChinese()).isEqualTo("不是整数");
        assertThat(r.getEnglish()).isEqualTo("not a whole number");
      });
      assertThat(problems.get(3).getReason().getChinese()).startsWith("不在可选值中：手术指导、新技术");
      assertThat(problems.get(3).getHeader()).isEqualTo("指导形式 kind");
    }

    @Test
    void aUnitNotInTheAllianceIsReportedAtItsCell() throws Exception {
      Workbooks.edit(file, wb -> Workbooks.cell(wb, "下沉指导", "C4").setCellValue("fourth"));
      assertThat(problems(() -> AllianceWorkbook.read(file))).singleElement().satisfies(p -> {
        assertThat(p.getLocation()).isEqualTo("下沉指导 Outreach!C4");
        assertThat(p.getReason().getEnglish()).isEqualTo("not in sheet \"成员单位 Members\"");
        assertThat(p.getReason().getChinese()).isEqualTo("不在表“成员单位 Members”中");
      });
    }

    @Test
    void aDateOutsideTheAssessmentYearIsTiedToItsRowAndCellByCoreRule() throws Exception {
      Workbooks.edit(file, wb -> Workbooks.cell(wb, "党建活动", "B2").setCellValue("2022-07-01"));
      assertThat(problems(() -> AllianceWorkbook.read(file))).singleElement().satisfies(p -> {
        assertThat(p.getLocation()).isEqualTo("党建活动 Party!B2");
        assertThat(p.getValue()).isEqualTo("2022-07-01");
        assertThat(p.getReason().getEnglish()).contains("2022-07-01").contains("2021");
        assertThat(p.getReason().getChinese()).contains("2022-07-01").doesNotContain("outside");
      });
    }

    @Test
    void aPatientIdIsNeverShownInAProblem() throws Exception {
      Workbooks.edit(file, wb -> Workbooks.cell(wb, "双向转诊", "D2").setCellValue("nowhere"));
      List<CellProblem> problems = problems(() -> AllianceWorkbook.read(file));
      assertThat(problems).isNotEmpty();
      assertThat(problems.toString()).doesNotContain("patient-1");
    }

    @Test
    void chineseNamesAndEnglishConstantNamesAreBothAccepted() throws Exception {
      Workbooks.edit(file, wb -> {
        Workbooks.cell(wb, "下沉指导", "D2").setCellValue("SURGERY_GUIDANCE");
        Workbooks.cell(wb, "下沉指导", "D3").setCellValue("专业讲座");
        Workbooks.cell(wb, "联盟", "K2").setCellValue("drafted");
      });
      assertThat(AllianceWorkbook.read(file)).containsExactly(Fixtures.record2021());
    }

    @Test
    void datesTypedAsTextInThreeFormsAreRead() throws Exception {
      Workbooks.edit(file, wb -> {
        Workbooks.cell(wb, "下沉指导", "B2").setCellValue("2021-11-02");
        Workbooks.cell(wb, "下沉指导", "B3").setCellValue("2021/11/2");
        Workbooks.cell(wb, "下沉指导", "B4").setCellValue("2021年12月1日");
      });
      assertThat(AllianceWorkbook.read(file)).containsExactly(Fixtures.record2021());
    }

    @Test
    void aFormulaIsReadAsItsCachedValue() throws Exception {
      Workbooks.edit(file, wb -> {
        Workbooks.cell(wb, "业务量", "F2").setCellFormula("10000+700");
        Workbooks.cell(wb, "联盟", "D2").setCellFormula("2020+1");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      });
      assertThat(AllianceWorkbook.read(file)).containsExactly(Fixtures.record2021());
    }

    @Test
    void hiddenRowsAreImportedLikeTheOthersAndCounted() throws Exception {
      Workbooks.edit(file, wb -> Workbooks.sheet(wb, "下沉指导").getRow(2).setZeroHeight(true));
      ImportResult<List<AllianceAssessmentRecord>> result = AllianceWorkbook.read(file, ImportOptions.strict());
      assertThat(result.getValue()).containsExactly(Fixtures.record2021());
      assertThat(result.getHiddenRows()).isEqualTo(1);
    }
  }

  @Nested
  class KeepingGoodRows {

    @Test
    void strictImportsNothingWhenOneRowIsBad() throws Exception {
      Workbooks.edit(file, wb -> Workbooks.cell(wb, "下沉指导", "D3").setCellValue("义诊"));
      assertThatThrownBy(() -> AllianceWorkbook.read(file)).isInstanceOf(WorkbookException.class)
          .hasMessageContaining("下沉指导 Outreach!D3");
    }

    @Test
    void theOptionImportsTheGoodRowsAndReturnsTheRejectedOnes() throws Exception {
      Workbooks.edit(file, wb -> {
        Workbooks.cell(wb, "下沉指导", "D3").setCellValue("义诊");
        Workbooks.cell(wb, "党建活动", "B2").setCellValue("2022-07-01");
      });
      ImportResult<List<AllianceAssessmentRecord>> result = AllianceWorkbook.read(file, ImportOptions.strict().keepingGoodRows());
      AllianceAssessmentRecord expected = AllianceAssessmentRecord.builder().from(Fixtures.record2021())
          .outreachVisits(List.of(Fixtures.record2021().getOutreachVisits().get(0), Fixtures.record2021().getOutreachVisits().get(2)))
          .partyActivities(List.of()).build();
      assertThat(result.getValue()).containsExactly(expected);
      assertThat(result.getRejected()).extracting(CellProblem::getLocation)
          .containsExactly("下沉指导 Outreach!D3", "党建活动 Party!B2");
    }

    @Test
    void rowsOfARejectedAllianceAreRejectedWithIt() throws Exception {
      Workbooks.edit(file, wb -> Workbooks.cell(wb, "联盟", "D2").setCellValue("x"));
      ImportResult<List<AllianceAssessmentRecord>> result = AllianceWorkbook.read(file, ImportOptions.strict().keepingGoodRows());
      assertThat(result.getValue()).isEmpty();
      assertThat(result.getRejected()).hasSizeGreaterThan(10)
          .anySatisfy(p -> assertThat(p.getReason().in(Locale.ENGLISH)).contains("row 2 of \"联盟 Alliances\", is rejected"));
    }
  }

  @Nested
  class OtherCapabilities {

    @Test
    void aUnitUnderAParentOfTheWrongLevelIsTiedToItsRow() throws Exception {
      Path county = dir.resolve("county.xlsx");
      CountyWorkbook.writeData(Fixtures.urumqi(), county);
      Workbooks.edit(county, wb -> Workbooks.cell(wb, "单位", "E5").setCellValue("6501"));   // community 650102-M under a prefecture
      assertThat(problems(() -> CountyWorkbook.read(county))).singleElement().satisfies(p -> {
        assertThat(p.getSheet()).isEqualTo("单位 Units");
        assertThat(p.getRow()).isEqualTo(5);
        assertThat(p.getReason().getEnglish()).contains("650102-M");
      });
    }

    /** Core's level names use Chinese brackets (地（州、市）); a clerk's keyboard often types ASCII ones. */
    @Test
    void aChineseNameTypedWithHalfWidthBracketsIsTheName() throws Exception {
      Path county = dir.resolve("county.xlsx");
      CountyWorkbook.writeData(Fixtures.urumqi(), county);
      Workbooks.edit(county, wb -> {
        Workbooks.cell(wb, "单位", "D3").setCellValue("地(州、市)");
        Workbooks.cell(wb, "单位", "D4").setCellValue("县 (市、区)");
      });
      assertThat(CountyWorkbook.read(county)).isEqualTo(Fixtures.urumqi());
    }

    @Test
    void aFactOfAUnitNotInTheTreeIsReportedAtItsCell() throws Exception {
      Path county = dir.resolve("county.xlsx");
      CountyWorkbook.writeData(Fixtures.urumqi(), county);
      Workbooks.edit(county, wb -> Workbooks.cell(wb, "监测数据", "A3").setCellValue("659999"));
      assertThat(problems(() -> CountyWorkbook.read(county))).singleElement().satisfies(p -> {
        assertThat(p.getLocation()).isEqualTo("监测数据 Facts!A3");
        assertThat(p.getReason().getChinese()).isEqualTo("不在表“单位 Units”中");
      });
    }

    @Test
    void aHostThatIsNotAMemberIsReportedAtItsHostCell() throws Exception {
      Path pilot = dir.resolve("pilot.xlsx");
      PilotWorkbook.writeRecords(List.of(Fixtures.informatisation()), pilot);
      Workbooks.edit(pilot, wb -> Workbooks.cell(wb, "活动", "F2").setCellValue("深圳市（广东省）"));
      assertThat(problems(() -> PilotWorkbook.read(pilot))).singleElement().satisfies(p -> {
        assertThat(p.getLocation()).isEqualTo("活动 Activities!F2");
        assertThat(p.getValue()).isEqualTo("深圳市（广东省）");
        assertThat(p.getReason().getEnglish()).contains("深圳市").contains("a1");
      });
    }

    @Test
    void aCityWithoutItsProvinceIsABadCell() throws Exception {
      Path pilot = dir.resolve("pilot.xlsx");
      PilotWorkbook.writeRecords(List.of(Fixtures.informatisation()), pilot);
      Workbooks.edit(pilot, wb -> Workbooks.cell(wb, "参加单位", "B2").setCellValue("厦门市"));
      assertThat(problems(() -> PilotWorkbook.read(pilot))).singleElement().satisfies(p ->
          assertThat(p.getReason().getChinese()).isEqualTo("须写作“城市（省份）”，如“镇江市（江苏省）”"));
    }

    @Test
    void anEventOfAnExpertNotOnTheRosterIsReportedAtItsCell() throws Exception {
      Path expert = dir.resolve("expert.xlsx");
      ExpertWorkbook.writeLogBook(Fixtures.expertLog(), expert);
      Workbooks.edit(expert, wb -> Workbooks.cell(wb, "调整记录", "C3").setCellValue("e9"));
      assertThat(problems(() -> ExpertWorkbook.read(expert))).singleElement().satisfies(p -> {
        assertThat(p.getLocation()).isEqualTo("调整记录 Events!C3");
        assertThat(p.getReason().getEnglish()).isEqualTo("not in sheet \"专家名册 Roster\"");
      });
    }

    @Test
    void aDismissalWithoutAReasonIsReportedAtItsRow() throws Exception {
      Path expert = dir.resolve("expert.xlsx");
      ExpertWorkbook.writeLogBook(Fixtures.expertLog(), expert);
      Workbooks.edit(expert, wb -> {
        Workbooks.cell(wb, "调整记录", "E5").setBlank();
        Workbooks.cell(wb, "调整记录", "F5").setBlank();
      });
      assertThat(problems(() -> ExpertWorkbook.read(expert))).singleElement().satisfies(p -> {
        assertThat(p.getLocation()).isEqualTo("调整记录 Events!E5");
        assertThat(p.getReason().getEnglish()).isEqualTo("dismissal of expert e2 on 2023-03-15 gives no reason");
        assertThat(p.getReason().getChinese()).isEqualTo("专家 e2 于 2023-03-15 被解聘，未说明理由");
      });
    }
  }
}
