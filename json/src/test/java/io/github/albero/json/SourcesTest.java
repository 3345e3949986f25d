package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of source gets the same checks; failures of the source itself are not format errors. */
class SourcesTest {
    private static final String DOC = AlberoJson.write(SamplePlans.minimal());

    @Test
    void rejectsAByteOrderMarkInTextAndInCharacterStreams() {
        AlberoJsonException s = assertThrows(AlberoJsonException.class, () -> AlberoJson.read("\uFEFF" + DOC));
        assertEquals("document: the document starts with a byte order mark (BOM); JSON documents must be UTF-8 without a BOM"
                + " (line 1, column 1)", s.getMessage());
        assertThrows(AlberoJsonException.class, () -> AlberoJson.read(new StringReader("\uFEFF" + DOC)));
        assertThrows(AlberoJsonException.class, () -> AlberoJson.read(new ByteArrayInputStream(
                ("\uFEFF" + DOC).getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void rejectsAnEmptyStream() {
        AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(new ByteArrayInputStream(new byte[0])));
        assertEquals("document: the document is empty (line 1, column 1)", e.getMessage());
    }

    @Test
    void leavesTheCallersStreamOpen() {
        AtomicBoolean closed = new AtomicBoolean();
        FilterInputStream in = new FilterInputStream(new ByteArrayInputStream(DOC.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        assertEquals(SamplePlans.minimal(), AlberoJson.read(in));
        assertFalse(closed.get());
    }

    @Test
    void reportsAMissingFileAsAnIoFailure(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> AlberoJson.read(dir.resolve("missing.json")));
    }
}
