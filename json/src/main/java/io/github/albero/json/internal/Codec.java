package io.github.albero.json.internal;

import io.github.albero.text.Message;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How one type of the model is read from and written to the Albero JSON format: Jackson's
 * serializer of that type, and the reader behind its deserializer. The instances are the declaration of
 * the format ({@link Format}); they are immutable and thread-safe. Not exported.
 *
 * @param <T> the type
 */
public abstract class Codec<T> extends ValueSerializer<T> {
    /** How many codecs there are. */
    static final AtomicInteger COUNT = new AtomicInteger();
    final Class<T> type;
    final String what;
    /** The codec's number, for the write's table of the mapper's serializers ({@link Out}). */
    final int id = COUNT.getAndIncrement();

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
    final Message what() {
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

    /** Writes a value with this codec; values inside it go through the mapper's serializers ({@link Out}). */
    @Override
    public final void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        write(new Out(g, ctxt), value);
    }

    @Override
    public final Class<?> handledType() {
        return type;
    }

    /**
     * Adds a serializer and a deserializer for every type of the format to a Jackson module.
     *
     * @param module the module to add them to
     */
    public static void register(SimpleModule module) {
        for (Codec<?> c : Format.ALL) {
            c.addTo(module);
        }
    }

    private void addTo(SimpleModule module) {
        module.addSerializer(type, this);
        // reads a value with this codec, strict when the mapper fails on unknown properties
        module.addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                boolean strict = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
                try {
                    return read(new In(p, strict, null, ctxt, this));
                } catch (JacksonException e) {
                    throw Errors.translate(e, p);
                }
            }

            @Override
            public Class<?> handledType() {
                return type;
            }
        });
    }
}
