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
    private static final Path REPORT = Path.of("../fixtures/src/main/resources/io/github/albero/fixtures/report-2017.json");

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
}
