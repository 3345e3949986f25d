package io.github.albero.model;

import java.util.function.Function;

/**
 * The readings of texts met recently, so that an equal text is read once (<i>memoria delle
 * letture</i>): the one table behind {@link TextReader}, whichever module asks (the JSON and
 * spreadsheet readers deriving readings, the validation rules checking them). Target and result
 * texts recur across the reports of a national stream ("100%", "SI", "n.d.", "almeno 1 evento"),
 * and reading one costs more than parsing it.
 *
 * <p>Bounded whatever the input: texts of up to {@value #SHORT} characters sit in a table of
 * {@code 2^shortBits} slots, texts of up to {@value #LONG} characters in one of
 * {@code 2^longBits} slots, longer texts are read each time and never kept. Two-way
 * set-associative: a text may sit in one of two neighbouring slots, and a newcomer takes one of
 * them from an older text. With the sizes {@link TextReader} uses (8 192 and 512 slots for each
 * of targets and results) the tables hold at most 8 192 × 256 + 512 × 4 096 characters per kind:
 * 8 MiB of text per kind in the worst case of UTF-16 texts (half for Latin-1 ones), plus about
 * 2 MB of entries and readings, so about 20 MB for both kinds together at worst; the texts kept
 * are usually the very strings the plans hold. Thread-safe without a lock: an entry is an immutable object with
 * final fields, published by a plain array store; racing threads at worst read a text twice.
 *
 * @param <V> the reading, immutable
 */
final class TextMemo<V> {
    /** The longest text of the large table. */
    static final int SHORT = 256;
    /** The longest text kept at all. */
    static final int LONG = 4096;

    private static final class Entry<V> {
        final String text;
        final int hash;
        final V value;

        Entry(String text, int hash, V value) {
            this.text = text;
            this.hash = hash;
            this.value = value;
        }
    }

    private final Function<String, V> read;
    private final Entry<V>[] shortTexts;
    private final Entry<V>[] longTexts;

    /**
     * @param shortBits the short texts' table size as a power of two, 1 to 20
     * @param longBits the long texts' table size as a power of two, 1 to 20
     * @param read the reading of a text, a pure function of the text
     */
    @SuppressWarnings("unchecked")
    TextMemo(int shortBits, int longBits, Function<String, V> read) {
        if (shortBits < 1 || shortBits > 20 || longBits < 1 || longBits > 20) {
            throw new IllegalArgumentException("bits: must be 1 to 20 (got " + shortBits + " and " + longBits + ")");
        }
        this.read = read;
        this.shortTexts = new Entry[1 << shortBits];
        this.longTexts = new Entry[1 << longBits];
    }

    /**
     * {@return the reading of the text, read unless an equal text's reading is still kept}
     *
     * @param text a text, not null
     */
    V of(String text) {
        int n = text.length();
        if (n > LONG) {
            return read.apply(text);
        }
        Entry<V>[] table = n <= SHORT ? shortTexts : longTexts;
        int h = text.hashCode();
        h ^= h >>> 16;
        int mask = table.length - 1;
        int i = h & mask;
        int j = i ^ 1;
        Entry<V> a = table[i];
        if (a != null && a.hash == h && a.text.equals(text)) {
            return a.value;
        }
        Entry<V> b = table[j];
        if (b != null && b.hash == h && b.text.equals(text)) {
            return b.value;
        }
        V v = read.apply(text);
        // an empty slot first; otherwise one of the two, chosen by a hash bit the slot index does not use
        table[a == null ? i : b == null ? j : (h & (mask + 1)) == 0 ? i : j] = new Entry<>(text, h, v);
        return v;
    }

    /**
     * {@return whether the reading of this very text is kept now} For tests of the bounds.
     *
     * @param text a text
     */
    boolean keeps(String text) {
        int n = text.length();
        if (n > LONG) {
            return false;
        }
        Entry<V>[] table = n <= SHORT ? shortTexts : longTexts;
        int h = text.hashCode();
        h ^= h >>> 16;
        int i = h & (table.length - 1);
        for (Entry<V> e : new Entry[] {table[i], table[i ^ 1]}) {
            if (e != null && e.text.equals(text)) {
                return true;
            }
        }
        return false;
    }
}
