package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A text is blank, and a code has surrounding spaces, by the white space of all three checkers a
 * document meets: Java, ajv (ECMAScript) and python-jsonschema; Java's {@code String.isBlank} alone
 * let a title of no-break spaces through, which both independent validators refuse.
 */
class BlankTextsTest {
    @ParameterizedTest(name = "a title of {0} is blank")
    @ValueSource(strings = {"\u00a0", "\u2007", "\u202f", "\u00a0 \u202f", "\ufeff", "\u0085", "\u3000"})
    void textsOfNoBreakSpacesAreBlank(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Administration.of(text));
        assertTrue(e.getMessage().contains("must not be blank"), e.getMessage());
    }

    @ParameterizedTest(name = "a code \"{0}\" has surrounding spaces")
    @ValueSource(strings = {"OS1\u00a0", "\u202fOS1", "OS1\ufeff"})
    void aDocumentsCodeWithANoBreakSpaceAroundItIsRefusedAsItIsAndStrippedWhenParsed(String code) {
        assertThrows(InvalidValueException.class, () -> MissionCode.of(code));
        assertEquals("OS1", ObjectiveCode.parse(code).toString());
        assertEquals("OS1", MissionCode.parse(code).value());
    }
}
