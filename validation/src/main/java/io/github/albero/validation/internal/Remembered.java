package io.github.albero.validation.internal;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a rule computed for a value of the plan, remembered for the next equal value: a bounded,
 * thread-safe table for pure functions of immutable values that recur across the plans of a
 * national stream (a target "100%", a result "SI", "almeno 1 evento" occur in thousands of
 * reports, and reading a text costs more than every other rule together). Two-way
 * set-associative: each value may sit in one of two neighbouring slots, a newer value takes one
 * of them from an older one, so memory stays bounded whatever the stream; entries are immutable,
 * so a race costs at most a second computation.
 * Not exported.
 *
 * @param <K> the values, immutable with {@code equals} and {@code hashCode}
 * @param <V> what the function gives
 */
public final class Remembered<K, V> {
    private record Entry<K, V>(K key, V value) {
    }

    private final Function<K, V> f;
    private final Entry<K, V>[] slots;
    private final int mask;

    /**
     * A table of {@code 2^bits} slots for {@code f}.
     *
     * @param bits the table's size as a power of two, 1 to 20
     * @param f a pure function of the value
     */
    @SuppressWarnings("unchecked")
    public Remembered(int bits, Function<K, V> f) {
        if (bits < 1 || bits > 20) {
            throw new IllegalArgumentException("bits: must be 1 to 20 (got " + bits + ")");
        }
        this.f = Objects.requireNonNull(f, "f");
        this.slots = new Entry[1 << bits];
        this.mask = slots.length - 1;
    }

    /**
     * {@return {@code f(key)}, computed unless an equal key's result is still in its slot}
     *
     * @param key an immutable value, not null
     */
    public V apply(K key) {
        int h = key.hashCode();
        h ^= h >>> 16;
        int i = h & mask;
        int j = i ^ 1;
        Entry<K, V> a = slots[i];
        if (a != null && a.key().equals(key)) {
            return a.value();
        }
        Entry<K, V> b = slots[j];
        if (b != null && b.key().equals(key)) {
            return b.value();
        }
        V v = f.apply(key);
        // an empty slot first; otherwise one of the two, chosen by a hash bit the slot index does not use
        slots[a == null ? i : b == null ? j : (h & (mask + 1)) == 0 ? i : j] = new Entry<>(key, v);
        return v;
    }
}
