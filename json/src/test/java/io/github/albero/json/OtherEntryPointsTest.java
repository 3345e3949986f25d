package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.albero.model.Indicator;
import io.github.albero.model.Plan;
import io.github.albero.model.Target;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;

/**
 * A plan read through Jackson's own entry points (the mapper, a tree, one part of a plan alone)
 * is the plan {@link AlberoJson#read} gives, and a broken rule is located as honestly.
 */
class OtherEntryPointsTest {
    private static final ObjectMapper MAPPER = AlberoJson.mapper();
    /** The mission's code changed: the objective's code 011-005-001 no longer starts with it. */
    private static final String DISAGREEING = BadInputCatalogueTest.edit("\"code\":\"011\"", "\"code\":\"012\"");

    @Test
    void theMapperATreeAndAConvertedMapGiveThePlanTheReaderGives() throws Exception {
        for (String json : List.of(BadInputCatalogueTest.BASE, AlberoJson.write(RicherIndicatorsTest.piao()),
                FormatDocumentTest.completeExample())) {
            Plan plan = AlberoJson.read(json);
            assertEquals(plan, MAPPER.readValue(json, Plan.class));
            assertEquals(plan, MAPPER.readValue(json.getBytes(StandardCharsets.UTF_8), Plan.class));
            assertEquals(plan, MAPPER.treeToValue(MAPPER.readTree(json), Plan.class));
            assertEquals(plan, MAPPER.convertValue(MAPPER.readValue(json, Object.class), Plan.class));
        }
    }

    @Test
    void aRuleBrokenDeepInAPlanReadByTheMapperNamesTheWholePathOfTheMemberThatBreaksIt() {
        // AlberoJson.read walks the document again to the objective's code; the mapper has no
        // document to walk: the message keeps the rule's path instead of naming "code" alone,
        // which read as the mission's own code
        AlberoJsonException read = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(DISAGREEING));
        assertEquals("/missions/0/programs/0/objectives/0/code", read.pointer());
        AlberoJsonException mapped = assertThrows(AlberoJsonException.class, () -> MAPPER.readValue(DISAGREEING, Plan.class));
        assertEquals("/missions/0", mapped.pointer());
        assertEquals("missions/0: programs[005].objectives[011-005-001].code: must start with the mission's code 012, "
                + "got \"011-005-001\" (line 1, column 779)", mapped.getMessage());
        AlberoJsonException fromTree = assertThrows(AlberoJsonException.class,
                () -> MAPPER.treeToValue(MAPPER.readTree(DISAGREEING), Plan.class));
        assertEquals("missions/0: programs[005].objectives[011-005-001].code: must start with the mission's code 012, "
                + "got \"011-005-001\"", fromTree.getMessage());
    }

    @Test
    void anIndicatorOrATargetIsReadAloneWithThePlansRulesAndLocations() {
        String indicator = "{\"name\":\"Eventi\",\"polarity\":\"higherIsBetter\",\"targets\":{\"2017\":{\"text\":\"almeno 2\"}}}";
        Indicator read = MAPPER.readValue(indicator, Indicator.class);
        assertEquals(Target.parse("almeno 2"), read.targets().get(2017));
        AlberoJsonException year = assertThrows(AlberoJsonException.class,
                () -> MAPPER.readValue(indicator.replace("\"2017\"", "\"17\""), Indicator.class));
        assertEquals("targets/17: expected a year such as \"2017\" as member name, got \"17\" (line 1, column 57)", year.getMessage());
        assertEquals("almeno 2", MAPPER.readValue("{\"text\":\"almeno 2\"}", Target.class).text());
        DatabindException inList = assertThrows(DatabindException.class, () -> MAPPER.readValue(
                "[" + indicator + "," + indicator.replace("higherIsBetter", "up") + "]", new TypeReference<List<Indicator>>() { }));
        AlberoJsonException cause = (AlberoJsonException) inList.getCause();
        assertEquals("/1/polarity", cause.pointer());
    }
}
