package io.github.albero.json;

import io.github.albero.json.internal.Format;
import io.github.albero.json.internal.Jumping;
import io.github.albero.model.Plan;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes plans and reports (<i>Piano</i> / <i>Relazione sulla performance</i>) in
 * the Albero JSON format, version {@value #FORMAT_VERSION}, described in {@code FORMAT.md} and
 * by the JSON Schema {@value #SCHEMA_RESOURCE}.
 *
 * <pre>{@code
 * Plan plan = AlberoJson.read(Path.of("relazione-2017.json"));
 * String json = AlberoJson.writePretty(plan);
 * String jsonFromANewerProducer = json.replaceFirst("\"kind\"", "\"draft\": {}, \"kind\"");
 * AlberoJson.lenient().read(jsonFromANewerProducer);    // tolerates unknown members
 * }</pre>
 *
 * <p>Reading is strict by default: unknown members, duplicate keys, trailing content,
 * {@code NaN}/{@code Infinity}, nulls, numbers with absurd exponents or too many decimals, and
 * any value breaking a rule of the model are rejected with an {@link AlberoJsonException}
 * naming the JSON pointer, line and column of the offending node. The limits below bound the
 * work done on any input.
 *
 * <p>Writing is canonical: members in a fixed order, absent optional members and empty
 * optional lists omitted, numbers in plain notation with the model's scale (money always has
 * two decimals). {@link #write(Plan)} of a plan read from a canonical document gives back the
 * same characters.
 */
public final class AlberoJson {
    /** The format version this library writes; it reads every {@code 1.x}. */
    public static final String FORMAT_VERSION = Format.VERSION;
    /** The class-path resource of the JSON Schema (draft 2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/albero/json/albero-plan.schema.json";

    /** Deepest nesting of objects and arrays accepted (a plan needs about 15 levels). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest document accepted, in bytes (or characters when read from text): 32 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = 32L * 1024 * 1024;
    /** Most tokens a document may have. */
    public static final long MAX_TOKEN_COUNT = 2_000_000;
    /** Longest number accepted, in characters (as the core's number parser). */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Longest string accepted, in characters (as the core's longest text). */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest member name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 256;

    private static final JsonMapper MAPPER = buildMapper();
    // a reader only makes parsers: trailing content and unknown members are its own to check; a
    // strict read meets only objects of the format, whose reader finds a repeated member by a bit
    // mask, so the parser's own duplicate detection (a hash set per object) is for lenient reads
    private static final AlberoJsonReader STRICT =
            new AlberoJsonReader(MAPPER.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION), true);
    private static final AlberoJsonReader LENIENT = new AlberoJsonReader(MAPPER.reader(), false);
    private static final ObjectWriter COMPACT = MAPPER.writerFor(Plan.class).without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter PRETTY = COMPACT.withDefaultPrettyPrinter();

    private AlberoJson() {
    }

    private static JsonMapper buildMapper() {
        StreamReadConstraints read = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .maxTokenCount(MAX_TOKEN_COUNT)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build();
        JsonFactory factory = new Jumping.Factory(JsonFactory.builder()
                .streamReadConstraints(read)
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build()));
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        // a fresh Jackson 3 mapper already refuses comments, NaN, single quotes, trailing commas … and
        // trailing tokens (HardenedMapperTest holds it to that); these are the settings it lacks
        return JsonMapper.builder(factory)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .defaultPrettyPrinter(pretty)
                .addModule(new AlberoModule())
                .build();
    }

    /**
     * Returns the preconfigured, hardened mapper: the {@link AlberoModule}, strict reading
     * (unknown properties, duplicate keys and trailing tokens fail; no {@code NaN}), the
     * documented limits, plain BigDecimal output, no default typing. Use it to map Albero
     * types inside your own documents.
     *
     * @return the shared mapper; immutable and thread-safe
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the format, as shipped in this jar at
     * {@value #SCHEMA_RESOURCE}. It checks the shape of a document; a few rules (unique and
     * agreeing codes, the reference year within the horizon …) are checked by the reader only.
     *
     * @return the schema's text
     */
    public static String schema() {
        try (InputStream in = AlberoJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + SCHEMA_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the strict reader, the one the static {@code read} methods use} */
    public static AlberoJsonReader strict() {
        return STRICT;
    }

    /** {@return a reader that skips members the format does not define (e.g. from a newer producer)} */
    public static AlberoJsonReader lenient() {
        return LENIENT;
    }

    /**
     * {@return the plan}
     *
     * @param json a whole document
     * @throws AlberoJsonException when the document is not a valid plan
     */
    public static Plan read(String json) {
        return STRICT.read(json);
    }

    /**
     * {@return the plan}
     *
     * @param json a whole UTF-8 document
     * @throws AlberoJsonException when the document is not a valid plan
     */
    public static Plan read(byte[] json) {
        return STRICT.read(json);
    }

    /**
     * {@return the plan}
     *
     * @param file a UTF-8 file
     * @throws AlberoJsonException when the document is not a valid plan
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Plan read(Path file) {
        return STRICT.read(file);
    }

    /**
     * {@return the plan}
     *
     * @param in a UTF-8 stream holding one document; read to its end and left open
     * @throws AlberoJsonException when the document is not a valid plan
     */
    public static Plan read(InputStream in) {
        return STRICT.read(in);
    }

    /**
     * {@return the plan}
     *
     * @param in characters holding one document; read to their end and left open
     * @throws AlberoJsonException when the document is not a valid plan
     */
    public static Plan read(Reader in) {
        return STRICT.read(in);
    }

    /**
     * Reads JSON Lines lazily, yielding every line's plan or error and carrying on past bad
     * lines; see {@link AlberoJsonReader#readEachLine(InputStream)}.
     *
     * @param in a UTF-8 stream, one document per line; closed when the returned stream is closed
     * @return one entry per non-blank line
     */
    public static Stream<PlanLine> readEachLine(InputStream in) {
        return STRICT.readEachLine(in);
    }

    /**
     * Reads JSON Lines lazily; see {@link AlberoJsonReader#readLines(InputStream)}.
     *
     * @param in a UTF-8 stream, one document per line; closed when the returned stream is closed
     * @return the plans
     */
    public static Stream<Plan> readLines(InputStream in) {
        return STRICT.readLines(in);
    }

    /**
     * {@return its canonical, compact document}
     *
     * @param plan a plan
     */
    public static String write(Plan plan) {
        return io(() -> COMPACT.writeValueAsString(Objects.requireNonNull(plan, "plan")));
    }

    /**
     * {@return its canonical, compact document as UTF-8 bytes}
     *
     * @param plan a plan
     */
    public static byte[] writeBytes(Plan plan) {
        return io(() -> COMPACT.writeValueAsBytes(Objects.requireNonNull(plan, "plan")));
    }

    /**
     * {@return its document, indented by two spaces, lines ending in {@code \n}}
     *
     * @param plan a plan
     */
    public static String writePretty(Plan plan) {
        return io(() -> PRETTY.writeValueAsString(Objects.requireNonNull(plan, "plan")));
    }

    /**
     * Writes a plan as its canonical, compact document to a stream.
     *
     * @param plan a plan
     * @param out where to write its compact document in UTF-8; flushed, left open
     */
    public static void write(Plan plan, OutputStream out) {
        run(() -> COMPACT.writeValue(out, Objects.requireNonNull(plan, "plan")));
    }

    /**
     * Writes a plan as its canonical, compact document to a writer.
     *
     * @param plan a plan
     * @param out where to write its compact document; flushed, left open
     */
    public static void write(Plan plan, Writer out) {
        run(() -> COMPACT.writeValue(out, Objects.requireNonNull(plan, "plan")));
    }

    /**
     * Writes a plan as its canonical, compact document to a file, creating the missing parent
     * folders.
     *
     * @param plan a plan
     * @param file the file to (over)write with its compact document in UTF-8
     * @throws UncheckedIOException naming the file when it or its folder cannot be written
     */
    public static void write(Plan plan, Path file) {
        toFile(plan, file, COMPACT);
    }

    /**
     * Writes a plan as its indented document, for people to read, to a file, creating the
     * missing parent folders.
     *
     * @param plan a plan
     * @param file the file to (over)write with its pretty document in UTF-8
     * @throws UncheckedIOException naming the file when it or its folder cannot be written
     */
    public static void writePretty(Plan plan, Path file) {
        toFile(plan, file, PRETTY);
    }

    private static void toFile(Plan plan, Path file, ObjectWriter writer) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(file, "file");
        try {
            // a missing folder is created rather than failing with a bare NoSuchFileException
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw AlberoJsonReader.ioFailure("cannot create the folder of " + file.toAbsolutePath(), e);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            run(() -> writer.writeValue(out, plan));
        } catch (IOException e) {
            throw AlberoJsonReader.ioFailure("cannot write " + file.toAbsolutePath(), e);
        } catch (UncheckedIOException e) {
            // failed while writing (a full disk): the file, not "the stream"
            throw AlberoJsonReader.ioFailure("cannot write " + file.toAbsolutePath(), e.getCause());
        }
    }

    /**
     * Writes a plan as its indented document, for people to read, to a stream.
     *
     * @param plan a plan
     * @param out where to write its pretty document in UTF-8; flushed, left open
     */
    public static void writePretty(Plan plan, OutputStream out) {
        run(() -> PRETTY.writeValue(out, Objects.requireNonNull(plan, "plan")));
    }

    /**
     * Writes plans as JSON Lines: each plan's compact document followed by {@code \n}, one at
     * a time, so memory does not depend on the number of plans.
     *
     * @param plans the plans; consumed but not closed
     * @param out where to write; flushed, left open
     * @return the number of plans written
     */
    public static long writeLines(Stream<Plan> plans, OutputStream out) {
        Objects.requireNonNull(out, "out");
        long n = 0;
        Iterator<Plan> it = plans.iterator();
        try {
            while (it.hasNext()) {
                COMPACT.writeValue(out, Objects.requireNonNull(it.next(), "plan"));
                out.write('\n');
                n++;
            }
            out.flush();
        } catch (IOException e) {
            throw AlberoJsonReader.ioFailure("cannot write the stream", e);
        } catch (JacksonIOException e) {
            throw AlberoJsonReader.ioFailure("cannot write the stream", e.getCause());
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write the plan: " + e.getOriginalMessage(), e);
        }
        return n;
    }

    private static <T> T io(Supplier<T> action) {
        try {
            return action.get();
        } catch (JacksonIOException e) {
            throw AlberoJsonReader.ioFailure("cannot write the stream", e.getCause());
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write the plan: " + e.getOriginalMessage(), e);
        }
    }

    private static void run(Runnable action) {
        io(() -> {
            action.run();
            return null;
        });
    }
}
