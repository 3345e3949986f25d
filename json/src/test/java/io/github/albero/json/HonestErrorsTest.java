package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors are classified and located honestly: I/O is not JSON, a size is a size, nothing shown as "?". */
class HonestErrorsTest {
    private static final byte[] BASE = BadInputCatalogueTest.BASE.getBytes(StandardCharsets.UTF_8);

    /** A stream that delivers part of a good document, then fails as a disk or network would. */
    private static InputStream failingAfter(int bytes) {
        return new InputStream() {
            private int pos;

            @Override
            public int read() throws IOException {
                if (pos == bytes) {
                    throw new IOException("connection reset");
                }
                return BASE[pos++] & 0xFF;
            }
        };
    }

    @Test
    void aStreamThatFailsMidDocumentIsAnIoErrorNotMalformedJson() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> AlberoJson.read(failingAfter(BASE.length / 2)));
        assertEquals("connection reset", e.getCause().getMessage());
        Reader reader = new Reader() {
            private int pos;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                if (pos > 100) {
                    throw new IOException("device not ready");
                }
                buf[off] = BadInputCatalogueTest.BASE.charAt(pos++);
                return 1;
            }

            @Override
            public void close() {
            }
        };
        assertEquals("device not ready", assertThrows(UncheckedIOException.class, () -> AlberoJson.read(reader))
                .getCause().getMessage());
    }

    @Test
    void aMissingFileIsAnIoError(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> AlberoJson.read(dir.resolve("missing.json")));
    }

    @Test
    void everyReadOverloadAppliesTheSameSizeLimitAndSaysTheRealSize(@TempDir Path dir) throws IOException {
        // a valid start, then one long string: 40 000 000 bytes in all, of which 4 000 000 are two-byte characters
        String text = "à".repeat(2_000_000) + "a".repeat(36_000_000 - 30);
        String json = "{\"formatVersion\":\"1.0\",\"title\":\"" + text + "\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        long size = bytes.length;
        Path file = dir.resolve("big.json");
        Files.write(file, bytes);
        List<Function<AlberoJsonReader, Plan>> overloads = List.of(r -> r.read(bytes), r -> r.read(json),
                r -> r.read(file), r -> r.read(new ByteArrayInputStream(bytes)), r -> r.read(new StringReader(json)));
        for (Function<AlberoJsonReader, Plan> read : overloads) {
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> read.apply(AlberoJson.strict()));
            assertEquals("exceeds a limit of the reader: the document is " + size + " bytes, more than the maximum of "
                    + AlberoJson.MAX_DOCUMENT_LENGTH + " bytes", e.problem());
            assertEquals("", e.pointer());
            assertEquals(-1, e.line());
            assertEquals(-1, e.column());
            assertEquals("document: " + e.problem(), e.getMessage());
        }
        // the mapper streams: it says the limit is passed, with no member or place in the document to blame
        String notes = "{\"formatVersion\":\"1.0\",\"notes\":[" + ("\"" + "y".repeat(999_000) + "\",").repeat(34) + "\"z\"]}";
        for (Function<String, Object> mapped : List.<Function<String, Object>>of(j -> AlberoJson.mapper().readValue(j, Plan.class),
                j -> AlberoJson.mapper().readValue(new StringReader(j), Plan.class))) {
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> mapped.apply(notes));
            assertTrue(e.problem().startsWith("exceeds a limit of the reader: Document length ("), e.problem());
            assertTrue(e.problem().endsWith("exceeds the maximum allowed (" + AlberoJson.MAX_DOCUMENT_LENGTH + ")"), e.problem());
            assertEquals("", e.pointer());
            assertEquals(-1, e.line());
            assertEquals(-1, e.column());
        }
        // just under the limit every overload reads as far as the document's own problems
        String under = "{\"formatVersion\":\"1.0\",\"title\":\"" + "a".repeat(100) + "\"}";
        for (Function<AlberoJsonReader, Plan> read : List.<Function<AlberoJsonReader, Plan>>of(r -> r.read(under),
                r -> r.read(new StringReader(under)), r -> r.read(new ByteArrayInputStream(under.getBytes(StandardCharsets.UTF_8))))) {
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> read.apply(AlberoJson.strict()));
            assertEquals("missing required member \"kind\" in a plan", e.problem());
        }
    }

    @Test
    void unpairedSurrogatesAndControlCharactersInEnumsAndVersionsAreShownEscaped() {
        AlberoJsonException kind = assertThrows(AlberoJsonException.class,
                () -> AlberoJson.read(BadInputCatalogueTest.edit("\"report\"", "\"rep\\ud800ort\\u0007\"")));
        assertEquals("expected one of plan, report, got \"rep\\ud800ort\\u0007\"", kind.problem());
        assertFalse(kind.getMessage().contains("?"), kind.getMessage());
        AlberoJsonException version = assertThrows(AlberoJsonException.class,
                () -> AlberoJson.read(BadInputCatalogueTest.edit("\"1.0\"", "\"1.\\udc00\"")));
        assertEquals("expected a version such as \"1.1\" (major.minor), got \"1.\\udc00\"", version.problem());
    }

    @Test
    void bytesThatEncodeNoCharacterAreRefusedWhereTheyLieNotReadAsAnotherCharacter() {
        // C0 AF is an overlong "/" (Jackson would decode it; python's json refuses it), ED A0 80 a surrogate, F4 90 80 80 past U+10FFFF
        String[] around = BadInputCatalogueTest.BASE.split("Relazione", 2);
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
            byte[] head = (around[0] + "Rel").getBytes(StandardCharsets.UTF_8);
            java.io.ByteArrayOutputStream doc = new java.io.ByteArrayOutputStream();
            doc.writeBytes(head);
            doc.writeBytes(bad);
            doc.writeBytes(("azione" + around[1]).getBytes(StandardCharsets.UTF_8));
            byte[] given = doc.toByteArray();
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(given));
            assertEquals("/title", e.pointer(), e.getMessage());
            assertEquals(1, e.line());
            assertEquals(head.length + 1, e.column());
            assertTrue(e.problem().startsWith("invalid UTF-8: the bytes " + String.format("%02X", bad[0] & 0xFF)), e.problem());
            assertTrue(e.render(java.util.Locale.ITALIAN).contains("UTF-8 non valido"), e.render(java.util.Locale.ITALIAN));
            assertThrows(AlberoJsonException.class, () -> AlberoJson.read(new ByteArrayInputStream(given)));
        }
        // the shortest forms of the same characters still read
        assertEquals(AlberoJson.read(BadInputCatalogueTest.edit("\"Relazione 2017\"", "\"Rel/\u00e9\ud83d\ude00azione 2017\"")).title(),
                AlberoJson.read(BadInputCatalogueTest.edit("\"Relazione 2017\"", "\"Rel/é😀azione 2017\"").getBytes(StandardCharsets.UTF_8)).title());
    }

    @Test
    void jsonLinesCarryOnPastABadLineAndSayWhichLineItWas() {
        String good = BadInputCatalogueTest.BASE;
        String bad = BadInputCatalogueTest.edit("\"report\"", "\"nope\"");
        String tooLong = "x".repeat((int) AlberoJson.MAX_DOCUMENT_LENGTH + 10);
        String file = String.join("\n", good, bad, "", good, tooLong, "{\"truncated\":", good) + "\n";
        List<PlanLine> lines;
        try (Stream<PlanLine> s = AlberoJson.readEachLine(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))) {
            lines = s.collect(Collectors.toList());
        }
        assertEquals(List.of(1L, 2L, 4L, 5L, 6L, 7L), lines.stream().map(PlanLine::line).collect(Collectors.toList()));
        assertEquals(List.of(true, false, true, false, false, true),
                lines.stream().map(PlanLine::isPlan).collect(Collectors.toList()));
        AlberoJsonException second = lines.get(1).error().get();
        assertEquals("/kind", second.pointer());
        assertEquals(2, second.line());
        assertEquals("kind: expected one of plan, report, got \"nope\" (line 2, column 31)", second.getMessage());
        AlberoJsonException fifth = lines.get(3).error().get();
        assertEquals(5, fifth.line());
        assertEquals(AlberoJson.MAX_DOCUMENT_LENGTH + 10, lines.get(3).bytes());
        assertTrue(fifth.problem().contains("the line is " + (AlberoJson.MAX_DOCUMENT_LENGTH + 10) + " bytes"), fifth.problem());
        assertEquals(6, lines.get(4).error().get().line());
        assertEquals(AlberoJson.read(good), lines.get(5).plan().get());
        assertTrue(Arrays.asList(lines.get(0).toString(), lines.get(1).toString()).get(1).startsWith("line 2: kind:"));
    }

    @Test
    void invisibleCharactersInAValueAreShownByTheirCodeInTheMessage() {
        // a title of one no-break space, a next-line control, a byte order mark: "got" shows what is there
        for (String title : List.of("\\u00a0", "\\u0085", "\\ufeff", "\\u2028")) {
            AlberoJsonException e = assertThrows(AlberoJsonException.class,
                    () -> AlberoJson.read(BadInputCatalogueTest.edit("\"Relazione 2017\"", "\"" + title + "\"")));
            assertEquals("title: must not be blank, got \"" + title + "\" (line 1, column 48)", e.getMessage());
        }
        // a right-to-left override would turn the rest of the message around in a terminal
        AlberoJsonException rlo = assertThrows(AlberoJsonException.class,
                () -> AlberoJson.read(BadInputCatalogueTest.edit("\"higherIsBetter\"", "\"higher\\u202eIsBetter\"")));
        assertTrue(rlo.getMessage().contains("got \"higher\\u202eIsBetter\""), rlo.getMessage());
    }

    @Test
    void zeroBytesAreMalformedJsonNotAnotherEncoding() {
        // a file of zeros is what a writer that crashed after allocating it leaves: it is not UTF-16
        for (byte[] zeros : List.of(new byte[4096], new byte[1])) {
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(zeros));
            assertTrue(e.getMessage().startsWith("document: malformed JSON: Illegal character ((CTRL-CHAR, code 0))"), e.getMessage());
        }
        PlanLine nul = AlberoJson.readEachLine(new ByteArrayInputStream(new byte[] {0, '\n'})).findFirst().orElseThrow();
        assertTrue(nul.error().orElseThrow().getMessage().contains("malformed JSON"), nul.toString());
        // UTF-16 and UTF-32, either byte order, are still called so
        String doc = BadInputCatalogueTest.BASE;
        for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
                java.nio.charset.Charset.forName("UTF-32BE"), java.nio.charset.Charset.forName("UTF-32LE"))) {
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(doc.getBytes(cs)));
            assertEquals("document: the document is not UTF-8 (it looks like UTF-16 or UTF-32) (line 1, column 1)", e.getMessage(), cs.name());
        }
    }

    @Test
    void aFailingStreamFileOrFolderIsSaidWithItsReasonAndNoExceptionClassName(@TempDir Path dir) throws IOException {
        UncheckedIOException read = assertThrows(UncheckedIOException.class, () -> AlberoJson.read(failingAfter(BASE.length / 2)));
        assertEquals("cannot read the stream: connection reset", read.getMessage());
        UncheckedIOException lines = assertThrows(UncheckedIOException.class,
                () -> AlberoJson.readEachLine(failingAfter(BASE.length / 2)).toList());
        assertEquals("cannot read the stream: connection reset", lines.getMessage());
        Plan plan = AlberoJson.read(BASE);
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("no space left on device");
            }
        };
        assertEquals("cannot write the stream: no space left on device",
                assertThrows(UncheckedIOException.class, () -> AlberoJson.write(plan, full)).getMessage());
        assertEquals("cannot write the stream: no space left on device",
                assertThrows(UncheckedIOException.class, () -> AlberoJson.writeLines(Stream.of(plan), full)).getMessage());
        // a folder where a file is meant: its path once, and the reason
        Path folder = Files.createDirectories(dir.resolve("relazione.json"));
        assertEquals("cannot write " + folder.toAbsolutePath() + ": Is a directory",
                assertThrows(UncheckedIOException.class, () -> AlberoJson.write(plan, folder)).getMessage());
        assertEquals("cannot read " + folder.toAbsolutePath() + ": Is a directory",
                assertThrows(UncheckedIOException.class, () -> AlberoJson.read(folder)).getMessage());
        assertEquals("file", assertThrows(NullPointerException.class, () -> AlberoJson.read((Path) null)).getMessage());
    }
}
