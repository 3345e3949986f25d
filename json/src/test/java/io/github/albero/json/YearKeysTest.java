package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A year named twice in one year map is refused at its second name, whether near the map's first year or far from it. */
class YearKeysTest {
    private static String results(String keys) {
        return BadInputCatalogueTest.edit("\"results\":{\"2017\":{\"text\":\"100%\"", "\"results\":{" + keys + "\"2017\":{\"text\":\"100%\"");
    }

    @Test
    void aRepeatedYearIsRefusedAtItsSecondNameNearOrFarFromTheFirstYearAndDistinctYearsAreRead() {
        String[][] cases = {
            {"\"1950\":{\"text\":\"x\"},\"1950\":{\"text\":\"y\"},", "1950"},
            {"\"2990\":{\"text\":\"x\"},\"1901\":{\"text\":\"y\"},\"2990\":{\"text\":\"z\"},", "2990"},
            {"\"2016\":{\"text\":\"x\"},\"2999\":{\"text\":\"y\"},\"2999\":{\"text\":\"z\"},", "2999"},
        };
        for (String[] c : cases) {
            for (AlberoJsonReader reader : new AlberoJsonReader[] {AlberoJson.strict(), AlberoJson.strict().withoutSharing()}) {
                AlberoJsonException e = assertThrows(AlberoJsonException.class,
                        () -> reader.read(results(c[0]).getBytes(StandardCharsets.UTF_8)));
                assertEquals(BadInputCatalogueTest.IND + "/results/" + c[1], e.pointer());
                assertEquals("duplicate member: Duplicate Object property \"" + c[1] + "\"", e.problem());
            }
        }
        String distinct = results("\"1900\":{\"text\":\"x\"},\"2999\":{\"text\":\"y\"},\"1964\":{\"text\":\"z\"},\"2049\":{\"text\":\"w\"},");
        assertEquals(java.util.List.of(1900, 1964, 2017, 2049, 2999),
                java.util.List.copyOf(AlberoJson.read(distinct).indicators().get(0).indicator().results().keySet()));
    }
}
