package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Indicator;
import io.github.albero.model.Plan;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * By default a reader keeps equal values met recently once (the heap goal of issue #16);
 * {@code withoutSharing()} gives every plan its own values, and the plans are equal either way.
 */
class SharingTest {
    @Test
    void twoDefaultReadsOfOneDocumentShareTheirTextsAndTargetsAndUnsharedReadsDoNot() throws Exception {
        byte[] json = Files.readAllBytes(RealReportTest.REPORT);
        Plan a = AlberoJson.read(json);
        Plan b = AlberoJson.read(json);
        Plan c = AlberoJson.strict().withoutSharing().read(json);
        Plan d = AlberoJson.strict().withoutSharing().read(json);
        assertEquals(a, c);
        assertEquals(c, d);
        assertTrue(AlberoJson.strict().shares());
        assertFalse(AlberoJson.strict().withoutSharing().shares());
        Indicator first = a.indicators().get(0).indicator();
        Indicator same = b.indicators().get(0).indicator();
        Indicator own = c.indicators().get(0).indicator();
        Indicator other = d.indicators().get(0).indicator();
        assertSame(first.name(), same.name());
        assertNotSame(own.name(), other.name());
        Integer year = first.targets().firstKey();
        assertSame(first.targets().get(year), same.targets().get(year));
        assertNotSame(own.targets().get(year), other.targets().get(year));
        assertEquals(own.targets().get(year), other.targets().get(year));
    }

    @Test
    void anUnpairedSurrogateIsRejectedWhetherOrNotTheReaderShares() {
        String bad = BadInputCatalogueTest.edit("\"Relazione 2017\"", "\"Relazione \\ud800 2017\"");
        for (AlberoJsonReader reader : new AlberoJsonReader[] {AlberoJson.strict(), AlberoJson.strict().withoutSharing()}) {
            // twice: the second read meets the text in the sharing table, if it were ever kept there
            for (int i = 0; i < 2; i++) {
                AlberoJsonException e = org.junit.jupiter.api.Assertions.assertThrows(AlberoJsonException.class, () -> reader.read(bad));
                assertEquals("/title", e.pointer());
            }
        }
    }
}
