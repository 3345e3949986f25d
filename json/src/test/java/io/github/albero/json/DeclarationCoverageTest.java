package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.json.internal.Format;
import io.github.albero.json.internal.ObjectCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The format is declared once, in {@code Format}; FORMAT.md and the JSON Schema describe it.
 * These tests fail when either forgets a member, or names one the declaration does not have.
 */
class DeclarationCoverageTest {
    /** Where each object of the format is documented: its section of FORMAT.md and its schema definitions. */
    private static final Map<ObjectCodec<?, ?>, String[]> WHERE = new LinkedHashMap<>();

    static {
        WHERE.put(Format.PLAN, new String[] {"## Document", ""});
        WHERE.put(Format.ADMINISTRATION, new String[] {"## Document", "administration"});
        WHERE.put(Format.YEAR_RANGE, new String[] {"## Document", "yearRange"});
        WHERE.put(Format.MISSION, new String[] {"## Mission", "mission"});
        WHERE.put(Format.PROGRAM, new String[] {"## Program", "program"});
        WHERE.put(Format.STRATEGIC_OBJECTIVE, new String[] {"## StrategicObjective", "objectiveMembers", "strategicObjective"});
        WHERE.put(Format.OPERATIONAL_OBJECTIVE, new String[] {"## StrategicObjective", "objectiveMembers", "operationalObjective"});
        WHERE.put(Format.TIMEFRAME, new String[] {"## StrategicObjective", "timeframe"});
        WHERE.put(Format.YEAR_RESOURCES, new String[] {"## Resources", "yearResources"});
        WHERE.put(Format.AMOUNTS, new String[] {"## Resources", "amounts"});
        WHERE.put(Format.INDICATOR, new String[] {"## Indicator", "indicator"});
        WHERE.put(Format.BASELINE, new String[] {"## Indicator", "baseline"});
        WHERE.put(Format.TARGET, new String[] {"### Target", "target"});
        WHERE.put(Format.TARGET_READING, new String[] {"### Target", "targetReading"});
        WHERE.put(Format.RESULT, new String[] {"### Result", "result"});
        WHERE.put(Format.RESULT_READING, new String[] {"### Result", "resultReading"});
        WHERE.put(Format.QUANTITY, new String[] {"## Other core types"});
        // 1.1, issue #13
        WHERE.put(Format.RATIO_DEFINITION, new String[] {"### Ratio indicators (1.1)", "ratioDefinition"});
        WHERE.put(Format.RATIO, new String[] {"### Ratio indicators (1.1)", "ratio"});
        WHERE.put(Format.MONITORING, new String[] {"### Monitoring by period (1.1)", "monitoring"});
        WHERE.put(Format.PERIOD_RESULT, new String[] {"### Monitoring by period (1.1)", "periodResult"});
        WHERE.put(Format.TARGET_REVISION, new String[] {"### Target revisions (1.1)", "targetRevision"});
        WHERE.put(Format.BREAKDOWN, new String[] {"### Breakdowns (1.1)", "breakdown"});
        WHERE.put(Format.BREAKDOWN_PART, new String[] {"### Breakdowns (1.1)", "breakdownPart"});
        WHERE.put(Format.STAFF_ALLOCATION, new String[] {"## StrategicObjective", "staffAllocation"});
        WHERE.put(Format.PUBLIC_VALUE_OBJECTIVE, new String[] {"## Public value (1.1)", "publicValueObjective"});
        WHERE.put(Format.CONTRIBUTION, new String[] {"## Public value (1.1)", "contribution"});
        // 1.1, issue #12
        WHERE.put(Format.METHOD, new String[] {"## Measurement method (1.1)", "method"});
        WHERE.put(Format.SCORE_SCALE, new String[] {"## Measurement method (1.1)", "scoreScale"});
        WHERE.put(Format.SCORE_STEP, new String[] {"## Measurement method (1.1)", "scoreStep"});
        WHERE.put(Format.BAND, new String[] {"## Measurement method (1.1)", "band"});
    }

    @Test
    void everyObjectOfTheFormatIsDocumented() {
        assertEquals(Set.copyOf(Format.OBJECTS), WHERE.keySet(), "an object of Format has no place in FORMAT.md here");
    }

    @Test
    void formatMdNamesEveryMemberInTheSectionOfItsObject() throws Exception {
        String md = Files.readString(Path.of("FORMAT.md"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        WHERE.forEach((codec, where) -> {
            String section = section(md, where[0]);
            for (String name : codec.names()) {
                if (!section.contains("`" + name + "`") && !section.contains("\"" + name + "\"")) {
                    missing.add(codec.type().getSimpleName() + "." + name + " (section " + where[0] + ")");
                }
            }
        });
        assertEquals(List.of(), missing, "members FORMAT.md does not document");
    }

    @Test
    void theSchemaHasExactlyTheMembersOfTheDeclarationAndTheSameRequiredOnes() throws Exception {
        JsonNode schema = JsonMapper.builder().build().readTree(AlberoJson.schema());
        List<String> wrong = new ArrayList<>();
        WHERE.forEach((codec, where) -> {
            if (where.length < 2) {
                return; // a core type mapped on its own, not part of the document
            }
            Set<String> properties = new TreeSet<>();
            Set<String> required = new TreeSet<>();
            for (int i = 1; i < where.length; i++) {
                JsonNode def = where[i].isEmpty() ? schema : schema.get("$defs").get(where[i]);
                assertTrue(def != null, "no schema definition " + where[i]);
                def.path("properties").propertyNames().forEach(properties::add);
                def.path("required").forEach(r -> required.add(r.asString()));
            }
            if (codec == Format.OPERATIONAL_OBJECTIVE) {
                required.remove("code"); // strategic codes are required, operational ones are not
            }
            if (!properties.equals(new TreeSet<>(codec.names()))) {
                wrong.add(codec.type().getSimpleName() + ": schema " + properties + ", declaration " + new TreeSet<>(codec.names()));
            }
            if (!required.equals(new TreeSet<>(codec.requiredNames()))) {
                wrong.add(codec.type().getSimpleName() + ": schema requires " + required + ", declaration " + new TreeSet<>(codec.requiredNames()));
            }
        });
        assertEquals(List.of(), wrong);
    }

    private static String section(String md, String heading) {
        int start = md.indexOf("\n" + heading);
        assertTrue(start >= 0, "FORMAT.md has no section " + heading);
        int next = md.length();
        for (String h : new String[] {"\n## ", "\n### "}) {
            int i = md.indexOf(h, start + heading.length() + 1);
            if (i >= 0 && i < next) {
                next = i;
            }
        }
        return md.substring(start, next);
    }

}
