package io.github.albero.json.internal;

import io.github.albero.json.AlberoJsonException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** Registers every codec of the {@link Format} as a Jackson serializer and deserializer. Not exported. */
public final class Adapters {
    private Adapters() {
    }

    /**
     * Adds a serializer and a deserializer for every type of the format.
     *
     * @param module the module to add them to
     */
    public static void register(SimpleModule module) {
        for (Codec<?> c : Format.ALL) {
            add(module, c);
        }
    }

    private static <T> void add(SimpleModule module, Codec<T> codec) {
        module.addSerializer(codec.type, new Ser<>(codec));
        module.addDeserializer(codec.type, new Deser<>(codec));
    }

    /** Writes a value with its codec; values inside it go through the mapper's serializers. */
    static final class Ser<T> extends ValueSerializer<T> {
        final Codec<T> codec;

        Ser(Codec<T> codec) {
            this.codec = codec;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
            codec.write(new Out(g, ctxt), value);
        }

        @Override
        public Class<?> handledType() {
            return codec.type;
        }
    }

    /** Reads a value with its codec, strict when the mapper fails on unknown properties. */
    static final class Deser<T> extends ValueDeserializer<T> {
        private final Codec<T> codec;

        Deser(Codec<T> codec) {
            this.codec = codec;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            boolean strict = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            try {
                return codec.read(new In(p, strict, null, ctxt, this));
            } catch (AlberoJsonException e) {
                throw e;
            } catch (JacksonException e) {
                throw Errors.translate(e, p);
            }
        }

        @Override
        public Class<?> handledType() {
            return codec.type;
        }
    }
}
