package io.github.albero.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * The state of one write: the generator and, when written by a mapper, the serializers the
 * mapper has for the model's types, so that a caller's own serializer (say for {@code Money})
 * is used inside a plan too. Not thread-safe; one per write. Not exported.
 */
public final class Out {
    final JsonGenerator g;
    private final SerializationContext ctxt;
    // by codec id: the mapper's serializer of the codec's type, the codec itself unless the caller registered another
    private final ValueSerializer<Object>[] serializers;

    @SuppressWarnings("unchecked")
    Out(JsonGenerator g, SerializationContext ctxt) {
        this.g = g;
        this.ctxt = ctxt;
        this.serializers = new ValueSerializer[Codec.COUNT.get()];
    }

    /**
     * Writes a value of the model with the mapper's serializer for its type: the module's own
     * (called directly) unless the caller registered another.
     *
     * @param codec the format's codec for the type
     * @param value the value
     * @param <T> the type
     */
    <T> void value(Codec<T> codec, T value) {
        ValueSerializer<Object> s = serializers[codec.id];
        if (s == null) {
            // the format's own scalars of JDK types (texts, numbers, days) are written as the format says, whatever the
            // mapper does with such types elsewhere: its dates as timestamps made a plan's deadline [2017,6,30]
            @SuppressWarnings("unchecked")
            ValueSerializer<Object> own = (ValueSerializer<Object>) (ValueSerializer<?>) codec;
            s = codec.type.getClassLoader() == null ? own : ctxt.findValueSerializer(codec.type);
            serializers[codec.id] = s;
        }
        if (s == codec) {
            codec.write(this, value);
        } else {
            s.serialize(value, g, ctxt);
        }
    }
}
