package io.github.albero.json.internal;

import io.github.albero.json.AlberoJsonException;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/** Jackson serialisers and deserialisers that delegate to {@link PlanWriter} and {@link PlanReader}. Not exported. */
public final class Adapters {
    private Adapters() {
    }

    /**
     * @param type the type written
     * @param write how to write it
     * @param <T> the type
     * @return a serialiser
     */
    public static <T> ValueSerializer<T> serializer(Class<T> type, BiConsumer<PlanWriter, T> write) {
        return new Ser<>(type, write);
    }

    /**
     * @param type the type read
     * @param read how to read it, given the JSON pointer of the value
     * @param <T> the type
     * @return a deserialiser
     */
    public static <T> ValueDeserializer<T> deserializer(Class<T> type, BiFunction<PlanReader, String, T> read) {
        return new Deser<>(type, read);
    }

    private static final class Ser<T> extends ValueSerializer<T> {
        private final Class<T> type;
        private final BiConsumer<PlanWriter, T> write;

        Ser(Class<T> type, BiConsumer<PlanWriter, T> write) {
            this.type = type;
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
            write.accept(new PlanWriter(g), value);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    private static final class Deser<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final BiFunction<PlanReader, String, T> read;

        Deser(Class<T> type, BiFunction<PlanReader, String, T> read) {
            this.type = type;
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            boolean strict = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            String base = p.streamReadContext().pathAsPointer().toString();
            try {
                return read.apply(new PlanReader(p, strict), base);
            } catch (AlberoJsonException e) {
                throw e;
            } catch (JacksonException e) {
                throw PlanReader.translate(e, p);
            }
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
