package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The transcription of the real 2017 report, kept in the examples module, round-trips without loss. */
class RealReportTest {
    // read from the sibling module's sources, so that json does not depend on examples
    static final Path REPORT = Path.of("../fixtures/src/main/resources/io/github/albero/fixtures/report-2017.json");

    @Test
    void theReal2017ReportRoundTripsExactly() throws Exception {
        assertTrue(Files.exists(REPORT), REPORT.toAbsolutePath().toString());
        Plan plan = AlberoJson.read(REPORT);
        assertEquals(plan, AlberoJson.read(AlberoJson.write(plan)));
        // the transcription puts some members in another order than the writer; its canonical form is stable
        String canonical = AlberoJson.writePretty(plan);
        assertEquals(canonical, AlberoJson.writePretty(AlberoJson.read(canonical)));
        assertEquals(java.util.List.of(), SchemaTest.validate(Files.readString(REPORT, StandardCharsets.UTF_8)));
        assertEquals(java.util.List.of(), SchemaTest.validate(canonical));
    }

    @Test
    void theCanonicalFormOfTheRealReportIsByteForByteWhatTheHandWrittenWriterWrote() throws Exception {
        // written by the reader/writer pair this declaration replaced (main at cd5f8c7)
        Plan plan = AlberoJson.read(REPORT);
        assertEquals(resource("report-2017.canonical.json"), AlberoJson.writePretty(plan));
        assertEquals(resource("report-2017.compact.json"), AlberoJson.write(plan));
    }

    private static String resource(String name) throws Exception {
        try (java.io.InputStream in = RealReportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
