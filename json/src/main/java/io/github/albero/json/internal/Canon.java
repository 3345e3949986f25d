package io.github.albero.json.internal;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Bounded, lock-free canonicalisation of the small texts and values that repeat across plans
 * (units, types, data sources, short target texts, years): a reader that meets the same short
 * text twice keeps one {@code String}. Each table is a fixed-size array indexed by hash, where a
 * newcomer simply replaces the previous occupant of its slot, so memory is bounded whatever
 * the input (at most 16 384 texts of up to 256 characters: a few MB in the worst case) and no
 * lock is taken. Racing threads at worst miss a share: the entries are
 * immutable objects with final fields, safely published by the plain array store.
 */
final class Canon {
    /** Longest text shared in the main table, in characters. */
    static final int MAX_SHARED_LENGTH = 256;
    /**
     * Longest text shared at all: descriptions and comments repeat too (boilerplate), in a
     * smaller table of their own so that the worst case stays a few MB.
     */
    static final int MAX_LONG_SHARED_LENGTH = 4096;
    private static final int SLOTS = 1 << 14;
    private static final int LONG_SLOTS = 1 << 9;
    private static final Text[] TEXTS = new Text[SLOTS];
    private static final Text[] LONG_TEXTS = new Text[LONG_SLOTS];
    static final int FIRST_YEAR = io.github.albero.period.YearRange.MIN_YEAR;
    static final int LAST_YEAR = io.github.albero.period.YearRange.MAX_YEAR;
    private static final Integer[] YEARS = new Integer[LAST_YEAR - FIRST_YEAR + 1];

    static {
        for (int i = 0; i < YEARS.length; i++) {
            YEARS[i] = FIRST_YEAR + i;
        }
    }

    private Canon() {
    }

    /**
     * {@return a hash of a text for the sharing table, over every character} Four independent
     * lanes let the processor overlap the multiplications that {@code String.hashCode} chains
     * one after the other.
     *
     * @param chars a buffer
     * @param offset where the text starts
     * @param length its length
     */
    static int hash(char[] chars, int offset, int length) {
        int h0 = length;
        int h1 = 0;
        int h2 = 0;
        int h3 = 0;
        int i = offset;
        int end = offset + length;
        for (; i + 3 < end; i += 4) {
            h0 = 31 * h0 + chars[i];
            h1 = 31 * h1 + chars[i + 1];
            h2 = 31 * h2 + chars[i + 2];
            h3 = 31 * h3 + chars[i + 3];
        }
        for (; i < end; i++) {
            h0 = 31 * h0 + chars[i];
        }
        return ((h0 * 31 + h1) * 31 + h2) * 31 + h3;
    }

    /**
     * {@return the shared string equal to the text, or null when it was not met recently}
     *
     * @param chars a buffer
     * @param offset where the text starts
     * @param length its length
     * @param h its {@link #hash}
     */
    static String find(char[] chars, int offset, int length, int h) {
        if (length > MAX_LONG_SHARED_LENGTH) {
            return null;
        }
        Text[] table = length > MAX_SHARED_LENGTH ? LONG_TEXTS : TEXTS;
        Text t = table[(h ^ (h >>> 13)) & (table.length - 1)];
        if (t != null && t.hash == h && Arrays.equals(t.chars, 0, t.chars.length, chars, offset, offset + length)) {
            return t.string;
        }
        return null;
    }

    /**
     * {@return a new string of the text, kept for sharing when short enough}
     *
     * @param chars a buffer
     * @param offset where the text starts
     * @param length its length
     * @param h its {@link #hash}
     */
    static String keep(char[] chars, int offset, int length, int h) {
        String s = new String(chars, offset, length);
        if (length <= MAX_LONG_SHARED_LENGTH) {
            Text[] table = length > MAX_SHARED_LENGTH ? LONG_TEXTS : TEXTS;
            table[(h ^ (h >>> 13)) & (table.length - 1)] = new Text(s, Arrays.copyOfRange(chars, offset, offset + length), h);
        }
        return s;
    }

    /** A shared text with its characters, compared without decoding the string. */
    private static final class Text {
        final String string;
        final char[] chars;
        final int hash;

        Text(String string, char[] chars, int hash) {
            this.string = string;
            this.chars = chars;
            this.hash = hash;
        }
    }

    /**
     * {@return the boxed year, shared for 1900–2999}
     *
     * @param year a year
     */
    static Integer year(int year) {
        int i = year - FIRST_YEAR;
        return i >= 0 && i < YEARS.length ? YEARS[i] : Integer.valueOf(year);
    }

    /** A bounded table of values made from a canonical text (units, indicator types). */
    static final class Values<V> {
        private final Entry<V>[] table;
        private final Function<String, V> make;

        /**
         * @param slots a power of two
         * @param make the value of a key, a function of the key alone
         */
        @SuppressWarnings("unchecked")
        Values(int slots, Function<String, V> make) {
            this.table = new Entry[Integer.highestOneBit(slots)];
            this.make = make;
        }

        V of(String key) {
            int h = key.hashCode();
            int slot = (h ^ (h >>> 16)) & (table.length - 1);
            Entry<V> e = table[slot];
            if (e != null && e.key.equals(key)) {
                return e.value;
            }
            V v = make.apply(key);
            table[slot] = new Entry<>(key, v);
            return v;
        }
    }

    private static final class Entry<V> {
        final String key;
        final V value;

        Entry(String key, V value) {
            this.key = key;
            this.value = value;
        }
    }

    /**
     * A bounded table of equal immutable values (readings, targets, amounts): of equal values
     * read recently, the first is kept and returned for the others. Safe without a lock because
     * the values are immutable objects with final fields.
     *
     * @param <V> the values' type, with value-based {@code equals} and {@code hashCode}
     */
    static final class Shared<V> {
        // the hashes apart from the values: a slot whose hash differs is passed over without
        // touching its value (a cache miss, then a deep comparison)
        private final int[] hashes;
        private final Object[] table;
        private final java.util.function.ToIntFunction<? super V> hash;

        /**
         * @param slots a power of two
         * @param hash a hash consistent with {@code equals} and cheap: e.g. the hash of a
         *     member that equal values share, such as a target's text (a string caches its hash)
         */
        Shared(int slots, java.util.function.ToIntFunction<? super V> hash) {
            this.hashes = new int[Integer.highestOneBit(slots)];
            this.table = new Object[hashes.length];
            this.hash = hash;
        }

        @SuppressWarnings("unchecked")
        V of(V value) {
            int h = hash.applyAsInt(value);
            int slot = (h ^ (h >>> 16)) & (table.length - 1);
            if (hashes[slot] == h) {
                Object o = table[slot];
                if (value.equals(o)) {
                    return (V) o;
                }
            }
            // value first: a racing reader that sees the new hash with the old value only misses a share
            table[slot] = value;
            hashes[slot] = h;
            return value;
        }
    }
}
