package io.github.albero.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.albero.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentageTest {
    @ParameterizedTest(name = "\"{0}\" is {1}%")
    @CsvSource(delimiter = '|', value = {"100%|100", "4,1%|4.1", "‐4,1%|-4.1", "-4,1 %|-4.1", "4.1%|4.1", "0%|0",
        "100|100", "33,33%|33.33", "1.250,5%|1250.5", "\u00A0100%\u00A0|100"})
    void parsesThePercentagesOfTheSeed(String text, String points) {
        assertEquals(new BigDecimal(points).stripTrailingZeros(), Percentage.parse(text).points().stripTrailingZeros());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%", "cento%", "4,1,1%", "1e3%", "4%%"})
    void rejectsGarbageNamingTheField(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Percentage.parse(text));
        assertEquals("percentage", e.field());
    }

    @Test
    void ignoresTrailingZerosInEquality() {
        assertEquals(Percentage.parse("4,10%"), Percentage.parse("4,1%"));
        assertEquals(Percentage.of(100), Percentage.of(new BigDecimal("100.000")));
        assertEquals("100%", Percentage.of(new BigDecimal("1E+2")).toString());
        assertEquals("-4.1%", Percentage.parse("‐4.1%").toString());
    }

    @Test
    void convertsToAndFromFractions() {
        assertEquals(new BigDecimal("0.041"), Percentage.parse("4,1%").fraction());
        assertEquals(Percentage.of(50), Percentage.ofFraction(new BigDecimal("0.5")));
    }

    @Test
    void rejectsMoreThanSixDecimals() {
        assertThrows(InvalidValueException.class, () -> Percentage.of(new BigDecimal("1.0000001")));
    }

    @Test
    void parseReadsBackFormatAndToString() {
        qt().forAll(longs().between(-10_000_000_000L, 10_000_000_000L), integers().between(0, 6)).checkAssert((unscaled, scale) -> {
            Percentage p = Percentage.of(BigDecimal.valueOf(unscaled, scale));
            assertEquals(p, Percentage.parse(p.format()));
            assertEquals(p, Percentage.parse(p.toString()));
        });
    }
}
