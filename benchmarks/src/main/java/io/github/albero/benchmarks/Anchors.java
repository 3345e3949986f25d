package io.github.albero.benchmarks;

import io.github.albero.json.AlberoJson;
import java.io.OutputStream;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The plain-Jackson anchors the Albero figures are measured against. */
final class Anchors {
    /**
     * Jackson's tree with the same exactness and hardening as Albero's reader: the Albero mapper
     * (same limits, duplicate detection, BigDecimal for every decimal) with trailing zeros kept,
     * so {@code 5000.00} stays {@code 5000.00} as in the model.
     */
    static final JsonMapper EXACT = AlberoJson.mapper().rebuild()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    /** Jackson's tree as a user gets it out of the box: doubles, no duplicate detection. */
    static final JsonMapper DEFAULT = JsonMapper.builder().build();
    /** A default factory: the raw token stream, the practical floor of any reader. */
    static final JsonFactory TOKENS = new JsonFactory();
    /** Writes a tree to a stream without closing it, as {@link AlberoJson#write} does. */
    static final ObjectWriter EXACT_WRITER = EXACT.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);

    private Anchors() {
    }

    /** An output stream that keeps nothing but the count of bytes written to it. */
    static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
