package io.github.albero.json.internal;

/**
 * How one type of the model is read from and written to the Albero JSON format. The instances
 * are the declaration of the format ({@link Format}); they are immutable and thread-safe. Not
 * exported.
 *
 * @param <T> the type
 */
public abstract class Codec<T> {
    final Class<T> type;
    final String what;

    /**
     * @param type the type
     * @param what the key of what a value is called in messages ({@code what.<key>} in the
     *     module's catalog), e.g. "Indicator" for "an indicator"
     */
    Codec(Class<T> type, String what) {
        this.type = type;
        this.what = what;
    }

    /** {@return what a value is called in messages, e.g. "an indicator"} */
    final io.github.albero.text.Message what() {
        return Errors.say("what." + what);
    }

    /** {@return the type read and written} */
    public final Class<T> type() {
        return type;
    }

    /**
     * Reads one value; the parser is on its first token and is left on its last.
     *
     * @param in the read
     * @return the value
     */
    abstract T read(In in);

    /**
     * Writes one value with this codec itself (no lookup of a caller's serializer).
     *
     * @param out the write
     * @param value the value
     */
    abstract void write(Out out, T value);
}
