package io.github.albero.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableTest {
    private static final Table TABLE = Table.of(List.of("Codice", "Nome", "Punteggio"), List.of(
            List.of("011-005-004", "FAVORIRE LO START UP, SOSTENERE LO SVILUPPO DELLE IMPRESE E DEL TERRITORIO, ANCHE "
                    + "ATTRAVERSO LA DIFFUSIONE DI STRUMENTI INNOVATIVI \"DIGITALI\"", "75%"),
            List.of("032-002-002", "TRASPARENZA.\nSeconda riga", "100%")));

    @Test
    void aTableFitsAHundredColumnsAlignsNumbersRightAndCutsLongTexts() {
        String text = TABLE.toString();
        for (String line : text.split("\n")) {
            assertTrue(line.length() <= 100, line.length() + ": " + line);
        }
        String[] lines = text.split("\n");
        assertEquals(4, lines.length, text);
        assertTrue(lines[2].contains("…"), lines[2]);
        assertTrue(lines[2].endsWith(" 75%"), lines[2]);
        assertTrue(lines[3].endsWith("100%"), lines[3]);
        assertTrue(lines[3].contains("TRASPARENZA. Seconda riga"), "line breaks shown as spaces: " + lines[3]);
        assertTrue(lines[2].startsWith("011-005-004  "), "codes stay left: " + lines[2]);
        assertTrue(TABLE.render(40).lines().allMatch(l -> l.length() <= 40), TABLE.render(40));
    }

    @Test
    void italianCsvHasABomSemicolonsFullQuotingAndKeepsLineBreaksQuoted() {
        String csv = TABLE.csv(CsvFormat.ITALIAN);
        assertTrue(csv.startsWith("\uFEFF\"Codice\";\"Nome\";\"Punteggio\"\r\n"), csv);
        assertTrue(csv.contains("\"\"DIGITALI\"\"\";\"75%\"\r\n"), csv);
        assertTrue(csv.contains("\"TRASPARENZA.\nSeconda riga\""), csv);
        String english = TABLE.csv(CsvFormat.ENGLISH);
        assertTrue(english.startsWith("\"Codice\",\"Nome\",\"Punteggio\"\r\n"), english);
        assertEquals(CsvFormat.ITALIAN, CsvFormat.of(java.util.Locale.ITALY));
        assertEquals(CsvFormat.ENGLISH, CsvFormat.of(java.util.Locale.GERMAN));
    }

    @Test
    void writingCsvCreatesTheMissingFolders(@TempDir Path dir) throws Exception {
        Path file = TABLE.writeCsv(dir.resolve("non/ancora/creata/x.csv"), CsvFormat.ITALIAN);
        assertEquals(TABLE.csv(CsvFormat.ITALIAN), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRejectedNamingIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Table.of(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3"))));
        assertTrue(e.getMessage().contains("rows[1]"), e.getMessage());
    }

    @Test
    void leadingSpacesIndentATreeAndDashesOrNdDoNotMakeANumberColumnText() {
        Table tree = Table.of(List.of("nodo", "grado", "scost. %"), List.of(
                List.of("011 Competitività", "95%", "-14,3%"),
                List.of("  011-005 Promozione", "—", "n.d."),
                List.of("    · Polo Tecnologico", "-€ 5.000,00", "n/a")));
        String[] lines = tree.toString().split("\n");
        assertTrue(lines[3].startsWith("  011-005 Promozione"), lines[3]);
        assertTrue(lines[4].startsWith("    · Polo"), lines[4]);
        assertTrue(lines[3].contains("          —"), "a dash sits right in a number column: " + lines[3]);
        assertTrue(lines[3].endsWith("    n.d."), lines[3]);
        assertTrue(lines[2].contains("         95%"), lines[2]);
    }

    @Test
    void markdownAlignsNumbersRightAndNoCellBreaksTheTable() {
        Table t = Table.of(List.of("voce", "preventivo"), List.of(
                List.of("a | b", "€ 518.660,00"),
                List.of("already \\| escaped\nnext line", "\\-€ 5.000,00")));
        assertEquals("| voce | preventivo |\n"
                + "|---|---:|\n"
                + "| a \\| b | € 518.660,00 |\n"
                + "| already \\| escaped next line | \\-€ 5.000,00 |\n", t.markdown());
    }
}
