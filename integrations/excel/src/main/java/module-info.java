/**
 * Yilian Excel: templates, import and export of Yilian's models and results as Excel workbooks.
 */
module io.github.yilian.excel {
  requires transitive io.github.yilian;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires java.xml;
  requires static org.jspecify;

  exports io.github.yilian.excel;
}
