package io.github.albero.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Indicator;
import io.github.albero.model.Plan;
import io.github.albero.model.Target;
import io.github.albero.testkit.Plans;
import io.github.albero.money.Money;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells as real spreadsheets save them, and as hand-made files can hold them. */
class HostileCellsTest {
    @TempDir
    Path dir;

    private static Plan read(Path file) {
        return AlberoSheets.read(file);
    }

    @Test
    void aFormulasSavedValueIsReadAtTheFifteenDigitsASpreadsheetKeeps() {
        // =B9*1.22 on a budget of 4 098,36: the spreadsheet shows 5.000,00 and saves the double 5000.0000000000009;
        // a result computed as =0.1+0.2 shows 0,3 and is saved as 0.30000000000000004
        Path file = Book.editEntry(Book.base().xlsx(dir, "noise"), "xl/worksheets/sheet5.xml",
                x -> x.replaceFirst("<c r=\"F2\"[^>]*>.*?</c>", "<c r=\"F2\"><f>B9*1.22</f><v>5000.0000000000009</v></c>"));
        file = Book.editEntry(file, "xl/worksheets/sheet4.xml",
                x -> x.replaceFirst("<c r=\"D2\"[^>]*>.*?</c>", "<c r=\"D2\"><f>0.1+0.2</f><v>0.30000000000000004</v></c>"));
        Plan p = read(file);
        assertEquals(Money.parse("5000.00"), p.objective("011-005-001").get().resources().get().budget(2017).get().costs());
        assertEquals("0,3", p.indicators().get(0).indicator().result(2017).get().text());
    }

    @Test
    void aYearComputedByAFormulaWithBinaryNoiseIsStillThatYear() {
        Path file = Book.editEntry(Book.base().xlsx(dir, "year"), "xl/worksheets/sheet4.xml",
                x -> x.replaceFirst("<c r=\"B2\"[^>]*>.*?</c>", "<c r=\"B2\"><f>A1+2016.0000000000002</f><v>2017.0000000000002</v></c>"));
        assertEquals("n. 3 eventi", read(file).indicators().get(0).indicator().result(2017).get().text());
    }

    @Test
    void aNumberNoSpreadsheetCanHoldIsALocatedErrorNotAnOutOfMemoryError() {
        // a 1 KB hand-made file: spelled out in full, 1E999999999 would need a billion characters
        Path file = Book.editEntry(Book.base().xlsx(dir, "huge"), "xl/worksheets/sheet5.xml",
                x -> x.replaceFirst("<c r=\"F2\"[^>]*>.*?</c>", "<c r=\"F2\"><v>1E999999999</v></c>"));
        SheetsException e = assertThrows(SheetsException.class, () -> read(file));
        String message = e.report().render(Locale.ENGLISH);
        assertTrue(message.contains("Risorse!F2") && message.contains("1E999999999"), message);
    }

    @Test
    void aTargetCellHoldingAnExponentBeyondAnySpreadsheetIsKeptAsWritten() {
        Path file = Book.editEntry(Book.base().xlsx(dir, "exponent"), "xl/worksheets/sheet4.xml",
                x -> x.replaceFirst("<c r=\"C2\"[^>]*>.*?</c>", "<c r=\"C2\"><v>1E-99999999</v></c>"));
        assertEquals("1E-99999999", read(file).indicators().get(0).indicator().target(2017).get().text());
    }

    @Test
    void aDateFormattedCellBeyondTheLastSpreadsheetDateIsReadAsItsNumberNotAnUnreadableWorkbook() {
        // the workbook was refused whole, with java.time's "Invalid value for NanoOfDay" as its reason
        Path file = Book.editEntry(Book.base().set("Valori", "D2", LocalDate.of(2017, 6, 30)).xlsx(dir, "date"), "xl/worksheets/sheet4.xml",
                x -> x.replaceFirst("(<c r=\"D2\"[^>]*>)<v>[^<]*</v>", "$1<v>1E300</v>"));
        String result = read(file).indicators().get(0).indicator().result(2017).get().text();
        assertEquals("1" + "0".repeat(300), result);
    }

    @Test
    void aSpreadsheetErrorSavedInACsvFileIsReportedAsInXlsxNotKeptAsATargetText() {
        // Excel and LibreOffice save a cell showing #DIV/0! as the text #DIV/0! in CSV; read as a target it was a "text" nobody wrote
        Path folder = Book.base().set("Valori", "C2", "#DIV/0!").set("Valori", "D3", "Err:502").csv(dir, "errors");
        SheetsException e = assertThrows(SheetsException.class, () -> read(folder));
        String message = e.report().render(Locale.ENGLISH);
        assertTrue(message.contains("Valori!C2") && message.contains("#DIV/0!"), message);
        assertTrue(message.contains("Valori!D3") && message.contains("Err:502"), message);
        assertEquals(2, e.report().errors().size(), message);
    }

    @Test
    void aTextThatSpellsASpreadsheetErrorRoundTripsThroughCsvAndXlsx() {
        Plan plan = read(Book.base().xlsx(dir, "plain"));
        Indicator first = plan.indicators().get(0).indicator();
        Plan withOdd = Plans.mapIndicators(plan, (path, i) -> i != first ? i : i.withTargets(Map.of(2017, Target.of("#N/A"))));
        AlberoSheets.writeCsv(withOdd, dir.resolve("odd-csv"));
        AlberoSheets.write(withOdd, dir.resolve("odd.xlsx"));
        assertEquals("#N/A", read(dir.resolve("odd-csv")).indicators().get(0).indicator().target(2017).get().text());
        assertEquals("#N/A", read(dir.resolve("odd.xlsx")).indicators().get(0).indicator().target(2017).get().text());
    }

    @Test
    void aCellOfNoBreakSpacesPastedFromAWebPageIsEmptyAsTheTemplateSays() {
        // core now refuses a text of no-break spaces as blank (ajv and python-jsonschema do): the cell must be empty, not an error
        Book b = Book.base().set("Valori", "D2", "\u00a0").set("Valori", "E2", "\u00a0\u202f");
        b.sheets.get("Valori").get(0).add("Commento / Comment");
        for (Path file : java.util.List.of(b.xlsx(dir, "nbsp"), b.csv(dir, "nbsp"))) {
            Plan p = read(file);
            assertEquals(java.util.Optional.empty(), p.indicators().get(0).indicator().result(2017), file.toString());
        }
    }

    @Test
    void writingIntoAMissingFolderCreatesItAndAFileInTheWayIsNamedWithItsReason() throws Exception {
        Plan plan = read(Book.base().xlsx(dir, "plain-for-writing"));
        // write(plan, "uscite/relazione.xlsx") failed with java.nio.file.NoSuchFileException; JSON and CSV create the folder
        Path xlsx = dir.resolve("uscite/2023/relazione.xlsx");
        AlberoSheets.write(plan, xlsx);
        assertEquals(plan, read(xlsx));
        Path inTheWay = java.nio.file.Files.writeString(dir.resolve("relazione-csv"), "x");
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> AlberoSheets.writeCsv(plan, inTheWay));
        assertEquals("cannot write " + inTheWay.toAbsolutePath() + ": a file of that name is in the way", e.getMessage());
    }

    @Test
    void aDateCellInIso8601FormIsReadAsADateNotAnUnreadableWorkbook() {
        // ECMA-376 cell type "d" (written by some tools, read by Excel): the whole workbook was refused ("unknown type d")
        Path file = Book.editEntry(Book.base().xlsx(dir, "iso-date"), "xl/worksheets/sheet4.xml",
                x -> x.replaceFirst("<c r=\"D2\"[^>]*>.*?</c>", "<c r=\"D2\" t=\"d\"><v>2017-06-30T00:00:00</v></c>")
                        .replaceFirst("<c r=\"D3\"[^>]*>.*?</c>", "<c r=\"D3\" t=\"d\"><v>30 giugno</v></c>"));
        Plan p = read(file);
        assertEquals("30/06/2017", p.indicators().get(0).indicator().result(2017).get().text());
        assertEquals("date 2017-06-30", p.indicators().get(0).indicator().result(2017).get().reading().get().toString());
        assertEquals("30 giugno", p.indicators().get(1).indicator().result(2017).get().text());
    }

    @Test
    void anObjectiveCodeTypedAsANumberWithDecimalsIsReportedNotReadAsItsItalianRendering() {
        // a comune's objective "1.10" typed in an English-locale sheet is the number 1.1: it was read as the code "1,1"
        Book b = Book.base().set("Albero", "E1", "Collocazione / Placed under").set("Albero", "B4", 1.1).set("Albero", "E4", "011-005")
                .set("Albero", "B5", 2.10);
        SheetImport result = AlberoSheets.strict().check(b.xlsx(dir, "code-as-number"));
        String report = result.report().render(Locale.ENGLISH);
        assertTrue(report.contains("Albero!B4 (Codice / Code): \"1,1\": a code typed as a number with decimals has lost its form"), report);
        // an operational objective's own code too
        assertTrue(report.contains("Albero!B5 (Codice / Code): \"2,1\": a code typed as a number with decimals"), report);
        assertEquals(java.util.Optional.empty(), result.plan());
    }

    @Test
    void aMalformedNumberInANumericCellIsReportedAsWhatItIsNotAsASpreadsheetError() {
        // the report said "the cell holds the spreadsheet error 2016,0", which no spreadsheet shows
        Path file = Book.editEntry(Book.base().xlsx(dir, "malformed"), "xl/worksheets/sheet4.xml",
                x -> x.replaceFirst("<c r=\"B2\"[^>]*>.*?</c>", "<c r=\"B2\" t=\"n\"><v>2017,0</v></c>"));
        String report = AlberoSheets.strict().check(file).report().render(Locale.ENGLISH);
        assertTrue(report.contains("Valori!B2 (Anno / Year): \"2017,0\" is not a year"), report);
    }

    @Test
    void objectiveReferencesTypedAsNumbersWithDecimalsAreReportedAsSuchNotAsDanglingReferences() {
        // the tree writes its codes 1.10 as text; the other sheets typed them as numbers, 1.1, which reported "1,1" as undeclared
        Book b = Book.base().set("Albero", "E1", "Collocazione / Placed under").set("Albero", "B4", "1.10").set("Albero", "E4", "011-005")
                .set("Albero", "B5", "1.10.2").set("Albero", "C5", 1.1)
                .set("Indicatori", "B2", 1.1).set("Indicatori", "B3", "1.10").set("Indicatori", "C3", 1.1)
                .set("Risorse", "A2", 1.1).set("Risorse", "A3", "1.10");
        SheetImport result = AlberoSheets.strict().check(b.xlsx(dir, "references-as-numbers"));
        String report = result.report().render(Locale.ENGLISH);
        for (String cell : java.util.List.of("Albero!C5 (Obiettivo strategico / Strategic objective)", "Indicatori!B2 (Obiettivo / Objective)",
                "Indicatori!C3 (Obiettivo operativo / Operational objective)", "Risorse!A2 (Obiettivo / Objective)")) {
            assertTrue(report.contains(cell + ": \"1,1\": a code typed as a number with decimals has lost its form"), cell + " in " + report);
        }
        assertTrue(!report.contains("not declared"), report);
        assertTrue(result.report().render(Locale.ITALIAN).contains("Risorse!A2"), report);
        assertEquals(java.util.Optional.empty(), result.plan());
    }

    @Test
    void twoCellsWithTheSameReferenceInARowAreALocatedErrorNotTheSecondSilentlyWinning() {
        Path file = Book.editEntry(Book.base().xlsx(dir, "cell-twice"), "xl/worksheets/sheet4.xml",
                x -> x.replaceFirst("(<c r=\"C2\"[^>]*>.*?</c>)", "$1<c r=\"C2\" t=\"inlineStr\"><is><t>almeno 200 eventi</t></is></c>"));
        SheetImport result = AlberoSheets.strict().check(file);
        String english = result.report().render(Locale.ENGLISH);
        assertTrue(english.contains("Valori!C2") && english.contains("holds this cell twice"), english);
        String italian = result.report().render(Locale.ITALIAN);
        assertTrue(italian.contains("Valori!C2") && italian.contains("contiene questa cella due volte"), italian);
        assertEquals(java.util.Optional.empty(), result.plan());
    }

    @Test
    void aCellWithoutReferenceFollowsTheCellBeforeIt() {
        // ECMA-376: r is optional, the cell is then the next one of its row: after D2 comes E2, even when C2 (empty) was left out;
        // counted as the fourth cell, the polarity was read into the name's column D
        Path file = Book.editEntry(Book.base().xlsx(dir, "no-reference"), "xl/worksheets/sheet3.xml",
                x -> x.replaceFirst("<c r=\"E2\"", "<c"));
        Indicator first = read(file).indicators().get(0).indicator();
        assertEquals("Eventi realizzati", first.name());
        assertEquals(io.github.albero.model.Polarity.HIGHER_IS_BETTER, first.polarity());
    }
}
