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
        {"money above a quadrillion", "\"costs\":5000.00", "\"costs\":1000000000000001"},
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
     * Edits that break the schema as ajv (ECMAScript) and python-jsonschema read it, and that each
     * of them once read differently from the reader: white space (ECMAScript counts U+FEFF, Python
     * U+001C-U+001F and U+0085, Java neither the no-break spaces nor U+0085), a final line break
     * (Python's {@code $} matches before it), unpaired surrogates (both take them as characters), a
     * day that no calendar has (python-jsonschema does not assert {@code format} by default).
     * Java's regular expressions (this test's validator) read some of them differently again;
     * IndependentValidatorsTest gives them to both validators; the reader is checked here: the
     * fourth element is what its message says.
     */
    static final String[][] BREAKING_FOR_AJV_AND_PYTHON = {
        {"title of no-break spaces", "\"Relazione 2017\"", "\"\\u00a0\\u202f\"", "must not be blank"},
        {"note of a figure space", "\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"notes\":[\"\\u2007\"]", "must not be blank"},
        {"title of a byte order mark", "\"Relazione 2017\"", "\"\\ufeff\"", "must not be blank"},
        {"title of a next-line control", "\"Relazione 2017\"", "\"\\u0085\"", "must not be blank"},
        {"title of an information separator", "\"Relazione 2017\"", "\"\\u001c\"", "must not be blank"},
        {"title of an unpaired surrogate", "\"Relazione 2017\"", "\"Relazione \\ud800\"", "unpaired surrogate \\ud800"},
        {"mission code with a final line break", "\"code\":\"011\"", "\"code\":\"011\\n\"", "must not begin or end with spaces"},
        {"objective code with a final line break", "\"011-005-001\"", "\"011-005-001\\n\"", "expected MMM-PPP-NNN"},
        {"objective code with a delete control", "\"011-005-001\"", "\"OS\\u007f1\"", "at most 40 characters on one line"},
        {"format version with a final line break", "\"1.0\"", "\"1.0\\n\"", "expected a version"},
        {"year key with a final line break", "\"targets\":{\"2017\"", "\"targets\":{\"2017\\n\"", "expected a year"},
        {"unit of a byte order mark", "\"unit\":\"n\"", "\"unit\":\"\\ufeff\"", "1 to 40 characters"},
        {"unit of a next-line control", "\"unit\":\"n\"", "\"unit\":\"\\u0085\"", "1 to 40 characters"},
        {"deadline on the 30th of February", "{\"operator\":\"atLeast\",\"value\":2,\"unit\":\"n\"}",
            "{\"operator\":\"deadline\",\"deadline\":\"2017-02-30\"}", "expected a date"},
        {"deadline on the 29th of February of a common year", "{\"operator\":\"atLeast\",\"value\":2,\"unit\":\"n\"}",
            "{\"operator\":\"deadline\",\"deadline\":\"1900-02-29\"}", "expected a date"},
        {"timeframe label of a byte order mark", "\"weight\":50,", "\"weight\":50,\"timeframe\":{\"label\":\"\\ufeff\"},", "1 to 200 characters"},
    };

    @TestFactory
    Stream<DynamicTest> documentsThatAjvAndPythonRejectAreRejectedByTheReaderAtTheirMember() {
        return Stream.of(BREAKING_FOR_AJV_AND_PYTHON).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(BadInputCatalogueTest.edit(c[1], c[2])));
            assertTrue(e.getMessage().contains(c[3]), e.getMessage());
        }));
    }

    /**
     * Valid documents at the edges where validators computing in binary floating point once
     * refused them: 999999999999999.99 is 10^15 as a double. IndependentValidatorsTest gives them
     * to both validators; the reader is checked here.
     */
    static final String[][] VALID_AT_THE_EDGES = {
        {"money a cent below a quadrillion", "\"costs\":5000.00", "\"costs\":999999999999999.99"},
        {"weight a millionth below a quadrillion", "\"weight\":50", "\"weight\":999999999999999.999999"},
        {"target value a millionth above minus a quadrillion", "\"value\":2", "\"value\":-999999999999999.999999"},
        {"deadline on the 29th of February of a leap year", "{\"operator\":\"atLeast\",\"value\":2,\"unit\":\"n\"}",
            "{\"operator\":\"deadline\",\"deadline\":\"2000-02-29\"}"},
        {"title with an astral character", "\"Relazione 2017\"", "\"Relazione 2017 \\ud83c\\udf33\""},
    };

    @TestFactory
    Stream<DynamicTest> documentsAtTheEdgesOfTheBoundsAreReadAndPassTheSchema() {
        return Stream.of(VALID_AT_THE_EDGES).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            String json = BadInputCatalogueTest.edit(c[1], c[2]);
            AlberoJson.read(json);
            assertEquals(List.of(), validate(json));
        }));
    }

    @Test
    void aQuadrillionItselfIsTheReadersToRefuseNotTheSchemas() {
        // as a double, 999999999999999.99 is 10^15: the schema's bound must be inclusive, the reader's is exact
        String json = BadInputCatalogueTest.edit("\"costs\":5000.00", "\"costs\":1000000000000000");
        assertEquals(List.of(), validate(json));
        AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(json));
        assertTrue(e.getMessage().contains("below 10^15"), e.getMessage());
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
