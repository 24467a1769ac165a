package io.github.yilian.cli;

import io.github.yilian.alliance.AllianceAssessment;
import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.Grade;
import io.github.yilian.alliance.HaikouAllianceRubric2021;
import io.github.yilian.alliance.HaikouAlliances2021;
import io.github.yilian.common.Finding;
import io.github.yilian.common.Ranked;
import io.github.yilian.common.Severity;
import io.github.yilian.common.SupportedRange;
import io.github.yilian.county.Dashboard;
import io.github.yilian.county.MonitoringData;
import io.github.yilian.county.TargetResult;
import io.github.yilian.county.TargetStatus;
import io.github.yilian.county.TargetTracker;
import io.github.yilian.county.XinjiangCountyTargets2023;
import io.github.yilian.excel.AllianceWorkbook;
import io.github.yilian.excel.CellProblem;
import io.github.yilian.excel.CountyWorkbook;
import io.github.yilian.excel.ExpertLogBook;
import io.github.yilian.excel.ExpertWorkbook;
import io.github.yilian.excel.ImportOptions;
import io.github.yilian.excel.ImportResult;
import io.github.yilian.excel.PilotWorkbook;
import io.github.yilian.excel.WorkbookException;
import io.github.yilian.expert.AdjustmentEvent;
import io.github.yilian.expert.AdjustmentLog;
import io.github.yilian.expert.GroupChecker;
import io.github.yilian.expert.InvalidEventException;
import io.github.yilian.expert.ObligationChecker;
import io.github.yilian.expert.Tenure;
import io.github.yilian.expert.TieredCareExpertGroupMeasures;
import io.github.yilian.pilot.CollaborationProgramme;
import io.github.yilian.pilot.ComplianceStatus;
import io.github.yilian.pilot.GroupCompliance;
import io.github.yilian.pilot.GroupRecord;
import io.github.yilian.pilot.ObligationStatus;
import io.github.yilian.pilot.PilotProgramme2011;
import io.github.yilian.pilot.PilotSchedule;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code yilian} command: writes blank templates and runs the library's calculators on filled
 * Excel workbooks, printing a summary and writing the results as a workbook.
 *
 * <p>Exit codes: {@value #OK} when nothing needs attention, {@value #FINDINGS} when the results hold
 * findings (an alliance graded 不合格, a target missed, an obligation overdue or met late, a finding of
 * the expert checks), {@value #BAD_INPUT} for bad input (a bad workbook, with its problems printed as a table,
 * or bad arguments).
 */
@Command(name = "yilian", mixinStandardHelpOptions = true, version = "yilian 0.1.0-SNAPSHOT",
    description = {"医联：用政策文件的计算器处理 Excel 工作簿。", "Yilian: the policy documents' calculators on Excel workbooks."},
    subcommands = {Yilian.Template.class, Yilian.Assess.class, Yilian.DashboardCommand.class, Yilian.ComplianceCommand.class,
        Yilian.TenureCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes / 退出码:%n",
    exitCodeList = {"0:nothing needs attention / 无需关注的问题",
        "1:findings: an alliance graded fail, a target missed, an obligation overdue or met late, an expert finding / 有问题需关注",
        "2:bad input: a bad workbook (its problems printed as a table) or bad arguments / 输入有误"})
public final class Yilian implements Callable<Integer> {

  /** Nothing needs attention. */
  public static final int OK = 0;
  /** The results hold findings. */
  public static final int FINDINGS = 1;
  /** The input is bad: a workbook or an argument. */
  public static final int BAD_INPUT = 2;

  @Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls it. */
  public Yilian() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /**
   * Runs the command with its output and errors written to the writers given.
   *
   * @param args the command line
   * @param out where results go
   * @param err where errors, the problems of a bad workbook and the progress bar go
   * @return the exit code: 0, 1 or 2
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    quietLibraries();
    CommandLine line = new CommandLine(new Yilian());
    line.setOut(out);
    line.setErr(err);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.registerConverter(LocalDate.class, Yilian::date);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println(message(e));
      cmd.getErr().flush();
      return BAD_INPUT;
    });
    return line.execute(args);
  }

  /** A date as YYYY-MM-DD, or a message a person can act on (not the parser's exception). */
  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date of the form YYYY-MM-DD, such as 2023-12-31"
          + " / 不是 YYYY-MM-DD 形式的日期，如 2023-12-31");
    }
  }

  /** Keeps Hibernate Validator's banner and Log4j's "no provider" line (from POI) off the console. */
  private static void quietLibraries() {
    Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    if (System.getProperty("org.apache.logging.log4j.simplelog.StatusLogger.level") == null) {
      System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
    }
    if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
  }

  private static String message(Exception e) {
    String text = e.getMessage();
    return (e instanceof IOException ? "cannot read or write a file / 无法读写文件: " : "") + (text == null ? e.getClass().getSimpleName() : text);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return BAD_INPUT;
  }

  /** The four capabilities, one per policy document. */
  enum Capability { alliance, county, pilot, expert }

  /** The language of the output. */
  enum Lang { zh, en }

  /** Options every command shares. */
  static final class Common {
    @Option(names = "--lang", paramLabel = "zh|en", description = "language of the output: zh or en (default: the system's) / 输出语言")
    @Nullable Lang lang;

    @Option(names = "--keep-good-rows", description = "import the good rows when some are bad, and list the rejected ones / 部分行有误时仍导入正确的行")
    boolean keepGoodRows;

    Locale locale() {
      Lang chosen = lang != null ? lang : "zh".equals(Locale.getDefault().getLanguage()) ? Lang.zh : Lang.en;
      return chosen == Lang.zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    boolean chinese() {
      return "zh".equals(locale().getLanguage());
    }

    String t(String chinese, String english) {
      return chinese() ? chinese : english;
    }

    ImportOptions options(PrintWriter err, ProgressBar bar) {
      ImportOptions options = ImportOptions.strict().withProgress(bar);
      return keepGoodRows ? options.keepingGoodRows() : options;
    }
  }

  /** The shape every workbook command runs: read, report problems, compute, print, write. */
  abstract static class WorkbookCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin Common common;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    PrintWriter err() {
      return spec.commandLine().getErr();
    }

    void require(Capability given, Capability expected) {
      if (given != expected) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            spec.name() + " works on " + expected + " workbooks only, not " + given + " / 此命令只处理 " + expected + " 工作簿");
      }
    }

    int year(int year, String name) {
      try {
        return SupportedRange.requireYear(year, name);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }

    LocalDate date(LocalDate date, String name) {
      try {
        return SupportedRange.requireDate(date, name);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }

    /** Reads a workbook, printing its problems as a table; empty if it cannot be imported. */
    <T> @Nullable T read(Reader<T> reader, Path file) {
      ProgressBar bar = new ProgressBar(err());
      try {
        ImportResult<T> result = reader.read(file, common.options(err(), bar));
        bar.finish();
        if (!result.isComplete()) {
          err().println(common.t("以下行有误，未导入：", "These rows are wrong and were not imported:"));
          problems(result.getRejected());
        }
        return result.getValue();
      } catch (WorkbookException e) {
        bar.finish();
        err().println(common.t("工作簿有误，未导入任何数据（共 " + e.getProblems().size() + " 处）：",
            "The workbook was not imported: " + e.getProblems().size() + (e.getProblems().size() == 1 ? " problem" : " problems") + ":"));
        problems(e.getProblems());
        return null;
      }
    }

    private void problems(List<CellProblem> problems) {
      TextTable table = new TextTable(40, common.t("位置", "where"), common.t("列", "column"), common.t("值", "value"),
          common.t("原因", "reason"));
      for (CellProblem p : problems) {
        table.row(p.getLocation(), p.getHeader(), p.getValue(), p.getReason().in(common.locale()));
      }
      table.print(err());
    }

    void written(@Nullable Path file) {
      if (file != null) {
        out().println(common.t("结果已写入 ", "results written to ") + file);
      }
    }
  }

  /** Reads one capability's workbook. */
  @FunctionalInterface
  interface Reader<T> {
    ImportResult<T> read(Path file, ImportOptions options) throws WorkbookException;
  }

  /** {@code yilian template <capability> <out.xlsx>}. */
  @Command(name = "template", mixinStandardHelpOptions = true,
      description = {"写出空白模板：每类记录一个工作表，含下拉列表和填写说明。", "Writes a blank template: a sheet per kind of record, drop-downs and instructions."})
  static final class Template extends WorkbookCommand {
    @Parameters(index = "0", paramLabel = "CAPABILITY", description = "alliance, county, pilot or expert")
    Capability capability = Capability.alliance;

    @Parameters(index = "1", paramLabel = "OUT.xlsx", description = "the template to write / 模板文件")
    Path file = Path.of("template.xlsx");

    @Option(names = "--haikou-2021", paramLabel = "YEAR",
        description = "alliance only: fill in Haikou's four alliances (海医改办〔2021〕26号), their members and committees, for "
            + "this assessment year / 预填海口市四个大专科联盟")
    @Nullable Integer haikouYear;

    @Override
    public Integer call() throws IOException {
      if (haikouYear != null) {
        require(capability, Capability.alliance);
        int year = year(haikouYear, "--haikou-2021");
        AllianceWorkbook.writeTemplate(file, HaikouAlliances2021.alliances(), year);
        out().println(common.t("已预填海口市四个大专科联盟（" + year + " 年度）的模板已写入 ",
            "template with Haikou's four alliances for " + year + " written to ") + file);
        return OK;
      }
      switch (capability) {
        case alliance -> AllianceWorkbook.writeTemplate(file);
        case county -> CountyWorkbook.writeTemplate(file);
        case pilot -> PilotWorkbook.writeTemplate(file);
        case expert -> ExpertWorkbook.writeTemplate(file);
      }
      out().println(common.t("模板已写入 ", "template written to ") + file);
      return OK;
    }
  }

  /** {@code yilian assess alliance evidence.xlsx --out scores.xlsx}. */
  @Command(name = "assess", mixinStandardHelpOptions = true,
      description = {"按海口市 2021 年考核细则为各专科联盟评分，给出等次和经费。",
          "Scores each specialty alliance with the Haikou 2021 rubric: total, grade, funding."})
  static final class Assess extends WorkbookCommand {
    @Parameters(index = "0", paramLabel = "alliance") Capability capability = Capability.alliance;
    @Parameters(index = "1", paramLabel = "EVIDENCE.xlsx", description = "the filled alliance template / 已填写的联盟考核材料") Path file = Path.of("");
    @Option(names = "--out", paramLabel = "SCORES.xlsx", description = "write the ranking and a scorecard per alliance / 写出排名和评分表")
    @Nullable Path outFile;

    @Override
    public Integer call() throws IOException {
      require(capability, Capability.alliance);
      List<AllianceAssessmentRecord> records = read(AllianceWorkbook::read, file);
      if (records == null) {
        return BAD_INPUT;
      }
      List<AllianceAssessment> assessments = records.stream().map(HaikouAllianceRubric2021.rubric()::assess).toList();
      Locale locale = common.locale();
      TextTable table = new TextTable(40, common.t("名次", "rank"), common.t("联盟", "alliance"), common.t("年度", "year"),
          common.t("总分", "total"), common.t("等次", "grade"), common.t("经费（元）", "funding (yuan)"), common.t("提示", "observations"));
      for (Ranked<AllianceAssessment> entry : AllianceAssessment.rank(assessments).getEntries()) {
        AllianceAssessment a = entry.getItem();
        table.row(entry.getRank(), a.getRecord().getAlliance().getSpecialty().in(locale), a.getRecord().getYear(), a.getTotal(),
            a.getGrade().getName().in(locale), String.format(Locale.ROOT, "%,d", a.getFunding().longValue()), a.getObservations().size());
      }
      table.print(out());
      if (outFile != null) {
        AllianceWorkbook.writeScores(assessments, outFile, locale);
      }
      written(outFile);
      return assessments.stream().anyMatch(a -> a.getGrade() == Grade.FAIL) ? FINDINGS : OK;
    }
  }

  /** {@code yilian dashboard county data.xlsx --as-of 2023-12-31 --out dashboard.xlsx}. */
  @Command(name = "dashboard", mixinStandardHelpOptions = true,
      description = {"按《新疆县域医共体》目标 T1–T20 生成监测看板：状态、差距、汇总、问题清单、排名。",
          "Judges the Xinjiang targets T1–T20: status, gaps, roll-ups, problem list, rankings."})
  static final class DashboardCommand extends WorkbookCommand {
    @Parameters(index = "0", paramLabel = "county") Capability capability = Capability.county;
    @Parameters(index = "1", paramLabel = "DATA.xlsx", description = "the filled county template / 已填写的监测数据") Path file = Path.of("");
    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "judge as of this date / 截至日期")
    LocalDate asOf = LocalDate.MIN;
    @Option(names = "--out", paramLabel = "DASHBOARD.xlsx", description = "write the dashboard workbook / 写出看板工作簿")
    @Nullable Path outFile;

    @Override
    public Integer call() throws IOException {
      require(capability, Capability.county);
      LocalDate date = date(asOf, "--as-of");
      MonitoringData data = read(CountyWorkbook::read, file);
      if (data == null) {
        return BAD_INPUT;
      }
      TargetTracker tracker = TargetTracker.of(XinjiangCountyTargets2023.policy(), data);
      Dashboard dashboard = tracker.dashboard(date);
      Locale locale = common.locale();
      Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
      dashboard.getResults().forEach(r -> counts.merge(r.getStatus(), 1, Integer::sum));
      out().println(common.t("截至 ", "As of ") + date + common.t("：共 ", ": ") + dashboard.getResults().size()
          + common.t(" 项结果", " results"));
      TextTable statuses = new TextTable(30, common.t("状态", "status"), common.t("结果数", "results"));
      counts.forEach((status, n) -> statuses.row(status.getName().in(locale), n));
      statuses.print(out());
      if (!dashboard.getRegionFigures().isEmpty()) {
        out().println(common.t("全区数据（只报告、不判断）：", "Region-wide figures (reported, not judged):"));
        dashboard.getRegionFigures().forEach(f -> out().println("  " + f.getReason().in(locale)));
      }
      List<TargetResult> missed = dashboard.getResults().stream().filter(r -> r.getStatus() == TargetStatus.MISSED).toList();
      if (!missed.isEmpty()) {
        out().println(common.t("未达标（前 20 项）：", "Missed (first 20):"));
        TextTable table = new TextTable(40, common.t("指标", "target"), common.t("单位", "unit"), common.t("差距", "gap"),
            common.t("说明", "reason"));
        missed.stream().limit(20).forEach(r -> table.row(r.getRuleId(), r.getUnit().getName().in(locale), r.getGap(),
            r.getReason().in(locale)));
        table.print(out());
      }
      if (outFile != null) {
        CountyWorkbook.writeDashboard(tracker, date, outFile, locale);
      }
      written(outFile);
      return missed.isEmpty() ? OK : FINDINGS;
    }
  }

  /** {@code yilian compliance pilot record.xlsx --as-of 2012-12-31}. */
  @Command(name = "compliance", mixinStandardHelpOptions = true,
      description = {"按 2011 年试点协作组制度检查各协作组的履职情况（P1–P14；P13 全国会议为卫生部职责，只列入日历）。",
          "Checks each collaboration group's obligations P1–P14 of the 2011 programme (P13, the ministry's national meeting, "
              + "is only listed)."})
  static final class ComplianceCommand extends WorkbookCommand {
    @Parameters(index = "0", paramLabel = "pilot") Capability capability = Capability.pilot;
    @Parameters(index = "1", paramLabel = "RECORD.xlsx", description = "the filled pilot template / 已填写的协作组工作记录") Path file = Path.of("");
    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "judge as of this date / 截至日期")
    LocalDate asOf = LocalDate.MIN;
    @Option(names = "--out", paramLabel = "CALENDAR.xlsx", description = "write the obligation calendar / 写出履职日历")
    @Nullable Path outFile;

    @Override
    public Integer call() throws IOException {
      require(capability, Capability.pilot);
      LocalDate date = date(asOf, "--as-of");
      List<GroupRecord> records = read(PilotWorkbook::read, file);
      if (records == null) {
        return BAD_INPUT;
      }
      // the 2011 programme with the workbook's groups: one per topic, and a joint exchange's host
      // checked against every group that held it
      CollaborationProgramme programme = CollaborationProgramme.builder().from(PilotProgramme2011.programme())
          .groups(records.stream().map(GroupRecord::getGroup).toList()).build();
      PilotSchedule schedule = PilotSchedule.of(programme);
      List<GroupCompliance> compliances = new ArrayList<>();
      records.forEach(r -> compliances.add(schedule.compliance(r, date)));
      Locale locale = common.locale();
      TextTable summary = new TextTable(40, common.t("改革专题", "topic"), common.t("已到期", "due"),
          common.t("按时完成", "met on time"), common.t("逾期完成", "met late"), common.t("逾期", "overdue"),
          common.t("违规", "violations"), common.t("提醒", "warnings"));
      List<Finding> findings = new ArrayList<>();
      for (GroupCompliance c : compliances) {
        List<Finding> found = c.findings();
        long violations = found.stream().filter(f -> f.getSeverity() == Severity.VIOLATION).count();
        long metLate = c.getStatuses().stream().filter(st -> st.getStatus() == ComplianceStatus.MET_LATE).count();
        summary.row(c.getTopic().getName().in(locale), c.getDueCount(), c.getMetOnTime(), metLate, c.getOverdue().size(),
            violations, found.size() - violations);
        findings.addAll(found);
      }
      summary.print(out());
      TextTable table = new TextTable(30, common.t("到期日", "due"), common.t("改革专题", "topic"), common.t("义务", "obligation"),
          common.t("严重程度", "severity"), common.t("说明", "reason"));
      compliances.stream()
          .flatMap(c -> c.getOverdue().stream().map(st -> Map.entry(c.getTopic().getName().in(locale), st)))
          .sorted(java.util.Comparator.comparing((Map.Entry<String, ObligationStatus> e) -> e.getValue().getInstance().getDue()))
          .forEach(e -> table.row(e.getValue().getInstance().getDue(), e.getKey(), e.getValue().getInstance().getObligation().name(),
              e.getValue().getInstance().getObligation().getSeverity().getName().in(locale), e.getValue().getReason().in(locale)));
      if (!table.isEmpty()) {
        out().println(common.t("逾期事项：", "Overdue:"));
        table.print(out());
      }
      if (outFile != null) {
        PilotWorkbook.writeCompliance(compliances, outFile, locale);
      }
      written(outFile);
      return findings.isEmpty() ? OK : FINDINGS;
    }
  }

  /** {@code yilian tenure expert log.xlsx --on 2024-11-01}. */
  @Command(name = "tenure", mixinStandardHelpOptions = true,
      description = {"按专家组管理办法回放调整记录，给出某日各专家的聘期和检查结果。",
          "Replays the expert group's adjustment log: each expert's tenure on a date, and the findings."})
  static final class TenureCommand extends WorkbookCommand {
    @Parameters(index = "0", paramLabel = "expert") Capability capability = Capability.expert;
    @Parameters(index = "1", paramLabel = "LOG.xlsx", description = "the filled expert template / 已填写的专家组台账") Path file = Path.of("");
    @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", description = "the date / 日期") LocalDate on = LocalDate.MIN;
    @Option(names = "--out", paramLabel = "TENURE.xlsx", description = "write tenure and findings / 写出聘期和检查结果")
    @Nullable Path outFile;

    @Override
    public Integer call() throws IOException {
      require(capability, Capability.expert);
      LocalDate date = date(on, "--on");
      ExpertLogBook book = read(ExpertWorkbook::read, file);
      if (book == null) {
        return BAD_INPUT;
      }
      // replayed one event at a time, so that every event that cannot follow is reported, not only the first
      AdjustmentLog log = AdjustmentLog.of(book.getFounding(), TieredCareExpertGroupMeasures.termPolicy(), List.of());
      TextTable bad = new TextTable(40, common.t("事件", "event"), common.t("内容", "what"), common.t("原因", "reason"));
      for (int i = 0; i < book.getEvents().size(); i++) {
        AdjustmentEvent event = book.getEvents().get(i);
        try {
          log = log.append(event);
        } catch (InvalidEventException e) {
          bad.row(i + 1, event, e.getReason().in(common.locale()));
        }
      }
      if (!bad.isEmpty()) {
        err().println(common.t("调整记录有误，无法回放（事件按“调整记录”表的行序编号）：",
            "The adjustment log cannot be replayed (events numbered in the order of the Events sheet's rows):"));
        bad.print(err());
        return BAD_INPUT;
      }
      List<Finding> findings = new ArrayList<>(GroupChecker.of(TieredCareExpertGroupMeasures.compositionPolicy())
          .check(log.stateOn(date).getGroup()));
      ObligationChecker obligations = ObligationChecker.of(TieredCareExpertGroupMeasures.obligationPolicy());
      findings.addAll(obligations.checkActivities(book.getActivities(), date));
      findings.addAll(obligations.overdueReports(book.getEvaluations(), date));
      findings.addAll(obligations.checkAssignments(book.getFounding(), book.getEvaluations()));
      findings.sort(java.util.Comparator.comparing(Finding::getSeverity));
      Locale locale = common.locale();
      TextTable tenures = new TextTable(40, common.t("专家", "expert"), common.t("在聘", "active"), common.t("剩余天数", "days left"),
          common.t("说明", "reason"));
      for (Tenure t : log.stateOn(date).getTenures()) {
        tenures.row(t.getExpert(), t.isActive() ? common.t("是", "yes") : common.t("否", "no"), t.getDaysRemaining(), t.getReason().in(locale));
      }
      tenures.print(out());
      if (!findings.isEmpty()) {
        out().println(common.t("检查结果：", "Findings:"));
        TextTable table = new TextTable(40, common.t("严重程度", "severity"), common.t("规则", "rule"), common.t("对象", "subject"),
            common.t("说明", "reason"));
        findings.forEach(f -> table.row(f.getSeverity().getName().in(locale), f.getRuleId(), f.getSubject(), f.getReason().in(locale)));
        table.print(out());
      }
      if (outFile != null) {
        ExpertWorkbook.writeTenure(log, date, findings, outFile, locale);
      }
      written(outFile);
      return findings.isEmpty() ? OK : FINDINGS;
    }
  }
}
