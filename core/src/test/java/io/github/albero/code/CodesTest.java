package io.github.albero.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.albero.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {
    @ParameterizedTest
    @ValueSource(strings = {"011-005-001", "011‐005‐001", "011‑005‑001", "011–005–001", " 011-005-001 "})
    void readsObjectiveCodesWithAnyHyphen(String text) {
        ObjectiveCode c = ObjectiveCode.parse(text);
        assertEquals("011-005-001", c.toString());
        assertEquals(MissionCode.of("011"), c.mission());
        assertEquals(ProgramCode.of("005"), c.program());
        assertEquals("001", c.number());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "011-005", "11-005-001", "011-005-0001", "011_005_001", "abc-def-ghi", "011-005-001-1"})
    void rejectsMalformedObjectiveCodes(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ObjectiveCode.parse(text));
        assertEquals("objective.code", e.field());
        assertTrue(e.getMessage().contains("MMM-PPP-NNN"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "05", "0005", "0a5", "٠١١"})
    void rejectsMissionAndProgramCodesThatAreNotThreeAsciiDigits(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ProgramCode.of(text));
        assertEquals("program.code", e.field());
        assertEquals("program.code: expected 3 digits (got \"" + text + "\")", e.getMessage());
        assertThrows(InvalidValueException.class, () -> MissionCode.of(text));
    }

    @Test
    void codesAreValuesOrderedByTheirDigits() {
        assertEquals(MissionCode.of("011"), MissionCode.parse(" 011 "));
        assertNotEquals(MissionCode.of("011"), MissionCode.of("012"));
        assertTrue(ObjectiveCode.parse("011-005-002").compareTo(ObjectiveCode.parse("012-004-001")) < 0);
    }

    @Test
    void parseReadsBackToString() {
        qt().forAll(integers().between(0, 999), integers().between(0, 999), integers().between(0, 999)).checkAssert((m, p, n) -> {
            ObjectiveCode c = ObjectiveCode.of(MissionCode.of(String.format("%03d", m)), ProgramCode.of(String.format("%03d", p)),
                    String.format("%03d", n));
            assertEquals(c, ObjectiveCode.parse(c.toString()));
        });
    }
}
