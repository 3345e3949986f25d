package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.fixtures.PiaoExample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example program analyses the bundled PIAO-shaped plan as it does the 2017 report ({@code --piao}). */
class PiaoExampleRunTest {
    @TempDir
    Path dir;

    @Test
    void thePiaoExampleIsAnalysedWithItsPublicValueRatiosAndRevisedTarget() throws Exception {
        Path html = dir.resolve("piao.html");
        Path md = dir.resolve("piao.md");
        ReportExampleTest.Run r = ReportExampleTest.run("--piao", "--html", html.toString(), "--markdown", md.toString());
        assertEquals(0, r.status, r.err);
        assertTrue(r.err.contains(PiaoExample.RESOURCE), r.err);
        // public value rolls up through the weighted links: (100% × 20 + 100% × 70 + 85,42% × 30) / 120
        assertTrue(r.out.contains("Obiettivo di valore pubblico VP1"), r.out);
        assertTrue(r.out.contains("96,36%"), r.out);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("89,39759 % (11130/12450)"), "the ratio with its parts");
        assertTrue(page.contains("rimodulato il 20/07/2023"), "the revision");
        assertTrue(Files.readString(md, StandardCharsets.UTF_8).contains("Monitoraggio 2023 per periodo"));
    }

    @Test
    void thePiaoOptionTakesNoDocumentBesideIt() {
        assertEquals(ReportExample.BAD_ARGUMENTS, ReportExampleTest.run("--piao", "report.json").status);
    }
}
