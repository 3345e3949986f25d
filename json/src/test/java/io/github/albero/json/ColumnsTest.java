package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A column counts characters whatever the document was read from: a string, bytes, a file, a stream, a JSON line. */
class ColumnsTest {
    @Test
    void theSameErrorHasTheSameColumnInAStringAFileAStreamAndAJsonLine(@TempDir Path dir) throws Exception {
        // accented letters, a typographic apostrophe and an emoji before the broken member, on its line
        String json = BadInputCatalogueTest.edit("\"Relazione 2017\"", "\"Relazione “più” dell’ente 🌳 è già\"")
                .replace("\"costs\":5000.00", "\"costs\":-1");
        Path file = Files.writeString(dir.resolve("relazione.json"), json);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int column = json.indexOf("-1") + 1;
        List<Supplier<AlberoJsonException>> reads = List.of(
                () -> assertThrows(AlberoJsonException.class, () -> AlberoJson.read(json)),
                () -> assertThrows(AlberoJsonException.class, () -> AlberoJson.read(bytes)),
                () -> assertThrows(AlberoJsonException.class, () -> AlberoJson.read(file)),
                () -> assertThrows(AlberoJsonException.class, () -> AlberoJson.read(new ByteArrayInputStream(bytes))),
                () -> AlberoJson.readEachLine(new ByteArrayInputStream(("\n" + json).getBytes(StandardCharsets.UTF_8)))
                        .findFirst().orElseThrow().error().orElseThrow());
        for (Supplier<AlberoJsonException> read : reads) {
            AlberoJsonException e = read.get();
            assertEquals("/missions/0/programs/0/objectives/0/resources/2017/budget/costs", e.pointer());
            assertEquals(column, e.column(), e.getMessage());
        }
        // on a later line of a pretty document too, with the line counted as Jackson counts it (\r\n, \r, \n)
        String pretty = json.replace(",\"administration\"", ",\r\n\"administration\"").replace(",\"referenceYear\"", ",\r\"referenceYear\"")
                .replace(",\"currency\"", ",\n\"currency\"");
        AlberoJsonException fromString = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(pretty));
        AlberoJsonException fromBytes = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(pretty.getBytes(StandardCharsets.UTF_8)));
        assertEquals(4, fromString.line());
        assertEquals(fromString.getMessage(), fromBytes.getMessage());
    }
}
