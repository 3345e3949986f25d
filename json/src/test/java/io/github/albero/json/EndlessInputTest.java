package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input that never ends (a device, a socket that is never closed, a generator) is refused once
 * past the limit, after counting a bounded rest for the message: it is never read forever and
 * never exhausts memory.
 */
class EndlessInputTest {
    private static final String ENDLESS = "exceeds a limit of the reader: the document goes on past 1073741824 bytes "
            + "(counted no further), more than the maximum of 33554432 bytes";

    /** {@return a stream of spaces that never ends} */
    private static InputStream spaces() {
        return new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
    }

    @Test
    void anEndlessStreamOrReaderIsRefusedPastTheLimitNotReadForever() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            AlberoJsonException stream = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(spaces()));
            assertEquals(ENDLESS, stream.problem());
            assertEquals(-1, stream.line());
            AlberoJsonException reader = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(new Reader() {
                @Override
                public int read(char[] b, int off, int len) {
                    Arrays.fill(b, off, off + len, ' ');
                    return len;
                }

                @Override
                public void close() {
                }
            }));
            assertEquals(ENDLESS, reader.problem());
        });
    }

    @Test
    void aDeviceThatSaysItHoldsNothingIsReadWithinTheLimit() {
        // Files.size is 0 for /dev/zero: reading it whole ran out of memory
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(Path.of("/dev/zero")));
            assertEquals(ENDLESS, e.problem());
        });
    }

    @Test
    void anEndlessJsonLineEndsTheLinesWithItsErrorInsteadOfBeingCountedForever() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            List<PlanLine> lines = AlberoJson.readEachLine(spaces()).toList();
            assertEquals(1, lines.size());
            assertEquals("document: exceeds a limit of the reader: the line goes on past 1073741824 bytes (counted no further, "
                    + "and no line after it read), more than the maximum of 33554432 bytes (line 1)",
                    lines.get(0).error().orElseThrow().getMessage());
        });
    }
}
