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
 * {@code 2^longBits} slots, longer texts are read each time and never kept. Four-way
 * set-associative: a text may sit in one of four neighbouring slots, and a newcomer takes one of
 * them from an older text (with two, three texts of a set thrash when they recur together: 3 % of
 * the national dataset's distinct texts did). With the sizes {@link TextReader} uses (8 192 and 512 slots for each
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
    /** The slots a text may sit in: neighbours, so that a look-up reads one stretch of the table. */
    static final int WAYS = 4;

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
    // each slot's hash beside the table: a look-up compares ints in one stretch of memory and visits
    // an entry only when its hash matches (a racing reader that sees a hash before its entry just misses)
    private final int[] shortHashes;
    private final int[] longHashes;

    /**
     * @param shortBits the short texts' table size as a power of two, 2 to 20
     * @param longBits the long texts' table size as a power of two, 2 to 20
     * @param read the reading of a text, a pure function of the text
     */
    @SuppressWarnings("unchecked")
    TextMemo(int shortBits, int longBits, Function<String, V> read) {
        if (shortBits < 2 || shortBits > 20 || longBits < 2 || longBits > 20) {
            throw new IllegalArgumentException("bits: must be 2 to 20 (got " + shortBits + " and " + longBits + ")");
        }
        this.read = read;
        this.shortTexts = new Entry[1 << shortBits];
        this.longTexts = new Entry[1 << longBits];
        this.shortHashes = new int[1 << shortBits];
        this.longHashes = new int[1 << longBits];
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
        boolean small = n <= SHORT;
        Entry<V>[] table = small ? shortTexts : longTexts;
        int[] hashes = small ? shortHashes : longHashes;
        int h = text.hashCode();
        h ^= h >>> 16;
        int mask = table.length - 1;
        int set = h & mask & ~(WAYS - 1);
        int free = -1;
        for (int k = set; k < set + WAYS; k++) {
            if (hashes[k] == h) {
                Entry<V> e = table[k];
                if (e != null && e.hash == h && e.text.equals(text)) {
                    return e.value;
                }
            }
            if (free < 0 && table[k] == null) {
                free = k;
            }
        }
        V v = read.apply(text);
        // a free slot of the set first; otherwise one of its slots, chosen by hash bits the set does not use
        int k = free >= 0 ? free : set + ((h >>> 24) & (WAYS - 1));
        table[k] = new Entry<>(text, h, v);
        hashes[k] = h;
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
        int set = h & (table.length - 1) & ~(WAYS - 1);
        for (int k = set; k < set + WAYS; k++) {
            if (table[k] != null && table[k].text.equals(text)) {
                return true;
            }
        }
        return false;
    }
}
