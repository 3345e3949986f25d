package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The mapper's hardening relies on Jackson 3's defaults: a Jackson upgrade that changed one fails here. */
class HardenedMapperTest {
    private static final JsonMapper MAPPER = AlberoJson.mapper();

    @Test
    void theMapperAllowsNoNonStandardJson() {
        for (JsonReadFeature f : JsonReadFeature.values()) {
            assertFalse(MAPPER.tokenStreamFactory().isEnabled(f), f + " is enabled");
        }
        assertFalse(MAPPER.isEnabled(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION), "the source would be quoted in errors");
    }

    @Test
    void theMapperFailsOnDuplicatesUnknownMembersTrailingTokensAndNullPrimitives() {
        assertTrue(MAPPER.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
        for (DeserializationFeature f : new DeserializationFeature[] {DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS}) {
            assertTrue(MAPPER.isEnabled(f), f + " is disabled");
        }
    }

    @Test
    void theMapperWritesBigDecimalsPlainAndReadsFloatsExactly() {
        assertEquals("{\"x\":1000}", MAPPER.writeValueAsString(Map.of("x", new BigDecimal("1E+3"))));
        assertEquals(new BigDecimal("0.1"), MAPPER.readValue("0.1", Object.class));
    }
}
