package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.albero.testkit.quicktheories.AlberoGens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/** The JSON Schema shipped in the jar accepts what the writer writes and rejects broken documents. */
class SchemaTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(AlberoJson.schema());

    /** Edits of the catalogue's base document that break the schema (and the reader). */
    static final String[][] BREAKING = {
        {"missing formatVersion", "\"formatVersion\":\"1.0\",", ""},
        {"unknown major version", "\"1.0\"", "\"2.0\""},
        {"unknown kind", "\"report\"", "\"draft\""},
        {"unknown member", "\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"colour\":1"},
        {"currency other than EUR", "\"EUR\"", "\"USD\""},
        {"year out of bounds", "\"first\":2016", "\"first\":1800"},
        {"mission code of two digits", "\"code\":\"011\"", "\"code\":\"11\""},
        {"objective code malformed", "\"011-005-001\"", "\"011-5-1\""},
        {"negative money", "\"costs\":5000.00", "\"costs\":-1.00"},
        {"money as a string", "\"costs\":5000.00", "\"costs\":\"5000.00\""},
        {"money of a quadrillion", "\"costs\":5000.00", "\"costs\":1000000000000000"},
        {"missing amount", "\"revenues\":0.00,", ""},
        {"empty year of resources", "{\"budget\":{\"revenues\":0.00,\"costs\":5000.00,\"investments\":0.00}}", "{}"},
        {"year key not a year", "\"targets\":{\"2017\"", "\"targets\":{\"17\""},
        {"missing polarity", ",\"polarity\":\"higherIsBetter\"", ""},
        {"null polarity", "\"higherIsBetter\"", "null"},
        {"blank title", "\"Relazione 2017\"", "\"   \""},
        {"reading without value", ",\"value\":2,\"unit\":\"n\"", ""},
        {"milestone with a value", "\"atLeast\"", "\"milestone\""},
        {"status reading without status", "{\"kind\":\"percentage\",\"value\":100}", "{\"kind\":\"status\"}"},
        {"negative weight", "\"weight\":50", "\"weight\":-5"},
        {"negative declared count", "\"declaredIndicatorCount\":1", "\"declaredIndicatorCount\":-1"},
        {"baseline without text or value", "{\"text\":\"2 eventi\"}", "{\"year\":2016}"},
        {"baseline unit without value", "{\"text\":\"2 eventi\"}", "{\"text\":\"2 eventi\",\"unit\":\"n\"}"},
        {"empty band table", "\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"method\":{\"bands\":[]}"},
        {"band without a label", "\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"method\":{\"bands\":[{\"lower\":90}]}"},
        {"band label with surrounding spaces", "\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"method\":{\"bands\":[{\"label\":\"ottimo \"}]}"},
        {"band inclusion without its bound", "\"currency\":\"EUR\"",
            "\"currency\":\"EUR\",\"method\":{\"bands\":[{\"label\":\"tutti\",\"upperInclusive\":true}]}"},
    };

    /**
     * Edits that break the schema as ajv (ECMAScript) and python-jsonschema read its {@code \\S}
     * patterns, whose white space includes the no-break spaces; Java's regular expressions (this
     * test's validator) and Java's {@code String.isBlank} do not count them, and the reader let such
     * a title through. IndependentValidatorsTest gives them to both validators; the reader is checked here.
     */
    static final String[][] BREAKING_FOR_AJV_AND_PYTHON = {
        {"title of no-break spaces", "\"Relazione 2017\"", "\"\\u00a0\\u202f\""},
        {"note of a figure space", "\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"notes\":[\"\\u2007\"]"},
    };

    @TestFactory
    Stream<DynamicTest> documentsThatAjvAndPythonRejectForWhiteSpaceAreRejectedByTheReaderAtTheirMember() {
        return Stream.of(BREAKING_FOR_AJV_AND_PYTHON).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(BadInputCatalogueTest.edit(c[1], c[2])));
            assertTrue(e.getMessage().contains("must not be blank"), e.getMessage());
        }));
    }

    static List<Error> validate(String json) {
        // parsed with the hardened mapper, so that numbers stay BigDecimal for multipleOf
        JsonNode node = AlberoJson.mapper().readTree(json);
        return SCHEMA.validate(node);
    }

    @Test
    void theSchemaInTheJarIsTheOneInTheRepository() throws Exception {
        assertEquals(Files.readString(Path.of("albero-plan.schema.json"), StandardCharsets.UTF_8), AlberoJson.schema());
    }

    @Test
    void everyDocumentTheWriterProducesIsValid() {
        assertEquals(List.of(), validate(AlberoJson.write(SamplePlans.full())));
        assertEquals(List.of(), validate(AlberoJson.write(SamplePlans.minimal())));
        assertEquals(List.of(), validate(BadInputCatalogueTest.BASE));
        qt().withExamples(300).forAll(AlberoGens.wildPlans().mix(AlberoGens.plans(), 30)).checkAssert(plan -> {
            assertEquals(List.of(), validate(AlberoJson.write(plan)));
            assertEquals(List.of(), validate(AlberoJson.writePretty(plan)));
        });
    }

    /** Documents that break the schema; the reader must reject each of them too. */
    @TestFactory
    Stream<DynamicTest> documentsBreakingTheSchemaAreRejectedByItAndByTheReader() {
        return Stream.of(BREAKING).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            String json = BadInputCatalogueTest.edit(c[1], c[2]);
            assertFalse(validate(json).isEmpty(), c[0] + " passed the schema");
            assertThrows(AlberoJsonException.class, () -> AlberoJson.read(json), c[0] + " passed the reader");
        }));
    }

    @Test
    void decimalsAreTheReadersToCheckNotTheSchemas() {
        // multipleOf is binary floating point in most validators: the schema leaves decimals to the reader
        String json = BadInputCatalogueTest.edit("\"costs\":5000.00", "\"costs\":5000.001");
        assertEquals(List.of(), validate(json));
        assertThrows(AlberoJsonException.class, () -> AlberoJson.read(json));
        assertFalse(AlberoJson.schema().contains("\"multipleOf\""));
    }

    @Test
    void theSchemaIsADraft202012Schema() {
        assertTrue(AlberoJson.schema().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    }
}
