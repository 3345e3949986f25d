package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program's text output, in both languages, and its handling of bad arguments and input. */
class ReportExampleTest {
    @TempDir
    static Path dir;

    private static Run italian;
    private static Run english;

    @BeforeAll
    static void runBothLanguages() {
        italian = run("--html", dir.resolve("it.html").toString());
        english = run("--locale", "en", "--html", dir.resolve("en.html").toString());
    }

    /** What one run printed. */
    static final class Run {
        final int status;
        final String out;
        final String err;

        Run(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReportExample.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run runItalian() {
        return italian;
    }

    private static Run runEnglish() {
        return english;
    }

    private static List<String> linesWith(String text, String fragment) {
        return text.lines().filter(l -> l.contains(fragment)).collect(Collectors.toList());
    }

    @Test
    void theItalianOutputOpensWithTheSummaryAndEndsWithTheFindings() {
        Run r = runItalian();
        assertEquals(0, r.status, r.err);
        int summary = r.out.indexOf("1. Sintesi");
        int achievement = r.out.indexOf("2. Grado di raggiungimento 2017");
        int resources = r.out.indexOf("3. Risorse 2017");
        int findings = r.out.indexOf("4. Rilievi della validazione");
        assertTrue(summary >= 0 && summary < achievement && achievement < resources && resources < findings, r.out);
        assertTrue(r.out.contains("Grado di raggiungimento complessivo 2017: 98,75% ✓ raggiunto"), r.out);
        assertTrue(r.out.contains("1 errore, 22 avvisi, 16 note"));
    }

    @Test
    void theItalianOutputUsesItalianNumbersAndLabels() {
        String out = runItalian().out;
        assertTrue(out.contains("257.143,00"), out);
        assertTrue(out.contains("229.720,66"), out);
        assertTrue(out.contains("-10,66%"), out);
        assertTrue(out.contains("98,75%"), out);
        assertTrue(out.contains("parzialmente raggiunto"), out);
        assertTrue(out.contains("✓ favorevole") && out.contains("✗ sfavorevole"), out);
        assertFalse(out.contains("257,143.00"), out);
    }

    @Test
    void theItalianTotalsLineShowsTheGrandTotalsOfTheSeed() {
        List<String> total = linesWith(runItalian().out, "518.660,00");
        assertEquals(2, total.size(), total.toString());
        assertTrue(total.get(0).matches(" +proventi +518\\.660,00 +444\\.466,94 +-74\\.193,06 +-14,3% +✗ sfavorevole"), total.get(0));
        assertTrue(total.get(1).matches("TOTALE +.*proventi +518\\.660,00 +444\\.466,94 +-74\\.193,06 +-14,3% +✗ sfavorevole"), total.get(0));
        List<String> costs = linesWith(runItalian().out, "933.226,81");
        assertEquals(2, costs.size(), costs.toString());
        assertTrue(costs.get(1).matches(" +.*oneri +933\\.226,81 +848\\.090,85 +-85\\.135,96 +-9,12% +✓ favorevole"), costs.get(0));
    }

    @Test
    void theEnglishOutputUsesEnglishNumbersAndLabels() {
        Run r = runEnglish();
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("1. Summary") && r.out.contains("2. Achievement 2017") && r.out.contains("3. Resources 2017")
                && r.out.contains("4. Validation findings"), r.out);
        assertTrue(r.out.contains("257,143.00"), r.out);
        assertTrue(r.out.contains("98.75%"), r.out);
        assertTrue(r.out.contains("partially achieved"), r.out);
        assertTrue(r.out.contains("1 error, 22 warnings, 16 notes"), r.out);
        // numbers inside the core's explanations and the validator's messages follow the locale too
        assertTrue(r.out.contains("a/t = 4.7/3 = 156.67%, capped at 100%"), r.out);
        assertTrue(r.out.contains("Budgeted costs of € 5,000.00"), r.out);
        assertFalse(r.out.contains("257.143,00"), r.out);
    }

    @Test
    void theEnglishTotalsLineShowsTheGrandTotalsOfTheSeed() {
        List<String> total = linesWith(runEnglish().out, "518,660.00");
        assertEquals(2, total.size(), total.toString());
        assertTrue(total.get(1).matches("TOTAL +.*revenues +518,660\\.00 +444,466\\.94 +-74,193\\.06 +-14\\.3% +✗ unfavourable"), total.get(0));
    }

    @Test
    void theOutputNamesEveryObjectiveInBothTheTreeAndTheTable() {
        String out = runItalian().out;
        String tree = out.substring(out.indexOf("2. Grado di raggiungimento"), out.indexOf("4. Rilievi"));
        for (String code : new String[] {"011-005-001", "011-005-004", "012-004-006", "016-005-001", "032-003-003"}) {
            assertEquals(2, linesWith(tree, code + " ").size(), code);
        }
    }

    @Test
    void theAchievementTreeShowsScoreStatusAndExplanation() {
        String out = runItalian().out;
        List<String> line = linesWith(out, "      011-005-004 FAVORIRE");
        assertEquals(1, line.size(), line.toString());
        assertTrue(line.get(0).matches(" {6}011-005-004 FAVORIRE.* 75% {2}◐ parzialmente raggiunto"), line.get(0));
        assertTrue(out.contains("(0% + 100% + 100% + 100%) / 4 = 75%"), out);
        assertTrue(out.contains("· Polo Tecnologico Lucchese"), out);
        assertTrue(out.contains("stato rinviato → 0% (criterio per i traguardi rinviati)"), out);
        assertTrue(out.contains("a/t = 4,7/3 = 156,67%, limitato al 100% (tetto)"), out);
        assertTrue(out.contains("non valutabile: non applicabile, il risultato atteso del 2017 è \"___\""), out);
    }

    @Test
    void theItalianAchievementSectionHasNoEnglishExplanationLeft() {
        String out = runItalian().out;
        String section = out.substring(out.indexOf("2. Grado di raggiungimento"), out.indexOf("3. Risorse"));
        assertFalse(section.contains("in inglese"), "no note that the explanations are in English");
        for (String english : List.of("mean of", "equal weights", "none given", "left out", "share completed", "milestone", "status ",
                "capped at", "policy", "not measurable", "not applicable", "could not be read", "units differ", "nothing")) {
            assertFalse(section.contains(english), () -> "\"" + english + "\" in\n" + section);
        }
        assertTrue(section.contains("media di 4 missioni (1 non valutabile), pesi uguali (non indicati): (95% + 100% + 100% + 100%) / 4 "
                + "= 98,75%"), section);
        assertTrue(section.contains("un numero (255.000 EUR) non è confrontabile con un traguardo"), section);
    }

    @Test
    void everyLineFitsA120ColumnTerminal() {
        for (Run r : List.of(runItalian(), runEnglish())) {
            for (String line : r.out.split("\n")) {
                assertTrue(line.codePointCount(0, line.length()) <= 120, line.length() + ": " + line);
            }
        }
    }

    @Test
    void progressGoesToStandardErrorAndTheHtmlPathToStandardOutput() {
        Run r = runItalian();
        assertTrue(r.err.contains("lettura di report-2017.json"), r.err);
        assertTrue(r.err.contains("validazione"), r.err);
        assertFalse(r.out.contains("validazione …"), r.out);
        assertTrue(r.out.contains("Report HTML: " + ReportExample.shown(dir.resolve("it.html"))), r.out);
        assertTrue(Files.exists(dir.resolve("it.html")));
    }

    @Test
    void outputPathsArePrintedRelativeToTheWorkingDirectory() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals("target" + java.io.File.separator + "x.html", ReportExample.shown(cwd.resolve("target").resolve("x.html")));
        assertEquals("x.html", ReportExample.shown(Path.of("x.html")));
    }

    @Test
    void aReportFileGivenAsArgumentIsReadInsteadOfTheBundledOne() throws Exception {
        Path json = dir.resolve("copy.json");
        try (var in = io.github.albero.fixtures.RealReports.lucca2017Json()) {
            Files.copy(in, json);
        }
        Run r = run("--year", "2016", "--html", dir.resolve("2016.html").toString(), json.toString());
        assertEquals(0, r.status, r.err);
        assertTrue(r.err.contains("lettura di " + ReportExample.shown(json)), r.err);
        assertTrue(r.out.contains("2. Grado di raggiungimento 2016"), r.out);
    }

    @Test
    void aBrokenReportFileIsRejectedWithItsPlace() throws Exception {
        Path json = dir.resolve("broken.json");
        Files.writeString(json, "{\"formatVersion\": \"1.0\", \"kind\": \"report\",");
        Run r = run("--html", dir.resolve("x.html").toString(), json.toString());
        assertEquals(1, r.status);
        assertEquals("", r.out);
        assertFalse(r.err.isBlank());
        assertFalse(Files.exists(dir.resolve("x.html")));
    }

    @Test
    void aMissingReportFileIsReportedWithoutAStackTrace() {
        Run r = run("--html", dir.resolve("x.html").toString(), dir.resolve("nowhere.json").toString());
        assertEquals(1, r.status);
        assertTrue(r.err.contains("nowhere.json"), r.err);
        assertFalse(r.err.contains("\tat "), r.err);
    }

    @Test
    void unknownOptionsAndLocalesAreRejectedWithTheUsage() {
        Run locale = run("--locale", "fr");
        assertEquals(2, locale.status);
        assertTrue(locale.err.contains("--locale: \"fr\" non è supportata; usare it o en"), locale.err);
        assertTrue(locale.err.contains("uso: ReportExample"), locale.err);
        Run english = run("--locale", "en", "--colour");
        assertEquals(2, english.status);
        assertTrue(english.err.contains("unknown option --colour") && english.err.contains("usage: ReportExample"), english.err);
        assertEquals("", english.out);
        assertEquals(2, run("--year").status);
        assertEquals(2, run("--year", "duemila").status);
        assertEquals(2, run("a.json", "b.json").status);
    }

    @Test
    void helpPrintsTheOptionsAndTheExitCodesInTheChosenLanguage() {
        Run it = run("--help");
        assertEquals(0, it.status);
        assertTrue(it.out.contains("Codici di uscita") && it.out.contains("--year ANNO") && it.out.contains("2  argomenti errati"), it.out);
        Run en = run("--locale", "en", "-h");
        assertEquals(0, en.status);
        assertTrue(en.out.contains("Exit codes") && en.out.contains("1  bad input data"), en.out);
        assertEquals("", en.err);
    }

    @Test
    void aYearOutsideTheHorizonIsABadArgumentRejectedBeforeAnyOutput() {
        Run r = run("--locale", "en", "--year", "2020", "--html", dir.resolve("y.html").toString());
        assertEquals(2, r.status);
        assertTrue(r.err.contains("--year 2020 lies outside the horizon of report-2017.json (2016–2018)")
                || r.err.contains("--year 2020 lies outside the horizon of report-2017.json"), r.err);
        assertEquals("", r.out);
        assertFalse(Files.exists(dir.resolve("y.html")));
    }

    @Test
    void theYearAppliesToEverySection() {
        Run r = run("--locale", "en", "--year", "2016", "--html", dir.resolve("2016-en.html").toString());
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("Performance report · year 2016"), r.out);
        assertTrue(r.out.contains("Overall achievement 2016"), r.out);
        assertTrue(r.out.contains("3. Resources 2016"), r.out);
        assertFalse(r.out.contains("Overall achievement 2017"), r.out);
    }

    @Test
    void errorsNameTheFileAndTheProblemInTheChosenLanguageWithoutExceptionNames() throws Exception {
        Path missing = dir.resolve("nowhere.json");
        Run it = run("--html", dir.resolve("m.html").toString(), missing.toString());
        assertEquals(1, it.status);
        assertTrue(it.err.contains(ReportExample.shown(missing) + ": il file non esiste"), it.err);
        Run en = run("--locale", "en", "--html", dir.resolve("m.html").toString(), dir.toString());
        assertEquals(1, en.status);
        assertTrue(en.err.contains(": this is a directory, not a file"), en.err);
        Path broken = dir.resolve("broken2.json");
        Files.writeString(broken, "{\"formatVersion\": \"1.0\", \"kind\": \"report\",");
        Run json = run("--html", dir.resolve("m.html").toString(), broken.toString());
        assertEquals(1, json.status);
        assertTrue(json.err.contains(ReportExample.shown(broken) + ", riga 1"), json.err);
        for (Run r : List.of(it, en, json)) {
            assertFalse(r.err.matches("(?s).*\\b(java|javax|tools\\.jackson|io\\.github)\\.[a-z.]+\\.[A-Z]\\w*(Exception|Error).*"), r.err);
            assertFalse(r.err.contains("Exception"), r.err);
            assertFalse(r.err.contains("\tat "), r.err);
        }
        assertFalse(Files.exists(dir.resolve("m.html")));
    }

    @Test
    void anUnwritableHtmlPathIsABadArgumentAndNothingIsPrinted() throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file, not a directory");
        Run r = run("--locale", "en", "--html", blocker.resolve("x.html").toString());
        assertEquals(2, r.status);
        assertTrue(r.err.contains(": the file cannot be written"), r.err);
        assertEquals("", r.out);
    }

    @Test
    void controlCharactersInTheReportNeverReachTheTerminal() throws Exception {
        String json = new String(io.github.albero.fixtures.RealReports.lucca2017Json().readAllBytes(), StandardCharsets.UTF_8)
                .replace("FAVORIRE LO START UP", "FAVORIRE \\u001b[31mLO START\\u0007 UP \\u202e😀");
        Path file = dir.resolve("hostile.json");
        Files.writeString(file, json);
        Run r = run("--html", dir.resolve("hostile.html").toString(), "--markdown", dir.resolve("hostile.md").toString(), file.toString());
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("FAVORIRE ␛[31mLO START␇ UP ⟦U+202E⟧😀"), r.out);
        assertFalse(r.out.contains("\u001b") || r.out.contains("\u0007") || r.out.contains("\u202e"));
        assertTrue(r.out.contains("ALB-TXT-003"), r.out);
        assertTrue(Files.readString(dir.resolve("hostile.md")).contains("␛\\[31mLO START␇"));
    }
}
