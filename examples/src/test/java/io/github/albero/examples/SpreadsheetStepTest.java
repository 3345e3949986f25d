package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.sheets.AlberoSheets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetStepTest {
    @TempDir
    Path dir;

    @Test
    void theExampleWritesTheReportAsAWorkbookThatReadsBackToTheSamePlan() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReportExample.run(new String[] {"--html", dir.resolve("report.html").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        Path xlsx = dir.resolve("relazione-2017.xlsx");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(ReportExample.shown(xlsx)), out.toString(StandardCharsets.UTF_8));
        assertEquals(BundledReport.load(), AlberoSheets.read(xlsx));
    }
}
