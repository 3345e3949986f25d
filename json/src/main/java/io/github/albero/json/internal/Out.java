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
    // by codec id: the mapper's serializer of the codec's type, when it is not the codec's own
    private final ValueSerializer<Object>[] foreign;
    // by codec id: 0 not looked up yet, 1 the codec's own, 2 another
    private final byte[] found;

    @SuppressWarnings("unchecked")
    Out(JsonGenerator g, SerializationContext ctxt) {
        this.g = g;
        this.ctxt = ctxt;
        this.foreign = new ValueSerializer[Codec.count()];
        this.found = new byte[foreign.length];
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
        int id = codec.id;
        if (found[id] == 0) {
            ValueSerializer<Object> s = ctxt.findValueSerializer(codec.type);
            boolean own = s instanceof Codec.Ser && ((Codec.Ser<?>) s).codec == codec;
            found[id] = (byte) (own ? 1 : 2);
            foreign[id] = own ? null : s;
        }
        if (found[id] == 1) {
            codec.write(this, value);
        } else {
            foreign[id].serialize(value, g, ctxt);
        }
    }
}
