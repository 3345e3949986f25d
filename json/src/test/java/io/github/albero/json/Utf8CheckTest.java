package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check that refuses bytes encoding no character, which looks at eight bytes at a time. */
class Utf8CheckTest {
    @Test
    void bytesThatEncodeNoCharacterAreFoundAtEveryPlaceInAWordOfEightBytes() {
        String[] around = BadInputCatalogueTest.BASE.split("Relazione", 2);
        List<byte[]> bad = List.of(new byte[] {(byte) 0xC1, (byte) 0xBF}, new byte[] {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF},
                new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, new byte[] {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
                new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80});
        for (byte[] b : bad) {
            for (int shift = 0; shift < 16; shift++) {
                // valid two- and three-byte characters before it, so that lead bytes share its word
                byte[] head = (around[0] + "Rel" + "è’".repeat(shift % 3) + "x".repeat(shift)).getBytes(StandardCharsets.UTF_8);
                ByteArrayOutputStream doc = new ByteArrayOutputStream();
                doc.writeBytes(head);
                doc.writeBytes(b);
                doc.writeBytes(("azione" + around[1]).getBytes(StandardCharsets.UTF_8));
                AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(doc.toByteArray()));
                assertEquals("/title", e.pointer(), e.getMessage());
                // the column counts characters (as for a string); the message gives the byte
                assertEquals(new String(head, StandardCharsets.UTF_8).length() + 1, e.column(), e.getMessage());
                assertTrue(e.problem().contains(" at byte " + head.length + " "), e.problem());
                assertTrue(e.problem().startsWith("invalid UTF-8: the bytes " + String.format("%02X", b[0] & 0xFF)), e.problem());
            }
        }
        // the largest and smallest of each form still read, wherever they fall
        for (int shift = 0; shift < 16; shift++) {
            String title = "Rel" + "x".repeat(shift) + "\u0080\u07ff\u0800\ud7ff\ue000\uffff\ud800\udc00\udbff\udfff";
            assertEquals(java.util.Optional.of(title + "azione 2017"),
                    AlberoJson.read((around[0] + title + "azione" + around[1]).getBytes(StandardCharsets.UTF_8)).title());
        }
    }
}
