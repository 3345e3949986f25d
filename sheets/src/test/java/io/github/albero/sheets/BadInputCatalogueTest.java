package io.github.albero.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input catalogue: each spreadsheet breaks one rule, and the report must name the exact
 * place (sheet and cell, or the file), the rule, and the column header where there is one, with
 * a message in Italian and in English.
 */
class BadInputCatalogueTest {
    @TempDir
    static Path dir;

    private static final class Case {
        final String name;
        final Function<String, Path> file;
        final SheetLimits limits;
        final String location;
        final SheetRule rule;
        final String column;

        Case(String name, Function<String, Path> file, SheetLimits limits, String location, SheetRule rule, String column) {
            this.name = name;
            this.file = file;
            this.limits = limits;
            this.location = location;
            this.rule = rule;
            this.column = column;
        }
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void xlsx(String name, Function<Book, Book> edit, String location, SheetRule rule, String column) {
        CASES.add(new Case(name + " (xlsx)", n -> edit.apply(Book.base()).xlsx(dir, n), SheetLimits.DEFAULT, location, rule, column));
    }

    private static void both(String name, Function<Book, Book> edit, String location, SheetRule rule, String column) {
        xlsx(name, edit, location, rule, column);
        CASES.add(new Case(name + " (csv)", n -> edit.apply(Book.base()).csv(dir, n), SheetLimits.DEFAULT, location, rule, column));
    }

    private static void raw(String name, Function<String, Path> file, SheetLimits limits, String location, SheetRule rule) {
        CASES.add(new Case(name, file, limits, location, rule, null));
    }

    private static Path bytes(String name, byte[] data) {
        try {
            return Files.write(dir.resolve(name + ".xlsx"), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path edited(String name, String entry, java.util.function.UnaryOperator<String> edit) {
        return Book.editEntry(Book.base().xlsx(dir, name), entry, edit);
    }

    static {
        // ---- wrong types
        both("a weight that is a word", b -> b.set("Indicatori", "F2", "tanto"), "Indicatori!F2", SheetRule.INVALID_VALUE, "Peso / Weight");
        both("a year that is a word", b -> b.set("Valori", "B2", "duemila"), "Valori!B2", SheetRule.NOT_A_YEAR, "Anno / Year");
        both("a year with decimals", b -> b.set("Valori", "B3", "2017,5"), "Valori!B3", SheetRule.NOT_A_YEAR, "Anno / Year");
        xlsx("a date where a year is expected", b -> b.set("Valori", "B2", LocalDate.of(2017, 1, 1)), "Valori!B2",
                SheetRule.DATE_NOT_EXPECTED, "Anno / Year");
        both("a date written as a number in a year column", b -> b.set("Valori", "B2", 42736), "Valori!B2", SheetRule.NOT_A_YEAR,
                "Anno / Year");
        both("an unknown polarity", b -> b.set("Indicatori", "E3", "forse"), "Indicatori!E3", SheetRule.NOT_IN_LIST,
                "Polarità / Polarity");
        both("an unknown level", b -> b.set("Albero", "A3", "sottoprogramma"), "Albero!A3", SheetRule.NOT_IN_LIST, "Livello / Level");
        both("an unknown plan kind", b -> b.set("Piano", "B2", "bilancio"), "Piano!B2", SheetRule.NOT_IN_LIST, "Tipo documento / Kind");
        both("an unknown resource basis", b -> b.set("Risorse", "D2", "stimato"), "Risorse!D2", SheetRule.NOT_IN_LIST, "Base / Basis");
        both("a negative amount", b -> b.set("Risorse", "F2", "-5000"), "Risorse!F2", SheetRule.INVALID_VALUE, "Oneri correnti / Costs");
        both("an amount with three decimals", b -> b.set("Risorse", "E3", "12,345"), "Risorse!E3", SheetRule.INVALID_VALUE,
                "Proventi correnti / Revenues");
        both("an English-formatted amount among Italian ones", b -> b.set("Risorse", "F3", "4,800.50"), "Risorse!F3",
                SheetRule.INVALID_VALUE, "Oneri correnti / Costs");
        xlsx("an amount with float noise from a formula result", b -> b.set("Risorse", "F2", 0.30000000000000004), "Risorse!F2",
                SheetRule.INVALID_VALUE, "Oneri correnti / Costs");
        both("a malformed objective code", b -> b.set("Albero", "B4", "11-5-1"), "Albero!B4", SheetRule.INVALID_VALUE, "Codice / Code");
        both("a malformed program code", b -> b.set("Albero", "B3", "011/005"), "Albero!B3", SheetRule.INVALID_VALUE, "Codice / Code");
        both("a declared indicator count that is a word", b -> b.set("Albero", "E4", "tre").set("Albero", "E1",
                "Indicatori dichiarati / Declared indicators"), "Albero!E4", SheetRule.NOT_A_NUMBER,
                "Indicatori dichiarati / Declared indicators");
        // ---- missing values and columns
        both("a missing required column", b -> b.removeColumn("Indicatori", 4), "Indicatori!A1", SheetRule.COLUMN_MISSING,
                "Polarità / Polarity");
        both("a missing title", b -> b.set("Albero", "D4", null), "Albero!D4", SheetRule.VALUE_REQUIRED, "Titolo / Title");
        both("a missing indicator name", b -> b.set("Indicatori", "D2", "   "), "Indicatori!D2", SheetRule.VALUE_REQUIRED,
                "Indicatore / Name");
        both("a missing plan field value", b -> b.set("Piano", "A3", "Amministrazione").set("Piano", "B3", null), "Piano!B3",
                SheetRule.VALUE_REQUIRED, "Amministrazione / Administration");
        both("a missing sheet", b -> b.without("Albero"), "Albero", SheetRule.SHEET_MISSING, null);
        both("a values row with neither target nor result", b -> b.addRow("Valori", "1", 2018), "Valori!D4", SheetRule.VALUE_REQUIRED,
                "Risultato / Result");
        both("a baseline unit without value", b -> b.set("Indicatori", "G1", "Unità del valore di partenza / Baseline unit")
                .set("Indicatori", "H1", "Valore di partenza (numero) / Baseline value").set("Indicatori", "G2", "%"), "Indicatori!H2",
                SheetRule.VALUE_REQUIRED, "Valore di partenza (numero) / Baseline value");
        // ---- columns and sheets not read
        both("an unknown column", b -> b.set("Indicatori", "G1", "Colore / Colour").set("Indicatori", "G2", "rosso"), "Indicatori!G1",
                SheetRule.COLUMN_UNKNOWN, "Colore / Colour");
        both("a duplicate column", b -> b.set("Indicatori", "G1", "Peso").set("Indicatori", "G2", 10), "Indicatori!G1",
                SheetRule.COLUMN_DUPLICATE, "Peso");
        both("a value in a column without header", b -> b.set("Valori", "F3", "appunto"), "Valori!F3", SheetRule.COLUMN_UNNAMED, null);
        both("an unknown sheet", b -> b.sheet("Appunti", Book.row("qualcosa")), "Appunti", SheetRule.SHEET_UNKNOWN, null);
        xlsx("a hidden sheet", b -> b.hide("Indicatori"), "Indicatori", SheetRule.SHEET_HIDDEN, null);
        // ---- references
        both("a duplicate strategic objective code", b -> b.addRow("Albero", "obiettivo strategico", "011-005-001", null, "Doppione"),
                "Albero!B6", SheetRule.DUPLICATE_CODE, "Codice / Code");
        both("a duplicate mission code", b -> b.addRow("Albero", "missione", "011", null, "Doppione"), "Albero!B6",
                SheetRule.DUPLICATE_CODE, "Codice / Code");
        both("a duplicate indicator reference", b -> b.set("Indicatori", "A3", "1"), "Indicatori!A3", SheetRule.DUPLICATE_CODE,
                "Rif. / Ref");
        both("an indicator of an undeclared objective", b -> b.set("Indicatori", "B2", "011-005-009"), "Indicatori!B2",
                SheetRule.UNKNOWN_PARENT, "Obiettivo / Objective");
        both("an indicator of an undeclared operational objective", b -> b.set("Indicatori", "C3", "OP9"), "Indicatori!C3",
                SheetRule.UNKNOWN_PARENT, "Obiettivo operativo / Operational objective");
        both("a program of an undeclared mission", b -> b.set("Albero", "B3", "012-005"), "Albero!B3", SheetRule.UNKNOWN_PARENT,
                "Codice / Code");
        both("an operational objective of an undeclared strategic one", b -> b.set("Albero", "C5", "011-005-002"), "Albero!C5",
                SheetRule.UNKNOWN_PARENT, "Obiettivo strategico / Strategic objective");
        both("a value of an undeclared indicator", b -> b.set("Valori", "A3", "7"), "Valori!A3", SheetRule.UNKNOWN_INDICATOR,
                "Rif. indicatore / Indicator ref");
        both("two rows for the same indicator and year", b -> b.addRow("Valori", "1", 2017, "almeno 3", null), "Valori!B4",
                SheetRule.DUPLICATE_ROW, "Anno / Year");
        both("two rows for the same objective, year and basis", b -> b.set("Risorse", "D3", "preventivo"), "Risorse!D3",
                SheetRule.DUPLICATE_ROW, "Base / Basis");
        both("a plan field given twice", b -> b.addRow("Piano", "Anno di riferimento", 2016), "Piano!A7", SheetRule.DUPLICATE_FIELD,
                "Campo / Field");
        both("a reference year outside the horizon", b -> b.set("Piano", "B4", 2020), "Piano!B4", SheetRule.INVALID_VALUE,
                "Anno di riferimento / Reference year");
        both("an unreadable reading override", b -> b.set("Valori", "E1", "Lettura del risultato / Result reading")
                .set("Valori", "E2", "circa tre"), "Valori!E2", SheetRule.BAD_READING, "Lettura del risultato / Result reading");
        both("a comment without result", b -> b.set("Valori", "E1", "Commento / Comment").set("Valori", "D2", null)
                .set("Valori", "E2", "ritardi"), "Valori!D2", SheetRule.VALUE_REQUIRED, "Risultato / Result");
        // ---- formulas and cell errors
        xlsx("a formula without cached value", b -> b.set("Indicatori", "F2", new Book.Formula("25*2")), "Indicatori!F2",
                SheetRule.FORMULA_WITHOUT_VALUE, "Peso / Weight");
        raw("a formula whose cached value is an error", n -> edited(n, "xl/worksheets/sheet3.xml",
                x -> x.replaceFirst("<c r=\"F2\"[^>]*>.*?</c>", "<c r=\"F2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>")),
                SheetLimits.DEFAULT, "Indicatori!F2", SheetRule.CELL_ERROR);
        // ---- broken files and hostile ones
        raw("a broken zip", n -> {
            byte[] ok = Book.base().xlsxBytes();
            return bytes(n, java.util.Arrays.copyOf(ok, ok.length / 2));
        }, SheetLimits.DEFAULT, "file", SheetRule.NOT_A_WORKBOOK);
        raw("a text file named .xlsx", n -> bytes(n, "Codice;Titolo\n011;Competitività\n".getBytes(StandardCharsets.UTF_8)),
                SheetLimits.DEFAULT, "file", SheetRule.NOT_A_WORKBOOK);
        raw("an old binary .xls", n -> bytes(n, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1, 0, 0, 0, 0}), SheetLimits.DEFAULT, "file", SheetRule.NOT_A_WORKBOOK);
        raw("a zip bomb: an entry compressed a thousand to one", n -> Book.addEntry(Book.base().xlsx(dir, n), "xl/media/bomb.bin",
                new byte[8 << 20], false), SheetLimits.DEFAULT, "file", SheetRule.RATIO_TOO_HIGH);
        raw("a zip bomb: an entry beyond the entry-size limit", n -> Book.addEntry(Book.base().xlsx(dir, n), "xl/media/big.bin",
                new byte[3 << 20], true), SheetLimits.DEFAULT.withMaxEntryBytes(2 << 20), "file", SheetRule.ENTRY_TOO_LARGE);
        raw("a zip bomb: entries beyond the total-size limit", n -> Book.base().xlsx(dir, n), SheetLimits.DEFAULT.withMaxTotalBytes(2_000),
                "file", SheetRule.TOTAL_TOO_LARGE);
        raw("an external entity (XXE)", n -> edited(n, "xl/worksheets/sheet3.xml", x -> x.replaceFirst("\\?>",
                "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>").replace("Eventi realizzati", "&xxe;")),
                SheetLimits.DEFAULT, "file", SheetRule.DTD_FORBIDDEN);
        raw("a billion-laughs entity in the shared strings", n -> edited(n, "xl/sharedStrings.xml", x -> x.replaceFirst("\\?>",
                "?><!DOCTYPE sst [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>")), SheetLimits.DEFAULT, "file",
                SheetRule.DTD_FORBIDDEN);
        raw("absurd sheet dimensions", n -> edited(n, "xl/worksheets/sheet3.xml",
                x -> x.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:XFD9999999\"/>")), SheetLimits.DEFAULT, "file",
                SheetRule.DIMENSION_TOO_LARGE);
        raw("too many cells", n -> Book.base().xlsx(dir, n), SheetLimits.DEFAULT.withMaxCells(20), "Albero", SheetRule.TOO_MANY_CELLS);
        raw("a file beyond the file-size limit", n -> Book.base().xlsx(dir, n), SheetLimits.DEFAULT.withMaxFileBytes(1_000), "file",
                SheetRule.FILE_TOO_LARGE);
        raw("a row of three hundred columns", n -> {
            Book b = Book.base();
            for (int c = 6; c < 300; c++) {
                b.set("Indicatori", Source.columnName(c) + "3", "x");
            }
            return b.xlsx(dir, n);
        }, SheetLimits.DEFAULT, "Indicatori!3", SheetRule.TOO_MANY_COLUMNS);
        raw("a sheet of a million rows", n -> Book.base().xlsxWithRows(dir, n, "Valori", 1_000_000), SheetLimits.DEFAULT, "Valori",
                SheetRule.TOO_MANY_ROWS);
        raw("a cell of forty thousand characters", n -> Book.base().set("Albero", "D4", "x".repeat(40_000)).xlsx(dir, n),
                SheetLimits.DEFAULT, "Albero!D4", SheetRule.TEXT_TOO_LONG);
        raw("a CSV with an unclosed quote", n -> {
            Path folder = Book.base().csv(dir, n);
            try {
                Files.writeString(folder.resolve("Valori.csv"), "Rif. indicatore;Anno;Risultato atteso\n1;2017;\"almeno 2\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return folder;
        }, SheetLimits.DEFAULT, "Valori!2", SheetRule.UNREADABLE);
        raw("a CSV that is not UTF-8", n -> {
            Path folder = Book.base().csv(dir, n);
            try {
                Files.write(folder.resolve("Albero.csv"), "Livello;Codice;Titolo\nmissione;011;Competitivit\u00e0\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return folder;
        }, SheetLimits.DEFAULT, "Albero", SheetRule.UNREADABLE);
    }

    @TestFactory
    Stream<DynamicTest> everyBadSpreadsheetGetsItsLocatedMessage() {
        assertTrue(CASES.size() >= 40, "the catalogue holds " + CASES.size() + " spreadsheets");
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name, () -> {
            Path file = c.file.apply(c.name.replaceAll("[^A-Za-z0-9]+", "-"));
            SheetImport result = AlberoSheets.strict().withLimits(c.limits).check(file);
            assertFalse(result.plan().isPresent(), c.name + " must not give a plan");
            List<SheetProblem> matching = result.report().problems().stream()
                    .filter(p -> p.rule() == c.rule && p.location().equals(c.location)).collect(Collectors.toList());
            assertFalse(matching.isEmpty(), c.name + ": expected " + c.rule + " at " + c.location + ", got\n" + result.report());
            SheetProblem p = matching.get(0);
            if (c.column != null) {
                assertEquals(c.column, p.column().orElse(null), c.name);
            }
            for (Locale l : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
                String m = p.render(l);
                assertFalse(m.contains("{"), "unfilled parameter in " + m);
                assertTrue(m.startsWith(c.location), m);
            }
            assertFalse(p.message(Locale.ITALIAN).equals(p.message(Locale.ENGLISH)), "Italian and English differ: " + p);
        }));
    }
}
