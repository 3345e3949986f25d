package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodePathTest {
    private static final NodePath TARGET = NodePath.root().mission(MissionCode.parse("011"), 0).program(ProgramCode.parse("005"), 1)
            .objective(ObjectiveCode.parse("011-005-004"), 3).indicator(2).year("targets", 2017);

    @Test
    void oneObjectRendersAsAReadablePathAndAsAJsonPointer() {
        assertEquals("missions[011].programs[005].objectives[011-005-004].indicators[2].targets[2017]", TARGET.toString());
        assertEquals("/missions/0/programs/1/objectives/3/indicators/2/targets/2017", TARGET.toJsonPointer());
    }

    @Test
    void operationalObjectivesMembersAndListItemsReadAndPointByIndexOrName() {
        NodePath p = NodePath.root().mission(MissionCode.parse("011"), 0).program(ProgramCode.parse("005"), 0)
                .objective(ObjectiveCode.parse("011-005-001"), 0).operationalObjective(1).member("notes", 0);
        assertEquals("missions[011].programs[005].objectives[011-005-001].operationalObjectives[1].notes[0]", p.toString());
        assertEquals("/missions/0/programs/0/objectives/0/operationalObjectives/1/notes/0", p.toJsonPointer());
        assertEquals("resources[2017].budget.costs", NodePath.root().year("resources", 2017).member("budget").member("costs").toString());
        assertEquals("/resources/2017/budget/costs", NodePath.root().year("resources", 2017).member("budget").member("costs").toJsonPointer());
    }

    @Test
    void theRootReadsAsDollarAndPointsAtTheWholeDocument() {
        assertEquals("$", NodePath.root().toString());
        assertEquals("", NodePath.root().toJsonPointer());
        assertTrue(NodePath.root().isRoot());
    }

    @Test
    void segmentsAreTypedAndKeepTheirOrder() {
        List<NodePath.Segment> s = TARGET.segments();
        assertEquals(5, s.size());
        assertEquals(NodePath.Kind.MISSION, s.get(0).kind());
        assertEquals("011", s.get(0).key());
        assertEquals(0, s.get(0).index());
        assertEquals(NodePath.Kind.INDICATOR, s.get(3).kind());
        assertEquals(NodePath.Kind.YEAR, s.get(4).kind());
        assertEquals(2017, s.get(4).index());
        assertEquals(s.get(4), TARGET.last().get());
    }

    @Test
    void pathsAreEqualWhenTheirSegmentsAre() {
        NodePath same = NodePath.root().mission(MissionCode.parse("011"), 0).program(ProgramCode.parse("005"), 1)
                .objective(ObjectiveCode.parse("011-005-004"), 3).indicator(2).year("targets", 2017);
        assertEquals(TARGET, same);
        assertEquals(TARGET.hashCode(), same.hashCode());
        assertNotEquals(TARGET, TARGET.parent().get());
        assertEquals(TARGET, TARGET.parent().get().parent().get().resolve(NodePath.root().indicator(2).year("targets", 2017)));
    }

    @Test
    void jsonPointerEscapesTildeAndSlash() {
        assertEquals("/a~1b/c~0d", NodePath.of("a/b", "c~d").toJsonPointer());
    }

    @Test
    void aPathSurvivesJavaSerialisation() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(TARGET);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(TARGET, in.readObject());
        }
    }

    @Test
    void invalidValueExceptionCarriesTheStructuredPathAndLocatesItselfInsideAParent() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> TargetReading.builder().operator(TargetOperator.AT_LEAST).build());
        assertEquals(NodePath.of("reading", "value"), e.path());
        InvalidValueException inside = e.within(TARGET.parent().get().year("targets", 2017));
        assertEquals("/missions/0/programs/1/objectives/3/indicators/2/targets/2017/reading/value", inside.path().toJsonPointer());
        assertTrue(inside.getMessage().startsWith(TARGET + ".reading.value: is required"), inside.getMessage());
    }

    @Test
    void aMissingRequiredAttributeIsNamedWithoutReadingImmutablesMessageText() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Indicator.builder().build());
        assertEquals("name", e.field());
        assertTrue(e.problem().startsWith("is required"), e.problem());
        assertTrue(e.problem().contains("polarity"), e.problem());
    }

    @Test
    void aPathStartsWithItselfAndEveryEnclosingPath() {
        assertTrue(TARGET.startsWith(TARGET));
        assertTrue(TARGET.startsWith(TARGET.parent().get().parent().get()));
        assertTrue(TARGET.startsWith(NodePath.root()));
        assertTrue(!TARGET.parent().get().startsWith(TARGET));
        assertTrue(!TARGET.startsWith(NodePath.root().mission(MissionCode.parse("012"), 0)));
    }
}
