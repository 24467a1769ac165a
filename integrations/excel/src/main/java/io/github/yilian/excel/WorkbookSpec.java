package io.github.yilian.excel;

import io.github.yilian.common.BilingualText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A workbook described once: a tree of {@link SheetSpec sheets} from a root (a sheet of its own, or
 * a model assembled from its child sheets only), in the order the sheets appear, with the key
 * columns each child sheet repeats to name its parent row.
 *
 * @param <M> the model of one root row
 */
final class WorkbookSpec<M> {

  /** Where a sheet sits in the tree. */
  static final class Place {
    final SheetSpec<?, ?> sheet;
    final @Nullable Place parent;
    final SheetSpec.@Nullable Link<?, ?, ?, ?> link;
    /** The key columns of the ancestors that are sheets, outermost first, repeated in this sheet. */
    final List<Column<?>> ancestorKeys;

    Place(SheetSpec<?, ?> sheet, @Nullable Place parent, SheetSpec.@Nullable Link<?, ?, ?, ?> link, List<Column<?>> ancestorKeys) {
      this.sheet = sheet;
      this.parent = parent;
      this.link = link;
      this.ancestorKeys = ancestorKeys;
    }

    /** The columns of the sheet: the ancestors' keys, then its own. */
    List<Column<?>> columns() {
      List<Column<?>> columns = new ArrayList<>(ancestorKeys);
      sheet.bindings.forEach(b -> columns.add(b.column));
      return columns;
    }
  }

  final BilingualText title;
  final SheetSpec<?, M> root;
  /** Every place, parents before children, in the order the sheets appear. */
  final List<Place> places = new ArrayList<>();
  private final Map<SheetSpec<?, ?>, Place> bySheet = new IdentityHashMap<>();

  WorkbookSpec(BilingualText title, SheetSpec<?, M> root) {
    this.title = title;
    this.root = root;
    add(root, null, null, List.of());
  }

  private void add(SheetSpec<?, ?> sheet, @Nullable Place parent, SheetSpec.@Nullable Link<?, ?, ?, ?> link, List<Column<?>> keys) {
    if (bySheet.containsKey(sheet)) {
      throw new IllegalStateException("sheet " + sheet + " appears twice");
    }
    Place place = new Place(sheet, parent, link, keys);
    places.add(place);
    bySheet.put(sheet, place);
    List<Column<?>> childKeys = new ArrayList<>(keys);
    if (!sheet.virtual) {
      SheetSpec.Binding<?, ?, ?> key = sheet.key;
      if (key == null) {
        if (!sheet.children.isEmpty() && !sheet.single) {
          throw new IllegalStateException("sheet " + sheet + " has children but no key");
        }
      } else if (!sheet.single) {
        childKeys.add(key.column);
      }
    }
    for (SheetSpec.Link<?, ?, ?, ?> child : sheet.children) {
      add(child.sheet, place, child, List.copyOf(childKeys));
    }
  }

  Place place(SheetSpec<?, ?> sheet) {
    Place place = bySheet.get(sheet);
    if (place == null) {
      throw new IllegalArgumentException("sheet " + sheet + " is not in workbook " + title);
    }
    return place;
  }

  /** The places of the sheets a person fills, without the root when it is not a sheet. */
  List<Place> sheets() {
    return places.stream().filter(p -> !p.sheet.virtual).toList();
  }
}
