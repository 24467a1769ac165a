package io.github.yilian.excel;

import io.github.yilian.common.BilingualText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A sheet described once: its bilingual name, its columns each bound to a builder method (for the
 * import) and an accessor (for the template and the export), the column that identifies a row (its
 * key), the columns that must name a row of another sheet, and the sheets whose rows belong to one
 * of its rows (its children: outreach visits belong to an alliance).
 *
 * <p>The same description writes the template, reads a filled template, writes the evidence back
 * and words the messages of a bad cell. Adding a column for a new model attribute is one call of
 * {@link #column} or {@link #optional}.
 *
 * <p>A sheet is built once, as a constant, and not changed afterwards.
 *
 * @param <B> the builder a row fills
 * @param <M> the model a row becomes
 */
final class SheetSpec<B, M> {

  /** A column bound to a builder method and an accessor. */
  static final class Binding<B, M, V> {
    final Column<V> column;
    final BiConsumer<B, V> set;
    final Function<M, Optional<V>> get;

    Binding(Column<V> column, BiConsumer<B, V> set, Function<M, Optional<V>> get) {
      this.column = column;
      this.set = set;
      this.get = get;
    }

    @SuppressWarnings("unchecked")
    void apply(B builder, Object value) {
      set.accept(builder, (V) value);
    }
  }

  /** A child sheet: its rows are added to a row of this sheet. */
  static final class Link<B, M, CB, CM> {
    final SheetSpec<CB, CM> sheet;
    final BiConsumer<B, CM> add;
    final Function<M, ? extends Collection<CM>> list;
    /** The properties of this sheet's model that the child rows fill, as Bean Validation names them. */
    final Set<String> properties;

    Link(SheetSpec<CB, CM> sheet, BiConsumer<B, CM> add, Function<M, ? extends Collection<CM>> list, Set<String> properties) {
      this.sheet = sheet;
      this.add = add;
      this.list = list;
      this.properties = properties;
    }

    @SuppressWarnings("unchecked")
    void addTo(B builder, Object child) {
      add.accept(builder, (CM) child);
    }
  }

  /** A column whose value must be the key of a row of another sheet under the same parent. */
  record Ref(Column<?> column, SheetSpec<?, ?> target) {}

  final BilingualText name;
  final BilingualText about;
  final boolean virtual;
  final Supplier<B> create;
  final Function<B, M> build;
  final List<Binding<B, M, ?>> bindings = new ArrayList<>();
  final List<Link<B, M, ?, ?>> children = new ArrayList<>();
  final List<Ref> refs = new ArrayList<>();
  @Nullable Binding<B, M, ?> key;
  boolean single;

  private SheetSpec(BilingualText name, BilingualText about, boolean virtual, Supplier<B> create, Function<B, M> build) {
    this.name = name;
    this.about = about;
    this.virtual = virtual;
    this.create = create;
    this.build = build;
  }

  /** A sheet whose rows fill a builder each. */
  static <B, M> SheetSpec<B, M> of(String zh, String en, String aboutZh, String aboutEn, Supplier<B> create, Function<B, M> build) {
    return new SheetSpec<>(BilingualText.of(zh, en), BilingualText.of(aboutZh, aboutEn), false, create, build);
  }

  /** A sheet whose rows are read into {@link Values} and turned into a model by a factory. */
  static <M> SheetSpec<Values, M> ofValues(String zh, String en, String aboutZh, String aboutEn, Function<Values, M> factory) {
    return of(zh, en, aboutZh, aboutEn, Values::new, factory);
  }

  /** The root of a workbook that is not a sheet: one model assembled from its child sheets. */
  static <B, M> SheetSpec<B, M> root(String zh, String en, Supplier<B> create, Function<B, M> build) {
    return new SheetSpec<>(BilingualText.of(zh, en), BilingualText.of(zh, en), true, create, build);
  }

  /** Adds a required column. */
  <V> SheetSpec<B, M> column(Column<V> column, BiConsumer<B, V> set, Function<M, V> get) {
    bindings.add(new Binding<>(column, set, m -> Optional.of(get.apply(m))));
    return this;
  }

  /** Adds an optional column for an attribute that may be absent. */
  <V> SheetSpec<B, M> optional(Column<V> column, BiConsumer<B, V> set, Function<M, Optional<V>> get) {
    bindings.add(new Binding<>(column.optional(), set, get));
    return this;
  }

  /** Adds the key column of a sheet built with {@link #ofValues}. */
  <K> SheetSpec<B, M> valueKey(Column<K> column, Function<M, K> get) {
    return key(column, (b, v) -> ((Values) b).put(column, v), get);
  }

  /** Adds a column read into {@link Values} (for sheets built with {@link #ofValues}). */
  @SuppressWarnings("unchecked")
  <V> SheetSpec<B, M> value(Column<V> column, Function<M, V> get) {
    BiConsumer<B, V> put = (b, v) -> ((Values) b).put(column, v);
    return column.required ? column(column, put, get) : optional(column, put, m -> Optional.ofNullable(get.apply(m)));
  }

  /** Adds the column that identifies a row; its values are unique under the same parent. */
  <K> SheetSpec<B, M> key(Column<K> column, BiConsumer<B, K> set, Function<M, K> get) {
    Binding<B, M, K> binding = new Binding<>(column, set, m -> Optional.of(get.apply(m)));
    bindings.add(binding);
    key = binding;
    return this;
  }

  /** Requires exactly one row. */
  SheetSpec<B, M> single() {
    single = true;
    return this;
  }

  /** Requires the values of a column to be keys of another sheet under the same parent. */
  SheetSpec<B, M> refers(Column<?> column, SheetSpec<?, ?> target) {
    refs.add(new Ref(column, target));
    return this;
  }

  /** Adds a child sheet whose models are added to this sheet's builder. */
  <CB, CM> SheetSpec<B, M> child(SheetSpec<CB, CM> sheet, BiConsumer<B, CM> add, Function<M, ? extends Collection<CM>> list,
      String... properties) {
    children.add(new Link<>(sheet, add, list, Set.of(properties)));
    return this;
  }

  /** The sheet's name in the workbook: Chinese, a space, English (at most 31 characters). */
  String sheetName() {
    return name.getChinese() + " " + name.getEnglish();
  }

  boolean matchesName(String found) {
    String normal = found.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    return normal.equals(sheetName().toLowerCase(java.util.Locale.ROOT))
        || normal.equals(name.getChinese()) || normal.equals(name.getEnglish().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public String toString() {
    return sheetName();
  }
}
