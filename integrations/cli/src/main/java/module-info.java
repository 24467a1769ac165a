/**
 * The {@code yilian} command: templates, assessments, dashboards, compliance and tenure from Excel
 * workbooks, for offices without developers.
 */
module io.github.yilian.cli {
  requires io.github.yilian.excel;
  requires info.picocli;
  requires java.logging;
  requires static org.jspecify;

  exports io.github.yilian.cli;
  opens io.github.yilian.cli to info.picocli;
}
