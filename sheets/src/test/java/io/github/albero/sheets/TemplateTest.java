package io.github.albero.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class TemplateTest {
    static final String RESOURCE = "/io/github/albero/sheets/albero-template.xlsx";

    /** Every sheet's name and every cell's text, row by row: what a user sees of a workbook. */
    static List<String> content(InputStream xlsx) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx)) {
            for (Sheet s : (Iterable<Sheet>) wb.getSheets()::iterator) {
                lines.add("# " + s.getName() + " " + s.getVisibility());
                for (Row r : s.read()) {
                    StringBuilder sb = new StringBuilder(r.getRowNum() + ":");
                    r.forEach(c -> sb.append(" | ").append(c == null ? "" : c.getText()));
                    lines.add(sb.toString());
                }
            }
        }
        return lines;
    }

    @Test
    void theShippedTemplateIsExactlyWhatTheWriterProduces() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AlberoSheets.writeTemplate(out);
        // kept in target/ so that a change to the template can be reviewed and copied into src/main/resources
        Files.write(Path.of("target/albero-template.xlsx"), out.toByteArray());
        InputStream shipped = AlberoSheets.class.getResourceAsStream(RESOURCE);
        assertNotNull(shipped, "the blank template ships in the jar");
        assertEquals(content(new ByteArrayInputStream(out.toByteArray())), content(shipped),
                "regenerate: cp sheets/target/albero-template.xlsx sheets/src/main/resources" + RESOURCE);
    }

    @Test
    void theBlankTemplateReadsAsAPlanOnlyOnceItsRequiredFieldsAreFilled() throws IOException {
        Path blank = Files.createTempFile("template", ".xlsx");
        try (InputStream in = AlberoSheets.class.getResourceAsStream(RESOURCE)) {
            Files.copy(in, blank, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        SheetImport result = AlberoSheets.strict().check(blank);
        assertTrue(result.plan().isEmpty());
        assertTrue(result.report().errors().stream().allMatch(p -> p.rule() == SheetRule.VALUE_REQUIRED), result.report().toString());
        assertEquals(5, result.report().errors().size(), result.report().toString());
    }
}
