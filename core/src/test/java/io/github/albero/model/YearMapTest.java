package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.albero.InvalidValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class YearMapTest {
    // years put in any order, some repeated, some far apart: runs of consecutive years and gaps
    private static Gen<List<Integer>> puts() {
        Gen<Integer> near = integers().between(2014, 2024);
        Gen<Integer> far = integers().between(1990, 2060);
        Gen<Integer> year = integers().between(0, 9).zip(near, far, (pick, n, f) -> pick == 0 ? f : n);
        return lists().of(year).ofSizeBetween(0, 9);
    }

    private static String value(int index, int year) {
        return "v" + index + "@" + year;
    }

    private static TreeMap<Integer, String> tree(List<Integer> years) {
        TreeMap<Integer, String> t = new TreeMap<>();
        for (int i = 0; i < years.size(); i++) {
            t.put(years.get(i), value(i, years.get(i)));
        }
        return t;
    }

    private static YearMap<String> built(List<Integer> years) {
        YearMap.Builder<String> b = YearMap.builder();
        for (int i = 0; i < years.size(); i++) {
            b.put(years.get(i), value(i, years.get(i)));
        }
        return b.build();
    }

    // a year map made the way the model's builders make it: one copy-on-write put after another
    private static YearMap<String> putOneByOne(List<Integer> years) {
        YearMap<String> m = null;
        for (int i = 0; i < years.size(); i++) {
            m = YearMap.with(m, years.get(i), value(i, years.get(i)), "targets");
        }
        return m == null ? YearMap.of() : m;
    }

    private static void assertSameMap(SortedMap<Integer, String> expected, SortedMap<Integer, String> actual) {
        assertEquals(expected, actual);
        assertEquals(actual, expected);
        assertTrue(actual.equals(expected) && expected.equals(actual));
        assertEquals(expected.hashCode(), actual.hashCode());
        assertEquals(expected.toString(), actual.toString());
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.isEmpty(), actual.isEmpty());
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()));
        assertEquals(new ArrayList<>(expected.values()), new ArrayList<>(actual.values()));
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(actual.entrySet()));
        assertEquals(expected.keySet(), actual.keySet());
        assertEquals(expected.entrySet(), actual.entrySet());
        assertEquals(expected.keySet().hashCode(), actual.keySet().hashCode());
        assertEquals(expected.entrySet().hashCode(), actual.entrySet().hashCode());
        assertNull(actual.comparator());
        if (expected.isEmpty()) {
            assertThrows(NoSuchElementException.class, actual::firstKey);
            assertThrows(NoSuchElementException.class, actual::lastKey);
        } else {
            assertEquals(expected.firstKey(), actual.firstKey());
            assertEquals(expected.lastKey(), actual.lastKey());
        }
    }

    @Test
    void isTheSortedMapATreeMapOfTheSameEntriesIsWhateverTheOrderOfThePuts() {
        qt().forAll(puts()).checkAssert(years -> {
            TreeMap<Integer, String> tree = tree(years);
            assertSameMap(tree, built(years));
            assertSameMap(tree, putOneByOne(years));
            assertSameMap(tree, YearMap.copyOf(tree));
            assertSameMap(tree, YearMap.copyOf(new HashMap<>(tree)));
        });
    }

    @Test
    void findsEveryYearAndOnlyThemBoxedOrNot() {
        qt().forAll(puts()).checkAssert(years -> {
            TreeMap<Integer, String> tree = tree(years);
            YearMap<String> map = built(years);
            for (int y = 1985; y <= 2065; y++) {
                assertEquals(tree.get(y), map.get(y));
                assertEquals(tree.get(y), map.get((Object) y));
                assertEquals(tree.containsKey(y), map.containsKey(y));
                assertEquals(tree.containsKey(y), map.containsKey((Object) y));
                assertEquals(tree.containsKey(y), map.keySet().contains(y));
                assertEquals(tree.getOrDefault(y, "none"), map.getOrDefault(y, "none"));
            }
            assertNull(map.get("2017"));
            assertFalse(map.containsKey("2017"));
            for (String v : tree.values()) {
                assertTrue(map.containsValue(v));
            }
            assertFalse(map.containsValue("nowhere"));
        });
    }

    @Test
    void headTailAndSubMapsHoldWhatATreeMapsViewsHold() {
        qt().forAll(puts(), integers().between(2010, 2030), integers().between(2010, 2030)).checkAssert((years, a, b) -> {
            TreeMap<Integer, String> tree = tree(years);
            YearMap<String> map = built(years);
            assertSameMap(tree.headMap(a), map.headMap(a));
            assertSameMap(tree.tailMap(a), map.tailMap(a));
            int from = Math.min(a, b);
            int to = Math.max(a, b);
            assertSameMap(tree.subMap(from, to), map.subMap(from, to));
            assertSameMap(tree.subMap(from, to).headMap(to), map.subMap(from, to).headMap(to));
            assertSameMap(tree.tailMap(from).headMap(to), map.tailMap(from).headMap(to));
            if (from < to) {
                assertThrows(IllegalArgumentException.class, () -> tree.subMap(to, from));
                assertThrows(IllegalArgumentException.class, () -> map.subMap(to, from));
            }
        });
    }

    @Test
    void visitsTheYearsInOrderWithoutBoxingThemToo() {
        qt().forAll(puts()).checkAssert(years -> {
            TreeMap<Integer, String> tree = tree(years);
            List<String> seen = new ArrayList<>();
            built(years).forEachYear((y, v) -> seen.add(y + "=" + v));
            List<String> boxed = new ArrayList<>();
            built(years).forEach((y, v) -> boxed.add(y + "=" + v));
            List<String> expected = new ArrayList<>();
            tree.forEach((y, v) -> expected.add(y + "=" + v));
            assertEquals(expected, seen);
            assertEquals(expected, boxed);
        });
    }

    @Test
    void noChangeGetsThroughTheMapOrAnyOfItsViews() {
        qt().forAll(puts().map(YearMapTest::built)).checkAssert(map -> {
            List<Function<YearMap<String>, Map<Integer, String>>> views = List.of(
                    m -> m, m -> m.headMap(2020), m -> m.tailMap(2016), m -> m.subMap(2015, 2022));
            for (Function<YearMap<String>, Map<Integer, String>> view : views) {
                Map<Integer, String> m = view.apply(map);
                assertThrows(UnsupportedOperationException.class, () -> m.put(2017, "x"));
                assertThrows(UnsupportedOperationException.class, () -> m.remove(2017));
                assertThrows(UnsupportedOperationException.class, () -> m.putAll(Map.of(2017, "x")));
                assertThrows(UnsupportedOperationException.class, m::clear);
                assertThrows(UnsupportedOperationException.class, () -> m.keySet().remove(2017));
                assertThrows(UnsupportedOperationException.class, () -> m.keySet().add(2017));
                assertThrows(UnsupportedOperationException.class, () -> m.values().add("x"));
                assertThrows(UnsupportedOperationException.class, () -> m.entrySet().add(Map.entry(2017, "x")));
                assertThrows(UnsupportedOperationException.class, () -> m.computeIfAbsent(1999, y -> "x"));
                assertThrows(UnsupportedOperationException.class, () -> m.replaceAll((y, v) -> "x"));
                if (!m.isEmpty()) {
                    assertThrows(UnsupportedOperationException.class, () -> m.values().clear());
                    assertThrows(UnsupportedOperationException.class, () -> m.keySet().clear());
                    assertThrows(UnsupportedOperationException.class, () -> m.entrySet().iterator().next().setValue("x"));
                    for (Collection<?> c : List.of(m.keySet(), m.values(), m.entrySet())) {
                        Iterator<?> it = c.iterator();
                        it.next();
                        assertThrows(UnsupportedOperationException.class, it::remove);
                    }
                }
            }
        });
    }

    @Test
    void aBuilderKeepsBuildingWithoutChangingTheMapsItMadeBefore() {
        YearMap.Builder<String> b = YearMap.<String>builder().put(2017, "a").put(2018, "b");
        YearMap<String> first = b.build();
        b.put(2017, "changed").put(2025, "c");
        assertEquals("{2017=a, 2018=b}", first.toString());
        assertEquals("{2017=changed, 2018=b, 2025=c}", b.build().toString());
        assertEquals("{}", b.clear().build().toString());
        assertSame(YearMap.of(), b.build());
    }

    @Test
    void handsOutTheSameYearObjectsEveryTimeSoThatVisitingAMapAllocatesNoYear() {
        YearMap<String> m = YearMap.<String>builder().put(2017, "a").put(2019, "b").put(2999, "c").build();
        List<Integer> seen = new ArrayList<>();
        m.forEach((y, v) -> seen.add(y));
        List<Integer> again = new ArrayList<>(m.keySet());
        for (int i = 0; i < seen.size(); i++) {
            assertSame(seen.get(i), again.get(i));
            assertSame(seen.get(i), new ArrayList<>(m.entrySet()).get(i).getKey());
        }
        assertSame(m.firstKey(), seen.get(0));
        assertSame(m.lastKey(), seen.get(2));
        assertEquals(3000, YearMap.of(3000, "x").firstKey());
    }

    @Test
    void anIteratorPastTheLastEntrySaysSo() {
        Iterator<Integer> it = YearMap.of(2017, "a").keySet().iterator();
        assertEquals(2017, it.next());
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
    }

    @Test
    void isNeverEqualToAMapOfOtherKeysOrValues() {
        YearMap<String> m = YearMap.<String>builder().put(2017, "a").put(2019, "b").build();
        assertNotEquals(m, Map.of("2017", "a", "2019", "b"));
        assertNotEquals(m, new TreeMap<>(Map.of(2017, "a", 2019, "c")));
        assertNotEquals(m, new TreeMap<>(Map.of(2017, "a", 2018, "b")));
        assertNotEquals(m, YearMap.<String>builder().put(2017, "a").put(2018, "b").build());
        assertNotEquals(m, List.of("a", "b"));
        TreeMap<String, String> otherKeys = new TreeMap<>(Map.of("x", "a", "y", "b"));
        assertNotEquals(m, otherKeys);
    }

    @Test
    void aMissingValueOrYearIsRefusedNamingTheAttribute() {
        InvalidValueException value = assertThrows(InvalidValueException.class, () -> YearMap.with(null, 2017, null, "targets"));
        assertTrue(value.getMessage().startsWith("targets value for key: 2017: "), value.getMessage());
        Map<Integer, String> nullKey = new HashMap<>();
        nullKey.put(null, "a");
        InvalidValueException key = assertThrows(InvalidValueException.class, () -> YearMap.copyOf(nullKey, "results"));
        assertTrue(key.getMessage().startsWith("results key: "), key.getMessage());
        assertThrows(InvalidValueException.class, () -> YearMap.of(2017, null));
    }
}
