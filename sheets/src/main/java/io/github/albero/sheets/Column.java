package io.github.albero.sheets;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One column of the template, declared once for both directions: its Italian and English
 * headers, the kind of value, how to take the value from the model (writing) and how to put it
 * into a builder (reading). Adding a member to a sheet is adding one such declaration.
 *
 * @param <T> the model type a row shows
 * @param <B> the builder a row fills
 */
final class Column<T, B> {
    final String italian;
    final String english;
    final boolean required;
    final String help;
    private final Kind<Object> kind;
    private final Function<T, Optional<Object>> get;
    private final BiConsumer<B, Object> set;

    @SuppressWarnings("unchecked")
    private <V> Column(String italian, String english, boolean required, String help, Kind<V> kind,
            Function<T, Optional<V>> get, BiConsumer<B, V> set) {
        this.italian = italian;
        this.english = english;
        this.required = required;
        this.help = help;
        this.kind = (Kind<Object>) kind;
        this.get = get == null ? null : t -> get.apply(t).map(v -> (Object) v);
        this.set = (BiConsumer<B, Object>) set;
    }

    /** A column of an optional member. */
    static <T, B, V> Column<T, B> optional(String italian, String english, String help, Kind<V> kind,
            Function<T, Optional<V>> get, BiConsumer<B, V> set) {
        return new Column<>(italian, english, false, help, kind, get, set);
    }

    /** A column of a required member. */
    static <T, B, V> Column<T, B> required(String italian, String english, String help, Kind<V> kind, Function<T, V> get,
            BiConsumer<B, V> set) {
        return new Column<>(italian, english, true, help, kind, t -> Optional.of(get.apply(t)), set);
    }

    /** A column of a list member: one item per line in one cell; an empty list is an empty cell. */
    static <T, B> Column<T, B> list(String italian, String english, String help, Function<T, List<String>> get,
            BiConsumer<B, List<String>> set) {
        return new Column<>(italian, english, false, help, Kind.LIST,
                t -> Optional.of(get.apply(t)).filter(l -> !l.isEmpty()), set);
    }

    /** A key column, read and written by the sheet's own code (references between sheets). */
    static <T, B> Column<T, B> key(String italian, String english, boolean required, String help) {
        return new Column<T, B>(italian, english, required, help, (Kind<Object>) null, null, null);
    }

    /** {@return {@code "Italiano / English"} as the header row writes it} */
    String header() {
        return italian + " / " + english;
    }

    boolean isKey() {
        return set == null;
    }

    /** Reads a non-empty cell into the builder. */
    void read(B builder, Cell cell) {
        set.accept(builder, kind.read(cell));
    }

    /** {@return the value of this column for a model object, or empty} */
    Optional<Object> value(T t) {
        return get.apply(t);
    }

    Object xlsx(Object value) {
        return kind.xlsx(value);
    }

    String text(Object value) {
        return kind.text(value);
    }

    String format() {
        return kind.format();
    }
}
