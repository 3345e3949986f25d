package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextReaderTest {
    @org.junit.jupiter.api.Test
    void theWrittenOutSearchForNumbersOtherThanYearsAgreesWithItsPattern() {
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("(?<![\\w])\\d+(?:[.,]\\d+)*(?![\\w])");
        java.util.regex.Pattern year = java.util.regex.Pattern.compile("(19|20)\\d\\d");
        // digits that make years and not, marks, word characters and others, in runs of every length
        String[] pieces = {"0", "1", "2", "9", "19", "20", "2016", "1999", "2100", ".", ",", "a", "Z", "_", " ", "-", "/", "é", "%"};
        qt().withExamples(20_000).forAll(lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 9)).checkAssert(picks -> {
            StringBuilder sb = new StringBuilder();
            picks.forEach(p -> sb.append(pieces[p]));
            String text = sb.toString();
            java.util.regex.Matcher m = number.matcher(text);
            boolean expected = false;
            while (!expected && m.find()) {
                expected = !year.matcher(m.group()).matches();
            }
            assertEquals(expected, TextReader.hasNumberOtherThanYears(text), "\"" + text + "\"");
        });
    }

    @ParameterizedTest(name = "target \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "report|milestone",
        "100%|exactly 100 % (inferred)",
        "realizzazione di almeno 2 eventi, in proporzione e subordinatamente alle risorse di bilancio.|atLeast 2 n",
        "Indagine di customer satisfaction: risultato atteso non inferiore a 3 (scala da 1 a 5) sul servizio|atLeast 3 score",
        "Realizzazione di almeno 2 campagne di promozione/informazione (di cui almeno 1 in ambito diverso)|atLeast 2 n",
        "entro 5 gg dalla richiesta|atMost 5 gg",
        "non superiore a 3,5 giorni|atMost 3.5 gg",
        "tra 3 e 5|between 3..5",
        "3|exactly 3 (inferred)",
        "2.9 gg|exactly 2.9 gg (inferred)",
        "Progettazione e svolgimento delle attività di alternanza scuola‐lavoro.|milestone",
        "Fondazione Puccini: report sulla gestione e sui risultati ottenuti.|milestone",
        "Realizzazione del piano entro il 2017|milestone",
        "realizzazione almeno dell’80% dei progetti annuali di miglioramento|atLeast 80 %"})
    void readsTheTargetsOfTheSeed(String text, String expected) {
        assertEquals(expected, TextReader.readTarget(text).map(Object::toString).orElse("none"));
    }

    @ParameterizedTest(name = "\"{0}\" written in the digits of other scripts reads as in ASCII digits")
    @ValueSource(strings = {"almeno 120 pratiche", "100%", "≥ 95%", "entro 30 gg", "tra 3 e 5", "non superiore a 3,5 giorni",
        "realizzazione entro il 31/12/2017", "n. 3 eventi", "+5% rispetto al 2016", "1.250", "non inferiore a 3 (scala da 1 a 5)"})
    void figuresInFullwidthArabicIndicAndOtherDigitsReadAsTheirValuesNotAsMilestones(String ascii) {
        Optional<TargetReading> target = TextReader.readTarget(ascii);
        Optional<ResultReading> result = TextReader.readResult(ascii);
        // each example holds a figure that its ASCII form reads, as a target or as a result
        org.junit.jupiter.api.Assertions.assertTrue(target.isPresent() && target.get().operator() != TargetOperator.MILESTONE
                || result.isPresent(), ascii);
        // fullwidth, Arabic-Indic, Extended Arabic-Indic (Persian), Devanagari, mathematical bold (outside the BMP)
        for (int zero : new int[] {0xFF10, 0x0660, 0x06F0, 0x0966, 0x1D7CE}) {
            StringBuilder sb = new StringBuilder();
            ascii.codePoints().forEach(c -> sb.appendCodePoint(c >= '0' && c <= '9' ? zero + c - '0' : c));
            String text = sb.toString();
            assertEquals(target, TextReader.readTarget(text), text);
            assertEquals(result, TextReader.readResult(text), text);
            assertEquals(Vocabulary.ratingScale(ascii), Vocabulary.ratingScale(text), text);
        }
    }

    @org.junit.jupiter.api.Test
    void theArabicAndFullwidthMarksWrittenWithSuchDigitsReadAsTheirAsciiForms() {
        // ٫ is the Arabic decimal separator, ٬ its thousands separator, ٪ its percent sign; ，and ％ fullwidth
        assertEquals(TextReader.readResult("12,5%"), TextReader.readResult("١٢٫٥٪"));
        assertEquals(TextReader.readTarget("almeno 1.250 pratiche"), TextReader.readTarget("almeno ١٬٢٥٠ pratiche"));
        assertEquals(TextReader.readTarget("≥ 12,5%"), TextReader.readTarget("≥ １２，５％"));
        assertEquals("atLeast 12.5 %", TextReader.readTarget("≥ １２，５％").get().toString());
    }

    @ParameterizedTest(name = "\"{0}\", a figure in exponent form, has no reading rather than its mantissa or a milestone")
    @ValueSource(strings = {"1e10", "1E10", "almeno 1e3 pratiche", "1,5E+03", "≥ 2,5e-2", "entro 1E2 gg"})
    void aFigureInExponentFormIsLeftUnreadRatherThanReadWrong(String text) {
        assertEquals(Optional.empty(), TextReader.readTarget(text));
        assertEquals(Optional.empty(), TextReader.readResult(text));
    }

    @ParameterizedTest(name = "target \"{0}\" reads as {1}, an e not making an exponent")
    @CsvSource(delimiter = '|', value = {"almeno 3 eventi|atLeast 3 n", "almeno 3eventi|atLeast 3 n", "fase 2e finale|milestone"})
    void anELetterNextToAFigureWithoutAnExponentStillReads(String text, String expected) {
        assertEquals(expected, TextReader.readTarget(text).map(Object::toString).orElse("none"));
    }

    @ParameterizedTest(name = "target \"{0}\" has no reading")
    @ValueSource(strings = {"___", "_____", "  ", "tra 5 e 3",
        "Riduzione del costo complessivo del personale del sistema camera nel triennio 2015‐2017"})
    void leavesUnreadableTargetsWithoutAReading(String text) {
        assertEquals(Optional.empty(), TextReader.readTarget(text));
    }

    @ParameterizedTest(name = "result \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "100%|percentage 100%",
        "‐4.1%|percentage -4.1%",
        "_____|nothingReported",
        "___|nothingReported",
        "2.9 gg|number 2.9 gg",
        "4.7|number 4.7",
        "n. 2 proposte progettuali|number 2 n",
        "n. 3 campagne promozionali di cui n. 1 in ambito diverso|number 3 n",
        "parziale realizzazione, in corso di completamento|status partiallyAchieved",
        "rinviato per ritardi nel completamento dei lavori delle aree esterne|status postponed",
        "obiettivo non raggiunto|status notAchieved",
        "realizzato|status achieved",
        "SI|status achieved",
        "NO|status notAchieved"})
    void readsTheResultsOfTheSeed(String text, String expected) {
        assertEquals(expected, TextReader.readResult(text).map(Object::toString).orElse("none"));
    }

    @ParameterizedTest(name = "result \"{0}\" has no reading")
    @ValueSource(strings = {"gradimento complessivo servizio Organismo mediazione 4.59 giudizio complessivo attività mediatore 4.67",
        "2015: ‐ 160.238,64 ‐4,1%", "Attività svolte secondo la programmazione", "1e999999999"})
    void leavesUnreadableResultsWithoutAReading(String text) {
        assertEquals(Optional.empty(), TextReader.readResult(text));
    }
}
