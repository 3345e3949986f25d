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
