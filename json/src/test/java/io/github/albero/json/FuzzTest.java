package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.model.Plan;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Mutates valid documents (bytes and tokens deleted, duplicated, swapped, replaced) and checks
 * that the reader either returns a valid plan or throws {@link AlberoJsonException}, nothing
 * else. Work is bounded by the size of the documents, so a hang shows as a test that never ends.
 */
class FuzzTest {
    private static final int CASES = 20_000;
    private static final String[] TOKENS = {"null", "true", "false", "0", "-1", "1e999999999", "1e-999999999", "0e9999999",
            "99999999999999999999", "5000.001", "NaN", "-Infinity", "\"\"", "\"  \"", "\"05\"", "\"x\"", "\"2017\"", "\"\\ud800\"",
            "\"011-005-001\"", "\"atLeast\"", "\"status\"", "\"milestone\"", "{}", "[]", "[[[[", "}}}}", "{\"a\":1}", ",", ":", "\"\\u0000\""};
    private static final byte[] BYTES = {'{', '}', '[', ']', '"', ',', ':', '0', '9', '-', '.', 'e', '\\', 'n', ' ', 0, (byte) 0xFF,
            (byte) 0xC3, (byte) 0x80, (byte) 0xEF};

    private static final AtomicLong RAN = new AtomicLong();
    private static final AtomicLong ACCEPTED = new AtomicLong();
    private static final AtomicLong REJECTED = new AtomicLong();

    private static final List<byte[]> SEEDS = new ArrayList<>();

    static {
        SEEDS.add(BadInputCatalogueTest.BASE.getBytes(StandardCharsets.UTF_8));
        SEEDS.add(AlberoJson.writeBytes(SamplePlans.full()));
        SEEDS.add(AlberoJson.writePretty(SamplePlans.minimal()).getBytes(StandardCharsets.UTF_8));
        for (long seed = 1; SEEDS.size() < 12; seed++) {
            Plan p = RandomPlans.plan(seed);
            if (!p.missions().isEmpty()) {
                SEEDS.add(seed % 2 == 0 ? AlberoJson.writeBytes(p) : AlberoJson.writePretty(p).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void theReaderReturnsAValidPlanOrThrowsItsOwnExceptionOnMutatedDocuments() {
        qt().withExamples(CASES).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            byte[] doc = SEEDS.get(r.nextInt(SEEDS.size()));
            int rounds = 1 + r.nextInt(3);
            for (int i = 0; i < rounds; i++) {
                doc = mutate(doc, r);
            }
            check(doc, r.nextInt(4) == 0, seed);
        });
    }

    private static void check(byte[] doc, boolean lenient, long seed) {
        RAN.incrementAndGet();
        try {
            Plan plan = (lenient ? AlberoJson.lenient() : AlberoJson.strict()).read(doc);
            assertNotNull(plan);
            // a plan that was accepted is a valid plan: it writes and reads back equal
            assertEquals(plan, AlberoJson.read(AlberoJson.write(plan)));
            ACCEPTED.incrementAndGet();
        } catch (AlberoJsonException e) {
            assertTrue(e.pointer().isEmpty() || e.pointer().startsWith("/"), e.getMessage());
            assertTrue(e.problem() != null && !e.problem().isBlank(), e.getMessage());
            assertTrue(e.getMessage().startsWith(e.path() + ": "), e.getMessage());
            // every error is located; a missing location would mean an error escaped the reader's re-location
            assertTrue(e.line() >= 1, "seed " + seed + ": no location in " + e.getMessage());
            REJECTED.incrementAndGet();
        } catch (RuntimeException | Error e) {
            fail("seed " + seed + ": " + e + " on input:\n" + new String(doc, StandardCharsets.UTF_8), e);
        }
    }

    static byte[] mutate(byte[] doc, SplittableRandom r) {
        if (doc.length == 0) {
            return new byte[] {BYTES[r.nextInt(BYTES.length)]};
        }
        int a = r.nextInt(doc.length);
        int len = 1 + r.nextInt(Math.min(16, doc.length - a));
        ByteArrayOutputStream out = new ByteArrayOutputStream(doc.length + 32);
        switch (r.nextInt(8)) {
            case 0: // delete bytes
                out.write(doc, 0, a);
                out.write(doc, a + len, doc.length - a - len);
                break;
            case 1: // duplicate bytes
                out.write(doc, 0, a + len);
                out.write(doc, a, doc.length - a);
                break;
            case 2: { // swap two ranges
                byte[] copy = doc.clone();
                int b = r.nextInt(doc.length - len + 1);
                byte[] tmp = Arrays.copyOfRange(copy, a, a + len);
                int n = Math.min(len, doc.length - b);
                System.arraycopy(copy, b, copy, a, Math.min(n, copy.length - a));
                System.arraycopy(tmp, 0, copy, b, Math.min(n, tmp.length));
                return copy;
            }
            case 3: { // replace one byte
                byte[] copy = doc.clone();
                copy[a] = r.nextBoolean() ? BYTES[r.nextInt(BYTES.length)] : (byte) r.nextInt(256);
                return copy;
            }
            default: // token-level: replace, delete or duplicate a token
                List<int[]> tokens = tokens(doc);
                if (tokens.isEmpty()) {
                    return doc;
                }
                int[] t = tokens.get(r.nextInt(tokens.size()));
                int op = r.nextInt(3);
                out.write(doc, 0, op == 2 ? t[1] : t[0]);
                if (op == 0) {
                    out.writeBytes(TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                } else if (op == 2) {
                    out.write(doc, t[0], t[1] - t[0]);
                }
                out.write(doc, t[1], doc.length - t[1]);
        }
        return out.toByteArray();
    }

    /** Rough JSON tokens as [start, end) byte ranges: strings, numbers, literals and punctuation. */
    static List<int[]> tokens(byte[] d) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < d.length) {
            byte c = d[i];
            int start = i;
            if (c == '"') {
                i++;
                while (i < d.length && d[i] != '"') {
                    i += d[i] == '\\' ? 2 : 1;
                }
                i = Math.min(d.length, i + 1);
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                while (i < d.length && "+-.eE0123456789".indexOf(d[i]) >= 0) {
                    i++;
                }
            } else if (c >= 'a' && c <= 'z') {
                while (i < d.length && d[i] >= 'a' && d[i] <= 'z') {
                    i++;
                }
            } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                i++;
                continue;
            } else {
                i++;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    @Test
    void theMutatorReallyBreaksDocuments() {
        SplittableRandom r = new SplittableRandom(42);
        int changed = 0;
        for (int i = 0; i < 1000; i++) {
            byte[] doc = SEEDS.get(i % SEEDS.size());
            if (!Arrays.equals(doc, mutate(doc, r))) {
                changed++;
            }
        }
        assertTrue(changed > 900, changed + " of 1000 mutations changed the document");
    }

    @AfterAll
    static void report() {
        System.out.println("[fuzz] " + RAN.get() + " mutated documents: " + ACCEPTED.get() + " read as valid plans, "
                + REJECTED.get() + " rejected with AlberoJsonException");
    }
}
