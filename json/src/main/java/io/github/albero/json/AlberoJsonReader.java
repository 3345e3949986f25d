package io.github.albero.json;

import io.github.albero.json.internal.Errors;
import io.github.albero.json.internal.Format;
import io.github.albero.json.internal.In;
import io.github.albero.model.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import tools.jackson.databind.ObjectReader;

/**
 * Reads plans and reports in the Albero JSON format, strictly ({@link AlberoJson#strict()}) or
 * tolerating unknown members ({@link AlberoJson#lenient()}). Instances are immutable and
 * thread-safe.
 *
 * <p>Every problem with the document is an {@link AlberoJsonException} naming the offending
 * node; a failure of the underlying stream or file is an {@link UncheckedIOException}. Every
 * overload applies the same limit of {@value AlberoJson#MAX_DOCUMENT_LENGTH} bytes of UTF-8.
 */
public final class AlberoJsonReader {
    private static final long MAX = AlberoJson.MAX_DOCUMENT_LENGTH;
    /** The most bytes counted past the limit for a message's real size: an endless stream or device is not read forever. */
    private static final long COUNTED = 1L << 30;
    private final ObjectReader parsers;
    private final boolean strict;
    private final boolean readingsFromTexts;
    private final boolean sharing;

    AlberoJsonReader(ObjectReader parsers, boolean strict) {
        this(parsers, strict, true, true);
    }

    private AlberoJsonReader(ObjectReader parsers, boolean strict, boolean readingsFromTexts, boolean sharing) {
        this.parsers = parsers;
        this.strict = strict;
        this.readingsFromTexts = readingsFromTexts;
        this.sharing = sharing;
    }

    /** {@return true when members the format does not define are rejected} */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Tells whether readings are derived from texts: a target or result without a {@code reading}
     * member gets the reading its text gives ({@code TextReader}); {@code "reading": null} always
     * means none.
     *
     * @return true (the default) when readings are derived from texts
     */
    public boolean derivesReadingsFromTexts() {
        return readingsFromTexts;
    }

    /**
     * Returns a reader that leaves a target or result without a {@code reading} member without
     * a reading, as format 1.0 readers did, instead of reading its text.
     *
     * @return this reader, not deriving readings
     */
    public AlberoJsonReader withoutReadingsFromTexts() {
        return new AlberoJsonReader(parsers, strict, false, sharing);
    }

    /** {@return true (the default) when equal small values met recently are kept once, to save memory} */
    public boolean shares() {
        return sharing;
    }

    /**
     * Returns a reader that gives every plan its own copy of every value. By default a reader
     * keeps equal texts, targets, results, amounts … met recently once (a bounded table shared
     * by all reads), so that plans held in memory together take less than their JSON; a
     * program that reads a plan, uses it and lets it go (a stream of JSON Lines, say) reads
     * faster without that. The plans read are equal either way.
     *
     * @return this reader, not sharing values
     */
    public AlberoJsonReader withoutSharing() {
        return new AlberoJsonReader(parsers, strict, readingsFromTexts, false);
    }

    /**
     * Reads a plan from a whole document held in a string.
     *
     * @param json a whole document
     * @return the plan
     * @throws AlberoJsonException when the document is not a valid plan
     */
    public Plan read(String json) {
        Objects.requireNonNull(json, "json");
        long size = utf8Length(json, 0);
        if (size > MAX) {
            throw tooLong(size);
        }
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            throw bom();
        }
        return parse(json);
    }

    /**
     * {@return the plan}
     *
     * @param json a whole document, UTF-8 encoded
     * @throws AlberoJsonException when the document is not a valid plan
     */
    public Plan read(byte[] json) {
        Objects.requireNonNull(json, "json");
        if (json.length > MAX) {
            throw tooLong(json.length);
        }
        checkStart(json);
        try {
            checkEncoding(json);
            return parse(json);
        } catch (AlberoJsonException e) {
            throw inCharacters(e, json);
        }
    }

    /**
     * {@return the error with its column in characters (UTF-16 units), as {@link #read(String)} counts it: Jackson's byte
     * parser counts bytes, so an error after "Competitività" on its line was one column further in a file than in a string}
     */
    private static AlberoJsonException inCharacters(AlberoJsonException e, byte[] b) {
        if (e.line() < 1 || e.column() < 1) {
            return e;
        }
        int start = 0; // the line's first byte; lines end at \n, \r\n or \r, as Jackson counts them
        for (long line = 1; line < e.line() && start < b.length; start++) {
            if (b[start] == '\n' || b[start] == '\r' && (start + 1 == b.length || b[start + 1] != '\n')) {
                line++;
            }
        }
        long column = 1;
        for (int i = start, end = (int) Math.min(b.length, start + e.column() - 1); i < end; i++) {
            int x = b[i] & 0xFF;
            if ((x & 0xC0) != 0x80) {
                column += x >= 0xF0 ? 2 : 1; // a character starts here; four bytes make a surrogate pair
            }
        }
        return column == e.column() ? e : new AlberoJsonException(e.pointer(), e.message(), e.line(), column, e.getCause());
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
        try {
            return read(upToLimit(in));
        } catch (IOException e) {
            throw ioFailure("cannot read the stream", e);
        }
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
        StringBuilder sb = new StringBuilder();
        long beyond = 0; // UTF-8 bytes read past the limit, only counted
        char[] buffer = new char[1 << 14];
        try {
            for (int n; beyond <= COUNTED && (n = in.read(buffer)) >= 0; ) {
                // a character is at least one byte: past MAX characters the document is too long already
                if (beyond == 0 && sb.length() + n <= MAX) {
                    sb.append(buffer, 0, n);
                } else {
                    beyond = utf8Length(CharBuffer.wrap(buffer, 0, n), beyond);
                }
            }
        } catch (IOException e) {
            throw ioFailure("cannot read the stream", e);
        }
        if (beyond > 0) {
            throw tooLong(utf8Length(sb, beyond));
        }
        return read(sb.toString());
    }

    /**
     * {@return the plan}
     *
     * @param file a UTF-8 file holding one document
     * @throws AlberoJsonException when the document is not a valid plan
     * @throws UncheckedIOException when the file cannot be read
     */
    public Plan read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            long size = Files.size(file);
            if (size > MAX) {
                throw tooLong(size);
            }
            // not readAllBytes: a device or a pipe says 0 bytes and may never end (/dev/zero ran out of memory)
            try (InputStream in = Files.newInputStream(file)) {
                return read(upToLimit(in));
            }
        } catch (IOException e) {
            throw ioFailure("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /**
     * Reads a stream of JSON Lines, one document per line, lazily: one line is held in memory
     * at a time, so the memory used does not depend on the number of plans. Blank lines are
     * skipped. Closing the returned stream closes {@code in}. The first bad line ends the
     * stream with its error, located by line number; see {@link #readEachLine(InputStream)} to
     * carry on past bad lines.
     *
     * @param in a UTF-8 stream of JSON Lines
     * @return the plans, in order
     */
    public Stream<Plan> readLines(InputStream in) {
        return readEachLine(in).map(l -> l.plan().orElseThrow(() -> l.error().get()));
    }

    /**
     * Reads a stream of JSON Lines, one document per line, lazily, yielding for every non-blank
     * line either its plan or its located error, and carrying on after a bad line (even one
     * over the length limit): a national file with one broken report loses only that report.
     * Closing the returned stream closes {@code in}; a failure of {@code in} itself is an
     * {@link UncheckedIOException}.
     *
     * @param in a UTF-8 stream of JSON Lines
     * @return one entry per non-blank line, in order
     */
    public Stream<PlanLine> readEachLine(InputStream in) {
        return splitLines(in).map(Supplier::get);
    }

    /**
     * Splits a stream of JSON Lines into its non-blank lines without reading them, lazily: each
     * entry holds one line's number and bytes and reads it when asked, on whichever thread asks,
     * giving what {@link #readEachLine(InputStream)} gives for that line. One thread can thus
     * split a file while several read its lines. A line over the length limit is not kept: its
     * entry gives its error. Closing the returned stream closes {@code in}; a failure of
     * {@code in} itself is an {@link UncheckedIOException}.
     *
     * @param in a UTF-8 stream of JSON Lines
     * @return one entry per non-blank line, in order
     */
    public Stream<Supplier<PlanLine>> splitLines(InputStream in) {
        Objects.requireNonNull(in, "in");
        return StreamSupport.stream(new LineSpliterator(in), false).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw ioFailure("cannot close the stream", e);
            }
        });
    }

    /**
     * Reads one line of a JSON Lines file: the building block of {@link #readEachLine}, for
     * callers that split the lines themselves (e.g. to read them on several threads).
     *
     * @param number the line's 1-based number, for the error's location
     * @param line the line's bytes, without its end
     * @return the plan or the error
     */
    public PlanLine readLine(long number, byte[] line) {
        try {
            return PlanLine.of(number, line.length, read(line));
        } catch (AlberoJsonException e) {
            return PlanLine.failed(number, line.length, e.onLine(number));
        }
    }

    private final class LineSpliterator extends Spliterators.AbstractSpliterator<Supplier<PlanLine>> {
        private final InputStream in;
        private final byte[] chunk = new byte[1 << 16];
        private int pos;
        private int limit;
        // the current line's bytes, at most MAX of them
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
        private long number;
        // a line went on past COUNTED bytes: its end was not looked for, so no line follows
        private boolean endless;

        LineSpliterator(InputStream in) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.in = in;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Supplier<PlanLine>> action) {
            try {
                while (!endless && (pos < limit || fill())) {
                    long n = ++number;
                    long length = nextLine();
                    // a line over the limit is not kept: its entry gives its error, and the next line is read as usual
                    byte[] bytes = length > MAX ? null : line.toByteArray();
                    if (bytes == null || !isBlank(bytes)) {
                        action.accept((Supplier<PlanLine>) () -> bytes != null ? readLine(n, bytes) : PlanLine.failed(n, length,
                                new AlberoJsonException("", length > COUNTED ? Errors.say("lineTooLong.endless", COUNTED, MAX)
                                        : Errors.say("lineTooLong", length, MAX), n, -1, null)));
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                throw ioFailure("cannot read the stream", e);
            }
        }

        /** {@return the length of the line read up to its '\n' (never inside a UTF-8 sequence) or the end; its first MAX bytes kept} */
        private long nextLine() throws IOException {
            line.reset();
            long length = 0;
            do {
                int start = pos;
                while (pos < limit && chunk[pos] != '\n') {
                    pos++;
                }
                if (length + pos - start <= MAX) {
                    line.write(chunk, start, pos - start);
                }
                length += pos - start;
                if (pos < limit) {
                    pos++;
                    return length;
                }
                endless = length > COUNTED;
            } while (!endless && fill());
            return length;
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

        private static boolean isBlank(byte[] bytes) {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * {@return the failure of a caller's file or stream, with its reason and no exception class name ("cannot read
     * /abs/x.jsn: no such file", "cannot read the stream: connection reset"): a mistyped name is the common case}
     *
     * @param what what could not be done
     * @param e why
     */
    static UncheckedIOException ioFailure(String what, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file" : e instanceof AccessDeniedException ? "access denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new UncheckedIOException(what + ": " + why, e);
    }

    private static long utf8Length(CharSequence s, long from) {
        long n = from;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static AlberoJsonException tooLong(long size) {
        // rejected before parsing: there is no node and no line to point at
        return new AlberoJsonException("", size > COUNTED ? Errors.say("tooLong.endless", COUNTED, MAX) : Errors.say("tooLong", size, MAX),
                -1, -1, null);
    }

    /** {@return the stream's bytes, when they are within the length limit} */
    private static byte[] upToLimit(InputStream in) throws IOException {
        byte[] all = in.readNBytes((int) MAX + 1);
        if (all.length > MAX) {
            // the rest is only counted, for the message's real size
            throw tooLong(all.length + count(in));
        }
        return all;
    }

    /** {@return the bytes left in the stream, counted up to just past {@link #COUNTED}} */
    private static long count(InputStream in) throws IOException {
        byte[] skip = new byte[1 << 16];
        long n = 0;
        for (int r; n <= COUNTED && (r = in.read(skip)) >= 0; ) {
            n += r;
        }
        return n;
    }

    private static AlberoJsonException bom() {
        return new AlberoJsonException("", Errors.say("bom"), 1, 1, null);
    }

    private static void checkStart(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            throw bom();
        }
        // a JSON text starts with an ASCII character: UTF-16 puts a zero byte beside it (00 7B, 7B 00), UTF-32 three
        // zeros before (00 00 00 7B) or after it; zeros alone (a file a crashed writer left) are Jackson's malformed JSON
        int b0 = b.length > 0 ? b[0] & 0xFF : 1;
        if (b0 == 0xFE || b0 == 0xFF || b.length >= 2 && (b0 == 0) != (b[1] == 0)
                || b.length >= 4 && b0 == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            throw new AlberoJsonException("", Errors.say("notUtf8"), 1, 1, null);
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * Refuses the byte sequences Jackson's UTF-8 decoder lets through although they encode no character: an overlong form
     * ({@code C0 AF} would read as "/" where other readers refuse it or read U+FFFD), a surrogate, or a code point past
     * U+10FFFF. Continuation bytes and truncated sequences are Jackson's to report.
     */
    private void checkEncoding(byte[] b) {
        int n = b.length;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            // only lead bytes (11xxxxxx) are looked at: ASCII and continuation bytes pass eight at a time
            long v = (long) LONGS.get(b, i);
            for (long leads = v & (v << 1) & 0x8080808080808080L; leads != 0; leads &= leads - 1) {
                checkLead(b, i + (Long.numberOfTrailingZeros(leads) >>> 3));
            }
        }
        for (; i < n; i++) {
            checkLead(b, i);
        }
    }

    private void checkLead(byte[] b, int i) {
        int x = b[i] & 0xFF;
        int next = i + 1 < b.length ? b[i + 1] & 0xFF : 0x80;
        boolean bad = x == 0xC0 || x == 0xC1 || x >= 0xF5
                || (x == 0xE0 && next < 0xA0) || (x == 0xED && next >= 0xA0)
                || (x == 0xF0 && next < 0x90) || (x == 0xF4 && next >= 0x90);
        if (bad) {
            throw badEncoding(b, i);
        }
    }

    private AlberoJsonException badEncoding(byte[] b, int at) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < at; k++) {
            if (b[k] == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        StringBuilder bytes = new StringBuilder();
        for (int k = at; k < Math.min(b.length, at + 4) && (k == at || (b[k] & 0xC0) == 0x80); k++) {
            bytes.append(k == at ? "" : " ").append(String.format("%02X", b[k] & 0xFF));
        }
        // the member holding the bytes: the last token starting before them (paid only on this error path)
        String pointer = "";
        try (JsonParser p = parsers.createParser(b)) {
            while (p.nextToken() != null && p.currentTokenLocation().getByteOffset() <= at) {
                pointer = p.streamReadContext().pathAsPointer().toString();
            }
        } catch (JacksonException e) {
            // a syntax error before the bytes: the line and column still say where they are
        }
        return new AlberoJsonException(pointer, Errors.say("utf8Form", bytes, at), line, at - lineStart + 1, null);
    }

    private Plan parse(Object source) {
        try (JsonParser p = source instanceof byte[] ? parsers.createParser((byte[]) source)
                : parsers.createParser((String) source)) {
            // a whole document in memory: Jackson has no I/O to fail, only the document
            try {
                if (p.nextToken() == null) {
                    throw new AlberoJsonException("", Errors.say("empty"), 1, 1, null);
                }
                Plan plan = In.read(Format.PLAN, p, strict, source, readingsFromTexts, sharing);
                JsonToken trailing = p.nextToken();
                if (trailing != null) {
                    TokenStreamLocation loc = p.currentTokenLocation();
                    throw new AlberoJsonException("", Errors.say("trailing", trailing.asString() == null ? Errors.say("aValue")
                            : trailing.asString()), loc.getLineNr(), loc.getColumnNr(), null);
                }
                return plan;
            } catch (JacksonException e) {
                // translated before the parser is closed: its path and token say where it stopped
                throw Errors.translate(e, p);
            }
        }
    }
}
