package io.github.albero.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.achievement.AchievementPolicy;
import io.github.albero.achievement.Band;
import io.github.albero.achievement.BandTable;
import io.github.albero.achievement.Formula;
import io.github.albero.achievement.RangeRule;
import io.github.albero.achievement.RollupRule;
import io.github.albero.achievement.ScoreScale;
import io.github.albero.achievement.Treatment;
import io.github.albero.measure.Percentage;
import io.github.albero.model.Plan;
import io.github.albero.testkit.Generators;
import io.github.albero.testkit.Size;
import io.github.albero.testkit.quicktheories.AlberoGens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** The measurement method (Plan.method) in the Metodo sheet: read, written, round-tripped, refused only for what it cannot hold. */
class MethodSheetTest {
    @TempDir
    Path tmp;

    /** Every choice away from its default, with a step scale. */
    static AchievementPolicy everyChoice() {
        return AchievementPolicy.defaults().withCap(Percentage.of(120)).withFormula(Formula.BASELINE_AWARE)
                .withPartiallyAchieved(Percentage.of(new BigDecimal("37.5"))).withPostponed(Percentage.of(10))
                .withNothingReported(Treatment.COUNT_AS_ZERO).withMissingResult(Treatment.COUNT_AS_ZERO)
                .withOutsideRange(RangeRule.DISTANCE).withRollup(RollupRule.WORST_CHILD).withRounding(1, RoundingMode.HALF_UP)
                .withRollupFromExactValues().withMinimumThreshold(Percentage.of(40))
                .withScoreScale(ScoreScale.steps(new BigDecimal("0"), new BigDecimal("0"), new BigDecimal("49.5"), new BigDecimal("50"),
                        new BigDecimal("100"), new BigDecimal("75"), new BigDecimal("120"), new BigDecimal("100")))
                .withLateDeadlineDecline(Percentage.of(new BigDecimal("2.5")));
    }

    private Plan viaCsv(Plan plan) {
        try {
            return RoundTripTest.viaCsv(plan, tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theRealReportWithAMethodStatingEveryChoiceRoundTripsThroughXlsxAndCsv() {
        Plan plan = RoundTripTest.report().withMethod(Optional.of(everyChoice()));
        assertEquals(plan, RoundTripTest.viaXlsx(plan));
        assertEquals(plan, viaCsv(plan));
        // and the method read back is the one the calculator then uses
        assertEquals(AchievementCalculator.defaults().evaluate(plan, 2017).toString(),
                AchievementCalculator.defaults().evaluate(RoundTripTest.viaXlsx(plan), 2017).toString());
    }

    @Test
    void aLinearScaleNoCapWithAnotherOverrideBoundAndTheDefaultMethodRoundTrip() {
        AchievementPolicy linear = AchievementPolicy.defaults().withCap(Percentage.of(150)).withoutCap()
                .withScoreScale(ScoreScale.linear(Percentage.of(new BigDecimal("99.99"))));
        for (AchievementPolicy m : List.of(linear, AchievementPolicy.defaults().withoutCap(), AchievementPolicy.defaults())) {
            Plan plan = RoundTripTest.report().withMethod(Optional.of(m));
            assertEquals(plan, RoundTripTest.viaXlsx(plan), m.toString());
            assertEquals(plan, viaCsv(plan), m.toString());
        }
    }

    @Test
    void aPlanStatingNoMethodIsWrittenWithAnEmptyMethodSheetAndReadBackWithoutOne() throws IOException {
        Plan plan = RoundTripTest.report();
        assertTrue(plan.method().isEmpty());
        Path dir = java.nio.file.Files.createTempDirectory(tmp, "nomethod");
        AlberoSheets.writeCsv(plan, dir);
        List<String> lines = java.nio.file.Files.readAllLines(dir.resolve("Metodo.csv"));
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).contains("Campo / Field") && lines.get(0).contains("Valore / Value"), lines.get(0));
        assertEquals(Optional.empty(), AlberoSheets.read(dir).method());
    }

    static Gen<AchievementPolicy> methods() {
        return AlberoGens.of(Generators.methods());
    }

    @Test
    void generatedPlansWithGeneratedMethodsRoundTripThroughXlsx() {
        qt().withExamples(40).forAll(AlberoGens.cleanPlans(Size.defaults()), methods()).checkAssert((generated, m) -> {
            Plan plan = Carried.carried(generated).withMethod(Optional.of(m));
            assertEquals(plan, RoundTripTest.viaXlsx(plan), m.toString());
        });
    }

    @Test
    void generatedPlansWithGeneratedMethodsRoundTripThroughCsv() {
        qt().withExamples(40).forAll(AlberoGens.wildPlans(), methods()).checkAssert((generated, m) -> {
            Plan plan = Carried.carried(generated).withMethod(Optional.of(m));
            assertEquals(plan, viaCsv(plan), m.toString());
        });
    }

    @Test
    void aHandFilledMethodSheetInItalianWordsReadsAsTheMethodItStates() {
        Book book = Book.base().sheet("Metodo", Book.row("Campo", "Valore"), Book.row("Tetto", "nessuno"),
                Book.row("Aggregazione", "media semplice"), Book.row("Decimali", 1), Book.row("Arrotondamento", "metà per eccesso"),
                Book.row("Soglia minima", "50%"), Book.row("Gradini della scala", "0% → 0%\n50 -> 50\n100: 75\n120,5% => 100%"),
                Book.row("Nulla da segnalare", "conta zero"), Book.row("Calo per giorno di ritardo", "1,5"));
        AchievementPolicy expected = AchievementPolicy.defaults().withoutCap().withRollup(RollupRule.SIMPLE_MEAN)
                .withRounding(1, RoundingMode.HALF_UP).withMinimumThreshold(Percentage.of(50))
                .withScoreScale(ScoreScale.steps(new BigDecimal("0"), new BigDecimal("0"), new BigDecimal("50"), new BigDecimal("50"),
                        new BigDecimal("100"), new BigDecimal("75"), new BigDecimal("120.5"), new BigDecimal("100")))
                .withNothingReported(Treatment.COUNT_AS_ZERO).withLateDeadlineDecline(Percentage.of(new BigDecimal("1.5")));
        assertEquals(Optional.of(expected), AlberoSheets.read(book.xlsx(tmp, "metodo")).method());
        assertEquals(Optional.of(expected), AlberoSheets.read(book.csv(tmp, "metodo")).method());
        // English names and words too, and a sheet whose values are all empty states no method
        Book english = Book.base().sheet("Method", Book.row("Field", "Value"), Book.row("Cap", 120), Book.row("Rollup", "worst child"),
                Book.row("Linear scale from", "50"));
        assertEquals(Optional.of(AchievementPolicy.defaults().withCap(Percentage.of(120)).withRollup(RollupRule.WORST_CHILD)
                .withScoreScale(ScoreScale.linear(Percentage.of(50)))), AlberoSheets.read(english.xlsx(tmp, "method")).method());
        Book empty = Book.base().sheet("Metodo", Book.row("Campo", "Valore"), Book.row("Tetto", null), Book.row("Aggregazione", null));
        assertEquals(Optional.empty(), AlberoSheets.read(empty.xlsx(tmp, "empty")).method());
    }

    @Test
    void aMethodWithItsOwnBandsRoundTripsAndAHandWrittenBandTableReadsAsItSays() {
        BandTable bands = BandTable.of(Band.atLeast("ottimo (A)", Percentage.of(95)).withScore(BigDecimal.valueOf(4)),
                Band.between("buono", Percentage.of(new BigDecimal("80.5")), false, Percentage.of(95), false).withScore(new BigDecimal("3.5")),
                Band.atMost("da migliorare", Percentage.of(new BigDecimal("80.5"))), Band.any("altro"));
        Plan plan = RoundTripTest.report().withMethod(Optional.of(everyChoice().withBands(bands)));
        assertEquals(plan, RoundTripTest.viaXlsx(plan));
        assertEquals(plan, viaCsv(plan));
        Book book = Book.base().sheet("Metodo", Book.row("Campo", "Valore"), Book.row("Fasce",
                "ottimo (A) [95%; +∞) punteggio 4\nbuono (80,5%, 95%) score 3,5\nda migliorare (-inf; 80.5]\naltro (−∞; +∞)"));
        assertEquals(Optional.of(AchievementPolicy.defaults().withBands(bands)), AlberoSheets.read(book.xlsx(tmp, "fasce")).method());
        assertEquals(Optional.of(AchievementPolicy.defaults().withBands(bands)), AlberoSheets.read(book.csv(tmp, "fasce")).method());
    }

    @Test
    void generatedBandTablesRoundTripThroughXlsxAndCsv() {
        qt().withExamples(40).forAll(AlberoGens.of(Generators.bandTables())).checkAssert(t -> {
            Plan plan = RoundTripTest.report().withMethod(Optional.of(AchievementPolicy.builder().bands(t).build()));
            assertEquals(plan, RoundTripTest.viaXlsx(plan), t.toString());
            assertEquals(plan, viaCsv(plan), t.toString());
        });
    }

    @Test
    void aBandLabelOverTwoLinesIsRefusedOnWritingNotSplit() {
        AchievementPolicy banded = AchievementPolicy.defaults().withBands(BandTable.of(Band.atLeast("ottimo\nrisultato", Percentage.of(95)),
                Band.any("da migliorare")));
        Plan plan = RoundTripTest.report().withMethod(Optional.of(banded));
        SheetsException e = assertThrows(SheetsException.class, () -> AlberoSheets.writeXlsx(plan, new ByteArrayOutputStream()));
        assertEquals(1, e.report().errors().size(), e.report().render(Locale.ENGLISH));
        SheetProblem p = e.report().errors().get(0);
        assertEquals(SheetRule.NOT_CARRIED, p.rule());
        assertTrue(p.render(Locale.ENGLISH).startsWith("Metodo"), p.render(Locale.ENGLISH));
        assertTrue(p.render(Locale.ITALIAN).contains("il modello non può contenere method.bands"), p.render(Locale.ITALIAN));
    }

    @Test
    void everyChoiceThePolicyRefusesIsReportedAtItsOwnCellInTheCoresWords() {
        Book book = Book.base().sheet("Metodo", Book.row("Campo", "Valore"), Book.row("Tetto", 90), Book.row("Decimali", 7),
                Book.row("Scala lineare da", 100));
        SheetImport result = AlberoSheets.strict().check(book.xlsx(tmp, "rifiutate"));
        List<SheetProblem> errors = result.report().errors();
        assertEquals(List.of("Metodo!B2", "Metodo!B3", "Metodo!B4"), errors.stream().map(SheetProblem::location).toList(),
                result.report().render(Locale.ENGLISH));
        assertTrue(errors.stream().allMatch(p -> p.rule() == SheetRule.METHOD_OUT_OF_RANGE), result.report().render(Locale.ENGLISH));
        String english = errors.get(0).render(Locale.ENGLISH);
        String italian = errors.get(0).render(Locale.ITALIAN);
        assertTrue(english.contains("is not a choice the measurement method allows") && english.contains("1000"), english);
        assertTrue(italian.contains("non è una scelta ammessa dal metodo di misurazione") && italian.contains("1000"), italian);
    }
}
