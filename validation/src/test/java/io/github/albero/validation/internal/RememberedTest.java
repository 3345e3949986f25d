package io.github.albero.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RememberedTest {
    @Test
    void anEqualValueIsAnsweredFromItsSlotWithoutComputingAgain() {
        AtomicInteger calls = new AtomicInteger();
        Remembered<String, Integer> length = new Remembered<>(4, s -> {
            calls.incrementAndGet();
            return s.length();
        });
        assertEquals(6, length.apply("almeno"));
        assertEquals(6, length.apply(new String("almeno")));
        assertEquals(1, calls.get());
    }

    @Test
    void aTableOfTwoSlotsKeepsAtMostTwoValuesAndStillAnswersRight() {
        AtomicInteger calls = new AtomicInteger();
        Remembered<Integer, Integer> square = new Remembered<>(1, n -> {
            calls.incrementAndGet();
            return n * n;
        });
        for (int round = 0; round < 3; round++) {
            for (int n = 0; n < 10; n++) {
                assertEquals(n * n, square.apply(n));
            }
        }
        // ten values cycling through two slots: each call finds both slots taken by other values
        assertEquals(30, calls.get());
        // two values fit the two slots: remembered
        assertEquals(4, square.apply(2));
        assertEquals(9, square.apply(3));
        assertEquals(4, square.apply(2));
        assertEquals(9, square.apply(3));
        assertEquals(32, calls.get());
    }

    @Test
    void threadsSharingTheTableGetTheFunctionsAnswer() throws Exception {
        Remembered<Integer, String> text = new Remembered<>(3, n -> "n" + n);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> all = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                all.add(pool.submit(() -> {
                    for (int k = 0; k < 20_000; k++) {
                        int n = k % 37;
                        if (!text.apply(n).equals("n" + n)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : all) {
                assertEquals(true, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aTableOfNoSlotsIsRefusedWithItsReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Remembered<String, String>(0, s -> s));
        assertEquals("bits: must be 1 to 20 (got 0)", e.getMessage());
    }
}
