package io.github.albero.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertTrue(c.isClassified());
        assertEquals(MissionCode.of("011"), c.mission().get());
        assertEquals(ProgramCode.of("005"), c.program().get());
        assertEquals("001", c.number().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "11-005-001", "011-005-0001", "11-5-1", "011-005-001-1", "011‐05‐1"})
    void rejectsBlankCodesAndDigitsJoinedByHyphensThatAreNotMmmPppNnn(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ObjectiveCode.parse(text));
        assertEquals("objective.code", e.field());
        assertTrue(e.getMessage().contains("MMM-PPP-NNN"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"OS1.1", "1.11", "A.2.3", "Obiettivo 3", "011-005", "011_005_001", "abc-def-ghi", "D.1"})
    void keepsADocumentsOwnObjectiveCodeAsPrintedWithNoMissionOrProgram(String text) {
        ObjectiveCode c = ObjectiveCode.parse(" " + text + " ");
        assertEquals(text, c.toString());
        assertFalse(c.isClassified());
        assertTrue(c.mission().isEmpty() && c.program().isEmpty() && c.number().isEmpty());
        assertEquals(c, ObjectiveCode.of(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", " 05", "05 ", "a\nb", "a\u007fb", "ab\u0007", "0123456789012345678901234567890123456789X"})
    void rejectsBlankMissionAndProgramCodesAndCodesThatAreNotOneShortLine(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ProgramCode.of(text));
        assertEquals("program.code", e.field());
        assertThrows(InvalidValueException.class, () -> MissionCode.of(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"011", "01", "0101", "A", "AS1"})
    void missionAndProgramCodesAreTheDocumentsTheSchemeSaysWhichFormFits(String text) {
        assertEquals(text, MissionCode.of(text).value());
        assertEquals(text, ProgramCode.of(text).value());
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
