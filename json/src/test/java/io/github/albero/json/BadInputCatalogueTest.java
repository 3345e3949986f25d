package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A catalogue of named bad inputs: each must fail with an {@link AlberoJsonException} carrying
 * the expected JSON pointer and a message that says what is wrong.
 */
class BadInputCatalogueTest {
    static final String BASE = "{\"formatVersion\":\"1.0\",\"kind\":\"report\",\"title\":\"Relazione 2017\","
            + "\"administration\":{\"name\":\"CCIAA Lucca\"},\"referenceYear\":2017,"
            + "\"horizon\":{\"first\":2016,\"last\":2018},\"currency\":\"EUR\",\"missions\":[{\"code\":\"011\",\"title\":\"Competitività\","
            + "\"programs\":[{\"code\":\"005\",\"title\":\"Regolazione\",\"objectives\":[{\"code\":\"011-005-001\",\"title\":\"Programmazione\","
            + "\"weight\":50,\"declaredIndicatorCount\":1,"
            + "\"resources\":{\"2017\":{\"budget\":{\"revenues\":0.00,\"costs\":5000.00,\"investments\":0.00}}},"
            + "\"indicators\":[{\"name\":\"Eventi\",\"baseline\":{\"text\":\"2 eventi\"},\"polarity\":\"higherIsBetter\","
            + "\"targets\":{\"2017\":{\"text\":\"almeno 2\",\"reading\":{\"operator\":\"atLeast\",\"value\":2,\"unit\":\"n\"}}},"
            + "\"results\":{\"2017\":{\"text\":\"100%\",\"reading\":{\"kind\":\"percentage\",\"value\":100}}}}]}]},"
            + "{\"code\":\"006\",\"title\":\"Secondo\",\"objectives\":[]}]}]}";

    static final String IND = "/missions/0/programs/0/objectives/0/indicators/0";
    static final String OBJ = "/missions/0/programs/0/objectives/0";
    static final String BUDGET = OBJ + "/resources/2017/budget";

    private static final AtomicInteger RAN = new AtomicInteger();

    /** One named bad input and what the reader must say about it. */
    record Case(String name, byte[] input, boolean lenient, String pointer, boolean pointerIsPrefix, String message) {
    }

    static final List<Case> CASES = new ArrayList<>();

    private static void bad(String name, String input, String pointer, String message) {
        CASES.add(new Case(name, input.getBytes(StandardCharsets.UTF_8), false, pointer, false, message));
    }

    private static void badBytes(String name, byte[] input, String pointer, String message) {
        CASES.add(new Case(name, input, false, pointer, false, message));
    }

    /** Replaces exactly one occurrence, so that a typo in the catalogue cannot go unnoticed. */
    static String edit(String from, String to) {
        int at = BASE.indexOf(from);
        if (at < 0 || BASE.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly one " + from);
        }
        return BASE.substring(0, at) + to + BASE.substring(at + from.length());
    }

    static {
        bad("empty document", "", "", "the document is empty");
        bad("only white space", "  \n ", "", "the document is empty");
        bad("truncated in the middle", BASE.substring(0, BASE.length() / 2), OBJ + "/resources", "the document ends too early");
        bad("truncated before the last brace", BASE.substring(0, BASE.length() - 1), "", "the document ends too early");
        bad("an array instead of an object", "[]", "", "expected a plan (an object), got an array");
        bad("null document", "null", "", "expected a plan (an object), got null");
        bad("a string document", "\"plan\"", "", "expected a plan (an object), got the string \"plan\"");
        bad("a second document after the first", BASE + " {}", "", "unexpected content after the end of the document ({)");
        bad("garbage after the document", BASE + " x", "", "malformed JSON");
        bad("missing formatVersion", edit("\"formatVersion\":\"1.0\",", ""), "",
                "missing required member \"formatVersion\" in a plan");
        bad("unknown major formatVersion", edit("\"1.0\"", "\"2.0\""), "/formatVersion",
                "unsupported format version \"2.0\": this reader supports versions 1.x (it writes 1.1)");
        bad("formatVersion without minor", edit("\"1.0\"", "\"1\""), "/formatVersion",
                "expected a version such as \"1.1\" (major.minor), got \"1\"");
        bad("formatVersion as a number", edit("\"1.0\"", "1.0"), "/formatVersion",
                "expected a version string such as \"1.1\", got the number 1.0");
        bad("kind with a capital letter", edit("\"report\"", "\"Report\""), "/kind",
                "expected one of plan, report, got \"Report\"");
        bad("referenceYear as a string", edit("\"referenceYear\":2017", "\"referenceYear\":\"2017\""), "/referenceYear",
                "expected a year (a whole number), got the string \"2017\"");
        bad("referenceYear with a fraction", edit("\"referenceYear\":2017", "\"referenceYear\":2017.0"), "/referenceYear",
                "expected a year (a whole number), got the number 2017.0");
        bad("referenceYear outside the horizon", edit("\"referenceYear\":2017", "\"referenceYear\":2020"), "/referenceYear",
                "must lie within the horizon 2016-2018, got \"2020\"");
        bad("referenceYear far too large", edit("\"referenceYear\":2017", "\"referenceYear\":99999999999999999999"),
                "/referenceYear", "expected a year (a whole number), got the number 99999999999999999999 (out of range)");
        bad("year out of bounds", edit("\"first\":2016", "\"first\":1850"), "/horizon/first",
                "must be a year between 1900 and 2999, got \"1850\"");
        bad("horizon ending before it starts", edit("\"last\":2018", "\"last\":2015"), "/horizon/last",
                "must not precede the first year 2016, got \"2015\"");
        bad("currency other than EUR", edit("\"EUR\"", "\"USD\""), "/currency", "only EUR is supported, got \"USD\"");
        bad("null where a name is required", edit("{\"name\":\"CCIAA Lucca\"}", "{\"name\":null}"), "/administration/name",
                "expected a string, got null (omit a member that has no value)");
        bad("missing administration name", edit("{\"name\":\"CCIAA Lucca\"}", "{}"), "/administration",
                "missing required member \"name\" in an administration");
        bad("blank title", edit("\"Relazione 2017\"", "\"  \""), "/title", "must not be blank, got \"  \"");
        bad("missions not an array", edit("\"missions\":[{", "\"missions\":{\"x\":[{").replace("]}]}]}", "]}]}]}}"),
                "/missions", "expected an array, got an object");
        bad("program code with two digits", edit("\"code\":\"006\"", "\"code\":\"05\""), "/missions/0/programs/1/code",
                "expected 3 digits, got \"05\"");
        bad("mission code as a number", edit("\"code\":\"011\"", "\"code\":11"), "/missions/0/code",
                "expected a string, got the number 11");
        bad("duplicate program code", edit("\"code\":\"006\"", "\"code\":\"005\""), "/missions/0/programs/1/code",
                "must be unique within mission 011, got \"005\"");
        bad("objective code of another program", edit("\"011-005-001\"", "\"011-006-001\""), OBJ + "/code",
                "must start with the program's code 005, got \"011-006-001\"");
        bad("objective code of another mission", edit("\"011-005-001\"", "\"012-005-001\""), OBJ + "/code",
                "must start with the mission's code 011, got \"012-005-001\"");
        bad("objective code with Unicode hyphens", edit("\"011-005-001\"", "\"011\u2010005\u2010001\""), OBJ + "/code",
                "expected MMM-PPP-NNN with ASCII hyphens and no spaces");
        bad("objective code malformed", edit("\"011-005-001\"", "\"11-5-1\""), OBJ + "/code",
                "expected MMM-PPP-NNN (mission-program-number), e.g. 011-005-001, got \"11-5-1\"");
        bad("duplicate mission code", edit("\"objectives\":[]}]}", "\"objectives\":[]}]},{\"code\":\"011\",\"title\":\"Again\"}"), "/missions/1/code",
                "must be unique within the plan, got \"011\"");
        bad("negative money", edit("\"costs\":5000.00", "\"costs\":-1.00"), BUDGET + "/costs",
                "must not be negative, got \"-1.00\"");
        bad("money with three decimals", edit("\"costs\":5000.00", "\"costs\":5000.001"), BUDGET + "/costs",
                "must have at most 2 decimals, got \"5000.001\"");
        bad("money as a string", edit("\"costs\":5000.00", "\"costs\":\"5000.00\""), BUDGET + "/costs",
                "expected a number, got the string \"5000.00\"");
        bad("money of a quadrillion", edit("\"costs\":5000.00", "\"costs\":1000000000000000.00"), BUDGET + "/costs",
                "magnitude must be below 10^15, got \"1000000000000000.00\"");
        bad("huge exponent", edit("\"costs\":5000.00", "\"costs\":1e999999999"), BUDGET + "/costs",
                "magnitude must be below 10^15, got \"1e999999999\"");
        bad("huge negative exponent", edit("\"costs\":5000.00", "\"costs\":1e-999999999"), BUDGET + "/costs",
                "has too many decimals, got \"1e-999999999\"");
        bad("zero with a huge exponent", edit("\"costs\":5000.00", "\"costs\":0e999999999"), BUDGET + "/costs",
                "exponent out of range, got \"0e999999999\"");
        bad("an exponent beyond any BigDecimal (found by the fuzz test)", edit("\"costs\":5000.00", "\"costs\":54e87344636439"),
                BUDGET + "/costs", "exponent out of range, got \"54e87344636439\"");
        bad("a number of 100 digits", edit("\"costs\":5000.00", "\"costs\":" + "9".repeat(100)), BUDGET + "/costs",
                "exceeds a limit of the reader: Number value length");
        bad("NaN", edit("\"costs\":5000.00", "\"costs\":NaN"), BUDGET + "/costs", "not a JSON number");
        bad("Infinity", edit("\"costs\":5000.00", "\"costs\":-Infinity"), BUDGET + "/costs", "not a JSON number");
        bad("number with leading zeros", edit("\"costs\":5000.00", "\"costs\":05000.00"), BUDGET + "/costs", "malformed JSON");
        bad("a year without resources", edit("{\"budget\":{\"revenues\":0.00,\"costs\":5000.00,\"investments\":0.00}}", "{}"),
                OBJ + "/resources/2017", "a year needs a budget, a revised budget or actual figures");
        bad("missing amount", edit("\"revenues\":0.00,", ""), BUDGET, "missing required member \"revenues\" in resource amounts");
        bad("year key not a year", edit("\"targets\":{\"2017\"", "\"targets\":{\"17\""), IND + "/targets/17",
                "expected a year such as \"2017\" as member name, got \"17\"");
        bad("duplicate keys", edit("\"kind\":\"report\",", "\"kind\":\"report\",\"kind\":\"plan\","), "/kind",
                "duplicate member: Duplicate Object property \"kind\"");
        bad("duplicate year keys", edit("\"results\":{\"2017\":{\"text\":\"100%\"",
                "\"results\":{\"2017\":{\"text\":\"x\"},\"2017\":{\"text\":\"100%\""), IND + "/results/2017",
                "duplicate member");
        bad("unknown member in strict mode", edit("\"title\":\"Competitività\"", "\"title\":\"Competitività\",\"colour\":\"red\""),
                "/missions/0/colour", "unknown member \"colour\" in a mission; known members: code, title, programs, objectives, notes");
        bad("unknown member of a newer minor version", edit("\"1.0\"", "\"1.3\"").replace("\"kind\":\"report\"", "\"draft\":true,\"kind\":\"report\""),
                "/draft", "(the document declares format 1.3, this reader knows 1.1: read it in lenient mode");
        bad("null where a polarity is required", edit("\"higherIsBetter\"", "null"), IND + "/polarity",
                "expected one of higherIsBetter, lowerIsBetter, targetRange, milestone, got null");
        bad("missing polarity", edit(",\"polarity\":\"higherIsBetter\"", ""), IND,
                "missing required member \"polarity\" in an indicator");
        bad("unknown polarity", edit("\"higherIsBetter\"", "\"HIGHER_IS_BETTER\""), IND + "/polarity",
                "expected one of higherIsBetter, lowerIsBetter, targetRange, milestone, got \"HIGHER_IS_BETTER\"");
        bad("target reading without its value", edit(",\"value\":2,\"unit\":\"n\"", ""), IND + "/targets/2017/reading",
                "value: is required for operator \"atLeast\"");
        bad("milestone with a value", edit("\"atLeast\"", "\"milestone\""), IND + "/targets/2017/reading/value",
                "a milestone has no value, got \"2\"");
        bad("between with an upper bound below the value",
                edit("\"operator\":\"atLeast\",\"value\":2", "\"operator\":\"between\",\"value\":5,\"upperBound\":3"),
                IND + "/targets/2017/reading/upperBound", "must not be below the lower bound 5, got \"3\"");
        bad("status reading without a status", edit("{\"kind\":\"percentage\",\"value\":100}", "{\"kind\":\"status\"}"),
                IND + "/results/2017/reading", "status: is required for kind \"status\"");
        bad("percentage with seven decimals", edit("\"value\":100", "\"value\":1.0000001"), IND + "/results/2017/reading/value",
                "must have at most 6 decimals, got \"1.0000001\"");
        bad("baseline unit without value", edit("{\"text\":\"2 eventi\"}", "{\"text\":\"2 eventi\",\"unit\":\"n\"}"),
                IND + "/baseline/unit", "a unit needs a value");
        bad("baseline without text or value", edit("{\"text\":\"2 eventi\"}", "{\"year\":2016}"), IND + "/baseline",
                "baseline: needs a text or a value");
        bad("negative weight", edit("\"weight\":50", "\"weight\":-5"), OBJ + "/weight", "must not be negative, got \"-5\"");
        bad("negative declared indicator count", edit("\"declaredIndicatorCount\":1", "\"declaredIndicatorCount\":-1"),
                OBJ + "/declaredIndicatorCount", "must not be negative, got \"-1\"");
        bad("unpaired surrogate", edit("\"Relazione 2017\"", "\"Relazione \\ud800 2017\""), "/title",
                "contains an unpaired surrogate \\ud800 at index 10");
        bad("single quotes", edit("\"Relazione 2017\"", "'Relazione 2017'"), "/title", "malformed JSON");
        bad("a comment", edit("\"kind\":\"report\"", "/* c */ \"kind\":\"report\""), "", "malformed JSON");
        bad("a trailing comma", edit("\"currency\":\"EUR\",", "\"currency\":\"EUR\",,"), "", "malformed JSON");
        bad("a raw control character in a string", edit("\"Relazione 2017\"", "\"Relazione\u00012017\""), "/title",
                "malformed JSON");
        bad("a bad unicode escape", edit("\"Relazione 2017\"", "\"Relazione \\u12G4\""), "/title", "malformed JSON");
        badBytes("a byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, BASE.getBytes(StandardCharsets.UTF_8)),
                "", "the document starts with a byte order mark (BOM)");
        badBytes("UTF-16 instead of UTF-8", BASE.getBytes(StandardCharsets.UTF_16LE), "", "the document is not UTF-8");
        String[] around = edit("\"Relazione 2017\"", "\"Relazione @@ 2017\"").split("@@");
        badBytes("invalid UTF-8", concat(around[0].getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28},
                around[1].getBytes(StandardCharsets.UTF_8)), "/title", "invalid UTF-8");
        badBytes("a lone UTF-8 continuation byte", concat(around[0].getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x80},
                around[1].getBytes(StandardCharsets.UTF_8)), "/title", "invalid UTF-8");
        int nesting = 10_000;
        CASES.add(new Case("10 000-deep nesting (lenient mode, skipped member)",
                ("{\"formatVersion\":\"1.0\",\"deep\":" + "[".repeat(nesting) + "]".repeat(nesting) + "}")
                        .getBytes(StandardCharsets.UTF_8), true, "/deep/0/0/0/0", true, "exceeds a limit of the reader: Document nesting depth"));
        CASES.add(new Case("10 000-deep nesting (strict mode, in a list of texts)",
                edit("\"missions\":[", "\"notes\":" + "[".repeat(nesting) + "]".repeat(nesting) + ",\"missions\":[")
                        .getBytes(StandardCharsets.UTF_8), false, "/notes/0", false, "expected a string, got an array"));
        // a string over its limit inside a document under the document's limit
        byte[] longString = new byte[2 * 1024 * 1024];
        Arrays.fill(longString, (byte) 'a');
        CASES.add(new Case("a 2 MB string (streamed)", concat("{\"formatVersion\":\"1.0\",\"title\":\"".getBytes(StandardCharsets.UTF_8),
                longString, "\"}".getBytes(StandardCharsets.UTF_8)), false, "/title", false,
                "exceeds a limit of the reader: String value length"));
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        badBytes("a 50 MB document", concat("{\"formatVersion\":\"1.0\",\"title\":\"".getBytes(StandardCharsets.UTF_8), huge,
                "\"}".getBytes(StandardCharsets.UTF_8)), "",
                "exceeds a limit of the reader: the document is 52428834 bytes, more than the maximum of 33554432 bytes");
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void theBaseDocumentIsValid() {
        Plan plan = AlberoJson.read(BASE);
        assertEquals(2017, plan.referenceYear());
        assertEquals(2, plan.missions().get(0).programs().size());
        assertEquals(plan, AlberoJson.read(AlberoJson.write(plan)));
    }

    @Test
    void theCatalogueHoldsAtLeastThirtyBadInputs() {
        assertTrue(CASES.size() >= 30, CASES.size() + " cases");
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputFailsWithItsPointerAndAClearMessage() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            AlberoJsonReader reader = c.lenient() ? AlberoJson.lenient() : AlberoJson.strict();
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> {
                if (c.name().contains("streamed")) {
                    reader.read(new java.io.ByteArrayInputStream(c.input()));
                } else {
                    reader.read(c.input());
                }
            }, c.name());
            if (c.pointerIsPrefix()) {
                assertTrue(e.pointer().startsWith(c.pointer()), c.name() + ": pointer " + e.pointer());
            } else {
                assertEquals(c.pointer(), e.pointer(), c.name() + ": " + e.getMessage());
            }
            assertTrue(e.problem().contains(c.message()), c.name() + ": " + e.getMessage());
            assertTrue(e.getMessage().startsWith(e.path() + ": " + e.problem()), e.getMessage());
            // only a document rejected as a whole before parsing (too long) has no location
            assertTrue(e.line() >= 1 && e.column() >= 1 || c.name().equals("a 50 MB document"), c.name() + ": no location in " + e.getMessage());
            RAN.incrementAndGet();
        }));
    }

    @Test
    void theIssueExampleReadsAsTheIssueShowsIt() {
        AlberoJsonException e = assertThrows(AlberoJsonException.class,
                () -> AlberoJson.read(edit("\"code\":\"006\"", "\"code\":\"05\"")));
        assertEquals("missions/0/programs/1/code: expected 3 digits, got \"05\" (line 1, column " + e.column() + ")", e.getMessage());
        assertEquals("/missions/0/programs/1/code", e.pointer());
        assertEquals("missions/0/programs/1/code", e.path());
        assertEquals(BASE.indexOf("\"006\"") + 1, e.column());
    }

    @Test
    void theLenientReaderSkipsUnknownMembersButNothingElse() {
        String json = edit("\"title\":\"Competitività\"", "\"title\":\"Competitività\",\"colour\":{\"r\":[1,2,{\"x\":null}]}");
        assertEquals(AlberoJson.read(BASE), AlberoJson.lenient().read(json));
        assertThrows(AlberoJsonException.class, () -> AlberoJson.lenient().read(edit("\"currency\":\"EUR\"", "\"currency\":\"USD\"")));
    }

    @AfterAll
    static void report() {
        System.out.println("[bad-input catalogue] " + RAN.get() + " of " + CASES.size() + " bad inputs rejected as expected");
    }
}
