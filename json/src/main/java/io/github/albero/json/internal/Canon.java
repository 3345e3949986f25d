package io.github.albero.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
    private static final Values<String> TEXTS = new Values<>(SLOTS, s -> s);
    private static final Values<String> LONG_TEXTS = new Values<>(LONG_SLOTS, s -> s);
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
     * {@return the shared string equal to this one, kept for sharing when not met recently}
     *
     * @param s a text decoded from a string or a reader
     */
    static String text(String s) {
        int n = s.length();
        return n > MAX_LONG_SHARED_LENGTH ? s : (n > MAX_SHARED_LENGTH ? LONG_TEXTS : TEXTS).of(s);
    }

    // ------------------------------------------------------------------ by bytes
    // A document read from bytes is shared before it is decoded: a text or a small object met
    // again is found by its raw UTF-8 bytes (hashed, then compared in full: never by hash alone),
    // so a hit costs a pass over bytes instead of decoding, checking and building.

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** Longest object shared by its bytes, in bytes. */
    static final int MAX_SHARED_OBJECT = 512;
    /** How many of an object's first bytes find it. */
    static final int PREFIX = 64;
    /** How many objects beginning alike are kept side by side. */
    private static final int WAYS = 4;
    /** Texts by their bytes and closing quote: short ones found by their first bytes, long ones by all. */
    static final ByBytes<String> BYTE_TEXTS = new ByBytes<>(SLOTS);
    static final ByBytes<String> LONG_BYTE_TEXTS = new ByBytes<>(LONG_SLOTS);
    /** The hashes of long texts met lately: most (descriptions, comments) are met once, and kept only when met again. */
    private static final int[] LONG_SEEN = new int[2 * LONG_SLOTS];

    private static final long MIX = 0x9E3779B97F4A7C15L;

    /**
     * {@return the hash of bytes of a document, eight at a time}
     *
     * @param b the document
     * @param from the first byte
     * @param to after the last
     */
    static int hash(byte[] b, int from, int to) {
        long h = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            h = (h ^ (long) LONGS.get(b, i)) * MIX;
        }
        long w = 0;
        for (int k = 0; i < to; i++, k++) {
            w |= (b[i] & 0xFFL) << (k << 3);
        }
        return mix(h ^ w ^ (to - from));
    }

    /**
     * {@return the hash of a text's first bytes: up to its first quote when that is among the
     * first 32 (a short text and its closing quote), else the first 32} No scan for its end.
     *
     * @param b the document
     * @param from the first byte of the string's content
     */
    static int prefixHash(byte[] b, int from) {
        long h = 0;
        for (int i = from, end = Math.min(b.length - Long.BYTES, from + 3 * Long.BYTES); i <= end; i += Long.BYTES) {
            long v = (long) LONGS.get(b, i);
            long q = v ^ ('"' * ONES);
            long quote = (q - ONES) & ~q & HIGHS;
            if (quote != 0) {
                // exact for the lowest quote: the bytes up to it, the rest masked off
                return mix(h ^ v & (quote ^ (quote - 1)));
            }
            h = (h ^ v) * MIX;
        }
        return mix(h);
    }

    /**
     * {@return the hash of a long text: its first bytes' hash, its length and its last eight
     * bytes} Cheap, whatever its length; two texts alike by these are told apart when compared.
     *
     * @param prefix its {@link #prefixHash}
     * @param b the document
     * @param from the first byte of its content
     * @param to its closing quote, at least eight bytes after {@code from}
     */
    static int longHash(int prefix, byte[] b, int from, int to) {
        return mix(((long) prefix << 32 | (to - from)) ^ (long) LONGS.get(b, to - Long.BYTES) * MIX);
    }

    private static int mix(long h) {
        long x = h * MIX;
        x ^= x >>> 29;
        return (int) (x ^ (x >>> 32));
    }

    /**
     * {@return where an object ends (after its closing brace), or -1 when it is longer than
     * {@value #MAX_SHARED_OBJECT} bytes, spans lines or is not closed} The bytes are not checked:
     * only bytes equal to an object read before in full are ever used.
     *
     * @param b the document
     * @param from its opening brace
     */
    static int objectEnd(byte[] b, int from) {
        int limit = Math.min(b.length, from + MAX_SHARED_OBJECT);
        int depth = 0;
        int i = from;
        while (i < limit) {
            byte c = b[i++];
            if (c == '"') {
                i = stringEnd(b, i, limit) + 1;
                if (i == 0) {
                    return -1;
                }
            } else if ((c & 0xE0) == 0) {
                // a control character, outside strings only white space: a line break would
                // leave the parser's line count behind when the object is jumped over
                return -1;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@return the index of a string's closing quote, or -1 when it is not closed before
     * {@code limit}} Eight bytes at a time: a quote or backslash is found in a word by the
     * usual bit trick, exact for the lowest such byte.
     *
     * @param b the document
     * @param i the first byte of the string's content, after its opening quote
     * @param limit where to give up
     */
    static int stringEnd(byte[] b, int i, int limit) {
        while (i < limit) {
            if (i + Long.BYTES <= limit) {
                long v = (long) LONGS.get(b, i);
                long q = v ^ ('"' * ONES);
                long s = v ^ ('\\' * ONES);
                long found = ((q - ONES) & ~q | (s - ONES) & ~s) & HIGHS;
                if (found == 0) {
                    i += Long.BYTES;
                    continue;
                }
                i += Long.numberOfTrailingZeros(found) >>> 3;
            }
            byte c = b[i++];
            if (c == '"') {
                return i - 1;
            }
            if (c == '\\') {
                i++;
            }
        }
        return -1;
    }

    /**
     * Keeps a string read from these bytes, with its closing quote, for sharing: a long one only
     * when met lately.
     *
     * @param b the document
     * @param from the first byte of the string's content
     * @param to its closing quote
     * @param h its {@link #prefixHash}, or for a long one its {@link #longHash}
     * @param s the string, decoded and checked
     */
    static void keep(byte[] b, int from, int to, int h, String s) {
        int seen = h & (LONG_SEEN.length - 1);
        if (to - from <= MAX_SHARED_LENGTH || LONG_SEEN[seen] == h) {
            (to - from <= MAX_SHARED_LENGTH ? BYTE_TEXTS : LONG_BYTE_TEXTS).keep(b, from, to + 1, h, 0, 1, s);
        } else {
            LONG_SEEN[seen] = h;
        }
    }

    /**
     * Bytes of a document, the value they gave and how many tokens they hold; immutable, so
     * published safely by a plain store.
     */
    record Bytes(byte[] bytes, int context, int tokens, Object value) {
        /** {@return true when these bytes, read in that context, are in the document from {@code from}} */
        boolean isAt(byte[] b, int from, int context) {
            int to = from + bytes.length;
            return this.context == context && to <= b.length && Arrays.equals(bytes, 0, bytes.length, b, from, to);
        }
    }

    /**
     * A bounded table of immutable values by the bytes of the objects they were read from: of
     * objects with equal bytes read in the same context, the first value is kept and returned
     * for the others without reading them again. An object is looked for by the hash of its
     * first {@value #PREFIX} bytes (running past the end of a shorter one), in {@value #WAYS} slots, so that
     * a hit costs one comparison and no search for the object's end; two objects that begin
     * alike both stay.
     *
     * @param <V> the values' type
     */
    static final class ByBytes<V> {
        private final Bytes[] table;
        private final int[] hashes;

        /** @param slots a power of two */
        ByBytes(int slots) {
            this.table = new Bytes[Integer.highestOneBit(slots)];
            this.hashes = new int[table.length];
        }

        /**
         * {@return the entry of the value read before from equal bytes in the same context, or null}
         *
         * @param b the document
         * @param from the object's opening brace
         * @param h the hash of its first {@value #PREFIX} bytes (fewer at the document's end)
         * @param context what else the value depends on (the reader's mode, the document's version)
         */
        Bytes find(byte[] b, int from, int h, int context) {
            int slot = (h ^ (h >>> 16)) & (table.length - WAYS);
            for (int i = slot; i < slot + WAYS; i++) {
                // the hashes apart: a slot of another hash is passed over without touching its entry;
                // a racing reader may pair a hash with another entry, which the comparison refuses
                Bytes e = hashes[i] == h ? table[i] : null;
                if (e != null && e.isAt(b, from, context)) {
                    return e;
                }
            }
            return null;
        }

        /** Keeps the value read from these bytes, of so many tokens, in that context, first of its slots (the last one leaves). */
        void keep(byte[] b, int from, int to, int h, int context, int tokens, V value) {
            int slot = (h ^ (h >>> 16)) & (table.length - WAYS);
            System.arraycopy(table, slot, table, slot + 1, WAYS - 1);
            System.arraycopy(hashes, slot, hashes, slot + 1, WAYS - 1);
            table[slot] = new Bytes(Arrays.copyOfRange(b, from, to), context, tokens, value);
            hashes[slot] = h;
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
                return e.value();
            }
            V v = make.apply(key);
            table[slot] = new Entry<>(key, v);
            return v;
        }
    }

    private record Entry<V>(String key, V value) {
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
