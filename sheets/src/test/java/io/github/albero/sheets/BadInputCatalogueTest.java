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
        // a formula's binary noise (0.30000000000000004) is read at a spreadsheet's 15 digits (HostileCellsTest); a real third decimal is refused
        xlsx("an amount with a third decimal from a formula result", b -> b.set("Risorse", "F2", 0.305), "Risorse!F2",
                SheetRule.INVALID_VALUE, "Oneri correnti / Costs");
        both("a malformed objective code", b -> b.set("Albero", "B4", "11-5-1"), "Albero!B4", SheetRule.INVALID_VALUE, "Codice / Code");
        both("a malformed program code", b -> b.set("Albero", "B3", "011/005"), "Albero!B3", SheetRule.INVALID_VALUE, "Codice / Code");
        both("a declared indicator count that is a word", b -> b.set("Albero", "E4", "tre").set("Albero", "E1",
                "Indicatori dichiarati / Declared indicators"), "Albero!E4", SheetRule.NOT_A_NUMBER,
                "Indicatori dichiarati / Declared indicators");
        // ---- the measurement method (Metodo sheet)
        both("a cap below 100%", b -> method(b, "Tetto", "90"), "Metodo!B2", SheetRule.METHOD_OUT_OF_RANGE, "Tetto / Cap");
        both("a cap that is a word", b -> method(b, "Tetto", "alto"), "Metodo!B2", SheetRule.NOT_A_PERCENTAGE, "Tetto / Cap");
        both("a partial share with three decimals", b -> method(b, "Aggregazione", "media semplice", "Parziale realizzazione", "37,125"),
                "Metodo!B3", SheetRule.METHOD_OUT_OF_RANGE, "Parziale realizzazione / Partially achieved");
        both("an unknown rollup", b -> method(b, "Aggregazione", "mediana"), "Metodo!B2", SheetRule.NOT_IN_LIST, "Aggregazione / Rollup");
        both("a rounding that does not round", b -> method(b, "Arrotondamento", "unnecessary"), "Metodo!B2", SheetRule.NOT_IN_LIST,
                "Arrotondamento / Rounding");
        both("seven decimals of score", b -> method(b, "Decimali", 7), "Metodo!B2", SheetRule.METHOD_OUT_OF_RANGE,
                "Decimali / Decimals");
        both("score steps out of order", b -> method(b, "Gradini della scala", "0 → 0\n100 → 100\n50 → 50"), "Metodo!B2",
                SheetRule.BAD_SCORE_STEPS, "Gradini della scala / Score steps");
        both("score steps not starting from 0", b -> method(b, "Gradini della scala", "50% → 50%\n100% → 100%"), "Metodo!B2",
                SheetRule.BAD_SCORE_STEPS, "Gradini della scala / Score steps");
        both("a score step without arrow", b -> method(b, "Gradini della scala", "0 → 0\n50 fino a 75"), "Metodo!B2",
                SheetRule.BAD_SCORE_STEPS, "Gradini della scala / Score steps");
        both("both a step scale and a linear scale", b -> method(b, "Gradini della scala", "0 → 0\n100 → 100", "Scala lineare da", 50),
                "Metodo!B3", SheetRule.SCALE_TWICE, "Scala lineare da / Linear scale from");
        both("a linear scale from 100%", b -> method(b, "Scala lineare da", 100), "Metodo!B2", SheetRule.METHOD_OUT_OF_RANGE,
                "Scala lineare da / Linear scale from");
        both("a method choice given twice", b -> method(b, "Tetto", 100, "Cap", 120), "Metodo!A3", SheetRule.DUPLICATE_FIELD,
                "Campo / Field");
        both("an unknown method choice", b -> method(b, "Bonus", 5), "Metodo!A2", SheetRule.COLUMN_UNKNOWN, null);
        both("a yes/no method choice that is neither", b -> method(b, "Aggregazione dai valori esatti", "forse"), "Metodo!B2",
                SheetRule.NOT_IN_LIST, "Aggregazione dai valori esatti / Rollup from exact values");
        both("a band without interval", b -> method(b, "Fasce", "raggiunto [90%; +∞)\nnon raggiunto sotto 90"), "Metodo!B2",
                SheetRule.BAD_BAND, "Fasce / Bands");
        both("an empty band", b -> method(b, "Fasce", "vuota [90%; 80%)"), "Metodo!B2", SheetRule.INVALID_VALUE, "Fasce / Bands");
        both("a band with a score that is a word", b -> method(b, "Fasce", "ottimo [95%; +∞) punteggio alto"), "Metodo!B2",
                SheetRule.BAD_BAND, "Fasce / Bands");
        xlsx("a date as a minimum threshold", b -> method(b, "Soglia minima", LocalDate.of(2017, 5, 1)), "Metodo!B2",
                SheetRule.DATE_NOT_EXPECTED, "Soglia minima / Minimum threshold");
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
        // ---- the members of #13: ratios, monitoring periods, revisions, breakdowns, staff, public value
        both("a numerator without denominator", b -> b.set("Indicatori", "G1", "Numeratore / Numerator")
                .set("Indicatori", "H1", "Denominatore / Denominator").set("Indicatori", "G2", "pratiche evase"), "Indicatori!H2",
                SheetRule.RATIO_INCOMPLETE, "Denominatore / Denominator");
        both("a denominator without numerator", b -> b.set("Indicatori", "G1", "Numeratore / Numerator")
                .set("Indicatori", "H1", "Denominatore / Denominator").set("Indicatori", "H3", "pratiche ricevute"), "Indicatori!G3",
                SheetRule.RATIO_INCOMPLETE, "Numeratore / Numerator");
        both("a ratio scale without numerator and denominator", b -> b.set("Indicatori", "G1", "Scala del rapporto / Ratio scale")
                .set("Indicatori", "G2", "percentuale"), "Indicatori!G2", SheetRule.RATIO_INCOMPLETE, "Scala del rapporto / Ratio scale");
        both("an unknown ratio scale", b -> b.set("Indicatori", "G1", "Numeratore").set("Indicatori", "H1", "Denominatore")
                .set("Indicatori", "I1", "Scala del rapporto").set("Indicatori", "G2", "evase").set("Indicatori", "H2", "ricevute")
                .set("Indicatori", "I2", "per cento"), "Indicatori!I2", SheetRule.NOT_IN_LIST, "Scala del rapporto");
        both("an unknown period aggregation", b -> b.set("Indicatori", "G1", "Aggregazione dei periodi / Period aggregation")
                .set("Indicatori", "G2", "mediana"), "Indicatori!G2", SheetRule.NOT_IN_LIST, "Aggregazione dei periodi / Period aggregation");
        both("a result numerator without denominator", b -> b.set("Valori", "E1", "Numeratore del risultato / Result numerator")
                .set("Valori", "F1", "Denominatore del risultato / Result denominator").set("Valori", "E2", 12), "Valori!F2",
                SheetRule.RATIO_INCOMPLETE, "Denominatore del risultato / Result denominator");
        both("a result denominator that is a word", b -> b.set("Valori", "E1", "Numeratore del risultato")
                .set("Valori", "F1", "Denominatore del risultato").set("Valori", "E2", 12).set("Valori", "F2", "venti"), "Valori!F2",
                SheetRule.INVALID_VALUE, "Denominatore del risultato");
        both("result parts without a result text", b -> b.set("Valori", "E1", "Numeratore del risultato")
                .set("Valori", "F1", "Denominatore del risultato").set("Valori", "D2", null).set("Valori", "E2", 12).set("Valori", "F2", 20),
                "Valori!D2", SheetRule.VALUE_REQUIRED, "Risultato / Result");
        both("a monitoring period that is not a date", b -> monitoring(b).set("Monitoraggio", "B2", "primo semestre"), "Monitoraggio!B2",
                SheetRule.NOT_A_DATE, "Dal / From");
        both("a monitoring period ending before it starts", b -> monitoring(b).set("Monitoraggio", "B2", "01/07/2017"), "Monitoraggio!C2",
                SheetRule.INVALID_VALUE, "Al / To");
        both("a monitoring row of an undeclared indicator", b -> monitoring(b).set("Monitoraggio", "A2", "9"), "Monitoraggio!A2",
                SheetRule.UNKNOWN_INDICATOR, "Rif. indicatore / Indicator ref");
        both("two monitoring rows for the same period", b -> monitoring(b).addRow("Monitoraggio", "1", "01/01/2017", "30/06/2017", "n. 2"),
                "Monitoraggio!B3", SheetRule.DUPLICATE_ROW, "Dal / From");
        both("an unknown reporting status", b -> monitoring(b).set("Monitoraggio", "E1", "Stato / Status").set("Monitoraggio", "E2", "forse"),
                "Monitoraggio!E2", SheetRule.NOT_IN_LIST, "Stato / Status");
        both("a period target reading without the target", b -> monitoring(b).set("Monitoraggio", "E1", "Lettura del risultato atteso")
                .set("Monitoraggio", "F1", "Risultato atteso del periodo / Period target").set("Monitoraggio", "E2", "atLeast 1"),
                "Monitoraggio!F2", SheetRule.VALUE_REQUIRED, "Risultato atteso del periodo / Period target");
        xlsx("a revision date as a date cell in a year column", b -> revisions(b).set("Revisioni", "B2", LocalDate.of(2017, 7, 15)),
                "Revisioni!B2", SheetRule.DATE_NOT_EXPECTED, "Anno / Year");
        both("a revision of a year without target", b -> revisions(b).set("Revisioni", "B2", 2018), "Revisioni!B2", SheetRule.NO_TARGET,
                "Anno / Year");
        both("a revision with both a year and a period", b -> revisions(b).set("Revisioni", "F1", "Dal / From")
                .set("Revisioni", "F2", "01/01/2017"), "Revisioni!B2", SheetRule.YEAR_OR_PERIOD, "Anno / Year");
        both("a revision with neither a year nor a period", b -> revisions(b).set("Revisioni", "B2", null), "Revisioni!B2",
                SheetRule.YEAR_OR_PERIOD, "Anno / Year");
        both("a revision date that is not a date", b -> revisions(b).set("Revisioni", "C2", "luglio"), "Revisioni!C2", SheetRule.NOT_A_DATE,
                "Data / Date");
        both("a revision without its new target", b -> revisions(b).set("Revisioni", "D2", null), "Revisioni!D2", SheetRule.VALUE_REQUIRED,
                "Risultato atteso rivisto / Revised target");
        both("a revision of a period the indicator does not monitor", b -> revisions(b).set("Revisioni", "B1", "Dal").set("Revisioni", "F1", "Al")
                .set("Revisioni", "B2", "01/01/2017").set("Revisioni", "F2", "30/06/2017"), "Revisioni!B2", SheetRule.NO_TARGET, "Dal");
        both("a breakdown part with both a value and parts", b -> breakdowns(b).set("Scomposizioni", "F1", "Numeratore / Numerator")
                .set("Scomposizioni", "G1", "Denominatore / Denominator").set("Scomposizioni", "F2", 1).set("Scomposizioni", "G2", 2),
                "Scomposizioni!E2", SheetRule.VALUE_OR_PARTS, "Valore / Value");
        both("a breakdown part with neither a value nor parts", b -> breakdowns(b).set("Scomposizioni", "E2", null), "Scomposizioni!E2",
                SheetRule.VALUE_OR_PARTS, "Valore / Value");
        both("a breakdown of a year without result", b -> breakdowns(b).set("Scomposizioni", "B2", 2016), "Scomposizioni!B2",
                SheetRule.NO_RESULT, "Anno / Year");
        both("a breakdown part value that is a word", b -> breakdowns(b).set("Scomposizioni", "E2", "due"), "Scomposizioni!E2",
                SheetRule.INVALID_VALUE, "Valore / Value");
        both("a breakdown part named twice", b -> breakdowns(b).set("Scomposizioni", "D3", "donne"), "Scomposizioni!C2",
                SheetRule.INVALID_VALUE, null);
        both("a negative FTE", b -> staff(b).set("Personale", "D2", "-1"), "Personale!D2", SheetRule.INVALID_VALUE, "FTE / FTE");
        both("an FTE with a unit", b -> staff(b).set("Personale", "D2", "2 persone"), "Personale!D2", SheetRule.NOT_A_DECIMAL, "FTE / FTE");
        both("staff of an undeclared objective", b -> staff(b).set("Personale", "A2", "011-005-009"), "Personale!A2",
                SheetRule.UNKNOWN_PARENT, "Obiettivo / Objective");
        both("a contribution from an undeclared objective", b -> publicValue(b).set("Contributi", "B2", "011-005-009"), "Contributi!B2",
                SheetRule.UNKNOWN_CONTRIBUTOR, "Obiettivo / Objective");
        both("a contribution to an undeclared public-value objective", b -> publicValue(b).set("Contributi", "A2", "VP9"), "Contributi!A2",
                SheetRule.UNKNOWN_PUBLIC_VALUE, "Valore pubblico / Public value");
        both("a contribution listed twice", b -> publicValue(b).addRow("Contributi", "VP1", "011-005-001", 50), "Contributi!B3",
                SheetRule.DUPLICATE_ROW, "Obiettivo / Objective");
        both("a public-value code that is a strategic objective's", b -> publicValue(b).set("Valore pubblico", "A2", "011-005-001")
                .set("Contributi", "A2", "011-005-001"), "Valore pubblico!A2", SheetRule.DUPLICATE_CODE, "Codice / Code");
        both("a public-value objective without title", b -> publicValue(b).set("Valore pubblico", "B2", null), "Valore pubblico!B2",
                SheetRule.VALUE_REQUIRED, "Titolo / Title");
        both("a public-value indicator with an operational objective", b -> publicValue(b).set("Indicatori", "B2", "VP1")
                .set("Indicatori", "C2", "OP1"), "Indicatori!C2", SheetRule.INVALID_VALUE, "Obiettivo operativo / Operational objective");
        both("a cycle of public-value contributions", b -> publicValue(b).addRow("Valore pubblico", "VP2", "Territorio attrattivo")
                .addRow("Contributi", "VP2", "VP1", null).addRow("Contributi", "VP1", "VP2", null), "Valore pubblico!A2",
                SheetRule.INVALID_VALUE, "Codice / Code");
        // ---- classification schemes and the document's own codes (#12)
        both("an unknown classification scheme", b -> b.addRow("Piano", "Schema di classificazione", "regioni"), "Piano!B7",
                SheetRule.NOT_IN_LIST, "Schema di classificazione / Classification scheme");
        both("unique codes neither yes nor no", b -> b.addRow("Piano", "Codici univoci", "forse"), "Piano!B7", SheetRule.NOT_IN_LIST,
                "Codici univoci / Unique codes");
        both("an own objective code without placement", b -> b.set("Albero", "E1", "Collocazione / Placed under").set("Albero", "B4", "OS1")
                .set("Albero", "C5", "OS1").set("Indicatori", "B2", "OS1").set("Indicatori", "B3", "OS1"), "Albero!E4",
                SheetRule.VALUE_REQUIRED, "Collocazione / Placed under");
        both("a placement in an undeclared program", b -> b.set("Albero", "E1", "Collocazione / Placed under").set("Albero", "B4", "OS1")
                .set("Albero", "E4", "011-009"), "Albero!E4", SheetRule.UNKNOWN_PARENT, "Collocazione / Placed under");
        both("a placement on a mission row", b -> b.set("Albero", "E1", "Collocazione / Placed under").set("Albero", "E2", "011"),
                "Albero!E2", SheetRule.INVALID_VALUE, "Collocazione / Placed under");
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

    private static Book method(Book b, Object... fieldsAndValues) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(Book.row("Campo / Field", "Valore / Value"));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            rows.add(Book.row(fieldsAndValues[i], fieldsAndValues[i + 1]));
        }
        return b.sheet("Metodo", rows.toArray(List[]::new));
    }

    private static Book monitoring(Book b) {
        return b.sheet("Monitoraggio", Book.row("Rif. indicatore / Indicator ref", "Dal / From", "Al / To", "Risultato / Result"),
                Book.row("1", "01/01/2017", "30/06/2017", "n. 1 eventi"));
    }

    private static Book revisions(Book b) {
        return b.sheet("Revisioni", Book.row("Rif. indicatore / Indicator ref", "Anno / Year", "Data / Date",
                "Risultato atteso rivisto / Revised target", "Motivo / Reason"),
                Book.row("1", 2017, "15/07/2017", "realizzazione di almeno 3 eventi", "nuovo bando"));
    }

    private static Book breakdowns(Book b) {
        return b.sheet("Scomposizioni", Book.row("Rif. indicatore / Indicator ref", "Anno / Year", "Dimensione / Dimension", "Voce / Part",
                "Valore / Value"), Book.row("1", 2017, "genere", "donne", 2), Book.row("1", 2017, "genere", "uomini", 1));
    }

    private static Book staff(Book b) {
        return b.sheet("Personale", Book.row("Obiettivo / Objective", "Obiettivo operativo / Operational objective", "Categoria / Category",
                "FTE / FTE"), Book.row("011-005-001", null, "dirigenti", "1,5"));
    }

    private static Book publicValue(Book b) {
        return b.sheet("Valore pubblico", Book.row("Codice / Code", "Titolo / Title"), Book.row("VP1", "Imprese più competitive"))
                .sheet("Contributi", Book.row("Valore pubblico / Public value", "Obiettivo / Objective", "Peso / Weight"),
                        Book.row("VP1", "011-005-001", 100));
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
