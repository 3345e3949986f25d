package io.github.albero.json;

import io.github.albero.InvalidValueException;
import io.github.albero.json.internal.PlanReader;
import io.github.albero.model.Plan;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectReader;

/**
 * Reads plans and reports in the Albero JSON format, strictly ({@link AlberoJson#strict()}) or
 * tolerating unknown members ({@link AlberoJson#lenient()}). Instances are immutable and
 * thread-safe.
 *
 * <p>Every problem with the document is an {@link AlberoJsonException} naming the offending
 * node; a failure of the underlying stream or file is an {@link UncheckedIOException}.
 */
public final class AlberoJsonReader {
    private final ObjectReader reader;
    private final boolean strict;

    AlberoJsonReader(ObjectReader reader, boolean strict) {
        this.reader = reader;
        this.strict = strict;
    }

    /** @return true when members the format does not define are rejected */
    public boolean isStrict() {
        return strict;
    }

    /**
     * @param json a whole document
     * @return the plan
     * @throws AlberoJsonException when the document is not a valid plan
     */
    public Plan read(String json) {
        Objects.requireNonNull(json, "json");
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            throw bom();
        }
        return parse(() -> reader.createParser(json));
    }

    /**
     * @param json a whole document, UTF-8 encoded
     * @return the plan
     * @throws AlberoJsonException when the document is not a valid plan
     */
    public Plan read(byte[] json) {
        Objects.requireNonNull(json, "json");
        checkStart(json, json.length);
        return parse(() -> reader.createParser(json));
    }

    /**
     * Reads one document from a stream, which is read to its end and left open.
     *
     * @param in a UTF-8 stream
     * @return the plan
     * @throws AlberoJsonException when the document is not a valid plan
     * @throws UncheckedIOException when the stream fails
     */
    public Plan read(InputStream in) {
        Objects.requireNonNull(in, "in");
        PushbackInputStream pin = new PushbackInputStream(new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        }, 4);
        try {
            byte[] head = pin.readNBytes(4);
            checkStart(head, head.length);
            pin.unread(head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(() -> reader.createParser(pin));
    }

    /**
     * Reads one document from a character stream, which is read to its end and left open.
     *
     * @param in the characters
     * @return the plan
     * @throws AlberoJsonException when the document is not a valid plan
     * @throws UncheckedIOException when the stream fails
     */
    public Plan read(Reader in) {
        Objects.requireNonNull(in, "in");
        PushbackReader pin = new PushbackReader(in, 1) {
            @Override
            public void close() {
                // the caller owns the reader
            }
        };
        try {
            int c = pin.read();
            if (c == '\uFEFF') {
                throw bom();
            }
            if (c >= 0) {
                pin.unread(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(() -> reader.createParser(pin));
    }

    /**
     * @param file a UTF-8 file holding one document
     * @return the plan
     * @throws AlberoJsonException when the document is not a valid plan
     * @throws UncheckedIOException when the file cannot be read
     */
    public Plan read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a stream of JSON Lines, one document per line, lazily: one line is held in memory
     * at a time, so the memory used does not depend on the number of plans. Blank lines are
     * skipped. Closing the returned stream closes {@code in}. Errors are thrown as the stream
     * is consumed, with the line number in the stream.
     *
     * @param in a UTF-8 stream of JSON Lines
     * @return the plans, in order
     */
    public Stream<Plan> readLines(InputStream in) {
        Objects.requireNonNull(in, "in");
        LineSpliterator lines = new LineSpliterator(in);
        return StreamSupport.stream(lines, false).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private final class LineSpliterator extends Spliterators.AbstractSpliterator<Plan> {
        private final InputStream in;
        private final byte[] chunk = new byte[1 << 16];
        private int pos;
        private int limit;
        private byte[] buffer = new byte[8192];
        private long lineNumber;
        private boolean done;

        LineSpliterator(InputStream in) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.in = in;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Plan> action) {
            try {
                while (!done) {
                    int length = nextLine();
                    if (length < 0) {
                        done = true;
                        return false;
                    }
                    if (isBlank(length)) {
                        continue;
                    }
                    Plan plan;
                    try {
                        plan = read(Arrays.copyOf(buffer, length));
                    } catch (AlberoJsonException e) {
                        throw new AlberoJsonException(e.pointer(), e.problem(), lineNumber, e.column(), e);
                    }
                    action.accept(plan);
                    return true;
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        // reads up to '\n' (which never occurs inside a UTF-8 multi-byte sequence); -1 at the end
        private int nextLine() throws IOException {
            if (pos == limit && !fill()) {
                return -1;
            }
            lineNumber++;
            int length = 0;
            while (true) {
                int start = pos;
                while (pos < limit && chunk[pos] != '\n') {
                    pos++;
                }
                int n = pos - start;
                if ((long) length + n > AlberoJson.MAX_DOCUMENT_LENGTH) {
                    done = true;
                    throw new AlberoJsonException("", "line " + lineNumber + " is longer than the maximum document length of "
                            + AlberoJson.MAX_DOCUMENT_LENGTH + " bytes", lineNumber, -1, null);
                }
                if (length + n > buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(Math.max(2L * buffer.length, length + n),
                            AlberoJson.MAX_DOCUMENT_LENGTH));
                }
                System.arraycopy(chunk, start, buffer, length, n);
                length += n;
                if (pos < limit) {
                    pos++; // the '\n'
                    return length;
                }
                if (!fill()) {
                    return length;
                }
            }
        }

        private boolean fill() throws IOException {
            int n = in.read(chunk, 0, chunk.length);
            while (n == 0) {
                n = in.read(chunk, 0, chunk.length);
            }
            pos = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        private boolean isBlank(int length) {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private static AlberoJsonException bom() {
        return new AlberoJsonException("", "the document starts with a byte order mark (BOM); "
                + "JSON documents must be UTF-8 without a BOM", 1, 1, null);
    }

    private static void checkStart(byte[] b, int length) {
        if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            throw bom();
        }
        for (int i = 0; i < Math.min(length, 4); i++) {
            int x = b[i] & 0xFF;
            if (x == 0 || (i == 0 && (x == 0xFE || x == 0xFF))) {
                throw new AlberoJsonException("", "the document is not UTF-8 (it looks like UTF-16 or UTF-32)", 1, 1, null);
            }
        }
    }

    private Plan parse(Supplier<JsonParser> open) {
        JsonParser p = null;
        try {
            p = open.get();
            try (JsonParser parser = p) {
                return readOne(parser);
            }
        } catch (AlberoJsonException e) {
            throw e;
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (JacksonException e) {
            if (e.getCause() instanceof AlberoJsonException) {
                throw (AlberoJsonException) e.getCause();
            }
            throw PlanReader.translate(e, p);
        } catch (InvalidValueException e) {
            // the reader re-locates every broken invariant; this is a last resort
            throw new AlberoJsonException("", e.getMessage(), -1, -1, e);
        }
    }

    private Plan readOne(JsonParser p) {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new AlberoJsonException("", "the document is empty", 1, 1, null);
        }
        Plan plan = t == JsonToken.START_OBJECT ? reader.readValue(p) : new PlanReader(p, strict).plan("");
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
            TokenStreamLocation loc = p.currentTokenLocation();
            throw new AlberoJsonException("", "unexpected content after the end of the document (" + (trailing.asString() == null ? "a value" : trailing.asString()) + ")",
                    loc.getLineNr(), loc.getColumnNr(), null);
        }
        return plan;
    }
}
