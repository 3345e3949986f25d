package io.github.albero.model;

import io.github.albero.InvalidValueException;
import io.github.albero.period.YearRange;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A compact sorted map from years to values (<i>valori per anno</i>): what an indicator's
 * targets, results and monitoring and an objective's resources are held in.
 *
 * <p>It is a {@link SortedMap} in the natural order of the years, equal to any other map with the
 * same entries (a {@code TreeMap} of the same entries is equal to it, with the same hash code and
 * the same {@code toString}), but it holds its entries in two small arrays instead of a tree: a
 * run of consecutive years — the usual case, such as 2017, 2018, 2019 — is held as its first year
 * and the values alone, and {@link #get(int)} finds a year without boxing it.
 *
 * <pre>{@code
 * YearMap<String> m = YearMap.<String>builder().put(2018, "b").put(2017, "a").build();
 * m.toString();    // {2017=a, 2018=b}
 * m.get(2018);     // b
 * m.firstKey();    // 2017
 * }</pre>
 *
 * <p>Immutable and thread-safe: every changing method throws {@link UnsupportedOperationException},
 * and the views ({@link #keySet()}, {@link #values()}, {@link #entrySet()}, {@link #headMap},
 * {@link #tailMap}, {@link #subMap}) are unmodifiable too; the sub-maps are themselves year maps.
 * Keys and values are never null.
 *
 * @param <V> the type of the values
 */
public final class YearMap<V> implements SortedMap<Integer, V> {
    private static final Object[] NONE = {};
    private static final YearMap<?> EMPTY = new YearMap<>(0, null, NONE);
    // the boxed years of the model's range, made once: the boxing views and forEach hand them out without allocating
    private static final Integer[] BOXED = new Integer[YearRange.MAX_YEAR - YearRange.MIN_YEAR + 1];

    static {
        for (int i = 0; i < BOXED.length; i++) {
            BOXED[i] = YearRange.MIN_YEAR + i;
        }
    }

    // when years is null the years are consecutive: values[i] is the value of the year first + i
    private final int first;
    private final int[] years;
    private final Object[] values;

    private YearMap(int first, int[] years, Object[] values) {
        this.first = first;
        this.years = years;
        this.values = values;
    }

    /**
     * {@return the empty year map}
     *
     * @param <V> the type of the values
     */
    @SuppressWarnings("unchecked")
    public static <V> YearMap<V> of() {
        return (YearMap<V>) EMPTY;
    }

    /**
     * {@return a year map of one year}
     *
     * @param year the year
     * @param value its value; not null
     * @param <V> the type of the values
     */
    public static <V> YearMap<V> of(int year, V value) {
        return new YearMap<>(year, null, new Object[] {requireValue(value, year, "value")});
    }

    /**
     * {@return a year map of the entries of a map}, the map itself when it is one
     *
     * @param map a map; no null key or value
     * @param <V> the type of the values
     */
    @SuppressWarnings("unchecked")
    public static <V> YearMap<V> copyOf(Map<Integer, ? extends V> map) {
        if (map instanceof YearMap<?>) {
            return (YearMap<V>) map;
        }
        return YearMap.<V>builder().putAll(map).build();
    }

    // what the model's builders call: a copy with one more year (copy-on-write; a year map has a few entries);
    // the attribute names a missing value in the error, e.g. "targets value for key: 2017"
    static <V> YearMap<V> with(YearMap<V> map, int year, V value, String attribute) {
        requireValue(value, year, attribute + " value");
        if (map == null || map.values.length == 0) {
            return new YearMap<>(year, null, new Object[] {value});
        }
        int n = map.values.length;
        if (map.years == null && year == map.first + n) {
            // the next consecutive year, the usual case
            Object[] v = Arrays.copyOf(map.values, n + 1);
            v[n] = value;
            return new YearMap<>(map.first, null, v);
        }
        return new Builder<V>(attribute).putAll(map).put(year, value).build();
    }

    // a copy with the year's value replaced, or removed when the value is null
    static <V> YearMap<V> replacing(YearMap<V> map, int year, V valueOrNull) {
        if (valueOrNull != null) {
            return with(map, year, valueOrNull, "value");
        }
        int i = map.indexOf(year);
        if (i < 0) {
            return map;
        }
        Builder<V> b = new Builder<>("value");
        map.forEachYear((y, v) -> {
            if (y != year) {
                b.put(y, v);
            }
        });
        return b.build();
    }

    static <V> YearMap<V> withAll(YearMap<V> map, Map<Integer, ? extends V> more, String attribute) {
        if (map == null || map.values.length == 0) {
            return copyOf(more, attribute);
        }
        return new Builder<V>(attribute).putAll(map).putAll(more).build();
    }

    @SuppressWarnings("unchecked")
    static <V> YearMap<V> copyOf(Map<Integer, ? extends V> map, String attribute) {
        if (map == null) {
            throw new InvalidValueException(attribute);
        }
        if (map instanceof YearMap<?>) {
            return (YearMap<V>) map;
        }
        return new Builder<V>(attribute).putAll(map).build();
    }

    static int key(Map.Entry<Integer, ?> entry, String attribute) {
        if (entry == null || entry.getKey() == null) {
            throw new InvalidValueException(attribute + (entry == null ? " entry" : " key"));
        }
        return entry.getKey();
    }

    // the model's builders read the map set so far from the generated builder's field
    static VarHandle field(Class<?> builder, String name) {
        try {
            return MethodHandles.privateLookupIn(builder, MethodHandles.lookup()).findVarHandle(builder, name, YearMap.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * {@return an empty builder}
     *
     * @param <V> the type of the values
     */
    public static <V> Builder<V> builder() {
        return new Builder<>("");
    }

    /**
     * The value of a year, without boxing it.
     *
     * @param year a year
     * @return its value, or null when the map has none
     */
    @SuppressWarnings("unchecked")
    public V get(int year) {
        int i = indexOf(year);
        return i < 0 ? null : (V) values[i];
    }

    /**
     * {@return whether the map has a value for the year}, without boxing it
     *
     * @param year a year
     */
    public boolean containsKey(int year) {
        return indexOf(year) >= 0;
    }

    /**
     * {@return the first (earliest) year}, without boxing it
     *
     * @throws NoSuchElementException when the map is empty
     */
    public int firstYear() {
        if (values.length == 0) {
            throw new NoSuchElementException("no year in an empty year map");
        }
        return yearAt(0);
    }

    /**
     * {@return the last (latest) year}, without boxing it
     *
     * @throws NoSuchElementException when the map is empty
     */
    public int lastYear() {
        if (values.length == 0) {
            throw new NoSuchElementException("no year in an empty year map");
        }
        return yearAt(values.length - 1);
    }

    /**
     * Calls the action with each year and its value, in year order, without boxing the year.
     *
     * @param action what to do with a year and its value
     */
    @SuppressWarnings("unchecked")
    public void forEachYear(YearConsumer<? super V> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(yearAt(i), (V) values[i]);
        }
    }

    /**
     * What {@link #forEachYear} calls with each year and its value.
     *
     * @param <V> the type of the values
     */
    @FunctionalInterface
    public interface YearConsumer<V> {
        /**
         * Takes one year and its value.
         *
         * @param year the year
         * @param value its value
         */
        void accept(int year, V value);
    }

    private int yearAt(int i) {
        return years == null ? first + i : years[i];
    }

    private static Integer boxed(int year) {
        int i = year - YearRange.MIN_YEAR;
        return i >= 0 && i < BOXED.length ? BOXED[i] : Integer.valueOf(year);
    }

    private int indexOf(int year) {
        if (years == null) {
            int i = year - first;
            return i >= 0 && i < values.length ? i : -1;
        }
        int i = Arrays.binarySearch(years, year);
        return i >= 0 ? i : -1;
    }

    // the index of the first entry whose year is >= year
    private int ceilingIndex(int year) {
        if (years == null) {
            return Math.max(0, Math.min(values.length, year - first));
        }
        int i = Arrays.binarySearch(years, year);
        return i >= 0 ? i : -i - 1;
    }

    private YearMap<V> range(int from, int to) {
        if (from == 0 && to == values.length) {
            return this;
        }
        if (from >= to) {
            return of();
        }
        Object[] v = Arrays.copyOfRange(values, from, to);
        return years == null ? new YearMap<>(first + from, null, v) : dense(Arrays.copyOfRange(years, from, to), v);
    }

    // the compact form when the years turn out to be consecutive
    private static <V> YearMap<V> dense(int[] years, Object[] values) {
        int n = values.length;
        if (n == 0) {
            return of();
        }
        boolean consecutive = years[n - 1] - years[0] == n - 1;
        return consecutive ? new YearMap<>(years[0], null, values) : new YearMap<>(years[0], years, values);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isEmpty() {
        return values.length == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof Integer y && indexOf(y) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Object v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public V get(Object key) {
        return key instanceof Integer y ? get(y.intValue()) : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V defaultValue) {
        int i = key instanceof Integer y ? indexOf(y) : -1;
        return i < 0 ? defaultValue : (V) values[i];
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super Integer, ? super V> action) {
        Objects.requireNonNull(action);
        for (int i = 0; i < values.length; i++) {
            action.accept(boxed(yearAt(i)), (V) values[i]);
        }
    }

    @Override
    public Comparator<? super Integer> comparator() {
        return null;
    }

    @Override
    public YearMap<V> subMap(Integer fromKey, Integer toKey) {
        if (fromKey > toKey) {
            throw new IllegalArgumentException("fromKey " + fromKey + " > toKey " + toKey);
        }
        return range(ceilingIndex(fromKey), ceilingIndex(toKey));
    }

    @Override
    public YearMap<V> headMap(Integer toKey) {
        return range(0, ceilingIndex(toKey));
    }

    @Override
    public YearMap<V> tailMap(Integer fromKey) {
        return range(ceilingIndex(fromKey), values.length);
    }

    @Override
    public Integer firstKey() {
        return boxed(firstYear());
    }

    @Override
    public Integer lastKey() {
        return boxed(lastYear());
    }

    // the views are made when asked for and not kept: a model holds thousands of these maps; the JDK's wrappers
    // throw on every change, even one that would change nothing
    @Override
    public Set<Integer> keySet() {
        return Collections.unmodifiableSet(new AbstractSet<>() {
            @Override
            public Iterator<Integer> iterator() {
                return new At<>() {
                    @Override
                    Integer at(int i) {
                        return boxed(yearAt(i));
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }
        });
    }

    @Override
    public Collection<V> values() {
        return Collections.unmodifiableCollection(new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return new At<>() {
                    @Override
                    @SuppressWarnings("unchecked")
                    V at(int i) {
                        return (V) values[i];
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        });
    }

    @Override
    public Set<Map.Entry<Integer, V>> entrySet() {
        return Collections.unmodifiableSet(new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Integer, V>> iterator() {
                return new At<>() {
                    @Override
                    @SuppressWarnings("unchecked")
                    Map.Entry<Integer, V> at(int i) {
                        return new AbstractMap.SimpleImmutableEntry<>(boxed(yearAt(i)), (V) values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }

            @Override
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry<?, ?> e) || !(e.getKey() instanceof Integer y)) {
                    return false;
                }
                int i = indexOf(y);
                return i >= 0 && values[i].equals(e.getValue());
            }
        });
    }

    // an iterator over the entries' indexes that cannot remove
    private abstract class At<T> implements Iterator<T> {
        private int next;

        abstract T at(int i);

        @Override
        public boolean hasNext() {
            return next < values.length;
        }

        @Override
        public T next() {
            if (next >= values.length) {
                throw new NoSuchElementException();
            }
            return at(next++);
        }
    }

    /** {@return whether the other object is a map with the same entries}, as {@link Map#equals} says */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> m) || m.size() != values.length) {
            return false;
        }
        if (o instanceof YearMap<?> y) {
            return Arrays.equals(values, y.values) && sameYears(y);
        }
        try {
            for (int i = 0; i < values.length; i++) {
                if (!values[i].equals(m.get(yearAt(i)))) {
                    return false;
                }
            }
        } catch (ClassCastException | NullPointerException e) {
            // a map whose keys are not years cannot hold these entries
            return false;
        }
        return true;
    }

    private boolean sameYears(YearMap<?> y) {
        for (int i = 0; i < values.length; i++) {
            if (yearAt(i) != y.yearAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@return the sum of the entries' hash codes}, as {@link Map#hashCode} says */
    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < values.length; i++) {
            h += Integer.hashCode(yearAt(i)) ^ values[i].hashCode();
        }
        return h;
    }

    /** {@return the entries in year order, as {@code {2017=a, 2018=b}}, like any JDK map} */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append('{');
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(yearAt(i)).append('=').append(values[i]);
        }
        return s.append('}').toString();
    }

    @Override
    public V put(Integer key, V value) {
        throw unmodifiable();
    }

    @Override
    public V remove(Object key) {
        throw unmodifiable();
    }

    @Override
    public void putAll(Map<? extends Integer, ? extends V> m) {
        throw unmodifiable();
    }

    @Override
    public void clear() {
        throw unmodifiable();
    }

    @Override
    public V putIfAbsent(Integer key, V value) {
        throw unmodifiable();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw unmodifiable();
    }

    @Override
    public boolean replace(Integer key, V oldValue, V newValue) {
        throw unmodifiable();
    }

    @Override
    public V replace(Integer key, V value) {
        throw unmodifiable();
    }

    @Override
    public void replaceAll(BiFunction<? super Integer, ? super V, ? extends V> function) {
        throw unmodifiable();
    }

    @Override
    public V computeIfAbsent(Integer key, Function<? super Integer, ? extends V> mappingFunction) {
        throw unmodifiable();
    }

    @Override
    public V computeIfPresent(Integer key, BiFunction<? super Integer, ? super V, ? extends V> remappingFunction) {
        throw unmodifiable();
    }

    @Override
    public V compute(Integer key, BiFunction<? super Integer, ? super V, ? extends V> remappingFunction) {
        throw unmodifiable();
    }

    @Override
    public V merge(Integer key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        throw unmodifiable();
    }

    private static UnsupportedOperationException unmodifiable() {
        return new UnsupportedOperationException("a year map cannot be changed: build a new one with YearMap.builder()");
    }

    private static <V> V requireValue(V value, int year, String what) {
        if (value == null) {
            throw new InvalidValueException(what + " for key: " + year);
        }
        return value;
    }

    /**
     * A builder of year maps: years may be put in any order; a year put again replaces its value.
     * Not thread-safe; each {@link #build()} makes an independent map.
     *
     * @param <V> the type of the values
     */
    public static final class Builder<V> {
        private final String attribute;
        private int[] years = new int[4];
        private Object[] values = NONE;
        private int size;

        // the attribute names the missing value in the error, e.g. "targets value for key: 2017"
        Builder(String attribute) {
            this.attribute = attribute;
        }

        /**
         * Puts the value of a year.
         *
         * @param year the year
         * @param value its value; not null
         * @return this builder
         */
        public Builder<V> put(int year, V value) {
            requireValue(value, year, attribute.isEmpty() ? "value" : attribute + " value");
            int n = size;
            if (n == 0 || years[n - 1] < year) {
                // years mostly come in order: append
                grow();
                years[n] = year;
                values[n] = value;
                size = n + 1;
                return this;
            }
            int i = Arrays.binarySearch(years, 0, n, year);
            if (i >= 0) {
                values[i] = value;
                return this;
            }
            i = -i - 1;
            grow();
            System.arraycopy(years, i, years, i + 1, n - i);
            System.arraycopy(values, i, values, i + 1, n - i);
            years[i] = year;
            values[i] = value;
            size = n + 1;
            return this;
        }

        /**
         * Puts the entries of a map.
         *
         * @param map a map; no null key or value
         * @return this builder
         */
        public Builder<V> putAll(Map<Integer, ? extends V> map) {
            if (map == null) {
                throw new InvalidValueException(attribute.isEmpty() ? "map" : attribute);
            }
            if (map instanceof YearMap<?> y) {
                @SuppressWarnings("unchecked")
                YearMap<? extends V> ym = (YearMap<? extends V>) y;
                for (int i = 0; i < ym.values.length; i++) {
                    @SuppressWarnings("unchecked")
                    V v = (V) ym.values[i];
                    put(ym.yearAt(i), v);
                }
                return this;
            }
            for (Map.Entry<Integer, ? extends V> e : map.entrySet()) {
                Integer year = e.getKey();
                if (year == null) {
                    throw new InvalidValueException(attribute.isEmpty() ? "key" : attribute + " key");
                }
                put(year, e.getValue());
            }
            return this;
        }

        /**
         * Replaces the entries put so far with those of a year map.
         *
         * @param map a year map
         * @return this builder
         */
        public Builder<V> from(YearMap<? extends V> map) {
            return clear().putAll(map);
        }

        /**
         * Forgets every entry put so far.
         *
         * @return this builder
         */
        public Builder<V> clear() {
            if (size > 0) {
                Arrays.fill(values, 0, size, null);
                size = 0;
            }
            return this;
        }

        /** {@return whether no entry was put} */
        boolean isEmpty() {
            return size == 0;
        }

        /** {@return a year map of the entries put so far} */
        public YearMap<V> build() {
            if (size == 0) {
                return of();
            }
            Object[] v = Arrays.copyOf(values, size);
            if (years[size - 1] - years[0] == size - 1) {
                return new YearMap<>(years[0], null, v);
            }
            return new YearMap<>(years[0], Arrays.copyOf(years, size), v);
        }

        private void grow() {
            if (size == values.length) {
                int n = Math.max(4, size * 2);
                values = Arrays.copyOf(values, n);
                if (years.length < n) {
                    years = Arrays.copyOf(years, n);
                }
            }
        }
    }
}
