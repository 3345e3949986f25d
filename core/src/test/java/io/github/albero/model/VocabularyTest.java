package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {
    @ParameterizedTest(name = "\"{0}\" is a placeholder")
    @ValueSource(strings = {"___", "_____", "‐", "-", "—", ".....", "n.d.", "N.D.", "n/d", "n.a.", "n/a", " _ _ "})
    void placeholdersAreMarksOrNotAvailable(String text) {
        assertTrue(Vocabulary.isPlaceholder(text));
        assertEquals(Optional.empty(), TextReader.readTarget(text));
        assertEquals("nothingReported", TextReader.readResult(text).get().toString());
        assertTrue(Target.of(text).isPlaceholder());
    }

    @ParameterizedTest(name = "\"{0}\" is not a placeholder")
    @ValueSource(strings = {"-5", "0", "nd 3", "report", "n. 2", "."})
    void numbersAndWordsAreNotPlaceholders(String text) {
        assertFalse(Vocabulary.isPlaceholder(text));
    }

    @Test
    void thePlaceholderShortcutAgreesWithThePatternOnTextsMadeOfItsOwnCharacters() {
        // marks, letters of "n.d."/"n/a", spaces of several kinds, and characters no placeholder has
        String alphabet = "_-.…/‐‑‒–—− \t\u00A0\u2003nNdDaAxé1%";
        qt().withExamples(5000).forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 8))
                .checkAssert(indices -> {
                    StringBuilder sb = new StringBuilder();
                    indices.forEach(i -> sb.append(alphabet.charAt(i)));
                    String text = sb.toString();
                    assertEquals(Vocabulary.matchesPlaceholder(text), Vocabulary.isPlaceholder(text), "\"" + text + "\"");
                });
    }

    @Test
    void theWrittenOutNormalisationAgreesWithItsRegularExpressionOnTextsOfEveryKindOfSpace() {
        // Java's \s, the no-break space, spaces that strip() removes but \s does not, line ends, letters of both cases
        String alphabet = " \t\n\u000B\f\r\u00A0\u2003\u2028\u0085\u001CaÀSé’1.";
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        qt().withExamples(5000).forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 10))
                .checkAssert(indices -> {
                    StringBuilder sb = new StringBuilder();
                    indices.forEach(i -> sb.append(alphabet.charAt(i)));
                    String text = sb.toString();
                    String expected = spaces.matcher(text.replace('\u00A0', ' ')).replaceAll(" ").strip().toLowerCase(java.util.Locale.ITALIAN);
                    assertEquals(expected, Vocabulary.normalize(text), "\"" + text + "\"");
                });
    }

    @Test
    void theOnePassNormalisationLowerCasesEveryCharacterAsTheJdkDoesTheSpecialOnesIncluded() {
        // capitals of every script the JDK lower-cases alone, the dotted capital I and the capital sigma
        // (which it lower-cases by context), surrogates paired and lone, and spaces strip() alone removes
        String alphabet = "AZaz ÀÉÌÒÙàéßÄÖΩΣσİIı\uD835\uDC00\uD801\uDC00\uDC00\u2003\u2028\u001C\u00A0\t’“1%≥";
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        qt().withExamples(5000).forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 12))
                .checkAssert(indices -> {
                    StringBuilder sb = new StringBuilder();
                    indices.forEach(i -> sb.append(alphabet.charAt(i)));
                    String text = sb.toString();
                    String expected = spaces.matcher(text.replace('\u00A0', ' ')).replaceAll(" ").strip().toLowerCase(java.util.Locale.ITALIAN);
                    assertEquals(expected, Vocabulary.normalize(text), "\"" + text + "\"");
                    assertEquals(expected, Vocabulary.normalizeByParts(text), "\"" + text + "\"");
                });
    }

    @Test
    void theScaleIsFoundAndRemovedWhereverItsWordIsInWhateverCase() {
        // the pattern as Vocabulary writes it, searched from the start: what the search from the word "scala" must give
        java.util.regex.Pattern scale = java.util.regex.Pattern.compile(
                "scala\\s+(?:di\\s+valutazione\\s+|di\\s+gradimento\\s+|likert\\s+)?(?:da\\s+)?(\\d+(?:[.,]\\d+)?)\\s*(?:a|-|\u2013)\\s*(\\d+(?:[.,]\\d+)?)",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        String[] pieces = {"scala", "SCALA", "Scala", "sCaLa", "\u017Fcala", "scal", "s", "cala", " ", "\t", "da ", "1", "5", ",5", " a ", "-", "(", ")", "( )", "x"};
        qt().withExamples(5000).forAll(lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 10)).checkAssert(picks -> {
            StringBuilder sb = new StringBuilder();
            picks.forEach(p -> sb.append(pieces[p]));
            String text = sb.toString();
            java.util.regex.Matcher m = scale.matcher(text);
            Optional<Vocabulary.RatingScale> expected = Optional.empty();
            while (expected.isEmpty() && m.find()) {
                java.math.BigDecimal low = new java.math.BigDecimal(m.group(1).replace(',', '.'));
                java.math.BigDecimal high = new java.math.BigDecimal(m.group(2).replace(',', '.'));
                expected = low.compareTo(high) < 0 ? Optional.of(new Vocabulary.RatingScale(low, high)) : Optional.empty();
            }
            assertEquals(expected, Vocabulary.ratingScale(text), "\"" + text + "\"");
            assertEquals(scale.matcher(text).replaceAll(" ").replaceAll("\\(\\s*\\)", " "), Vocabulary.withoutScale(text), "\"" + text + "\"");
            boolean[] declares = new boolean[1];
            assertEquals(Vocabulary.withoutScale(text), Vocabulary.withoutScale(text, declares), "\"" + text + "\"");
            assertEquals(expected.isPresent(), declares[0], "\"" + text + "\"");
        });
    }

    @Test
    void aTextWithoutScaleOrBracketsIsLeftAsItIsAndOneWithThemLosesThem() {
        String plain = "almeno 3 eventi";
        assertTrue(plain == Vocabulary.withoutScale(plain));
        assertEquals("almeno 3   eventi", Vocabulary.withoutScale("almeno 3 ( ) eventi"));
        assertEquals("non inferiore a 3  ", Vocabulary.withoutScale("non inferiore a 3 (Scala da 1 a 5)"));
        assertEquals(Optional.empty(), Vocabulary.ratingScale("almeno 3 eventi (media)"));
    }

    @Test
    void ratingScalesInEveryWording() {
        assertEquals("1..5", Vocabulary.ratingScale("non inferiore a 3 (scala da 1 a 5)").get().toString());
        assertEquals("1..5", Vocabulary.ratingScale("scala di valutazione da 1 a 5").get().toString());
        assertEquals("1..10", Vocabulary.ratingScale("media ≥ 7 (scala 1-10)").get().toString());
        assertEquals(Optional.empty(), Vocabulary.ratingScale("scala da 5 a 1"));
        // the scale's numbers are not the target's value, whatever the wording
        assertEquals("atLeast 3 score", TextReader.readTarget("almeno 3 (scala di valutazione da 1 a 5)").get().toString());
    }

    @Test
    void unitsCompareWhenEqualOrBothPureNumbers() {
        assertTrue(Vocabulary.comparable(Optional.of(Unit.PERCENT), Optional.of(Unit.PERCENT)));
        assertTrue(Vocabulary.comparable(Optional.empty(), Optional.empty()));
        assertTrue(Vocabulary.comparable(Optional.of(Unit.COUNT), Optional.empty()));
        assertTrue(Vocabulary.comparable(Optional.empty(), Optional.of(Unit.SCORE)));
        assertFalse(Vocabulary.comparable(Optional.empty(), Optional.of(Unit.PERCENT)));
        assertFalse(Vocabulary.comparable(Optional.of(Unit.DAYS), Optional.empty()));
        assertFalse(Vocabulary.comparable(Optional.of(Unit.PERCENT), Optional.of(Unit.PER_MILLE)));
        assertFalse(Vocabulary.comparable(Optional.of(Unit.DAYS), Optional.of(Unit.HOURS)));
    }

    @Test
    void onlyAStatedOperatorContradictsThePolarity() {
        TargetReading stated = TargetReading.atLeast(Quantity.parse("5%"));
        assertTrue(Vocabulary.contradicts(Polarity.LOWER_IS_BETTER, stated));
        assertFalse(Vocabulary.contradicts(Polarity.LOWER_IS_BETTER, stated.inferred()));
        assertFalse(Vocabulary.contradicts(Polarity.HIGHER_IS_BETTER, stated));
        assertTrue(Vocabulary.contradicts(Polarity.TARGET_RANGE, TargetReading.atMost(Quantity.parse("5"))));
        assertFalse(Vocabulary.contradicts(Polarity.MILESTONE, stated));
        assertEquals(Polarity.LOWER_IS_BETTER, Vocabulary.governingPolarity(Polarity.LOWER_IS_BETTER, TextReader.readTarget("5%").get()));
        assertEquals(Polarity.HIGHER_IS_BETTER, Vocabulary.governingPolarity(Polarity.LOWER_IS_BETTER, TextReader.readTarget("almeno 5%").get()));
    }

    @Test
    void nothingReportedIsAReadingOrAPlaceholderText() {
        assertTrue(Vocabulary.isNothingReported(Result.parse("_____")));
        assertTrue(Vocabulary.isNothingReported(Result.of("n.d.")));
        assertFalse(Vocabulary.isNothingReported(Result.parse("100%")));
    }
}
