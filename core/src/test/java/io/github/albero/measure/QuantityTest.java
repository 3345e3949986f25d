package io.github.albero.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.albero.InvalidValueException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class QuantityTest {
    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', value = {"2.9 gg|2.9|gg", "4.7|4.7|", "4.59|4.59|", "n. 2|2|n", "n.3|3|n", "nr 12|12|n",
        "4,7|4.7|", "2,9 giorni|2.9|gg", "100%|100|%", "1.234 eventi|1234|eventi", "3 score|3|score", "‐ 160.238,64 €|-160238.64|EUR"})
    void parsesTheNumbersOfTheSeed(String text, String value, String unit) {
        Quantity q = Quantity.parse(text);
        assertEquals(new BigDecimal(value), q.value());
        assertEquals(Optional.ofNullable(unit).map(Unit::of), q.unit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "gg", "due giorni", "2.9 gg in media", "n. due", "1,2,3"})
    void rejectsTextsThatAreNotANumberWithOneUnit(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Quantity.parse(text));
        assertEquals("quantity", e.field());
    }

    @Test
    void knowsTheUnitAliasesOfItalianDocuments() {
        assertEquals(Unit.DAYS, Unit.of("giorni"));
        assertEquals(Unit.COUNT, Unit.of("n."));
        assertEquals(Unit.EURO, Unit.of("€"));
        assertEquals(Unit.PERCENT, Unit.of("percentuale"));
        assertEquals("eventi", Unit.of("eventi").symbol());
        assertTrue(Unit.of("GG").isCompatibleWith(Unit.DAYS));
    }

    @Test
    void parseReadsBackToString() {
        Gen<Unit> units = integers().between(0, 4).map(i -> new Unit[] {Unit.DAYS, Unit.COUNT, Unit.SCORE, Unit.PERCENT, null}[i]);
        qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L), integers().between(0, 6), units).checkAssert((u, s, unit) -> {
            Quantity q = Quantity.of(BigDecimal.valueOf(u, s), unit);
            assertEquals(q, Quantity.parse(q.toString()));
        });
    }

    @Test
    void weightsAreNonNegativeAndIgnoreTrailingZeros() {
        assertEquals(Weight.of(50), Weight.of(new BigDecimal("50.0")));
        assertEquals(Weight.of(new BigDecimal("33.33")), Weight.parse("33,33"));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Weight.of(-1));
        assertEquals("weight", e.field());
        InvalidValueException garbage = assertThrows(InvalidValueException.class, () -> Weight.parse("metà"));
        assertEquals("weight: expected a weight such as 50, 33,33 or 40% (got \"metà\")", garbage.getMessage());
        assertEquals("weight", assertThrows(InvalidValueException.class, () -> Weight.parse("-5")).field());
    }
}
