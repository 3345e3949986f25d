package io.github.albero.json.internal;

import io.github.albero.InvalidValueException;
import io.github.albero.json.AlberoJsonException;
import io.github.albero.text.Message;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * The state of one read: the parser, the mode, the version the document declares, and the
 * source text, kept so that an error found after a value was read can be located again. Error
 * context (pointers, locations) is computed only when an error is thrown: the parser already
 * tracks the path for free. Not thread-safe; one per read. Not exported.
 */
public final class In {
    final JsonParser p;
    final boolean strict;
    private final Object source;
    private final DeserializationContext ctxt;
    private final ValueDeserializer<?> caller;
    String declaredVersion;
    /** The reader's option: derive a missing reading from its text (format 1.1 documents). */
    boolean readingsFromTexts = true;
    /** The reader's option: keep equal values met recently once ({@link Canon}). */
    boolean sharing = true;
    /**
     * The document's bytes when its tokens can be located in them, else null: values met again
     * are then shared by their bytes ({@link Canon}), before they are decoded.
     */
    final byte[] bytes;
    /** The parser, when it can jump over values found by their bytes; else null. */
    final Jumping jumping;


    /**
     * @param p the parser
     * @param strict true to reject members the format does not define
     * @param source the whole document ({@code byte[]} or {@code String}), to locate errors found
     *     after the fact; null when unknown
     * @param ctxt the Jackson context when called from a mapper, else null
     * @param caller the deserializer calling, for Jackson's problem handlers, or null
     */
    In(JsonParser p, boolean strict, Object source, DeserializationContext ctxt, ValueDeserializer<?> caller) {
        this.p = p;
        this.strict = strict;
        this.source = source;
        this.ctxt = ctxt;
        this.caller = caller;
        // the byte parser over the whole array reports where each token starts in it, and jumps
        this.jumping = ctxt == null && source instanceof byte[] && p instanceof Jumping ? (Jumping) p : null;
        this.bytes = jumping == null ? null : (byte[]) source;
    }

    /**
     * {@return where the current token's content starts in {@link #bytes}: just after its
     * opening quote or brace} Only meaningful when {@code bytes} is not null; callers check the
     * byte before it.
     */
    int contentStart() {
        return (int) jumping.getTokenCharacterOffset();
    }


    /** {@return what a value read here depends on besides its bytes: the mode and whether readings are derived} */
    int context() {
        return (strict ? 1 : 0) | (derivesReadings() ? 2 : 0);
    }


    /**
     * Reads one value with the given parser, for {@code AlberoJson}.
     *
     * @param codec what to read
     * @param p the parser, on the value's first token
     * @param strict true to reject unknown members
     * @param source the document's bytes or text
     * @param readingsFromTexts true to derive a missing reading from its text
     * @param sharing true to keep equal values met recently once
     * @param <T> the type
     * @return the value
     */
    public static <T> T read(Codec<T> codec, JsonParser p, boolean strict, Object source, boolean readingsFromTexts,
            boolean sharing) {
        In in = new In(p, strict, source, null, null);
        in.readingsFromTexts = readingsFromTexts;
        in.sharing = sharing;
        return codec.read(in);
    }

    /**
     * @return true when a target or result without a {@code reading} member gets its text's
     *     reading: on unless the reader turned it off, and never in a document declaring format 1.0
     *     (whose writers omitted the reading of texts they could not read)
     */
    boolean derivesReadings() {
        return readingsFromTexts && !"1.0".equals(declaredVersion);
    }

    /** {@return the JSON pointer of the current value: the parser keeps the path} */
    String pointer() {
        return p.streamReadContext().pathAsPointer().toString();
    }

    /**
     * {@return the exception, located at the current value}
     *
     * @param problem what is wrong with the current value
     */
    AlberoJsonException fail(Message problem) {
        return at(pointer(), problem, null, null);
    }

    /**
     * {@return the exception, located at the current value}
     *
     * @param e a broken rule of a value type
     */
    AlberoJsonException fail(InvalidValueException e) {
        return at(pointer(), Errors.problem(e), e, null);
    }

    /**
     * {@return the exception, located by reading the source again up to that node}
     *
     * @param pointer a node of the document, already read
     * @param problem what is wrong with it
     * @param cause the cause, or null
     */
    AlberoJsonException failAt(String pointer, Message problem, Throwable cause) {
        return at(pointer, problem, cause, Errors.locate(source, pointer));
    }

    private AlberoJsonException at(String pointer, Message problem, Throwable cause, TokenStreamLocation where) {
        TokenStreamLocation loc = where == null ? p.currentTokenLocation() : where;
        return new AlberoJsonException(pointer, problem, Errors.line(loc), Errors.column(loc), cause);
    }

    /**
     * {@return the exception, on the member the rule names when it is in the document}
     *
     * @param e a rule of the model broken by an object just read
     * @param object the pointer of that object
     */
    AlberoJsonException translate(InvalidValueException e, String object) {
        Errors.Where w = Errors.resolve(source, object, e);
        return failAt(w.pointer(), w.problem(), e);
    }

    /**
     * {@return the exception for a member named twice in one object, located at the second}
     *
     * @param name the member's name
     */
    AlberoJsonException duplicate(String name) {
        // worded as Jackson's own duplicate detection, which a mapper's parser may still apply
        return fail(Errors.say("duplicate", Errors.quote(name)));
    }

    /** {@return a description of the current token, for "expected …, got …"} */
    Message got() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return Errors.say("got.string", Errors.quote(string()));
        }
        if (t != null && t.isNumeric()) {
            return Errors.say("got.number", Errors.quote(p.getString()).replace("\"", ""));
        }
        // got.object, got.array, got.true, got.false, got.null, got.end_object …, got.end for no token
        return Errors.say("got." + (t == null ? "end" : t.name().replaceFirst("^(START|VALUE)_", "").toLowerCase(Locale.ROOT)));
    }

    /**
     * {@return the exception "expected …, got …", located at the current value}
     *
     * @param key the message: {@code expected}, {@code expected.object} …
     * @param what what was expected
     */
    AlberoJsonException expected(String key, Object what) {
        return fail(Errors.say(key, what, got()));
    }

    /** {@return the current string, decoded now by Jackson (invalid UTF-8 and length limits surface here)} */
    String string() {
        try {
            return p.getString();
        } catch (JacksonException e) {
            throw decoding(e);
        }
    }

    /**
     * {@return the exception, located at the current value}
     *
     * @param e a failure to decode the current value (invalid UTF-8, a limit)
     */
    AlberoJsonException decoding(JacksonException e) {
        if (Errors.tooLong(e)) {
            return Errors.translate(e, p);
        }
        return at(pointer(), Errors.describe(e), e, e.getLocation());
    }

    /**
     * Handles a member the format does not define: an error when strict, else skipped (through
     * Jackson's problem handlers when read by a mapper).
     *
     * @param object the object's codec
     * @param name the member's name
     */
    void unknown(ObjectCodec<?, ?> object, String name) {
        if (strict) {
            String known = String.join(", ", object.names());
            throw fail(declaredVersion != null && !Format.VERSION.equals(declaredVersion)
                    ? Errors.say("unknown.newer", Errors.quote(name), object.what(), known, declaredVersion, Format.VERSION)
                    : Errors.say("unknown", Errors.quote(name), object.what(), known));
        }
        if (ctxt != null) {
            ctxt.handleUnknownProperty(p, caller, object.type, name);
        } else {
            p.skipChildren();
        }
    }
}
