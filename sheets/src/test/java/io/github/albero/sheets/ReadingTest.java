package io.github.albero.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.measure.Weight;
import io.github.albero.model.Indicator;
import io.github.albero.model.Plan;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.money.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingTest {
    @TempDir
    Path dir;

    private static Indicator first(Plan p) {
        return p.indicators().get(0).indicator();
    }

    @Test
    void theBaseWorkbookReadsIntoAPlanFromXlsxAndCsvAlike() {
        Plan fromXlsx = AlberoSheets.read(Book.base().xlsx(dir, "base"));
        Plan fromCsv = AlberoSheets.read(Book.base().csv(dir, "base"));
        assertEquals(fromXlsx, fromCsv);
        assertEquals(2, fromXlsx.indicators().size());
        assertEquals("realizzazione di almeno 2 eventi", first(fromXlsx).targets().get(2017).text());
        assertEquals("atLeast 2 n", first(fromXlsx).targets().get(2017).reading().get().toString());
        ResourceAmounts actual = fromXlsx.objective("011-005-001").get().resources().get().actual(2017).get();
        assertEquals(Money.parse("4800.50"), actual.costs());
    }

    @Test
    void aHandFilledWorkbookWithTheNewSheetsReadsIntoTheRicherPlanWithEnglishHeadersToo() {
        Book b = Book.base()
                .set("Indicatori", "G1", "Numerator").set("Indicatori", "H1", "Denominator").set("Indicatori", "I1", "Ratio scale")
                .set("Indicatori", "G3", "pratiche evase entro 30 giorni").set("Indicatori", "H3", "pratiche ricevute")
                .set("Indicatori", "I3", "percentuale")
                .set("Valori", "E1", "Result numerator").set("Valori", "F1", "Result denominator").set("Valori", "D3", "25%").set("Valori", "E3", 25).set("Valori", "F3", 100)
                .sheet("Monitoring", Book.row("Indicator ref", "From", "To", "Result", "Status"),
                        Book.row("1", "01/01/2017", "30/06/2017", "n. 1 eventi", "provvisorio"),
                        Book.row("1", java.time.LocalDate.of(2017, 7, 1), "2017-12-31", "n. 2 eventi", null))
                .sheet("Revisions", Book.row("Indicator ref", "Year", "Date", "Revised target", "Reason", "Act"),
                        Book.row("1", 2017, "15/07/2017", "realizzazione di almeno 3 eventi", "nuovo bando", "delibera n. 45"))
                .sheet("Breakdowns", Book.row("Indicator ref", "Year", "Dimension", "Part", "Value"),
                        Book.row("1", 2017, "territorio", "Lucca", 2), Book.row("1", 2017, "territorio", "Massa", 1))
                .sheet("Staff", Book.row("Objective", "Operational objective", "Category", "FTE"),
                        Book.row("011-005-001", "OP1", "Area degli istruttori", "1,5"))
                .sheet("Public value", Book.row("Code", "Title", "Cross-cutting dimensions"),
                        Book.row("VP1", "Imprese più competitive", "semplificazione amministrativa\npari opportunità"))
                .sheet("Contributions", Book.row("Public value", "Objective", "Weight"), Book.row("VP1", "011-005-001", 100));
        Plan plan = AlberoSheets.read(b.xlsx(dir, "richer"));
        assertEquals(plan, AlberoSheets.read(b.csv(dir, "richer")));
        Indicator events = first(plan);
        assertEquals("2017-01-01/2017-06-30 provisional, 2017-07-01/2017-12-31 final",
                events.monitoring().get(2017).periods().stream().map(p -> p.period() + " " + p.status().name().toLowerCase(Locale.ROOT))
                        .collect(java.util.stream.Collectors.joining(", ")));
        assertEquals("realizzazione di almeno 3 eventi", events.targets().get(2017).revisions().get(0).text());
        assertEquals("delibera n. 45", events.targets().get(2017).revisions().get(0).act().get());
        assertEquals("Breakdown[territorio: Lucca 2, Massa 1]", events.results().get(2017).breakdowns().get(0).toString());
        Indicator times = plan.indicators().get(1).indicator();
        assertEquals("PERCENT", times.ratio().get().scale().name());
        assertEquals("25/100", times.results().get(2017).parts().get().toString());
        assertEquals(new BigDecimal("1.5"), plan.objectives().get(0).operationalObjectives().get(0).staff().get(0).fte());
        assertEquals(List.of("semplificazione amministrativa", "pari opportunità"),
                plan.publicValue().get(0).dimensions().stream().map(d -> d.label()).collect(java.util.stream.Collectors.toList()));
        assertEquals("011-005-001 \u00d7100", plan.publicValue().get(0).contributions().get(0).toString());
    }

    @Test
    void aResultThatDisagreesWithItsPartsIsReportedAtItsCell() {
        Book b = Book.base().set("Indicatori", "G1", "Numeratore").set("Indicatori", "H1", "Denominatore")
                .set("Indicatori", "G3", "pratiche evase").set("Indicatori", "H3", "pratiche ricevute")
                .set("Valori", "E1", "Numeratore del risultato").set("Valori", "F1", "Denominatore del risultato")
                .set("Valori", "E3", 25).set("Valori", "F3", 1000);
        SheetImport result = AlberoSheets.strict().check(b.xlsx(dir, "disagrees"));
        SheetProblem p = result.report().errors().get(0);
        assertEquals("Valori!D3", p.location(), result.report().toString());
        assertTrue(p.message(Locale.ENGLISH).contains("disagrees with the parts"), p.message(Locale.ENGLISH));
    }

    @Test
    void columnsAreMatchedByNameInAnyOrderAndInEnglish() {
        Book b = Book.base();
        b.sheet("Indicators", Book.row("Weight", "Name", "Ref", "Polarity", "Objective"),
                Book.row(50, "Eventi realizzati", "1", "higherIsBetter", "011-005-001"),
                Book.row(50, "Tempi medi di evasione", "2", "lower is better", "011-005-001"));
        b.without("Indicatori");
        Plan p = AlberoSheets.read(b.xlsx(dir, "english"));
        assertEquals(Weight.of(50), first(p).weight().get());
    }

    @Test
    void emptyRowsAreSkippedAndMergedCellsApplyToEveryCellTheyCover() {
        Book b = Book.base();
        b.set("Indicatori", "B3", null);
        b.merge("Indicatori", 1, 1, 2, 1);
        b.sheets.get("Valori").add(1, Book.row());
        b.sheets.get("Valori").add(1, Book.row((Object) null, null));
        Plan p = AlberoSheets.read(b.xlsx(dir, "merged"));
        assertEquals(2, p.indicators().size());
        assertEquals(1, p.indicators().get(1).indicator().results().size());
    }

    @Test
    void formulasAreReadByTheirCachedValue() {
        Path file = Book.editEntry(Book.base().xlsx(dir, "formula"), "xl/worksheets/sheet3.xml",
                x -> x.replaceFirst("<c r=\"F2\"[^>]*>.*?</c>", "<c r=\"F2\"><f>25*2</f><v>50</v></c>"));
        assertEquals(Weight.of(50), first(AlberoSheets.read(file)).weight().get());
    }

    @Test
    void numbersAreReadFromNumericCellsAndFromItalianText() {
        Book b = Book.base().set("Risorse", "F2", "€ 257.143,00").set("Indicatori", "F2", "33,33").set("Indicatori", "F3", 66.67);
        Plan p = AlberoSheets.read(b.xlsx(dir, "numbers"));
        assertEquals(Money.parse("257143.00"), p.objective("011-005-001").get().resources().get().budget(2017).get().costs());
        assertEquals(Weight.of(new BigDecimal("33.33")), first(p).weight().get());
    }

    @Test
    void theLenientReaderReadsThePlanAndWarnsAboutWhatItDidNotRead() {
        Book b = Book.base().set("Indicatori", "G1", "Colore").set("Indicatori", "G2", "rosso").sheet("Appunti", Book.row("x"));
        SheetImport result = AlberoSheets.lenient().check(b.xlsx(dir, "lenient"));
        assertTrue(result.plan().isPresent());
        List<SheetProblem> warnings = result.report().warnings();
        assertEquals(2, warnings.size(), result.report().toString());
        assertTrue(result.report().render(Locale.ITALIAN).contains("Indicatori!G1 (Colore): la colonna \"Colore\" non fa parte del modello"),
                result.report().render(Locale.ITALIAN));
    }

    @Test
    void everyProblemOfAFileIsReportedInOnePass() {
        Book b = Book.base().set("Indicatori", "F2", "tanto").set("Indicatori", "E3", "forse").set("Valori", "B2", "duemila");
        SheetsException e = org.junit.jupiter.api.Assertions.assertThrows(SheetsException.class,
                () -> AlberoSheets.read(b.xlsx(dir, "many")));
        assertEquals(3, e.report().errors().size(), e.getMessage());
    }
}
