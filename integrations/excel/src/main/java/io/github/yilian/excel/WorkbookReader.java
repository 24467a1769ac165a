package io.github.yilian.excel;

import io.github.yilian.common.BilingualText;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Reads a filled workbook into models with a streaming reader, then checks and assembles what it
 * read, collecting every problem: structural ones (not an xlsx file, a missing sheet, a renamed
 * header, merged cells, too many rows) stop the import; cell problems (a blank required cell, text
 * in a number column, a value outside the list, a duplicate id, an id not in the sheet it refers to)
 * and the violations core's models report when they are built are tied to their sheet, row and
 * column. A violation of a rule that spans the rows of a sheet (a date outside the assessment year,
 * a unit not in the alliance) is tied to its row by rebuilding the model with that sheet's rows one
 * at a time.
 *
 * <p>An instance reads one workbook once and is not thread-safe.
 *
 * @param <M> the model of a root row
 */
final class WorkbookReader<M> {

  /** Rows of a sheet tried one by one to find which breaks a rule spanning the sheet; more are not tried. */
  static final int ATTRIBUTION_LIMIT = 2_000;
  private static final String SEP = "\u0001";
  private static final int PROGRESS_EVERY = 1_000;

  private final WorkbookSpec<M> spec;
  private final ImportOptions options;
  private final String fileName;
  private final Map<WorkbookSpec.Place, State> states = new IdentityHashMap<>();
  private final List<Found> problems = new ArrayList<>();
  private final Item root;
  private int rowsRead;
  private int hiddenRows;

  /** What is known of one sheet of the workbook while it is read. */
  private static final class State {
    final WorkbookSpec.Place place;
    final int order;
    final List<Column<?>> columns;
    final int[] fileColumn;
    final List<Item> items = new ArrayList<>();
    final Map<String, Item> byKey = new HashMap<>();
    @Nullable String sheetName;
    int headerRow;
    boolean headerBroken;

    State(WorkbookSpec.Place place, int order) {
      this.place = place;
      this.order = order;
      this.columns = place.columns();
      this.fileColumn = new int[columns.size()];
      Arrays.fill(fileColumn, -1);
    }

    String name() {
      String name = sheetName;
      return name != null ? name : place.sheet.sheetName();
    }

    int keyIndex() {
      SheetSpec.Binding<?, ?, ?> key = place.sheet.key;
      return key == null ? -1 : columns.indexOf(key.column);
    }
  }

  /** One data row. */
  private static final class Item {
    final State state;
    final int row;
    final @Nullable Object[] values;
    final String scope;
    final @Nullable String key;
    final List<List<Item>> children = new ArrayList<>();
    boolean bad;
    boolean reported;
    @Nullable Object model;

    Item(State state, int row, @Nullable Object[] values, boolean bad) {
      this.state = state;
      this.row = row;
      this.values = values;
      this.bad = bad;
      int ancestors = state.place.ancestorKeys.size();
      this.scope = Arrays.stream(values, 0, ancestors).map(String::valueOf).collect(Collectors.joining(SEP));
      int keyIndex = state.keyIndex();
      this.key = keyIndex < 0 || keyIndex >= values.length || values[keyIndex] == null ? null : String.valueOf(values[keyIndex]);
      state.place.sheet.children.forEach(link -> children.add(new ArrayList<>()));
    }
  }

  private record Found(int order, int row, int column, int sequence, CellProblem problem) {}

  /** A structural problem found while streaming: stops the import. */
  private static final class Stop extends SAXException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super("stop");
    }
  }

  private WorkbookReader(WorkbookSpec<M> spec, ImportOptions options, String fileName) {
    this.spec = spec;
    this.options = options;
    this.fileName = fileName;
    int order = 0;
    for (WorkbookSpec.Place place : spec.places) {
      states.put(place, new State(place, order++));
    }
    root = new Item(new State(spec.places.get(0), -1), 0, new Object[0], false);
  }

  static <M> ImportResult<List<M>> read(WorkbookSpec<M> spec, java.nio.file.Path file, ImportOptions options)
      throws WorkbookException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    WorkbookReader<M> reader = new WorkbookReader<>(spec, options, String.valueOf(file.getFileName()));
    return reader.run(file);
  }

  private ImportResult<List<M>> run(java.nio.file.Path file) throws WorkbookException {
    stream(file);
    for (State state : states.values()) {
      if (!state.place.sheet.virtual && state.sheetName == null) {
        structural(state, 0, "", "缺少工作表“" + state.place.sheet.sheetName() + "”",
            "the sheet \"" + state.place.sheet.sheetName() + "\" is missing");
      }
    }
    stopIfStructural();
    checkSingleRows();
    indexKeys();
    linkParents();
    checkRefs();
    List<M> models = build();
    List<CellProblem> found = sorted();
    if (!found.isEmpty() && !options.isKeepingGoodRows()) {
      throw new WorkbookException(found);
    }
    return new ImportResult<>(List.copyOf(models), found, rowsRead, hiddenRows);
  }

  // --- streaming --------------------------------------------------------------------------------

  private void stream(java.nio.file.Path file) throws WorkbookException {
    checkFileKind(file);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      StylesTable styles;
      try {
        styles = reader.getStylesTable();
      } catch (IOException | RuntimeException e) {
        styles = null;
      }
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          State state = match(sheets.getSheetName());
          if (state != null) {
            readSheet(state, sheets.getSheetName(), in, strings, styles);
          }
        }
      }
    } catch (Stop stop) {
      throw new WorkbookException(sorted());
    } catch (Exception e) {
      throw fileProblem("无法读取此工作簿：" + e.getMessage(), "the workbook cannot be read: " + e.getMessage());
    }
  }

  private void checkFileKind(java.nio.file.Path file) throws WorkbookException {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw fileProblem("无法打开文件：" + e.getMessage(), "the file cannot be opened: " + e.getMessage());
    }
    if (n >= 4 && (head[0] & 0xff) == 0xd0 && (head[1] & 0xff) == 0xcf && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xe0) {
      throw fileProblem("这是 Excel 97–2003（.xls）文件或加密的工作簿；请另存为 .xlsx（Excel 2007 及以上）且不设密码",
          "this is an Excel 97–2003 (.xls) file or a password-protected workbook; save it as .xlsx (Excel 2007 or later) without a password");
    }
    if (n < 4 || head[0] != 'P' || head[1] != 'K') {
      throw fileProblem("这不是 .xlsx 工作簿（Excel 2007 及以上格式）", "this is not an .xlsx workbook (Excel 2007 or later)");
    }
  }

  private WorkbookException fileProblem(String chinese, String english) {
    return new WorkbookException(List.of(CellProblem.ofFile(fileName, chinese, english)));
  }

  private @Nullable State match(String sheetName) {
    for (State state : states.values()) {
      if (!state.place.sheet.virtual && state.sheetName == null && state.place.sheet.matchesName(sheetName)) {
        return state;
      }
    }
    return null;
  }

  private void readSheet(State state, String sheetName, InputStream in, ReadOnlySharedStringsTable strings,
      @Nullable StylesTable styles) throws IOException, SAXException {
    state.sheetName = sheetName;
    int[] read = {0};
    int[] declared = {0};
    boolean[] headerSeen = {false};
    SheetStream.Summary summary = SheetStream.read(in, strings, styles, (row, hidden, cells) -> {
      if (!headerSeen[0]) {
        if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
          headerSeen[0] = true;
          header(state, row, cells);
        }
        return;
      }
      if (data(state, row, hidden, cells)) {
        read[0]++;
        if (read[0] % PROGRESS_EVERY == 0) {
          options.getProgress().rowsRead(sheetName, read[0], declared[0]);
        }
      }
    });
    declared[0] = summary.declaredLastRow();
    options.getProgress().rowsRead(sheetName, read[0], Math.max(read[0], summary.declaredLastRow() - 1));
    if (!headerSeen[0]) {
      structural(state, 0, "", "工作表没有表头行", "the sheet has no header row");
    }
    for (String region : summary.mergedRegions()) {
      CellRangeAddress range = CellRangeAddress.valueOf(region);
      if (range.getLastRow() + 1 > state.headerRow) {
        structural(state, range.getFirstRow() + 1, CellReference.convertNumToColString(range.getFirstColumn()),
            "合并单元格 " + region + "：每行须单独填写，请取消合并并在每行填入数值",
            "merged cells " + region + ": every row needs its own value; unmerge them and fill each row");
      }
    }
  }

  private void header(State state, int row, List<@Nullable RawCell> cells) throws SAXException {
    state.headerRow = row;
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      RawCell cell = cells.get(i);
      if (cell == null || cell.isBlank()) {
        continue;
      }
      String text = cell.shown();
      boolean known = false;
      for (int c = 0; c < state.columns.size(); c++) {
        if (state.columns.get(c).matchesHeader(text)) {
          if (state.fileColumn[c] >= 0) {
            structural(state, row, CellReference.convertNumToColString(i), "列“" + oneLine(text) + "”重复",
                "the column \"" + oneLine(text) + "\" appears twice");
          } else {
            state.fileColumn[c] = i;
          }
          known = true;
          break;
        }
      }
      if (!known) {
        unknown.add(CellReference.convertNumToColString(i) + " “" + oneLine(text) + "”");
      }
    }
    for (int c = 0; c < state.columns.size(); c++) {
      Column<?> column = state.columns.get(c);
      if (state.fileColumn[c] < 0 && (column.required || !unknown.isEmpty())) {
        String others = unknown.isEmpty() ? "" : "；未识别的列：" + String.join("、", unknown);
        String othersEn = unknown.isEmpty() ? "" : "; columns not recognised: " + String.join(", ", unknown);
        state.headerBroken = true;
        structural(state, row, "", "找不到列“" + oneLine(column.headerText()) + "”（表头是否被改名或删除？）" + others,
            "the column \"" + oneLine(column.headerText()) + "\" is not found (was its header renamed or deleted?)" + othersEn);
      }
    }
  }

  private static String oneLine(String text) {
    return text.replace(" *", "").replaceAll("\\s+", " ").strip();
  }

  /** Reads a data row; returns false for a row with nothing in the sheet's columns. */
  private boolean data(State state, int row, boolean hidden, List<@Nullable RawCell> cells) throws SAXException {
    if (state.headerBroken) {
      return false;
    }
    RawCell[] mine = new RawCell[state.columns.size()];
    boolean empty = true;
    for (int c = 0; c < mine.length; c++) {
      int index = state.fileColumn[c];
      RawCell cell = index >= 0 && index < cells.size() ? cells.get(index) : null;
      mine[c] = cell == null ? RawCell.BLANK : cell;
      empty &= mine[c].isBlank();
    }
    if (empty) {
      return false;
    }
    if (++rowsRead > options.getMaxRows()) {
      structural(state, row, "", "数据行超过上限 " + options.getMaxRows() + " 行，请拆分工作簿",
          "more than " + options.getMaxRows() + " data rows; split the workbook");
      throw new Stop();
    }
    hiddenRows += hidden ? 1 : 0;
    @Nullable Object[] values = new Object[mine.length];
    boolean bad = false;
    for (int c = 0; c < mine.length; c++) {
      Column<?> column = state.columns.get(c);
      if (mine[c].isBlank()) {
        if (column.required) {
          cellProblem(state, row, c, "", "必填，不能为空", "required: the cell is blank");
          bad = true;
        }
        continue;
      }
      try {
        values[c] = column.parser.parse(mine[c]);
      } catch (BadCell e) {
        cellProblem(state, row, c, column.personal ? "***" : mine[c].shown(), e.reason);
        bad = true;
      }
    }
    Item item = new Item(state, row, values, bad);
    item.reported = bad;
    state.items.add(item);
    return true;
  }

  // --- checks across rows ---------------------------------------------------------------------

  private void checkSingleRows() {
    for (State state : states.values()) {
      if (state.place.sheet.single) {
        if (state.items.isEmpty()) {
          sheetProblem(state, "须填写一行，实为空表", "one row is needed; the sheet has none");
        }
        for (Item extra : state.items.subList(Math.min(1, state.items.size()), state.items.size())) {
          rowProblem(extra, "", "此表只能填写一行", "this sheet takes one row only");
          extra.bad = true;
        }
      }
    }
  }

  private void indexKeys() {
    for (State state : states.values()) {
      int keyIndex = state.keyIndex();
      if (keyIndex < 0) {
        continue;
      }
      for (Item item : state.items) {
        if (item.key == null) {
          continue;
        }
        Item first = state.byKey.putIfAbsent(item.scope + SEP + item.key, item);
        if (first != null) {
          cellProblem(state, item.row, keyIndex, item.key, "编号重复：第 " + first.row + " 行已使用",
              "duplicate id: row " + first.row + " uses it already");
          item.bad = true;
          item.reported = true;
        }
      }
    }
  }

  private WorkbookSpec.Place placeOfRoot() {
    return spec.places.get(0);
  }

  private void linkParents() {
    for (State state : states.values()) {
      WorkbookSpec.Place parentPlace = state.place.parent;
      if (parentPlace == null) {
        continue;
      }
      State parentState = states.get(parentPlace);
      int linkIndex = parentPlace.sheet.children.indexOf(state.place.link);
      int k = state.place.ancestorKeys.size();
      for (Item item : state.items) {
        Item parent;
        if (parentPlace.sheet.virtual || parentPlace.sheet.single) {
          parent = parentPlace.sheet.virtual ? root : parentState.items.isEmpty() ? null : parentState.items.get(0);
        } else {
          Object parentKey = item.values[k - 1];
          if (parentKey == null) {
            continue;
          }
          String parentScope = Arrays.stream(item.values, 0, k - 1).map(String::valueOf).collect(Collectors.joining(SEP));
          parent = parentState.byKey.get(parentScope + SEP + parentKey);
          if (parent == null) {
            cellProblem(state, item.row, k - 1, String.valueOf(parentKey),
                "表“" + parentPlace.sheet.sheetName() + "”中没有此编号",
                "no row of sheet \"" + parentPlace.sheet.sheetName() + "\" has this id");
            item.bad = true;
            item.reported = true;
            continue;
          }
        }
        if (parent != null) {
          parent.children.get(linkIndex).add(item);
        }
      }
    }
  }

  private void checkRefs() {
    for (State state : states.values()) {
      for (SheetSpec.Ref ref : state.place.sheet.refs) {
        int c = indexOf(state.columns, ref.column());
        State target = states.get(spec.place(ref.target()));
        int k = target.place.ancestorKeys.size();
        for (Item item : state.items) {
          Object value = item.values[c];
          if (item.bad || value == null) {
            continue;
          }
          String scope = Arrays.stream(item.values, 0, k).map(String::valueOf).collect(Collectors.joining(SEP));
          if (!target.byKey.containsKey(scope + SEP + value)) {
            cellProblem(state, item.row, c, ref.column().personal ? "***" : String.valueOf(value),
                "不在表“" + target.place.sheet.sheetName() + "”中",
                "not in sheet \"" + target.place.sheet.sheetName() + "\"");
            item.bad = true;
            item.reported = true;
          }
        }
      }
    }
  }

  // --- assembly ----------------------------------------------------------------------------------

  private List<M> build() throws WorkbookException {
    WorkbookSpec.Place rootPlace = placeOfRoot();
    List<M> models = new ArrayList<>();
    if (rootPlace.sheet.virtual) {
      Object model = build(root);
      if (model == null) {
        throw new WorkbookException(sorted());
      }
      models.add(cast(model));
    } else {
      for (Item item : states.get(rootPlace).items) {
        Object model = build(item);
        if (model != null) {
          models.add(cast(model));
        }
      }
    }
    return models;
  }

  @SuppressWarnings("unchecked")
  private M cast(Object model) {
    return (M) model;
  }

  private @Nullable Object build(Item item) {
    int links = item.state.place.sheet.children.size();
    List<List<Item>> goodChildren = new ArrayList<>();
    for (int i = 0; i < links; i++) {
      List<Item> good = new ArrayList<>();
      for (Item child : item.children.get(i)) {
        if (item.bad) {
          if (options.isKeepingGoodRows()) {
            reject(child, item);
          }
        } else if (build(child) != null) {
          good.add(child);
        }
      }
      goodChildren.add(good);
    }
    if (item.bad) {
      return null;
    }
    try {
      item.model = construct(item, goodChildren);
      return item.model;
    } catch (ConstraintViolationException e) {
      List<Item> guilty = attribute(item, goodChildren, e);
      if (options.isKeepingGoodRows() && !guilty.isEmpty()) {
        goodChildren.forEach(list -> list.removeAll(guilty));
        guilty.forEach(g -> g.bad = true);
        try {
          item.model = construct(item, goodChildren);
          return item.model;
        } catch (ConstraintViolationException again) {
          attribute(item, goodChildren, again);
        } catch (RuntimeException again) {
          rowProblem(item, "", "无法读取此行：" + again.getMessage(), "the row cannot be read: " + again.getMessage());
        }
      }
    } catch (RuntimeException e) {
      rowProblem(item, "", "无法读取此行：" + e.getMessage(), "the row cannot be read: " + e.getMessage());
    }
    item.bad = true;
    if (options.isKeepingGoodRows()) {
      goodChildren.forEach(list -> list.forEach(child -> reject(child, item)));
    }
    return null;
  }

  /** Rejects a row because the row it belongs to is rejected, and the rows under it. */
  private void reject(Item child, Item parent) {
    if (!child.reported) {
      rowProblem(child, "", "所属的“" + parent.state.name() + "”第 " + parent.row + " 行有误，此行未导入",
          "not imported: the row it belongs to, row " + parent.row + " of \"" + parent.state.name() + "\", is rejected");
    }
    child.bad = true;
    for (List<Item> grandchildren : child.children) {
      grandchildren.forEach(g -> reject(g, child));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object construct(Item item, List<List<Item>> children) {
    SheetSpec sheet = item.state.place.sheet;
    Object builder = sheet.create.get();
    int offset = item.state.place.ancestorKeys.size();
    List<SheetSpec.Binding> bindings = sheet.bindings;
    for (int j = 0; j < bindings.size(); j++) {
      Object value = item.values[offset + j];
      if (value != null) {
        bindings.get(j).apply(builder, value);
      }
    }
    List<SheetSpec.Link> links = sheet.children;
    for (int i = 0; i < links.size(); i++) {
      for (Item child : children.get(i)) {
        links.get(i).addTo(builder, Objects.requireNonNull(child.model));
      }
    }
    return sheet.build.apply(builder);
  }

  /**
   * Ties each violation to a column of the row, to a child row, or to the row itself; returns the
   * guilty children. A rule that spans a child sheet's rows is tied to every child row that breaks
   * it when the model is built with that row alone, worded with that row's own values.
   */
  private List<Item> attribute(Item item, List<List<Item>> children, ConstraintViolationException rejected) {
    List<Item> guilty = new ArrayList<>();
    SheetSpec<?, ?> sheet = item.state.place.sheet;
    for (Violations.Rule rule : Violations.of(rejected)) {
      int column = columnOf(item.state, rule.property());
      if (column >= 0) {
        Object value = item.values[column];
        Column<?> c = item.state.columns.get(column);
        rule.reasons().forEach(reason ->
            cellProblem(item.state, item.row, column, c.personal ? "***" : value == null ? "" : shown(c, value), reason));
        item.reported = true;
        continue;
      }
      int linkIndex = linkOf(sheet, rule.property());
      boolean tied = false;
      if (linkIndex >= 0 && children.get(linkIndex).size() <= ATTRIBUTION_LIMIT) {
        // a child row whose own build gives one of the very reasons is guilty; only when no row does
        // (a reason that names several rows at once), every row that breaks the rule alone is
        Map<Item, List<BilingualText>> breaking = new LinkedHashMap<>();
        Map<Item, List<BilingualText>> same = new LinkedHashMap<>();
        for (Item child : children.get(linkIndex)) {
          List<BilingualText> alone = breaksAlone(item, children, linkIndex, child, rule);
          if (!alone.isEmpty()) {
            breaking.put(child, alone);
            List<BilingualText> given = alone.stream().filter(rule.reasons()::contains).toList();
            if (!given.isEmpty()) {
              same.put(child, given);
            }
          }
        }
        Map<Item, List<BilingualText>> tiedTo = same.isEmpty() ? breaking : same;
        tiedTo.forEach((child, reasons) -> {
          reasons.forEach(reason -> childProblem(child, reason));
          guilty.add(child);
        });
        tied = !tiedTo.isEmpty();
      }
      if (!tied) {
        for (BilingualText reason : rule.reasons()) {
          if (item == root) {
            State state = linkIndex >= 0 ? states.get(spec.place(sheet.children.get(linkIndex).sheet)) : null;
            if (state != null) {
              sheetProblem(state, reason);
            } else {
              problems.add(new Found(-1, 0, -1, problems.size(), new CellProblem(fileName, 0, "", "", "", reason)));
            }
          } else {
            rowProblem(item, "", reason);
          }
        }
      }
    }
    return guilty;
  }

  /** The reasons of a rule the model breaks when built with one child row alone; empty if it does not. */
  private List<BilingualText> breaksAlone(Item item, List<List<Item>> children, int linkIndex, Item child, Violations.Rule rule) {
    List<List<Item>> alone = new ArrayList<>(children);
    alone.set(linkIndex, List.of(child));
    try {
      construct(item, alone);
      return List.of();
    } catch (ConstraintViolationException e) {
      return Violations.of(e).stream()
          .filter(r -> r.path().equals(rule.path()) && r.template().equals(rule.template()))
          .flatMap(r -> r.reasons().stream())
          .toList();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** Reports a rule a child row breaks, at the column whose value the reason names, if any. */
  private void childProblem(Item child, BilingualText reason) {
    State state = child.state;
    int key = state.keyIndex();
    for (int c = state.place.ancestorKeys.size(); c < state.columns.size(); c++) {
      if (c == key) {
        continue;   // a message names the row's id to say which row, not as the bad value
      }
      Object value = child.values[c];
      Column<?> column = state.columns.get(c);
      if (value != null && !column.personal) {
        String shown = shown(column, value);
        if (shown.length() >= 2 && (reason.getEnglish().contains(shown) || reason.getChinese().contains(shown))) {
          cellProblem(state, child.row, c, shown, reason);
          child.reported = true;
          return;
        }
      }
    }
    rowProblem(child, "", reason);
  }

  private static int indexOf(List<Column<?>> columns, Column<?> column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).origin == column.origin) {
        return i;
      }
    }
    throw new IllegalStateException("column " + column + " is not in the sheet");
  }

  private static String shown(Column<?> column, Object value) {
    return String.valueOf(column.write(value));
  }

  private static int columnOf(State state, String property) {
    for (int c = state.place.ancestorKeys.size(); c < state.columns.size(); c++) {
      if (state.columns.get(c).key.equals(property)) {
        return c;
      }
    }
    return -1;
  }

  private static int linkOf(SheetSpec<?, ?> sheet, String property) {
    for (int i = 0; i < sheet.children.size(); i++) {
      if (sheet.children.get(i).properties.contains(property)) {
        return i;
      }
    }
    return -1;
  }

  // --- problems ------------------------------------------------------------------------------------

  private void structural(State state, int row, String column, String chinese, String english) {
    problems.add(new Found(state.order, row, column.isEmpty() ? -1 : CellReference.convertColStringToIndex(column),
        problems.size(), new CellProblem(state.name(), row, column, "", "", BilingualText.of(chinese, english))));
    structuralCount++;
  }

  private int structuralCount;

  private void stopIfStructural() throws WorkbookException {
    if (structuralCount > 0) {
      throw new WorkbookException(sorted());
    }
  }

  private void cellProblem(State state, int row, int column, String value, String chinese, String english) {
    cellProblem(state, row, column, value, BilingualText.of(chinese, english));
  }

  private void cellProblem(State state, int row, int column, String value, BilingualText reason) {
    Column<?> c = state.columns.get(column);
    int fileColumn = state.fileColumn[column];
    String letter = fileColumn >= 0 ? CellReference.convertNumToColString(fileColumn) : "";
    problems.add(new Found(state.order, row, fileColumn, problems.size(), new CellProblem(state.name(), row, letter,
        c.header.getChinese() + " " + c.header.getEnglish(), value, reason)));
  }

  private void rowProblem(Item item, String value, String chinese, String english) {
    rowProblem(item, value, BilingualText.of(chinese, english));
  }

  private void rowProblem(Item item, String value, BilingualText reason) {
    problems.add(new Found(item.state.order, item.row, -1, problems.size(),
        new CellProblem(item.state.name(), item.row, "", "", value, reason)));
    item.reported = true;
  }

  private void sheetProblem(State state, String chinese, String english) {
    sheetProblem(state, BilingualText.of(chinese, english));
  }

  private void sheetProblem(State state, BilingualText reason) {
    problems.add(new Found(state.order, 0, -1, problems.size(), new CellProblem(state.name(), 0, "", "", "", reason)));
  }

  private List<CellProblem> sorted() {
    return problems.stream()
        .sorted(Comparator.comparingInt(Found::order).thenComparingInt(Found::row).thenComparingInt(Found::column)
            .thenComparingInt(Found::sequence))
        .map(Found::problem)
        .distinct()
        .toList();
  }

  @Override
  public String toString() {
    return "reader of " + spec.title.in(Locale.ENGLISH);
  }
}
