package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path of {@link TextReader} ({@link CommonForms}) gives exactly what the general grammar
 * gives, wherever it answers: on texts generated from the common forms and their near misses, on
 * every line of the real 2017 report ({@code report-2017-seed.txt}, the report the project started
 * from, as extracted from its PDF) and on the corpus of real texts of other administrations.
 */
class CommonFormsTest {
    // the pieces of the common forms, and of texts that look like them but are not (capitals, signs,
    // thousands, dates, words, other spaces, trailing marks, reversed scales, a second figure)
    private static final String[] LEADS = {"", "", " ", "  ", "\t", "\u00A0", "\n ", "\u2028", "x"};
    private static final String[] OPERATORS = {"", "", "", "≥", "≥ ", "≥\t", ">=", ">= ", "> =", "=>", ">", "≤ ", "<=", "<", "almeno ",
        "Almeno ", "almeno", "almeno\u00A0", "almeno  ", "non inferiore a ", "non inferiore al ", "non inferiore alla ", "non inferiore all’",
        "non superiore a ", "non superiore al ", "non  inferiore a ", "al massimo ", "pari a ", "superiore a ", "non più di ", "= "};
    private static final String[] NUMBERS = {"0", "3", "4,5", "100", "2.9", "4.59", "1.500", "1.500.000", "12,3456", "12,34567", "1,2345",
        "1234567890123", "123456789012", "999999999999,9999", "-5", "+5", "‐4,1", "07", "3.", "3,", ",5", "1.2.3", "1,5,3", "30/06/2017",
        "31.12.17", "2017", "due", ""};
    private static final String[] UNITS = {"", "", "", "%", " %", "  %", "‰", " ‰", " gg", " eventi", "€", " euro", "%.", "% ", "%\t", "%\n",
        " punti percentuali", "M€"};
    private static final String[] TAILS = {"", "", "", " (scala da 1 a 5)", "(scala da 1 a 5)", " (scala da 5 a 1)", " (scala da 1 a 10)",
        " (scala da 3 a 3)", " (Scala da 1 a 5)", " (scala 1-5)", " (scala da 1 a 5).", " (scala da 1,5 a 5)", "  (scala  da 1 a 5)", ".",
        " ", ";", ":", " e almeno 5", " entro il 2018", " rispetto al 2016", " (media)", "\u2028"};

    @Test
    void theFastPathReadsEveryGeneratedTextAsTheGrammarDoesAndAnswersForTheCommonForms() {
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        qt().withExamples(20_000).forAll(lists().of(integers().between(0, 1_000_000)).ofSize(5)).checkAssert(picks -> {
            String text = LEADS[picks.get(0) % LEADS.length] + OPERATORS[picks.get(1) % OPERATORS.length]
                    + NUMBERS[picks.get(2) % NUMBERS.length] + UNITS[picks.get(3) % UNITS.length] + TAILS[picks.get(4) % TAILS.length];
            boolean fast = sameAsTheGrammar(text);
            (fast ? answered : refused).incrementAndGet();
        });
        // the generator reaches both sides: many texts in a common form, many that only look like one
        assertTrue(answered.get() > 300, "texts the fast path answered: " + answered);
        assertTrue(refused.get() > 1_000, "texts the fast path left to the grammar: " + refused);
    }

    @Test
    void theFastPathReadsEveryLineOfTheReal2017ReportAsTheGrammarDoes() throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CommonFormsTest.class.getResourceAsStream("report-2017-seed.txt"), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                lines.add(l);
            }
        }
        int answered = 0;
        for (int i = 0; i < lines.size(); i++) {
            // a cell of the report's tables is often split over lines: the lines alone, and joined to the next
            answered += sameAsTheGrammar(lines.get(i)) ? 1 : 0;
            if (i + 1 < lines.size()) {
                answered += sameAsTheGrammar(lines.get(i) + " " + lines.get(i + 1)) ? 1 : 0;
                answered += sameAsTheGrammar(lines.get(i) + "\n" + lines.get(i + 1)) ? 1 : 0;
            }
        }
        assertTrue(lines.size() > 4_000, "lines: " + lines.size());
        // the report's own targets and results: "100%", "≥ 94%", "3", "non inferiore al 100%"...
        assertTrue(answered > 30, "lines in a common form: " + answered);
    }

    @Test
    void theFastPathReadsEveryTextOfTheRealTextsCorpusAsTheGrammarDoes() throws Exception {
        for (RealTextsCorpusTest.Line l : RealTextsCorpusTest.corpus()) {
            sameAsTheGrammar(l.text());
        }
    }

    @ParameterizedTest(name = "\"{0}\" is a common form of target, read as {1}")
    @CsvSource(delimiter = '|', value = {"100%|100 %", "3|3", " 4,5 |4.5", "≥ 94%|atLeast 94 %", ">=80 %|atLeast 80 %",
        "almeno 100%|atLeast 100 %", "non inferiore al 100%|atLeast 100 %", "non inferiore a 3,5 (scala da 1 a 5)|atLeast 3.5 score",
        "≤ 5|atMost 5", "non superiore a 30‰|atMost 30 ‰", "4 (scala da 1 a 5)|4 score", "2.9|2.9", "1.500|1500"})
    void commonTargetsAreReadWithoutTheGrammar(String text, String reading) {
        Optional<TargetReading> fast = CommonForms.target(text);
        assertNotNull(fast, text);
        assertEquals(TextReader.readTargetByGrammar(text), fast);
        assertEquals(reading, fast.get().toString().replace("exactly ", "").replace(" (inferred)", ""));
    }

    @ParameterizedTest(name = "\"{0}\" is left to the grammar")
    @ValueSource(strings = {"Almeno 100%", "almeno il 100%", "≥ 100%.", "+5%", "1.500.000", "30/06/2017", "2 eventi", "100% dei comuni",
        "almeno 4 (scala da 5 a 1)", "100%\u2028", "", "   ", "___", "> 80%"})
    void otherTargetsAreLeftToTheGrammar(String text) {
        assertNull(CommonForms.target(text), text);
    }

    @ParameterizedTest(name = "\"{0}\" is a common form of result")
    @ValueSource(strings = {"100%", "50 %", "4,7", "2.9", "54,24 ‰", "0", " 80%\n"})
    void commonResultsAreReadWithoutTheGrammar(String text) {
        Optional<ResultReading> fast = CommonForms.result(text);
        assertNotNull(fast, text);
        assertEquals(TextReader.readResultByGrammar(text), fast);
    }

    @ParameterizedTest(name = "\"{0}\" is a result left to the grammar")
    @ValueSource(strings = {"‐4,1%", "n. 2", "2.9 gg", "SI", "15/06/2017", "100% (vedi relazione)", "‐"})
    void otherResultsAreLeftToTheGrammar(String text) {
        assertNull(CommonForms.result(text), text);
    }

    /** Checks a text both as a target and as a result; true when the fast path answered either. */
    private static boolean sameAsTheGrammar(String text) {
        Optional<TargetReading> target = CommonForms.target(text);
        if (target != null) {
            assertEquals(TextReader.readTargetByGrammar(text), target, "target \"" + text + "\"");
        }
        Optional<ResultReading> result = CommonForms.result(text);
        if (result != null) {
            assertEquals(TextReader.readResultByGrammar(text), result, "result \"" + text + "\"");
        }
        // the entry points give the grammar's reading whichever way they go
        assertEquals(TextReader.readTargetByGrammar(text), TextReader.readTargetAfresh(text), "target \"" + text + "\"");
        assertEquals(TextReader.readResultByGrammar(text), TextReader.readResultAfresh(text), "result \"" + text + "\"");
        return target != null || result != null;
    }
}
