package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextMemoTest {
    @Test
    void anEqualTextIsAnsweredFromItsSlotWithoutReadingAgain() {
        AtomicInteger reads = new AtomicInteger();
        TextMemo<Integer> length = new TextMemo<>(4, 2, s -> {
            reads.incrementAndGet();
            return s.length();
        });
        assertEquals(6, length.of("almeno"));
        assertEquals(6, length.of(new String("almeno")));
        assertEquals(1, reads.get());
    }

    @Test
    void fourSlotsKeepAtMostFourTextsAndStillAnswerRight() {
        AtomicInteger reads = new AtomicInteger();
        TextMemo<String> upper = new TextMemo<>(2, 2, s -> {
            reads.incrementAndGet();
            return s.toUpperCase(java.util.Locale.ROOT);
        });
        for (int round = 0; round < 3; round++) {
            for (int n = 0; n < 10; n++) {
                assertEquals("T" + n, upper.of("t" + n));
            }
        }
        // ten texts cycling through four slots: never all kept
        assertTrue(reads.get() > 10, "reads: " + reads.get());
        int kept = 0;
        for (int n = 0; n < 10; n++) {
            kept += upper.keeps("t" + n) ? 1 : 0;
        }
        assertEquals(4, kept);
        // four texts fit: read once each, then answered from the table
        AtomicInteger fourReads = new AtomicInteger();
        TextMemo<String> counted = new TextMemo<>(2, 2, t -> {
            fourReads.incrementAndGet();
            return t.strip();
        });
        for (int round = 0; round < 3; round++) {
            for (int n = 0; n < 4; n++) {
                counted.of("x" + n);
            }
        }
        assertEquals(4, fourReads.get());
    }

    @Test
    void shortLongAndOverlongTextsHaveTheirOwnBounds() {
        AtomicInteger reads = new AtomicInteger();
        TextMemo<Integer> length = new TextMemo<>(3, 2, s -> {
            reads.incrementAndGet();
            return s.length();
        });
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 1000; n++) {
            texts.add("almeno " + n);
            texts.add("a".repeat(TextMemo.SHORT) + n);
        }
        texts.forEach(length::of);
        long keptShort = texts.stream().filter(t -> t.length() <= TextMemo.SHORT && length.keeps(t)).count();
        long keptLong = texts.stream().filter(t -> t.length() > TextMemo.SHORT && length.keeps(t)).count();
        assertTrue(keptShort > 0 && keptShort <= 8, "short texts kept: " + keptShort);
        assertTrue(keptLong > 0 && keptLong <= 4, "long texts kept: " + keptLong);

        String overlong = "x".repeat(TextMemo.LONG + 1);
        int before = reads.get();
        length.of(overlong);
        length.of(overlong);
        assertEquals(before + 2, reads.get());
        assertFalse(length.keeps(overlong));
        String longest = "x".repeat(TextMemo.LONG);
        length.of(longest);
        assertTrue(length.keeps(longest));
    }

    @Test
    void threadsSharingTheTableGetTheReadersAnswer() throws Exception {
        TextMemo<String> tagged = new TextMemo<>(3, 2, s -> "<" + s + ">");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> all = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                all.add(pool.submit(() -> {
                    for (int k = 0; k < 20_000; k++) {
                        String s = "n" + k % 37;
                        if (!tagged.of(s).equals("<" + s + ">")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : all) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aTableOfNoSlotsIsRefusedWithItsReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TextMemo<String>(1, 9, s -> s));
        assertEquals("bits: must be 2 to 20 (got 1 and 9)", e.getMessage());
    }

    @Test
    void theReaderGivesEqualTextsTheSameReadingItReadsAfresh() {
        String text = "realizzazione di almeno 2 eventi";
        Optional<TargetReading> first = TextReader.readTarget(text);
        assertSame(first, TextReader.readTarget(new String(text)));
        assertEquals(TextReader.readTargetAfresh(text), first);
        Optional<ResultReading> result = TextReader.readResult("raggiunto");
        assertSame(result, TextReader.readResult(new String("raggiunto")));
        assertEquals(TextReader.readResultAfresh("raggiunto"), result);
    }
}
