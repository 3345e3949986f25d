package io.github.albero.report;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import io.github.albero.testkit.Generators;
import io.github.albero.testkit.Plans;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderers on every kind of text: the testkit's wild plans (control characters, extreme
 * numbers, emoji, line breaks), generated plans, and the real report with hostile titles (ESC,
 * BEL, NUL, U+202E, an emoji across the old 64-character cut, right-to-left text, a 5 000
 * character word).
 */
class AnyTextTest {
    private static final String LONG_WORD = "x".repeat(5000);
    // 63 characters then an emoji: the old cut at 64 characters split its surrogate pair
    private static final String EMOJI_AT_64 = "A".repeat(63) + "😀 FAVORIRE LO START UP";
    private static final String HOSTILE = "Titolo \u001B[31mrosso\u0007 nul\u0000 \u202Eodnarac\u202C fine";
    private static final String RTL = "تعزيز ريادة الأعمال والشركات الناشئة שלום";

    static Plan hostile() {
        int[] n = {0};
        Plan p = Plans.mapStrategicObjectives(Pages.realReport(), (path, o) -> {
            switch (n[0]++) {
                case 0:
                    return o.withTitle(HOSTILE);
                case 1:
                    return o.withTitle(EMOJI_AT_64);
                case 2:
                    return o.withTitle(RTL).withDescription(LONG_WORD);
                default:
                    return o;
            }
        });
        return Plans.mapIndicators(p, (path, i) -> i.withName(i.name() + " 👩‍👩‍👧 \u009B2J"));
    }

    private static void check(Plan plan, int year) throws Exception {
        Analysis a = Analysis.of(plan, year);
        for (Locale l : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
            ReportRenderer r = ReportRenderer.of(l);
            String html = r.html(a);
            Pages.parse(html);
            for (String out : List.of(html, r.markdown(a), r.text(a))) {
                assertTrue(Pages.safe(out), () -> "an unsafe character in\n" + out);
                assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(out));
            }
        }
    }

    @Test
    void wildPlansRenderAsWellFormedSafePagesInEveryFormat() throws Exception {
        for (Plan p : Generators.wildPlans().sample(20261130L, 40)) {
            check(p, p.referenceYear());
        }
    }

    @Test
    void generatedPlansRenderInEveryFormat() throws Exception {
        for (Plan p : Generators.plans().sample(42L, 25)) {
            check(p, p.referenceYear());
        }
    }

    @Test
    void hostileTitlesAreShownVisiblyAndNeverSplit() throws Exception {
        Plan plan = hostile();
        check(plan, 2017);
        Analysis a = Analysis.of(plan, 2017);
        String html = ReportRenderer.of(Locale.ITALIAN).html(a);
        assertTrue(html.contains("Titolo ␛[31mrosso␇ nul␀ ⟦U+202E⟧odnarac⟦U+202C⟧ fine"), "control pictures in the page");
        assertTrue(html.contains(EMOJI_AT_64), "the whole title, emoji included");
        assertTrue(html.contains("<bdi>" + RTL + "</bdi>"), "right-to-left text isolated");
        assertTrue(html.contains(LONG_WORD), "the long word is kept; CSS wraps it");
        assertTrue(html.contains("overflow-wrap:anywhere"));
        String text = ReportRenderer.of(Locale.ITALIAN).text(a);
        assertTrue(text.contains("Titolo ␛[31mrosso␇"), text.substring(0, 200));
        assertEquals(java.util.Optional.empty(), text.lines().filter(l -> Safe.width(l) > TextWriter.WIDTH).findFirst(), "no line wider than 120");
        String md = ReportRenderer.of(Locale.ENGLISH).markdown(a);
        assertTrue(md.contains("␛\\[31mrosso␇"), "escaped and neutralised in Markdown");
        assertTrue(a.validation().findings().stream().anyMatch(f -> f.code().code().equals("ALB-TXT-003")));
    }

    @Test
    void cuttingTextNeverSplitsAnEmoji() {
        for (int max = 2; max < 70; max++) {
            String cut = Safe.abbreviate(EMOJI_AT_64, max);
            assertTrue(Pages.safe(cut), "cut at " + max);
            assertTrue(Safe.width(cut) <= max);
        }
        for (String line : Safe.wrap("😀".repeat(50), 7)) {
            assertTrue(Pages.safe(line));
        }
    }

    @Test
    void markdownTextCannotOpenMarkup() {
        assertEquals("\\# \\*a\\* \\[l\\](u) \\<b\\> \\| \\&amp; ␛", Safe.markdown("# *a* [l](u) <b> | &amp; \u001B"));
        assertEquals("1\\. uno", Safe.markdown("1. uno"));
        assertEquals("\\- punto", Safe.markdown("- punto"));
    }

    @Test
    void writingGoesThroughATemporaryFileAndLeavesNothingBehindOnFailure(@TempDir Path dir) throws Exception {
        Analysis a = Analysis.of(hostile(), 2017);
        ReportRenderer r = ReportRenderer.of(Locale.ITALIAN);
        Path file = dir.resolve("out").resolve("relazione.html");
        assertDoesNotThrow(() -> r.write(a, ReportFormat.HTML, file));
        assertEquals(r.html(a), Files.readString(file, StandardCharsets.UTF_8));
        // a target that is a directory cannot be replaced: the old content stays, no temporary file is left
        Path blocked = dir.resolve("blocked.html");
        Files.createDirectories(blocked.resolve("inside"));
        assertThrows(UncheckedIOException.class, () -> r.write(a, ReportFormat.HTML, blocked));
        assertTrue(Files.isDirectory(blocked.resolve("inside")));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
