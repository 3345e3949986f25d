package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Indicator;
import io.github.albero.model.Plan;
import io.github.albero.testkit.Generators;
import io.github.albero.testkit.PiaoFixture;
import io.github.albero.testkit.Size;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The members format 1.1 adds for issue #13 (ratio indicators, monitoring periods, target
 * revisions, breakdowns, staff, PIAO public value): written, read back to an equal plan, and
 * every broken rule located by its JSON pointer.
 */
class RicherIndicatorsTest {
    private static final JsonMapper TREE = JsonMapper.builder().build();
    static final String IND = "/missions/0/programs/0/objectives/0/indicators/0";

    /** The PIAO-shaped plan with every member the model gained for the PIAO, shared with the other formats' tests. */
    static Plan piao() {
        return PiaoFixture.everyMember();
    }

    @Test
    void aPlanWithEveryNewMemberReadsBackEqualAndWritesTheSameBytes() {
        Plan plan = piao();
        String json = AlberoJson.write(plan);
        assertEquals(plan, AlberoJson.read(json));
        assertEquals(plan, AlberoJson.read(AlberoJson.writePretty(plan)));
        assertEquals(plan, AlberoJson.mapper().readValue(AlberoJson.mapper().writeValueAsString(plan), Plan.class));
        byte[] bytes = AlberoJson.writeBytes(plan);
        assertArrayEquals(bytes, AlberoJson.writeBytes(AlberoJson.read(bytes)));
        for (String member : List.of("\"ratio\"", "\"numeratorUnit\"", "\"scale\":\"perMille\"", "\"parts\":{\"numerator\":930,\"denominator\":1000}",
                "\"breakdowns\"", "\"periodAggregation\":\"sum\"", "\"monitoring\":{\"2023\":{\"periods\":[{\"period\":\"2023-01-01/2023-06-30\"",
                "\"status\":\"provisional\"", "\"completeness\":\"partial\"", "\"revisions\"", "\"act\":\"delibera di Giunta n. 45 del 15/07/2023\"",
                "\"breakdownRule\":\"partsEqualTotal\"", "\"staff\":[{\"category\"", "\"fte\":2.5", "\"publicValue\"", "\"contributions\"",
                "\"dimensions\":[\"semplificazione amministrativa\",\"Accessibilità digitale\"]")) {
            assertTrue(json.contains(member), member + " not written in " + json);
        }
    }

    @Test
    void theDefaultsOfTheNewMembersAreNotWrittenAndReadAsTheDefaults() {
        String json = AlberoJson.write(piao());
        // percent scale, final and complete figures are the defaults: written only when different
        assertEquals(1, count(json, "\"scale\""));
        assertEquals(1, count(json, "\"status\":\"provisional\""));
        assertEquals(0, count(json, "\"final\""));
    }

    @Test
    void cleanGeneratedPlansWithEveryRicherShapeReadBackEqual() {
        List<Plan> plans = Generators.cleanPlans(Size.defaults()).sample(13L, 150);
        int[] seen = new int[PiaoFixture.RICHER_SHAPES];
        for (Plan plan : plans) {
            assertEquals(plan, AlberoJson.read(AlberoJson.write(plan)));
            byte[] bytes = AlberoJson.writeBytes(plan);
            assertArrayEquals(bytes, AlberoJson.writeBytes(AlberoJson.read(bytes)));
            boolean[] has = PiaoFixture.richerShapesOf(plan);
            for (int k = 0; k < seen.length; k++) {
                seen[k] += has[k] ? 1 : 0;
            }
        }
        for (int k = 0; k < seen.length; k++) {
            assertTrue(seen[k] >= 3, "shape " + k + " reached by only " + seen[k] + " of 150 plans");
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    // ------------------------------------------------------------------ bad input

    private static AlberoJsonException bad(Consumer<ObjectNode> edit) {
        ObjectNode doc = (ObjectNode) TREE.readTree(AlberoJson.write(piao()));
        edit.accept(doc);
        String json = doc.toString();
        return assertThrows(AlberoJsonException.class, () -> AlberoJson.read(json));
    }

    private static ObjectNode at(ObjectNode doc, String pointer) {
        JsonNode n = doc.at(pointer);
        assertTrue(n instanceof ObjectNode, "no object at " + pointer);
        return (ObjectNode) n;
    }

    private static void assertError(AlberoJsonException e, String pointer, String... words) {
        assertEquals(pointer, e.pointer(), e.getMessage());
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), "\"" + w + "\" not in " + e.getMessage());
        }
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void aNumeratorWithoutDenominatorIsAMissingMember() {
        AlberoJsonException e = bad(d -> at(d, IND + "/results/2023/parts").remove("denominator"));
        assertError(e, IND + "/results/2023/parts", "missing required member \"denominator\" in a ratio's parts");
    }

    @Test
    void aNegativeDenominatorIsRejectedWhereItIsWritten() {
        AlberoJsonException e = bad(d -> at(d, IND + "/results/2023/parts").put("denominator", -1000));
        assertError(e, IND + "/results/2023/parts/denominator", "must not be negative", "-1000");
    }

    @Test
    void partsWithoutARatioDefinitionAreRejected() {
        AlberoJsonException e = bad(d -> at(d, IND).remove("ratio"));
        // the monitoring is checked before the yearly results: its first period is named
        assertError(e, IND + "/monitoring/2023/periods/0/result/parts", "need the indicator's ratio definition", "430/480");
    }

    @Test
    void aReadingThatDisagreesWithItsPartsIsRejected() {
        AlberoJsonException e = bad(d -> at(d, IND + "/results/2023/reading").put("value", 50));
        assertError(e, IND + "/results/2023/reading", "disagrees with the parts", "93 % (930/1000)");
    }

    @Test
    void aPeriodOutsideTheYearIsRejected() {
        AlberoJsonException e = bad(d -> at(d, IND + "/monitoring/2023/periods/1").put("period", "2024-07-01/2024-12-31"));
        assertError(e, IND + "/monitoring/2023/periods/1/period", "lies outside the year 2023");
    }

    @Test
    void overlappingPeriodsAreRejected() {
        AlberoJsonException e = bad(d -> at(d, IND + "/monitoring/2023/periods/1").put("period", "2023-06-01/2023-12-31"));
        assertError(e, IND + "/monitoring/2023/periods/1/period", "overlaps the period 2023-01-01/2023-06-30");
    }

    @Test
    void aPeriodThatIsNotAnIsoIntervalIsRejected() {
        AlberoJsonException e = bad(d -> at(d, IND + "/monitoring/2023/periods/0").put("period", "primo semestre"));
        assertError(e, IND + "/monitoring/2023/periods/0/period", "expected two ISO days start/end");
        AlberoJsonException crossing = bad(d -> at(d, IND + "/monitoring/2023/periods/0").put("period", "2023-07-01/2024-01-31"));
        assertError(crossing, IND + "/monitoring/2023/periods/0/period", "a monitoring period lies within one year");
    }

    @Test
    void revisionsOutOfOrderAreRejected() {
        AlberoJsonException e = bad(d -> at(d, IND + "/targets/2023/revisions/1").put("date", "2023-07-01"));
        assertError(e, IND + "/targets/2023/revisions/1/date", "must be after the previous revision's date 2023-07-15");
    }

    @Test
    void aRevisionWithoutDateIsAMissingMember() {
        AlberoJsonException e = bad(d -> at(d, IND + "/targets/2023/revisions/0").remove("date"));
        assertError(e, IND + "/targets/2023/revisions/0", "missing required member \"date\" in a target revision");
    }

    @Test
    void breakdownPartsMustBeAllValuesOrAllRatiosAndUniquelyLabelled() {
        AlberoJsonException mixed = bad(d -> {
            ObjectNode part = at(d, IND + "/results/2023/breakdowns/0/parts/1");
            part.remove("parts");
            part.put("value", 3);
        });
        assertError(mixed, IND + "/results/2023/breakdowns/0/parts/1", "must be a ratio like the first part");
        AlberoJsonException twice = bad(d -> at(d, IND + "/results/2023/breakdowns/0/parts/1").put("label", "sportello"));
        assertError(twice, IND + "/results/2023/breakdowns/0/parts/1/label", "must be unique within the breakdown by canale");
        AlberoJsonException both = bad(d -> at(d, IND + "/results/2023/breakdowns/0/parts/1").put("value", 3));
        assertError(both, IND + "/results/2023/breakdowns/0/parts/1/value", "give either a value or the parts");
    }

    @Test
    void aLinkToAnUnknownObjectiveIsRejected() {
        AlberoJsonException e = bad(d -> at(d, "/publicValue/1/contributions/0").put("objective", "011-005-099"));
        assertError(e, "/publicValue/1/contributions/0/objective", "011-005-099");
    }

    @Test
    void aCycleOfPublicValueLinksIsRejectedNamingTheCycle() {
        AlberoJsonException e = bad(d -> ((ArrayNode) d.at("/publicValue/1/contributions")).addObject().put("objective", "VP1"));
        assertError(e, "/publicValue/0/contributions", "VP1 → VP2 → VP1");
    }

    @Test
    void aNegativeStaffFteAndAnUnknownScaleAreRejected() {
        AlberoJsonException fte = bad(d -> at(d, "/missions/0/programs/0/objectives/0/staff/0").put("fte", -2));
        assertError(fte, "/missions/0/programs/0/objectives/0/staff/0/fte", "must not be negative");
        AlberoJsonException scale = bad(d -> at(d, IND + "/ratio").put("scale", "perCent"));
        assertError(scale, IND + "/ratio/scale", "perCent");
    }

    @Test
    void aStrictReaderOfFormat10NamesTheNewMembersUnknownOnlyWhenMisspelt() {
        AlberoJsonException e = bad(d -> at(d, IND).set("monitorings", at(d, IND).get("monitoring")));
        assertError(e, IND + "/monitorings", "unknown member \"monitorings\"");
    }
}
