package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Indicator;
import io.github.albero.model.Plan;
import io.github.albero.model.Target;
import io.github.albero.testkit.Generators;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * By default a reader keeps equal values met recently once (the heap goal of issue #16);
 * {@code withoutSharing()} gives every plan its own values, and the plans are equal either way.
 */
class SharingTest {
    @Test
    void twoDefaultReadsOfOneDocumentShareTheirTextsAndTargetsAndUnsharedReadsDoNot() throws Exception {
        byte[] json = Files.readAllBytes(RealReportTest.REPORT);
        Plan a = AlberoJson.read(json);
        Plan b = AlberoJson.read(json);
        Plan c = AlberoJson.strict().withoutSharing().read(json);
        Plan d = AlberoJson.strict().withoutSharing().read(json);
        assertEquals(a, c);
        assertEquals(c, d);
        assertTrue(AlberoJson.strict().shares());
        assertFalse(AlberoJson.strict().withoutSharing().shares());
        Indicator first = a.indicators().get(0).indicator();
        Indicator same = b.indicators().get(0).indicator();
        Indicator own = c.indicators().get(0).indicator();
        Indicator other = d.indicators().get(0).indicator();
        assertSame(first.name(), same.name());
        assertNotSame(own.name(), other.name());
        Integer year = first.targets().firstKey();
        assertSame(first.targets().get(year), same.targets().get(year));
        assertNotSame(own.targets().get(year), other.targets().get(year));
        assertEquals(own.targets().get(year), other.targets().get(year));
    }

    @Test
    void anUnpairedSurrogateIsRejectedWhetherOrNotTheReaderShares() {
        String bad = BadInputCatalogueTest.edit("\"Relazione 2017\"", "\"Relazione \\ud800 2017\"");
        for (AlberoJsonReader reader : new AlberoJsonReader[] {AlberoJson.strict(), AlberoJson.strict().withoutSharing()}) {
            // twice: the second read meets the text in the sharing table, if it were ever kept there
            for (int i = 0; i < 2; i++) {
                AlberoJsonException e = org.junit.jupiter.api.Assertions.assertThrows(AlberoJsonException.class, () -> reader.read(bad));
                assertEquals("/title", e.pointer());
                // and as bytes, where an escaped text is shared by its raw bytes
                e = assertThrows(AlberoJsonException.class, () -> reader.read(bytes(bad)));
                assertEquals("/title", e.pointer());
            }
        }
    }

    private static final String TARGET = "{\"text\":\"almeno 2\",\"reading\":{\"operator\":\"atLeast\",\"value\":2,\"unit\":\"n\"}}";

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static Target target2017(Plan plan) {
        return plan.indicators().get(0).indicator().targets().get(2017);
    }

    @Test
    void aTargetWithoutReadingMetAgainInAFormat10DocumentGetsNoReadingFromItsText() {
        String bare = "{\"text\":\"almeno 7 eventi\"}";
        byte[] v11 = bytes(BadInputCatalogueTest.edit(TARGET, bare).replace("\"1.0\"", "\"1.1\""));
        byte[] v10 = bytes(BadInputCatalogueTest.edit(TARGET, bare));
        // the same bytes of the target: read first where a reading is derived, then where it is not
        assertTrue(target2017(AlberoJson.read(v11)).reading().isPresent());
        assertTrue(target2017(AlberoJson.read(v10)).reading().isEmpty());
        assertTrue(target2017(AlberoJson.read(v11)).reading().isPresent());
        assertTrue(target2017(AlberoJson.lenient().withoutReadingsFromTexts().read(v11)).reading().isEmpty());
    }

    @Test
    void anUnknownMemberSkippedByALenientReadIsStillRefusedByAStrictReadOfTheSameBytes() {
        byte[] json = bytes(BadInputCatalogueTest.edit("\"baseline\":{\"text\":\"2 eventi\"}",
                "\"baseline\":{\"text\":\"2 eventi\",\"colour\":\"red\"}"));
        for (int i = 0; i < 2; i++) {
            assertEquals("2 eventi", AlberoJson.lenient().read(json).indicators().get(0).indicator().baseline().orElseThrow().text().orElseThrow());
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.strict().read(json));
            assertEquals(BadInputCatalogueTest.IND + "/baseline/colour", e.pointer());
        }
    }

    @Test
    void objectsAndTextsThatDifferOnlyInTheirLastBytesAreNotMistakenForEachOther() {
        String[] units = {"n", "m", "nn"};
        for (int round = 0; round < 2; round++) {
            for (String unit : units) {
                Plan plan = AlberoJson.read(bytes(BadInputCatalogueTest.edit(TARGET, TARGET.replace("\"unit\":\"n\"", "\"unit\":\"" + unit + "\""))
                        .replace("\"Relazione 2017\"", "\"Relazione 2017" + unit + "\"")));
                assertEquals(unit, target2017(plan).reading().orElseThrow().unit().orElseThrow().symbol());
                assertEquals("Relazione 2017" + unit, plan.title().orElseThrow());
            }
        }
    }

    @Test
    void anEscapedTextReadsAsTheSameTextAsItsPlainBytesAndEqualPlansFollow() {
        byte[] plain = bytes(BadInputCatalogueTest.BASE);
        byte[] escaped = bytes(BadInputCatalogueTest.edit("\"Relazione 2017\"", "\"Relazione \\u0032017\""));
        assertEquals(AlberoJson.read(plain), AlberoJson.read(escaped));
        assertEquals(AlberoJson.strict().withoutSharing().read(plain), AlberoJson.read(escaped));
        assertEquals("Relazione \"2017\"", AlberoJson.read(bytes(BadInputCatalogueTest.edit("\"Relazione 2017\"",
                "\"Relazione \\\"2017\\\"\""))).title().orElseThrow());
    }

    @Test
    void aSurrogateEncodedInTheBytesIsRejectedEveryTimeItIsMet() {
        String base = BadInputCatalogueTest.edit("\"Relazione 2017\"", "\"Relazione X 2017\"");
        byte[] json = bytes(base);
        int at = base.indexOf('X');
        byte[] bad = new byte[json.length + 2];
        System.arraycopy(json, 0, bad, 0, at);
        // the UTF-8 form of an unpaired high surrogate (CESU-8), not valid UTF-8
        bad[at] = (byte) 0xED;
        bad[at + 1] = (byte) 0xA0;
        bad[at + 2] = (byte) 0x80;
        System.arraycopy(json, at + 1, bad, at + 3, json.length - at - 1);
        for (int i = 0; i < 2; i++) {
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(bad));
            assertEquals("/title", e.pointer());
        }
    }

    @Test
    void threadsReadingTheSameDocumentsAtOnceGetThePlansAnUnsharedReadGives() throws Exception {
        List<byte[]> docs = Generators.wildPlans().sample(7L, 40).stream().map(AlberoJson::writeBytes).toList();
        List<Plan> expected = docs.stream().map(AlberoJson.strict().withoutSharing()::read).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int shift = t * 7;
                // each thread in its own order, so that one keeps and shifts a table's slots while another looks there
                done.add(pool.submit(() -> {
                    for (int round = 0; round < 25; round++) {
                        for (int i = 0; i < docs.size(); i++) {
                            int k = (i + shift + round) % docs.size();
                            assertEquals(expected.get(k), AlberoJson.read(docs.get(k)), "document " + k);
                        }
                    }
                    return docs.size();
                }));
            }
            for (java.util.concurrent.Future<Integer> f : done) {
                assertEquals(docs.size(), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@return the plan read, or the error's pointer, line, column and problem} */
    private static Object outcome(AlberoJsonReader reader, byte[] doc) {
        try {
            return reader.read(doc);
        } catch (AlberoJsonException e) {
            // a value jumped over by its bytes leaves the parser where reading it would have
            return e.pointer() + " " + e.line() + ":" + e.column() + " " + e.problem();
        }
    }

    @Test
    void everyMutatedDocumentGivesTheSamePlanOrTheSameLocatedErrorWithAndWithoutSharingReadAfterReadInBothModes() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(20_170_630L);
        byte[][] seeds = {bytes(BadInputCatalogueTest.BASE), AlberoJson.writeBytes(SamplePlans.full()),
            AlberoJson.writePretty(SamplePlans.minimal()).getBytes(StandardCharsets.UTF_8)};
        int plans = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] doc = seeds[r.nextInt(seeds.length)];
            for (int k = r.nextInt(3); k >= 0; k--) {
                doc = FuzzTest.mutate(doc, r);
            }
            AlberoJsonReader shared = r.nextBoolean() ? AlberoJson.strict() : AlberoJson.lenient();
            Object expected = outcome(shared.withoutSharing(), doc);
            // twice: the second read meets every value of the document in the tables
            assertEquals(expected, outcome(shared, doc), "mutation " + i);
            assertEquals(expected, outcome(shared, doc), "mutation " + i + ", read again");
            plans += expected instanceof Plan ? 1 : 0;
        }
        assertTrue(plans > 30, plans + " mutated documents were valid plans");
    }
}
